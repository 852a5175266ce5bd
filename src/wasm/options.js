// The JavaScript half of the options readers (src/wasm/mod.rs `analyze_options`,
// `normalize`; src/wasm/dom.rs `draw_options`): the options objects are checked here, in the
// order and with the messages the Rust readers had, and handed to Rust as a few plain values
// in an array (undefined where an option is absent: Rust applies its defaults). One call per
// options object instead of one wasm → JS call per property (issue #7: the package's size).
// A bad option throws a TypeError from here; the limits (RangeError) stay in Rust.
// Also the input string's way in (mod.rs `read_text_exact`): `utf8Estimate`, `encodeInto`.

const ANALYZE_KEYS = ["language", "keywords", "autoKeywords", "morphology", "quotes", "limits"];
const LIMIT_KEYS = ["maxInputBytes", "maxKeywords"];
const DRAW_KEYS = ["exclude", "mode", "quotes"];
/** `HighlightElementOptions.mode` by its code (dom.rs `Mode`). */
const MODES = ["auto", "highlight-api", "mark"];
/** Rust's `{:?}` escapes of these characters. */
const ESCAPES = { "\0": "\\0", "\t": "\\t", "\r": "\\r", "\n": "\\n", '"': '\\"', "\\": "\\\\" };

function fail(message) {
  throw new TypeError(message);
}

/** `object[key]`, undefined for undefined and null. */
function get(object, key) {
  const value = object[key];
  return value === null ? undefined : value;
}

/** A string quoted as Rust's `{:?}` writes it: the escapes above, `\u{…}` for control,
 *  format, separator (but the space), unassigned and extending characters; a lone
 *  surrogate reads as U+FFFD (as in a Rust string). */
function quoted(s) {
  return `"${s.replace(/[\0\t\r\n"\\]|(?! )[\p{C}\p{Z}\p{Grapheme_Extend}]/gu, (c) =>
    ESCAPES[c] ?? (/\p{Cs}/u.test(c) ? "\ufffd" : `\\u{${c.codePointAt(0).toString(16)}}`))}"`;
}

function checkKeys(object, what, allowed) {
  if (!(object instanceof Object)) fail(`${what} must be an object`);
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) {
      fail(`unknown option ${quoted(key)} in ${what}; expected one of: ${allowed.join(", ")}`);
    }
  }
}

function bool(object, key) {
  const value = get(object, key);
  if (value !== undefined && typeof value !== "boolean") fail(`invalid option ${key}: expected a boolean`);
  return value;
}

function count(object, key) {
  const value = get(object, key);
  if (value !== undefined && !(Number.isSafeInteger(value) && value >= 0)) {
    fail(`invalid option ${key}: expected a whole number ≥ 0`);
  }
  return value;
}

/** Reads `AnalyzeOptions` (undefined or null: all defaults) into [language, autoKeywords,
 *  morphology, quotes, maxInputBytes, maxKeywords, keyword count, then term and group of each
 *  keyword]. With more keywords than maxKeywords (`defaultMax` when absent) the keywords are
 *  not read: Rust throws the RangeError. */
export function readAnalyzeOptions(options, defaultMax) {
  if (options == null) return [];
  checkKeys(options, "AnalyzeOptions", ANALYZE_KEYS);
  const language = get(options, "language");
  if (language !== undefined && typeof language !== "string") {
    fail('invalid option language: expected a string such as "auto" or "ar"');
  }
  const out = [language, count(options, "autoKeywords"), bool(options, "morphology"), bool(options, "quotes")];
  const limits = get(options, "limits");
  if (limits !== undefined) {
    checkKeys(limits, "limits", LIMIT_KEYS);
    out.push(count(limits, "maxInputBytes"), count(limits, "maxKeywords"));
  }
  const keywords = get(options, "keywords");
  if (keywords !== undefined) {
    if (!Array.isArray(keywords)) {
      fail("invalid option keywords: expected an array of strings or {term, group} objects");
    }
    const n = keywords.length;
    out[6] = n;
    if (n <= (out[5] ?? defaultMax)) {
      for (let i = 0; i < n; i++) {
        const item = keywords[i];
        let term = item;
        let group;
        if (typeof item !== "string") {
          if (typeof item === "object" && item !== null) {
            term = get(item, "term");
            group = get(item, "group");
          }
          if (typeof term !== "string" || (group !== undefined && typeof group !== "string")) {
            fail(`invalid option keywords[${i}]: expected a string or an object { term: string, group?: string }`);
          }
        }
        out.push(term, group);
      }
    }
  }
  return out;
}

/** Reads `NormalizeOptions`: the profile's code, 0 = "search" (the default), 1 = "clean". */
export function readNormalizeOptions(options) {
  if (options == null) return 0;
  checkKeys(options, "NormalizeOptions", ["profile"]);
  const profile = get(options, "profile");
  if (profile === undefined || profile === "search") return 0;
  if (profile === "clean") return 1;
  fail('invalid option profile: expected "search" or "clean"');
}

/** Reads `HighlightElementOptions` (`what` names them in messages; `elementText`'s options
 *  allow `exclude` only) into [exclude, mode code (`MODES`), quotes]. */
export function readDrawOptions(options, what) {
  if (options == null) return [];
  checkKeys(options, what, what === "elementText options" ? ["exclude"] : DRAW_KEYS);
  const exclude = get(options, "exclude");
  if (exclude !== undefined && typeof exclude !== "string") fail("invalid option exclude: expected a CSS selector string");
  const mode = get(options, "mode");
  const code = mode === undefined ? 0 : MODES.indexOf(mode);
  if (code < 0) fail('invalid option mode: expected "auto", "highlight-api" or "mark"');
  return [exclude, code, bool(options, "quotes")];
}

const encoder = new TextEncoder();

/** The UTF-8 size of `input` estimated from `samples` units spread over it, +6 %. */
export function utf8Estimate(input, samples) {
  const n = input.length, step = Math.floor(n / samples);
  let extra = 0;
  for (let k = 0; k < samples; k++) {
    const unit = input.charCodeAt(k * step);
    extra += (unit >= 0x80) + (unit >= 0x800);
  }
  return n + step * extra + Math.floor(n / 16) + 16;
}

/** The UTF-16 units of the input that `encodeInto` has read. */
let encoded = 0;

/** Writes the UTF-8 of `input` (whole characters, lone surrogates as U+FFFD) into the wasm
 *  `memory` at `at`, at most `room` bytes, by `TextEncoder.encodeInto` (no intermediate
 *  array); `more`: the rest of the input after the previous call. Returns the bytes written,
 *  or -1 - written when the input's end did not fit. */
export function encodeInto(input, memory, at, room, more) {
  if (!more) encoded = 0;
  const { read, written } = encoder.encodeInto(input.slice(encoded), new Uint8Array(memory.buffer, at, room));
  encoded += read;
  return encoded < input.length ? -1 - written : written;
}
