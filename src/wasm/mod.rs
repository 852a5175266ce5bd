//! The WebAssembly binding: the only module that knows about JavaScript.
//!
//! It does three things and nothing else:
//! 1. reads JavaScript arguments (a `string`, an options object) into the core's Rust types,
//!    with precise error messages (`TypeError`/`RangeError`/`Error` objects, never a trap);
//! 2. calls the core ([`crate::analyze`], [`crate::normalize`]);
//! 3. converts every UTF-8 byte offset into a UTF-16 code-unit offset into the caller's
//!    string — once, here ([`Utf16Cursor`] in one forward pass over the sorted highlights,
//!    [`Utf16Offsets`]' table of the whole text's blocks for the quote spans, which also counts
//!    the stats' characters) — and builds the result
//!    objects: language, stats and keywords by one `JSON.parse`, highlights and quotes by the
//!    small JavaScript module `result.js` from flat `u32` data (no JSON, no UTF-8 decoding).
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

mod alloc;
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
  /**
   * How many keywords to extract automatically (default 10; 0 turns it off). Any count is
   * accepted: one above the number of terms the text holds gives all of them.
   */
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
///
/// Out of line, with a flag rather than a `std::sync::Once`: the module is single-threaded,
/// and `Once`'s state machine (with its poisoning panic) was inlined into three of the
/// exports (BENCHMARKS.md, session 58 (size-o)).
#[inline(never)]
fn install_panic_hook() {
    static INSTALLED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if !INSTALLED.swap(true, std::sync::atomic::Ordering::Relaxed) {
        std::panic::set_hook(Box::new(|info| {
            let message = panic_message(info);
            console_error(&message);
            wasm_bindgen::handler::schedule_reinit();
            wasm_bindgen::throw_str(&message);
        }));
    }
}

/// The text of the `Error` a panic becomes: "article-analyzer: internal error (please
/// report): " and what std's `Display` of the hook's info writes ("panicked at
/// file:line:col", then ":\n" and the payload when it is a `&str` or a `String`), written
/// without `core::fmt` (`format!` kept ~2.5 KB raw of its machinery in the module; the
/// native test in `crate::panic_text` checks the two texts are the same).
fn panic_message(info: &std::panic::PanicHookInfo<'_>) -> String {
    let payload = info.payload();
    let payload = payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str));
    crate::panic_text::message(info.location(), payload)
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
    let message = error.message();
    if error.is_limit() {
        js_sys::RangeError::new(&message).into()
    } else {
        js_sys::TypeError::new(&message).into()
    }
}

#[wasm_bindgen(module = "/src/wasm/options.js")]
extern "C" {
    /// Checks an `AnalyzeOptions` object (or `undefined`/`null`) and reads it into [language,
    /// autoKeywords, morphology, quotes, maxInputBytes, maxKeywords, keyword count, then term
    /// and group of each keyword], `undefined` where absent; the keywords are left out when
    /// there are more than maxKeywords (`default_max` when absent). Throws the `TypeError`.
    #[wasm_bindgen(js_name = readAnalyzeOptions, catch)]
    fn read_analyze_options(options: &JsValue, default_max: u32) -> Result<Array, JsValue>;
    /// Checks a `NormalizeOptions` object; returns the profile: 0 = search, 1 = clean.
    #[wasm_bindgen(js_name = readNormalizeOptions, catch)]
    fn read_normalize_options(options: &JsValue) -> Result<u32, JsValue>;
    /// Checks `HighlightElementOptions` (named `what` in messages) and reads them into
    /// [exclude, mode code, quotes], `undefined` where absent.
    #[wasm_bindgen(js_name = readDrawOptions, catch)]
    pub(crate) fn read_draw_options(options: &JsValue, what: &str) -> Result<Array, JsValue>;
    /// The UTF-8 size of a string estimated from `samples` of its units (a little above).
    #[wasm_bindgen(js_name = utf8Estimate)]
    fn utf8_estimate(input: &JsString, samples: u32) -> f64;
    /// `TextEncoder.encodeInto` of the string (`more`: of its rest after the previous call)
    /// into the wasm `memory` at `at`, at most `room` bytes: the bytes written, or
    /// -1 - written when its end did not fit.
    #[wasm_bindgen(js_name = encodeInto)]
    fn encode_into(input: &JsString, memory: &JsValue, at: u32, room: u32, more: bool) -> f64;
}

/// Reads an `AnalyzeOptions` object (or `undefined`/`null`) into the core's options; the
/// checks and their `TypeError`s are in `options.js`.
fn analyze_options(options: &JsValue) -> Result<AnalyzeOptions, JsValue> {
    let defaults = AnalyzeOptions::default();
    let read = read_analyze_options(options, word(defaults.limits.max_keywords))?;
    let count = |i: u32, default: usize| read.get(i).as_f64().map_or(default, |n| n as usize);
    let flag = |i: u32, default: bool| read.get(i).as_bool().unwrap_or(default);
    let mut out = AnalyzeOptions {
        language: read.get(0).as_string(),
        auto_keywords: count(1, defaults.auto_keywords),
        morphology: flag(2, defaults.morphology),
        quotes: flag(3, defaults.quotes),
        limits: Limits {
            max_input_bytes: count(4, defaults.limits.max_input_bytes),
            max_keywords: count(5, defaults.limits.max_keywords),
        },
        keywords: Vec::new(),
    };
    let n = count(6, 0);
    if n > out.limits.max_keywords {
        // Refused before the keywords are read.
        return Err(core_error(&Error::TooManyKeywords {
            count: n,
            limit: out.limits.max_keywords,
        }));
    }
    out.keywords = (0..word(n))
        .map(|i| KeywordSpec {
            term: read
                .get(i.wrapping_mul(2).wrapping_add(7))
                .as_string()
                .unwrap_or_default(),
            group: read.get(i.wrapping_mul(2).wrapping_add(8)).as_string(),
        })
        .collect();
    Ok(out)
}

/// An `Analysis` with UTF-16 offsets, ready to become a JavaScript object ([`to_js`]): the
/// core's language, stats and keywords as they are, the highlights and quotes as flat `u32`
/// records for `result.js`.
pub(crate) struct JsAnalysis {
    /// The core's analysis; its highlights and quotes are consumed (see the two fields below).
    core: crate::Analysis,
    /// Per highlight: start, end (UTF-16), keyword index ([`HIGHLIGHT_WORDS`]).
    highlights: Vec<[u32; HIGHLIGHT_WORDS]>,
    /// Per quote ([`QUOTE_WORDS`]): kind, then (start, end) of content, speaker,
    /// speakerMention and cue (UTF-16, [`NONE`] for an absent span), then continues.
    quotes: Vec<[u32; QUOTE_WORDS]>,
    /// The caller's string: span texts are sliced from it.
    input: JsString,
}

impl JsAnalysis {
    /// The highlights: (start, end, keyword index) in UTF-16 units.
    pub(crate) fn highlights(&self) -> &[[u32; HIGHLIGHT_WORDS]] {
        &self.highlights
    }

    /// The quote contents: (start, end) in UTF-16 units.
    pub(crate) fn quote_contents(&self) -> impl Iterator<Item = (u32, u32)> + '_ {
        self.quotes.iter().map(|q| match *q {
            [_, start, end, ..] => (start, end),
        })
    }

    /// The keywords (their group and count).
    pub(crate) fn keywords(&self) -> &[crate::Keyword] {
        &self.core.keywords
    }

    /// Keeps the highlights for which `keep(start, end)` holds, and recounts the keywords.
    pub(crate) fn retain_highlights(&mut self, mut keep: impl FnMut(u32, u32) -> bool) {
        self.highlights.retain(|&[start, end, _]| keep(start, end));
        for k in &mut self.core.keywords {
            k.count = 0;
        }
        for &[_, _, k] in &self.highlights {
            if let Some(k) = self.core.keywords.get_mut(k as usize) {
                k.count += 1;
            }
        }
    }
}

/// A quote's spans in the order of its record: content, speaker, speakerMention, cue.
fn spans(q: &crate::Quote) -> [Option<&crate::Span>; 4] {
    [
        Some(&q.content),
        q.speaker.as_ref(),
        q.speaker_mention.as_ref(),
        q.cue.as_ref(),
    ]
}

/// Converts core results (UTF-8 byte spans into `text`) for the caller's string `input`.
pub(crate) struct Boundary<'a> {
    input: &'a JsString,
    text: &'a str,
}

impl<'a> Boundary<'a> {
    pub(crate) fn new(input: &'a JsString, text: &'a str) -> Self {
        Boundary { input, text }
    }

    pub(crate) fn analysis(&self, mut core: crate::Analysis) -> JsAnalysis {
        // Highlights are sorted and disjoint: one forward cursor converts them all.
        let mut cursor = Utf16Cursor::new(self.text);
        let highlights = core
            .highlights
            .iter()
            .map(|h| {
                [
                    word(cursor.utf16(h.span.start)),
                    word(cursor.utf16(h.span.end)),
                    word(h.keyword),
                ]
            })
            .collect();
        core.highlights = Vec::new();
        // Quote spans are not sorted: a table of the text (then each boundary from its block,
        // no sort), which also counts the stats' characters.
        let offsets = Utf16Offsets::new(self.text, [self.text.len()]);
        let quotes = core
            .quotes
            .iter()
            .map(|q| {
                let mut record = [NONE; QUOTE_WORDS];
                record[0] = quote_kind_code(q.kind);
                for (slot, span) in record[1..9].chunks_exact_mut(2).zip(spans(q)) {
                    if let (Some(span), [start, end]) = (span, slot) {
                        *start = word(offsets.utf16(span.start));
                        *end = word(offsets.utf16(span.end)).max(*start);
                    }
                }
                record[9] = q.continues.map_or(NONE, word);
                record
            })
            .collect();
        core.quotes = Vec::new();
        // The core left them to this pass (`Analyzer::analyze_counting`).
        core.stats.characters = offsets.characters();
        JsAnalysis {
            core,
            highlights,
            quotes,
            input: self.input.clone(),
        }
    }
}

#[wasm_bindgen(module = "/src/wasm/result.js")]
extern "C" {
    /// Builds the `Analysis` object: `names` holds the language and every keyword's term and
    /// group (lengths in UTF-16 units in `data`); `data`: the language's length, the four
    /// stats, then per keyword flags (bit 0 auto, bit 1 has a group, bit 2 has a score), term
    /// length, group length, count; `scores`: per keyword; `highlights` and `quotes`: the
    /// records of [`JsAnalysis`], span texts sliced from `input`.
    #[wasm_bindgen(js_name = makeAnalysis)]
    fn make_analysis(
        input: &JsString,
        names: &str,
        data: &[u32],
        scores: &[f64],
        highlights: &[u32],
        quotes: &[u32],
    ) -> JsValue;
}

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

/// Builds the JavaScript `Analysis` object (key order and values as the contract's types) in
/// one call to `result.js`.
fn to_js(analysis: &JsAnalysis) -> JsValue {
    let core = &analysis.core;
    let mut names = String::new();
    let mut name = |s: &str| {
        names.push_str(s);
        word(s.encode_utf16().count())
    };
    let s = &core.stats;
    let mut data = vec![
        name(&core.language),
        word(s.characters),
        word(s.words),
        word(s.sentences),
        word(s.paragraphs),
    ];
    let mut scores = Vec::with_capacity(core.keywords.len());
    for k in &core.keywords {
        let flags = u32::from(k.source == KeywordSource::Auto)
            | u32::from(k.group.is_some()) << 1
            | u32::from(k.score.is_some()) << 2;
        data.extend([
            flags,
            name(&k.term),
            name(k.group.as_deref().unwrap_or_default()),
            word(k.count),
        ]);
        scores.push(k.score.unwrap_or_default());
    }
    make_analysis(
        &analysis.input,
        &names,
        &data,
        &scores,
        analysis.highlights.as_flattened(),
        analysis.quotes.as_flattened(),
    )
}

fn run(analyzer: &crate::Analyzer, input: &JsString) -> Result<JsValue, JsValue> {
    install_panic_hook();
    let text = read_text_exact(input, &analyzer.options().limits)?;
    let analysis = analyzer
        .analyze_counting(&text, false)
        .map_err(|e| core_error(&e))?;
    Ok(to_js(&Boundary::new(input, &text).analysis(analysis)))
}

/// Analyses an article: language, stats, keyword highlights and quotes.
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn analyze(text: &JsString, options: Option<AnalyzeOptionsObject>) -> Result<JsValue, JsValue> {
    let analyzer = JsAnalyzer::new(options)?;
    run(&analyzer.inner, text)
}

/// Reads the caller's string, refusing oversize input before copying it into wasm memory, into
/// a buffer of exactly the UTF-8 size: wasm-bindgen's own conversion first
/// reserves three bytes per UTF-16 unit and then shrinks, which leaves a hole in the wasm heap
/// of up to two copies of the text (measured: 54 → 36 MiB peak for `normalize` of 4.8 MB …).
///
/// `TextEncoder.encodeInto` writes straight into the buffer (`options.js` `encodeInto`): in
/// Chromium it takes less than half the time of `encode`, which builds a new array (that was
/// then copied in; big/en: ~6 against ~15 ms). The buffer gets the size estimated from a
/// sample of the text (`utf8Estimate`); a text beyond it, three bytes per UTF-16 unit and a
/// second call for the rest, then the buffer shrinks to the text.
fn read_text_exact(input: &JsString, limits: &Limits) -> Result<String, JsValue> {
    let units = input.length() as usize;
    if units > limits.max_input_bytes {
        return Err(core_error(&Error::InputTooLarge {
            bytes: units,
            limit: limits.max_input_bytes,
        }));
    }
    let mut bytes: Vec<u8> = Vec::with_capacity(utf8_estimate(input, 64) as usize);
    if !encode_into_spare(input, false, &mut bytes) {
        // Room for three bytes per unit of the input (the most a unit takes): at least the
        // rest, which reads at most a third of the bytes written.
        bytes.reserve_exact(units.saturating_mul(3).saturating_sub(bytes.len()));
        encode_into_spare(input, true, &mut bytes);
        bytes.shrink_to_fit();
    }
    // Validating would cost a pass over the whole text (~8 % of a 100-keyword analysis in
    // Node.js: wasm has no SIMD UTF-8 validator) to re-prove what the encoder guarantees.
    // SAFETY: `bytes` is well-formed UTF-8 (`encode_into_spare`); this is also what
    // wasm-bindgen's own string conversion relies on.
    #[allow(unsafe_code)]
    let text = unsafe { String::from_utf8_unchecked(bytes) };
    Ok(text)
}

/// Appends to `bytes` the UTF-8 of the input (`more`: of its rest after the previous call)
/// that fits into its spare capacity (`options.js` `encodeInto`); returns whether all of it
/// did.
fn encode_into_spare(input: &JsString, more: bool, bytes: &mut Vec<u8>) -> bool {
    let room = bytes.capacity() - bytes.len();
    let at = bytes.as_ptr() as usize + bytes.len();
    let r = encode_into(input, &wasm_bindgen::memory(), at as u32, room as u32, more);
    let written = if r < 0.0 { -1.0 - r } else { r } as usize;
    // SAFETY: `encodeInto` wrote `written` bytes at the end of `bytes`, within its capacity:
    // whole characters of the UTF-8 encoding of a scalar value string (WHATWG Encoding: the
    // string is first converted to a USVString, lone surrogates becoming U+FFFD), so `bytes`
    // stays well-formed UTF-8.
    #[allow(unsafe_code)]
    unsafe {
        bytes.set_len(bytes.len() + written.min(room));
    }
    r >= 0.0
}

/// A JavaScript view of `part` in wasm memory, for one `set` into a JavaScript array right
/// away. (js-sys' `copy_from` / `to_vec` would assert the lengths equal, which alone keeps
/// `assert_failed` and `usize`'s `Debug` and hex formatting in the module: ~500 B raw.)
fn u32_view(part: &[u32]) -> Uint32Array {
    // SAFETY: the view is used by the caller's one `set` before anything allocates (an
    // allocation could grow the memory and detach it); `part` outlives that call.
    #[allow(unsafe_code)]
    unsafe {
        Uint32Array::view(part)
    }
}

/// The entries of a JavaScript `Uint32Array` as a vector, copied by one `set` into a view of
/// the vector's memory (see [`u32_view`]).
pub(crate) fn u32_vec(array: &Uint32Array) -> Vec<u32> {
    let mut out = vec![0; array.length() as usize];
    // SAFETY: the view covers `out` (mutably borrowed, exactly its length) and is used by
    // the one `set` before anything allocates.
    #[allow(unsafe_code)]
    unsafe {
        Uint32Array::view_mut_raw(out.as_mut_ptr(), out.len()).set(array, 0);
    }
    out
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
    let options = options.map_or(JsValue::UNDEFINED, JsValue::from);
    let profile = if read_normalize_options(&options)? == 1 {
        Profile::Clean
    } else {
        Profile::Search
    };
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
        origin.set(&u32_view(part), filled);
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
        let options = analyze_options(&options.map_or(JsValue::UNDEFINED, JsValue::from))?;
        let inner = crate::Analyzer::new(options).map_err(|e| core_error(&e))?;
        Ok(JsAnalyzer { inner })
    }

    /// Analyses `text` with the compiled options.
    #[wasm_bindgen(unchecked_return_type = "Analysis")]
    pub fn analyze(&self, text: &JsString) -> Result<JsValue, JsValue> {
        run(&self.inner, text)
    }
}

/// Stands in for js-sys' `__wbg_jspi_task_poll`, which the linker is told to wrap
/// (`--wrap=__wbg_jspi_task_poll` in `.cargo/config.toml`): js-sys defines that raw export
/// (the JSPI task poll of `js_sys::futures`, which this crate never uses) unconditionally, so
/// `wasm-ld` kept it, and with it the static waker vtable whose four functions stay in the
/// function table even after wasm-bindgen deletes the unused export (~370 B raw). With the
/// wrap, the export is this empty function and js-sys' poll, its vtable and the waker are left
/// out of the link (-736 B raw, -254 B gzipped). Nothing calls it: no JSPI export exists.
#[no_mangle]
pub extern "C" fn __wrap___wbg_jspi_task_poll(_task: u32) {}
