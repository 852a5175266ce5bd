//! The WebAssembly binding: the only module that knows about JavaScript.
//!
//! It does three things and nothing else:
//! 1. reads JavaScript arguments (a `string`, an options object) into the core's Rust types,
//!    with precise error messages (`TypeError`/`RangeError`/`Error` objects, never a trap);
//! 2. calls the core ([`crate::analyze`], [`crate::normalize`]);
//! 3. converts every UTF-8 byte offset into a UTF-16 code-unit offset into the caller's
//!    string — once, here, in one forward pass per call ([`Utf16Cursor`] over the sorted
//!    highlights, [`Utf16Offsets`] for the quote spans) — and builds the result objects:
//!    language, stats and keywords by one `JSON.parse`, highlights and quotes by the small
//!    JavaScript module `result.js` from flat `u32` data (no JSON, no UTF-8 decoding).
//!
//! Lone surrogates: `TextEncoder.encode` replaces each by U+FFFD, which is one UTF-16
//! unit like the surrogate it replaces, so offsets stay aligned. Span texts are always sliced
//! from the caller's own string (`input.slice(start, end)` in `result.js`), so that
//! `input.slice(start, end) === span.text` holds for every input.
//!
//! The TypeScript declarations are written below in a custom section (they mirror the
//! project's API contract) and attached to the exports with `unchecked_*_type`.

use js_sys::{Array, JsString, Object, Reflect, Uint32Array};
use wasm_bindgen::prelude::*;

pub mod dom;
mod jsstring;

use crate::normalize::Profile;
use crate::text::{Utf16Cursor, Utf16Offsets};
use crate::{AnalyzeOptions, Error, KeywordSource, KeywordSpec, Limits};

#[wasm_bindgen(typescript_custom_section)]
const TYPESCRIPT: &'static str = r#"
/** A range of the input string: UTF-16 code units, end exclusive; input.slice(start, end) === text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface NormalizeOptions {
  /** "search" (default): aggressive folding used for matching. "clean": conservative clean-up safe to publish. */
  profile?: "search" | "clean";
}

export interface Normalized {
  text: string;
  /** For each UTF-16 unit of `text`, the UTF-16 index in the input where it came from. */
  origin: Uint32Array;
  /** How many edits the normalization made (0 = the input was already normal). */
  changes: number;
}

export interface KeywordSpec {
  term: string;
  /** A label the caller uses to colour or group terms ("people", "places", ...). */
  group?: string;
}

/** Size limits, checked before any work; exceeding one throws a RangeError naming it. */
export interface Limits {
  /** Maximum input size in UTF-8 bytes (default 67108864 = 64 MiB). */
  maxInputBytes?: number;
  /** Maximum number of keywords (default 20000). */
  maxKeywords?: number;
}

export interface AnalyzeOptions {
  /** "auto" (default) or a BCP 47 tag such as "ar", "en", "fr". */
  language?: string;
  /** Words or phrases to find and highlight. */
  keywords?: Array<string | KeywordSpec>;
  /** How many keywords to extract automatically (default 10; 0 turns it off). */
  autoKeywords?: number;
  /** Match inflected and cliticised forms. Default true. */
  morphology?: boolean;
  /** Extract quotations. Default true. */
  quotes?: boolean;
  /** Size limits (defaults: 64 MiB of UTF-8, 20000 keywords). */
  limits?: Limits;
}

export interface Keyword {
  term: string;
  source: "user" | "auto";
  group?: string;
  /** Relevance of an automatic keyword (higher is more relevant). */
  score?: number;
  /** How many highlights point at this keyword. */
  count: number;
}

export interface Highlight {
  start: number;
  end: number;
  /** Index into Analysis.keywords. */
  keyword: number;
}

export interface Quote {
  kind: "direct" | "partial" | "indirect";
  /** The quoted or reported words, without the quotation marks. */
  content: Span;
  /** Who said it, as named in the text, or null. */
  speaker: Span | null;
  /** The attribution cue (قال، said, selon …), or null. */
  cue: Span | null;
  /** Addition to the contract: the subject of the cue as written (PARC 3.0 / PolNeAR
   *  convention), i.e. `speaker` when it is named at the cue, or the pronoun ("he said")
   *  whose referent `speaker` gives; null for an implicit subject or no cue. */
  speakerMention: Span | null;
  /** Addition to the contract: for a later fragment of one quotation (interrupted by its
   *  attribution, "A," he said, "B.", or continued in the next paragraph without a new cue),
   *  the index in `quotes` of its first fragment; null for a quotation that starts here. */
  continues: number | null;
}

export interface Stats {
  /** Unicode scalar values. */
  characters: number;
  /** UAX #29 word segments holding a letter or digit. */
  words: number;
  sentences: number;
  /** Blocks of non-blank lines. */
  paragraphs: number;
}

export interface Analysis {
  /** The language used: the one given, or the detected one ("ar", "en", ..., "und" when unsure). */
  language: string;
  stats: Stats;
  /** User keywords first, in the order given, then automatic ones by descending score. */
  keywords: Keyword[];
  /** Sorted by start, never overlapping, each covering whole words. */
  highlights: Highlight[];
  /** In text order. */
  quotes: Quote[];
}
"#;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);

    /// An `AnalyzeOptions` object (TypeScript type in the custom section above).
    #[wasm_bindgen(typescript_type = "AnalyzeOptions")]
    pub type AnalyzeOptionsObject;

    /// A `NormalizeOptions` object.
    #[wasm_bindgen(typescript_type = "NormalizeOptions")]
    pub type NormalizeOptionsObject;
}

/// Installs (once per instance) a panic hook that turns a Rust panic into a JavaScript
/// `Error` for the caller, never a bare `unreachable` trap:
/// 1. the message is reported on the console;
/// 2. a fresh instance is scheduled (`schedule_reinit`): the next call to any export runs on
///    a new instance, because the panicking one holds half-updated state and std's panic
///    bookkeeping (a panic that never returned from its hook) would turn the next panic into
///    an abort;
/// 3. an `Error` carrying the message is thrown to the caller (a JS exception unwinds through
///    the Wasm frames, so the abort that would follow the hook never runs).
///
/// `Analyzer` objects created before the reset throw "Invalid stale object from previous Wasm
/// instance" (wasm-bindgen's guard) and their `free()` is a no-op (our patch of the glue, see
/// `xtask/src/build.rs`); create new ones. Every export calls this first.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let message = format!("article-analyzer: internal error (please report): {info}");
            console_error(&message);
            wasm_bindgen::handler::schedule_reinit();
            wasm_bindgen::throw_str(&message);
        }));
    });
}

/// Panics on purpose, to test that a panic reaches JavaScript as an `Error` and that the
/// next call works. Only in builds with the `debug-panic` feature (never in the package).
#[cfg(feature = "debug-panic")]
#[wasm_bindgen(js_name = debugPanic)]
pub fn debug_panic(message: &str) -> u32 {
    install_panic_hook();
    let values: Vec<u32> = message.bytes().map(u32::from).collect();
    // An out-of-bounds index: the kind of bug the crate's lints keep out of library code.
    #[allow(clippy::indexing_slicing)]
    values[values.len() + 1]
}

/// The package version (the crate's version).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

fn type_error(message: &str) -> JsValue {
    js_sys::TypeError::new(message).into()
}

fn core_error(error: &Error) -> JsValue {
    let message = error.to_string();
    if error.is_limit() {
        js_sys::RangeError::new(&message).into()
    } else {
        js_sys::TypeError::new(&message).into()
    }
}

/// Reads property `key` of `object`; `undefined` and `null` count as absent.
fn property(object: &JsValue, key: &str) -> Result<Option<JsValue>, JsValue> {
    let value = Reflect::get(object, &JsValue::from_str(key))?;
    Ok((!value.is_undefined() && !value.is_null()).then_some(value))
}

fn bool_option(object: &JsValue, key: &str, default: bool) -> Result<bool, JsValue> {
    match property(object, key)? {
        None => Ok(default),
        Some(v) => v
            .as_bool()
            .ok_or_else(|| type_error(&format!("invalid option {key}: expected a boolean"))),
    }
}

fn count_option(object: &JsValue, key: &str, default: usize) -> Result<usize, JsValue> {
    match property(object, key)? {
        None => Ok(default),
        Some(v) => match v.as_f64() {
            Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= 9_007_199_254_740_991.0 => {
                Ok(n as usize)
            }
            _ => Err(type_error(&format!(
                "invalid option {key}: expected a whole number ≥ 0"
            ))),
        },
    }
}

fn check_keys(object: &JsValue, what: &str, allowed: &[&str]) -> Result<(), JsValue> {
    let Some(object) = object.dyn_ref::<Object>() else {
        return Err(type_error(&format!("{what} must be an object")));
    };
    for key in Object::keys(object).iter() {
        let key = key.as_string().unwrap_or_default();
        if !allowed.contains(&key.as_str()) {
            return Err(type_error(&format!(
                "unknown option {key:?} in {what}; expected one of: {}",
                allowed.join(", ")
            )));
        }
    }
    Ok(())
}

/// Reads an `AnalyzeOptions` object (or `undefined`) into the core's options.
fn analyze_options(options: Option<AnalyzeOptionsObject>) -> Result<AnalyzeOptions, JsValue> {
    let mut out = AnalyzeOptions::default();
    let Some(options) = options.map(JsValue::from) else {
        return Ok(out);
    };
    check_keys(
        &options,
        "AnalyzeOptions",
        &[
            "language",
            "keywords",
            "autoKeywords",
            "morphology",
            "quotes",
            "limits",
        ],
    )?;
    if let Some(language) = property(&options, "language")? {
        out.language = Some(language.as_string().ok_or_else(|| {
            type_error("invalid option language: expected a string such as \"auto\" or \"ar\"")
        })?);
    }
    out.auto_keywords = count_option(&options, "autoKeywords", out.auto_keywords)?;
    out.morphology = bool_option(&options, "morphology", out.morphology)?;
    out.quotes = bool_option(&options, "quotes", out.quotes)?;
    if let Some(limits) = property(&options, "limits")? {
        check_keys(&limits, "limits", &["maxInputBytes", "maxKeywords"])?;
        let defaults = Limits::default();
        out.limits = Limits {
            max_input_bytes: count_option(&limits, "maxInputBytes", defaults.max_input_bytes)?,
            max_keywords: count_option(&limits, "maxKeywords", defaults.max_keywords)?,
        };
    }
    if let Some(keywords) = property(&options, "keywords")? {
        let Some(keywords) = keywords.dyn_ref::<Array>() else {
            return Err(type_error(
                "invalid option keywords: expected an array of strings or {term, group} objects",
            ));
        };
        // Refuse oversize keyword lists before reading them.
        let count = keywords.length() as usize;
        if count > out.limits.max_keywords {
            return Err(core_error(&Error::TooManyKeywords {
                count,
                limit: out.limits.max_keywords,
            }));
        }
        out.keywords.reserve(count);
        for (i, item) in keywords.iter().enumerate() {
            out.keywords.push(keyword_spec(&item).ok_or_else(|| {
                type_error(&format!(
                    "invalid option keywords[{i}]: expected a string or an object {{ term: string, group?: string }}"
                ))
            })?);
        }
    }
    Ok(out)
}

fn keyword_spec(item: &JsValue) -> Option<KeywordSpec> {
    if let Some(term) = item.as_string() {
        return Some(KeywordSpec { term, group: None });
    }
    if !item.is_object() {
        return None;
    }
    let term = property(item, "term").ok()??.as_string()?;
    let group = match property(item, "group").ok()? {
        None => None,
        Some(g) => Some(g.as_string()?),
    };
    Some(KeywordSpec { term, group })
}

/// A span as JavaScript sees it; its `text` is sliced from the caller's string by the
/// JavaScript half of the conversion (`result.js`).
struct JsSpan {
    start: usize,
    end: usize,
}

struct JsStats {
    characters: usize,
    words: usize,
    sentences: usize,
    paragraphs: usize,
}

struct JsKeyword {
    term: String,
    source: &'static str,
    group: Option<String>,
    score: Option<f64>,
    count: usize,
}

struct JsHighlight {
    start: usize,
    end: usize,
    keyword: usize,
}

struct JsQuote {
    kind: crate::QuoteKind,
    content: JsSpan,
    speaker: Option<JsSpan>,
    speaker_mention: Option<JsSpan>,
    cue: Option<JsSpan>,
    continues: Option<usize>,
}

/// An `Analysis` with UTF-16 offsets, ready to become a JavaScript object ([`to_js`]).
struct JsAnalysis {
    language: String,
    stats: JsStats,
    keywords: Vec<JsKeyword>,
    highlights: Vec<JsHighlight>,
    quotes: Vec<JsQuote>,
    /// The caller's string: span texts are sliced from it.
    input: JsString,
}

/// Converts core results (UTF-8 byte spans into `text`) for the caller's string `input`.
struct Boundary<'a> {
    input: &'a JsString,
    text: &'a str,
    /// The UTF-16 offsets of every quote span boundary (converted in one pass).
    offsets: Utf16Offsets,
}

impl<'a> Boundary<'a> {
    fn new(input: &'a JsString, text: &'a str, quotes: &[crate::Quote]) -> Self {
        let offsets = Utf16Offsets::new(
            text,
            quotes
                .iter()
                .flat_map(|q| {
                    [
                        Some(&q.content),
                        q.speaker.as_ref(),
                        q.speaker_mention.as_ref(),
                        q.cue.as_ref(),
                    ]
                })
                .flatten()
                .flat_map(|span| [span.start, span.end]),
        );
        Boundary {
            input,
            text,
            offsets,
        }
    }

    fn span(&self, span: &crate::Span) -> JsSpan {
        let start = self.offsets.utf16(span.start);
        let end = self.offsets.utf16(span.end).max(start);
        JsSpan { start, end }
    }

    fn analysis(&self, analysis: crate::Analysis) -> JsAnalysis {
        JsAnalysis {
            language: analysis.language,
            stats: JsStats {
                characters: analysis.stats.characters,
                words: analysis.stats.words,
                sentences: analysis.stats.sentences,
                paragraphs: analysis.stats.paragraphs,
            },
            keywords: analysis
                .keywords
                .into_iter()
                .map(|k| JsKeyword {
                    term: k.term,
                    source: match k.source {
                        KeywordSource::User => "user",
                        KeywordSource::Auto => "auto",
                    },
                    group: k.group,
                    score: k.score,
                    count: k.count,
                })
                .collect(),
            highlights: {
                // Highlights are sorted and disjoint: one forward cursor converts them all.
                let mut cursor = Utf16Cursor::new(self.text);
                analysis
                    .highlights
                    .iter()
                    .map(|h| JsHighlight {
                        start: cursor.utf16(h.span.start),
                        end: cursor.utf16(h.span.end),
                        keyword: h.keyword,
                    })
                    .collect()
            },
            quotes: analysis
                .quotes
                .iter()
                .map(|q| JsQuote {
                    kind: q.kind,
                    content: self.span(&q.content),
                    speaker: q.speaker.as_ref().map(|s| self.span(s)),
                    speaker_mention: q.speaker_mention.as_ref().map(|s| self.span(s)),
                    cue: q.cue.as_ref().map(|s| self.span(s)),
                    continues: q.continues,
                })
                .collect(),
            input: self.input.clone(),
        }
    }
}

#[wasm_bindgen(module = "/src/wasm/result.js")]
extern "C" {
    /// Appends the highlights of `data` ([`HIGHLIGHT_WORDS`] values each) to `highlights`.
    #[wasm_bindgen(js_name = pushHighlights)]
    fn push_highlights(highlights: &Array, data: &[u32]);
    /// Appends the quotes of `data` ([`QUOTE_WORDS`] values each) to `quotes`, their span
    /// texts sliced from `input`.
    #[wasm_bindgen(js_name = pushQuotes)]
    fn push_quotes(quotes: &Array, input: &JsString, data: &[u32]);
}

/// JSON text for `JSON.parse`: the small part of the result (language, stats, keywords) is
/// built by the engine's JSON parser in one call. Only integers and strings are written;
/// floats are set afterwards.
struct Json(String);

impl Json {
    #[inline(never)]
    fn raw(&mut self, s: &str) {
        self.0.push_str(s);
    }

    #[inline(never)]
    fn uint(&mut self, mut n: usize) {
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        loop {
            i -= 1;
            if let Some(d) = digits.get_mut(i) {
                *d = b'0' + (n % 10) as u8;
            }
            n /= 10;
            if n == 0 || i == 0 {
                break;
            }
        }
        for &d in digits.get(i..).unwrap_or(&[]) {
            self.0.push(char::from(d));
        }
    }

    /// A JSON string: `"`, `\` and control characters escaped, everything else as is.
    #[inline(never)]
    fn string(&mut self, s: &str) {
        self.0.push('"');
        let mut from = 0;
        for (i, b) in s.bytes().enumerate() {
            if b < 0x20 || b == b'"' || b == b'\\' {
                self.0.push_str(s.get(from..i).unwrap_or(""));
                self.0.push_str("\\u00");
                for nibble in [b >> 4, b & 15] {
                    self.0.push(char::from(
                        b"0123456789abcdef"
                            .get(usize::from(nibble))
                            .copied()
                            .unwrap_or(b'0'),
                    ));
                }
                from = i + 1;
            }
        }
        self.0.push_str(s.get(from..).unwrap_or(""));
        self.0.push('"');
    }

    fn parse(&self) -> Result<JsValue, JsValue> {
        js_sys::JSON::parse(&self.0)
    }
}

/// Records handed to JavaScript per call (bounds the flat buffer in wasm memory).
const CHUNK_RECORDS: usize = 4096;
/// Values per highlight: start, end, keyword (`result.js`).
const HIGHLIGHT_WORDS: usize = 3;
/// Values per quote: kind, four (start, end) spans, continues (`result.js`).
const QUOTE_WORDS: usize = 10;
/// An absent span or `continues` in the flat data (`NONE` in `result.js`).
const NONE: u32 = u32::MAX;

/// A UTF-16 offset or index as a value of the flat data: JavaScript strings and arrays are far
/// below 2^32 - 1, so [`NONE`] is never a real value.
fn word(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(NONE - 1).min(NONE - 1)
}

/// `Quote.kind`'s code in the flat data (`KINDS` in `result.js`).
fn quote_kind_code(kind: crate::QuoteKind) -> u32 {
    match kind {
        crate::QuoteKind::Direct => 0,
        crate::QuoteKind::Partial => 1,
        crate::QuoteKind::Indirect => 2,
    }
}

fn push_span(data: &mut Vec<u32>, span: Option<&JsSpan>) {
    match span {
        Some(s) => data.extend([word(s.start), word(s.end)]),
        None => data.extend([NONE, NONE]),
    }
}

/// Builds the JavaScript `Analysis` object (key order and values as the contract's types):
/// language, stats and keywords from JSON text; highlights and quotes by `result.js` from
/// flat `u32` data, [`CHUNK_RECORDS`] at a time.
fn to_js(analysis: &JsAnalysis) -> Result<JsValue, JsValue> {
    let mut json = Json(String::new());
    json.raw("{\"language\":");
    json.string(&analysis.language);
    let s = &analysis.stats;
    json.raw(",\"stats\":{\"characters\":");
    json.uint(s.characters);
    json.raw(",\"words\":");
    json.uint(s.words);
    json.raw(",\"sentences\":");
    json.uint(s.sentences);
    json.raw(",\"paragraphs\":");
    json.uint(s.paragraphs);
    json.raw("},\"keywords\":[");
    for (i, k) in analysis.keywords.iter().enumerate() {
        json.raw(if i == 0 { "{\"term\":" } else { ",{\"term\":" });
        json.string(&k.term);
        json.raw(",\"source\":");
        json.string(k.source);
        if let Some(group) = &k.group {
            json.raw(",\"group\":");
            json.string(group);
        }
        if k.score.is_some() {
            // Set below as a number (keeps the key order).
            json.raw(",\"score\":0");
        }
        json.raw(",\"count\":");
        json.uint(k.count);
        json.raw("}");
    }
    // Filled below (the keys are in place, so the key order is the contract's).
    json.raw("],\"highlights\":[],\"quotes\":[]}");
    let result = json.parse()?;
    drop(json);
    let field = |object: &JsValue, key: &str| Reflect::get(object, &JsValue::from_str(key));
    let mut data: Vec<u32> = Vec::new();
    if !analysis.highlights.is_empty() {
        let highlights: Array = field(&result, "highlights")?.unchecked_into();
        for chunk in analysis.highlights.chunks(CHUNK_RECORDS) {
            data.clear();
            data.reserve(chunk.len() * HIGHLIGHT_WORDS);
            for h in chunk {
                data.extend([word(h.start), word(h.end), word(h.keyword)]);
            }
            push_highlights(&highlights, &data);
        }
    }
    if !analysis.quotes.is_empty() {
        let quotes: Array = field(&result, "quotes")?.unchecked_into();
        for chunk in analysis.quotes.chunks(CHUNK_RECORDS) {
            data.clear();
            data.reserve(chunk.len() * QUOTE_WORDS);
            for q in chunk {
                data.push(quote_kind_code(q.kind));
                push_span(&mut data, Some(&q.content));
                push_span(&mut data, q.speaker.as_ref());
                push_span(&mut data, q.speaker_mention.as_ref());
                push_span(&mut data, q.cue.as_ref());
                data.push(q.continues.map_or(NONE, word));
            }
            push_quotes(&quotes, &analysis.input, &data);
        }
    }
    if analysis.keywords.iter().any(|k| k.score.is_some()) {
        let keywords: Array = field(&result, "keywords")?.unchecked_into();
        for (i, k) in analysis.keywords.iter().enumerate() {
            if let Some(score) = k.score {
                let object = keywords.get(i as u32);
                Reflect::set(&object, &"score".into(), &JsValue::from_f64(score))?;
            }
        }
    }
    Ok(result)
}

fn run(analyzer: &crate::Analyzer, input: &JsString) -> Result<JsValue, JsValue> {
    install_panic_hook();
    let text = read_text_exact(input, &analyzer.options().limits)?;
    let analysis = analyzer.analyze(&text).map_err(|e| core_error(&e))?;
    let boundary = Boundary::new(input, &text, &analysis.quotes);
    to_js(&boundary.analysis(analysis))
}

/// Analyses an article: language, stats, keyword highlights and quotes.
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn analyze(text: &JsString, options: Option<AnalyzeOptionsObject>) -> Result<JsValue, JsValue> {
    let analyzer = JsAnalyzer::new(options)?;
    run(&analyzer.inner, text)
}

#[wasm_bindgen]
extern "C" {
    /// The engine's `TextEncoder` (WHATWG Encoding; lone surrogates become U+FFFD).
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method)]
    fn encode(this: &TextEncoder, input: &JsString) -> js_sys::Uint8Array;
}

/// Reads the caller's string, refusing oversize input before copying it into wasm memory, into
/// a buffer of exactly the UTF-8 size: wasm-bindgen's own conversion first
/// reserves three bytes per UTF-16 unit and then shrinks, which leaves a hole in the wasm heap
/// of up to two copies of the text (measured: 54 → 36 MiB peak for `normalize` of 4.8 MB …).
fn read_text_exact(input: &JsString, limits: &Limits) -> Result<String, JsValue> {
    let units = input.length() as usize;
    if units > limits.max_input_bytes {
        return Err(core_error(&Error::InputTooLarge {
            bytes: units,
            limit: limits.max_input_bytes,
        }));
    }
    let encoded = TextEncoder::new().encode(input);
    let mut bytes = vec![0u8; encoded.length() as usize];
    encoded.copy_to(&mut bytes);
    drop(encoded);
    // Validating would cost a pass over the whole text (~8 % of a 100-keyword analysis in
    // Node.js: wasm has no SIMD UTF-8 validator) to re-prove what the encoder guarantees.
    // SAFETY: `TextEncoder.encode` returns the UTF-8 encoding of a scalar value string (the
    // WHATWG Encoding standard's "UTF-8 encode"; the string is first converted to a
    // USVString, lone surrogates becoming U+FFFD), so `bytes` is well-formed UTF-8. This is
    // also what wasm-bindgen's own string conversion relies on.
    #[allow(unsafe_code)]
    let text = unsafe { String::from_utf8_unchecked(bytes) };
    Ok(text)
}

/// Entries of the UTF-16 origin map converted per copy into the JavaScript array (256 KiB of
/// wasm memory).
const ORIGIN_CHUNK: usize = 64 * 1024;

/// Normalizes text for matching (`"search"`) or for publishing (`"clean"`), with a map from
/// every UTF-16 unit of the result back to the input.
#[wasm_bindgen(unchecked_return_type = "Normalized")]
pub fn normalize(
    text: &JsString,
    options: Option<NormalizeOptionsObject>,
) -> Result<JsValue, JsValue> {
    install_panic_hook();
    let mut profile = Profile::Search;
    if let Some(options) = options.map(JsValue::from) {
        check_keys(&options, "NormalizeOptions", &["profile"])?;
        if let Some(p) = property(&options, "profile")? {
            profile = match p.as_string().as_deref() {
                Some("search") => Profile::Search,
                Some("clean") => Profile::Clean,
                _ => {
                    return Err(type_error(
                        "invalid option profile: expected \"search\" or \"clean\"",
                    ))
                }
            };
        }
    }
    let input = read_text_exact(text, &Limits::default())?;
    let normalized = crate::normalize(&input, profile);
    let changes = normalized.changes;
    // The core's origin map is sparse; the contract's (for each UTF-16 unit of the output, the
    // UTF-16 index of its source) is written straight into a JavaScript array, a chunk at a
    // time: the full map never exists in wasm memory (it would be 4 bytes per unit).
    let units = normalized.utf16_len();
    let length = u32::try_from(units).unwrap_or(u32::MAX);
    let node = jsstring::is_node();
    // In Node.js without zeroing it first (every entry is written below): −1.6 ms CPU of
    // the ~30 ms for the 4.8 MB big/en (a fresh 19 MB array, zeroed by `new Uint32Array`).
    let origin = if node {
        jsstring::uninit_u32(length)
    } else {
        Uint32Array::new_with_length(length)
    };
    let mut filled = 0u32;
    let fill = |part: &[u32]| {
        let n = u32::try_from(part.len()).unwrap_or(u32::MAX);
        origin.subarray(filled, filled + n).copy_from(part);
        filled += n;
    };
    let folded: JsValue = if !node {
        // Browsers: their `TextDecoder` is fast.
        normalized.origin_utf16_chunks(&input, ORIGIN_CHUNK, fill);
        drop(input);
        JsValue::from_str(&normalized.text)
    } else if units == normalized.text.len() {
        // Node.js, ASCII only (as many units as bytes): the folded bytes are the string, only
        // the map is computed.
        normalized.origin_utf16_chunks(&input, ORIGIN_CHUNK, fill);
        drop(input);
        jsstring::ascii(&normalized.text).into()
    } else {
        // Node.js: the text and the map in one pass, the text made from UTF-16 pieces (V8's
        // UTF-8 decoder would cost more than all the rest, see `jsstring`). The input is freed
        // first (only the UTF-16 starts of the breakpoints are needed), leaving room for the
        // pieces.
        let starts = normalized.utf16_starts(&input);
        drop(input);
        let mut pieces = jsstring::Pieces::new(units);
        normalized.utf16le_pieces_from(
            &starts,
            pieces.units_per_piece(),
            ORIGIN_CHUNK,
            |t| pieces.emit(t),
            fill,
        );
        pieces.finish().into()
    };
    if filled < length {
        // Never the case (the passes write one entry per unit); but no uninitialised memory
        // may reach the caller.
        origin.fill(0, filled, length);
    }
    let result = Object::new();
    Reflect::set(&result, &"text".into(), &folded)?;
    drop(normalized);
    Reflect::set(&result, &"origin".into(), &origin)?;
    Reflect::set(
        &result,
        &"changes".into(),
        &JsValue::from_f64(changes as f64),
    )?;
    Ok(result.into())
}

/// Compiles the options (keyword automaton, lexicons) once, for repeated analysis of
/// changing text, e.g. while a journalist types in a CMS editor.
#[wasm_bindgen(js_name = Analyzer)]
pub struct JsAnalyzer {
    inner: crate::Analyzer,
}

#[wasm_bindgen(js_class = Analyzer)]
impl JsAnalyzer {
    /// Validates and compiles `options`; throws a `TypeError` or `RangeError` when invalid.
    #[wasm_bindgen(constructor)]
    pub fn new(options: Option<AnalyzeOptionsObject>) -> Result<JsAnalyzer, JsValue> {
        install_panic_hook();
        let options = analyze_options(options)?;
        let inner = crate::Analyzer::new(options).map_err(|e| core_error(&e))?;
        Ok(JsAnalyzer { inner })
    }

    /// Analyses `text` with the compiled options.
    #[wasm_bindgen(unchecked_return_type = "Analysis")]
    pub fn analyze(&self, text: &JsString) -> Result<JsValue, JsValue> {
        run(&self.inner, text)
    }
}
