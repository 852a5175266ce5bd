//! The DOM highlighter: keyword highlights and quotes drawn inside an existing element tree
//! (a CMS editor, an article page) — the only module that uses `web-sys`.
//!
//! # The element's text
//! [`element_text`] walks the text nodes under `root` in document order (iteratively: no
//! recursion on depth) and concatenates their data; every offset of an analysis is a UTF-16
//! index into that concatenation. Left out, with their whole subtree: elements matching the
//! caller's `exclude` selector list and elements that are not content (`script`, `style`,
//! `noscript`, `template`, `textarea`, `select`, and embedded content: `img`, `svg`,
//! `video`, `iframe`…). Where the DOM separates text visually, a
//! *virtual separator* that maps to no DOM node is inserted:
//! - `"\n\n"` at the start and end of a block element (`p`, `div`, `li`, `h1`…, `td`…),
//!   so `<p>a</p><p>b</p>` reads `"a\n\nb"`: two words, two paragraphs for the stats;
//! - `"\n"` for `<br>`;
//! - `" "` in place of an excluded or skipped element, so `ab<code>x</code>cd` and
//!   `ab<img>cd` are two words.
//!
//! Separators are only emitted between two text nodes (never at the start or end) and never
//! doubled (the strongest pending one wins). A highlight that covers a separator is dropped
//! (a phrase never matches across paragraphs, lines or excluded elements), and its keyword's
//! `count` is lowered accordingly in the returned analysis. Quotes may span paragraphs.
//!
//! # Drawing
//! - **Highlight API** (`CSS.highlights`, the default where it exists): one `Range` per span,
//!   registered in the highlights `aa-keyword` (every keyword highlight), `aa-keyword-<group>`
//!   (keywords with a group, priority 1; the group as written, so a stylesheet names a group
//!   that is not a CSS identifier with `CSS.escape(group)`) and `aa-quote` (quote contents, priority -1). A range
//!   may cross element boundaries. The DOM is not changed at all, so Arabic letters keep
//!   joining. Style them with `::highlight(aa-keyword) { … }`. The ranges are live while
//!   drawn (they follow the editor's typing until the next analysis); clearing moves each
//!   removed range into a private, empty document of its own (so the page's document no
//!   longer updates it on every mutation, and it keeps no node alive) and keeps it for reuse
//!   by the next drawing: highlighting on every keystroke creates no garbage ranges. At most
//!   1,024 unused ranges stay parked after a drawing or a clear, so one huge drawing does
//!   not keep its ranges alive for the life of the page.
//! - **`<mark>` elements** (where `CSS.highlights` is missing, or with `mode: "mark"`): each
//!   keyword highlight is wrapped in `<mark class="aa-mark" data-keyword="<index>"
//!   data-group="<group>" data-aa="…">`, splitting text nodes at its edges; a highlight that
//!   crosses element boundaries gets one `<mark>` per text-node piece. Quote contents are
//!   wrapped in `<mark class="aa-quote" data-quote="<index>" data-aa="…">` (one per text-node
//!   piece, the keyword marks nested inside), widened to whole words so that no word is cut
//!   between two elements (Arabic letters would stop joining). `data-aa` records which
//!   neighbours were split from the same text node, so that [`clear_highlights`] merges
//!   exactly those back (innermost marks first): the first piece of a split node is the
//!   original `Text` node (its identity is kept), and no other node is touched (no
//!   `normalize()`).
//!
//! # Rust and `dom.js`
//! The walk, the offset mapping and every decision are made here; the DOM writes are
//! batched in `dom.js` (inlined into the glue by `xtask/src/build.rs`), which executes a
//! flat `u32` plan per drawing (`drawMarks`: per text node its cuts and, per segment, its
//! keyword, quote and `data-aa` joins; `drawRanges`: per span its first and last node and
//! offsets), removes our ranges and unwraps our marks (`clearRanges`, `unwrapMarks`), and
//! holds the pool of parked ranges. One wasm → JS call per drawing instead of one per DOM
//! operation, each with its own import, glue shim and wasm wrapper: −3.5 KB gzipped of wasm
//! (issue #7), the same DOM operations in the same order.

use js_sys::{Array, JsString, Object, Reflect, Uint32Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

use crate::keywords::is_word_char;

use super::{
    analyze_options, core_error, install_panic_hook, read_draw_options, to_js, type_error, u32_vec,
    word, Boundary, JsAnalysis, JsAnalyzer, NONE,
};

#[wasm_bindgen(typescript_custom_section)]
const TYPESCRIPT: &'static str = r#"
/** How highlightElement draws and which parts of the element it reads. */
export interface HighlightElementOptions {
  /** A CSS selector list of subtrees to leave alone, e.g. "figure, code, .byline". */
  exclude?: string;
  /** "auto" (default): the CSS Custom Highlight API where available, else <mark> elements. */
  mode?: "auto" | "highlight-api" | "mark";
  /** Also draw quote contents: the highlight "aa-quote", or <mark class="aa-quote"> elements
   *  (widened to whole words) in "mark" mode. Default true. */
  quotes?: boolean;
}

/** What highlightElement drew. */
export interface HighlightElementResult {
  /** Keyword highlights drawn (a highlight crossing elements counts once). */
  highlights: number;
  /** Quotes drawn. */
  quotes: number;
  mode: "highlight-api" | "mark";
  /** The analysis of elementText(root), when highlightElement ran the analyzer itself
   *  (null when an Analysis was given). Highlights crossing a block boundary are left out. */
  analysis: Analysis | null;
}

/** The text highlightElement analyses: the element's text nodes in document order, with
 *  "\n\n" between blocks, "\n" for <br> and " " for excluded elements. Analyse this string
 *  (e.g. in a worker) and pass the Analysis to highlightElement. */
export function elementText(root: Element, options?: Pick<HighlightElementOptions, "exclude">): string;

/** Highlights keywords (and quotes) inside `root`, after clearing its previous highlights.
 *  Pass AnalyzeOptions (or nothing) to analyse elementText(root) now, or an Analysis made
 *  from elementText(root) with the same `exclude`: its offsets must fit that text (a
 *  RangeError otherwise). */
export function highlightElement(root: Element, analysisOrOptions?: Analysis | AnalyzeOptions, options?: HighlightElementOptions): HighlightElementResult;

/** Analyzer.highlightElement: highlightElement with the analyzer's compiled options (no
 *  recompilation of the keywords on each call, e.g. on every keystroke). */
export interface Analyzer {
  highlightElement(root: Element, options?: HighlightElementOptions): HighlightElementResult;
}

/** Removes the highlights highlightElement drew in `root`: its ranges from CSS.highlights
 *  (only those inside `root`; they are detached from the page and reused by the next
 *  highlightElement) and its <mark> elements, merging split text nodes back so that the DOM
 *  is as before (same innerHTML; untouched text nodes keep their identity).
 *  Returns how many ranges and marks were removed. */
export function clearHighlights(root: Element): number;
"#;

/// The DOM writes, batched (`dom.js`: one call per drawing or clear; the plans come from
/// here).
#[wasm_bindgen(module = "/src/wasm/dom.js")]
extern "C" {
    /// Wraps text-node pieces in `<mark>`s as planned by [`plan_node`].
    #[wasm_bindgen(js_name = drawMarks, catch)]
    fn draw_marks_js(
        document: &JsValue,
        nodes: &Array,
        groups: &Array,
        data: &[u32],
    ) -> Result<(), JsValue>;
    /// Registers the ranges of `keywords` (5 values each: first node, offset, last node,
    /// offset, keyword) and, when `draw_quotes`, of `quotes` (4 values each) in
    /// `CSS.highlights`, reusing parked ranges.
    #[wasm_bindgen(js_name = drawRanges, catch)]
    #[allow(clippy::too_many_arguments)]
    fn draw_ranges(
        registry: &JsValue,
        constructor: &JsValue,
        document: &JsValue,
        nodes: &Array,
        groups: &Array,
        keywords: &[u32],
        draw_quotes: bool,
        quotes: &[u32],
    ) -> Result<(), JsValue>;
    /// Removes our ranges inside `root` from the registry and parks them; returns how many.
    #[wasm_bindgen(js_name = clearRanges, catch)]
    fn clear_ranges(registry: &JsValue, root: &Element) -> Result<u32, JsValue>;
    /// Unwraps our `<mark>`s under `root`, merging split text nodes back; returns how many.
    #[wasm_bindgen(js_name = unwrapMarks, catch)]
    fn unwrap_marks(root: &Element) -> Result<u32, JsValue>;
    /// Reads a JavaScript `Analysis` for [`spans_of_analysis`]: [groups, highlights as
    /// (start, end, keyword) triples, quote contents as (start, end) pairs].
    #[wasm_bindgen(js_name = readSpans, catch)]
    fn read_spans(analysis: &JsValue, len: u32) -> Result<Array, JsValue>;
    /// Walks the text under `root`: [text, text nodes, data] (`collectText`: the text's
    /// length, the node count n, n starts, n lengths, then the separators' starts).
    #[wasm_bindgen(js_name = collectText, catch)]
    fn collect_text(root: &Element, exclude: Option<&str>) -> Result<Array, JsValue>;
    /// `[CSS.highlights, Highlight]` of the window `root` is shown in (its document's
    /// `defaultView`, else the global object), or null when the browser lacks either.
    #[wasm_bindgen(js_name = registryOf, catch)]
    fn registry_of(root: &Element) -> Result<JsValue, JsValue>;
    /// Drops parked ranges beyond the first `keep`.
    #[wasm_bindgen(js_name = trimParked)]
    fn trim_parked_js(keep: u32);
}

/// How many unused parked ranges survive a drawing or a [`clear_highlights`] call. The pool
/// holds what the last clear removed; after a drawing took what it needed, the rest is
/// garbage unless the next drawing is as large, so it is cut to this many. Typing in an
/// editor redraws about the same number of ranges and keeps reusing them; one huge drawing
/// followed by small ones no longer keeps its ranges for the life of the page.
const KEEP_PARKED: u32 = 1024;

/// Drops parked ranges beyond [`KEEP_PARKED`].
fn trim_parked() {
    trim_parked_js(KEEP_PARKED);
}

/// The text of an element: the concatenation and where each text node sits in it.
#[derive(Default)]
struct Collected {
    text: String,
    /// Text nodes in document order (empty ones left out).
    nodes: Array,
    /// UTF-16 start of each node in `text`.
    starts: Vec<usize>,
    /// UTF-16 length of each node.
    lens: Vec<usize>,
    /// UTF-16 start of each virtual separator, ascending.
    separators: Vec<usize>,
    /// UTF-16 length of `text`.
    len: usize,
}

impl Collected {
    /// The pieces of UTF-16 span `start..end`: (node index, start, end in that node), in order.
    fn pieces(&self, start: usize, end: usize) -> Vec<(usize, usize, usize)> {
        let first = self.first_node_ending_after(start);
        let mut out = Vec::new();
        for i in first..self.starts.len() {
            let (Some(&s), Some(&l)) = (self.starts.get(i), self.lens.get(i)) else {
                break;
            };
            if s >= end {
                break;
            }
            let a = start.max(s) - s;
            let b = end.min(s + l) - s;
            if a < b {
                out.push((i, a, b));
            }
        }
        out
    }

    /// Index of the first node whose end is after `at` (binary search).
    fn first_node_ending_after(&self, at: usize) -> usize {
        let mut lo = 0;
        let mut hi = self.starts.len();
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let end = self.starts.get(mid).copied().unwrap_or(0)
                + self.lens.get(mid).copied().unwrap_or(0);
            if end > at {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }

    /// True when `start..end` covers a virtual separator.
    fn crosses_separator(&self, start: usize, end: usize) -> bool {
        let i = self.separators.partition_point(|&p| p < start);
        self.separators.get(i).is_some_and(|&p| p < end)
    }
}

/// The text under `root` (see the module documentation), read by `collectText` in `dom.js`.
fn collect(root: &Element, exclude: Option<&str>) -> Result<Collected, JsValue> {
    let parts = collect_text(root, exclude)?;
    let data = u32_vec(&Uint32Array::from(parts.get(2)));
    let (len, n) = match *data.as_slice() {
        [len, n, ..] => (len as usize, n as usize),
        _ => (0, 0),
    };
    let list = |from: usize, to: usize| -> Vec<usize> {
        data.get(from..to)
            .unwrap_or_default()
            .iter()
            .map(|&v| v as usize)
            .collect()
    };
    Ok(Collected {
        // Lone surrogates become U+FFFD here, as in every string the core reads.
        text: parts.get(0).as_string().unwrap_or_default(),
        nodes: parts.get(1).unchecked_into(),
        starts: list(2, 2 + n),
        lens: list(2 + n, 2 + 2 * n),
        separators: list(2 + 2 * n, data.len()),
        len,
    })
}

/// The caller's `HighlightElementOptions`.
struct DrawOptions {
    exclude: Option<String>,
    mode: Mode,
    quotes: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Auto,
    HighlightApi,
    Mark,
}

fn draw_options(options: &JsValue, what: &str) -> Result<DrawOptions, JsValue> {
    let read = read_draw_options(options, what)?;
    Ok(DrawOptions {
        exclude: read
            .get(0)
            .as_string()
            .filter(|exclude| !crate::text::trim(exclude).is_empty()),
        mode: match read.get(1).as_f64().map(|m| m as u32) {
            Some(1) => Mode::HighlightApi,
            Some(2) => Mode::Mark,
            _ => Mode::Auto,
        },
        quotes: read.get(2).as_bool().unwrap_or(true),
    })
}

/// `root` as an Element. Checked by `nodeType`, not `instanceof`: an element of an iframe
/// (an editor's document) is an instance of that window's `Element`, not of ours.
fn check_root(root: &JsValue, function: &str) -> Result<Element, JsValue> {
    let element = root.is_object()
        && Reflect::get(root, &"nodeType".into())?.as_f64() == Some(f64::from(Node::ELEMENT_NODE));
    if element {
        Ok(root.clone().unchecked_into())
    } else {
        Err(type_error(
            &[function, ": root must be an Element"].concat(),
        ))
    }
}

/// Validates `exclude` once (a bad selector throws a `SyntaxError` before any change).
fn check_exclude(root: &Element, exclude: Option<&str>) -> Result<(), JsValue> {
    if let Some(selector) = exclude {
        root.matches(selector)?;
    }
    Ok(())
}

/// The text `highlightElement` analyses for `root` (see the module documentation).
#[wasm_bindgen(js_name = elementText, skip_typescript)]
pub fn element_text(root: JsValue, options: JsValue) -> Result<String, JsValue> {
    install_panic_hook();
    let root = check_root(&root, "elementText")?;
    let options = draw_options(&options, "elementText options")?;
    check_exclude(&root, options.exclude.as_deref())?;
    Ok(collect(&root, options.exclude.as_deref())?.text)
}

/// The `CSS.highlights` of the window `root` is shown in, and its `Highlight` constructor,
/// when the browser has them: an editor in an iframe (TinyMCE, CKEditor 4) is painted from
/// its own window's registry, not the page's.
struct Registry {
    highlights: JsValue,
    constructor: JsValue,
}

fn registry(root: &Element) -> Option<Registry> {
    let found = registry_of(root).ok()?;
    let found: &Array = found.dyn_ref()?;
    Some(Registry {
        highlights: found.get(0),
        constructor: found.get(1),
    })
}

/// Spans to draw, in UTF-16 units of the element's text.
struct Spans {
    /// (start, end, keyword index), sorted and disjoint.
    highlights: Vec<(usize, usize, usize)>,
    /// Group of each keyword (a string or null), for `dom.js`.
    groups: Array,
    /// Quote contents (start, end).
    quotes: Vec<(usize, usize)>,
}

/// Reads a JavaScript `Analysis` (made from `elementText(root)`, `len` UTF-16 units),
/// checking every span (`readSpans` in `dom.js`: the reading and its messages in one call).
fn spans_of_analysis(analysis: &JsValue, len: usize) -> Result<Spans, JsValue> {
    let parts = read_spans(analysis, word(len))?;
    let flat = |i: u32| u32_vec(&Uint32Array::from(parts.get(i)));
    let (highlights, quotes) = (flat(1), flat(2));
    let size = |n: u32| n as usize;
    Ok(Spans {
        highlights: highlights
            .chunks_exact(3)
            .map(|h| match *h {
                [start, end, keyword] => (size(start), size(end), size(keyword)),
                _ => (0, 0, 0),
            })
            .collect(),
        groups: parts.get(0).unchecked_into(),
        quotes: quotes
            .chunks_exact(2)
            .map(|q| match *q {
                [start, end] => (size(start), size(end)),
                _ => (0, 0),
            })
            .collect(),
    })
}

/// Runs the analyzer on the collected text; returns the spans and the analysis for JS.
fn spans_of_analyzer(
    analyzer: &crate::Analyzer,
    collected: &Collected,
) -> Result<(Spans, JsAnalysis), JsValue> {
    let analysis = analyzer
        .analyze_counting(&collected.text, false)
        .map_err(|e| core_error(&e))?;
    let input = JsString::from(collected.text.as_str());
    let js = Boundary::new(&input, &collected.text).analysis(analysis);
    let size = |n: u32| n as usize;
    let spans = Spans {
        highlights: js
            .highlights()
            .iter()
            .map(|&[start, end, k]| (size(start), size(end), size(k)))
            .collect(),
        groups: js
            .keywords()
            .iter()
            .map(|k| k.group.as_deref().map_or(JsValue::NULL, JsValue::from_str))
            .collect(),
        quotes: js
            .quote_contents()
            .map(|(start, end)| (size(start), size(end)))
            .collect(),
    };
    Ok((spans, js))
}

fn drop_crossing(spans: &mut Spans, collected: &Collected, analysis: Option<&mut JsAnalysis>) {
    let before = spans.highlights.len();
    spans
        .highlights
        .retain(|&(s, e, _)| !collected.crosses_separator(s, e));
    if spans.highlights.len() == before {
        return;
    }
    if let Some(analysis) = analysis {
        analysis.retain_highlights(|s, e| !collected.crosses_separator(s as usize, e as usize));
    }
}

/// Appends the ends of the DOM range over UTF-16 span `start..end` of the collected text
/// (first node, offset, last node, offset) to `data`; false (nothing appended) if it is empty.
fn push_range(data: &mut Vec<u32>, collected: &Collected, start: usize, end: usize) -> bool {
    let pieces = collected.pieces(start, end);
    let (Some(&(first, a, _)), Some(&(last, _, b))) = (pieces.first(), pieces.last()) else {
        return false;
    };
    data.extend([word(first), word(a), word(last), word(b)]);
    true
}

fn draw_highlight_api(
    registry: &Registry,
    document: &JsValue,
    collected: &Collected,
    spans: &Spans,
    quotes: bool,
) -> Result<(usize, usize), JsValue> {
    let mut keywords: Vec<u32> = Vec::with_capacity(5 * spans.highlights.len());
    let mut drawn = 0;
    for &(start, end, k) in &spans.highlights {
        if push_range(&mut keywords, collected, start, end) {
            keywords.push(word(k));
            drawn += 1;
        }
    }
    let quotes = quotes && !spans.quotes.is_empty();
    let mut quote_data: Vec<u32> = Vec::new();
    let mut quoted = 0;
    if quotes {
        quote_data.reserve(4 * spans.quotes.len());
        for &(start, end) in &spans.quotes {
            if push_range(&mut quote_data, collected, start, end) {
                quoted += 1;
            }
        }
    }
    draw_ranges(
        &registry.highlights,
        &registry.constructor,
        document,
        &collected.nodes,
        &spans.groups,
        &keywords,
        quotes,
        &quote_data,
    )?;
    Ok((drawn, quoted))
}

/// What a piece of a text node is wrapped in.
#[derive(Clone, Copy)]
enum Wrap {
    /// A keyword highlight (index of its keyword).
    Keyword(usize),
    /// A quote content (index of the quote).
    Quote(usize),
}

/// A piece of one text node to wrap: (node index, start, end in that node, what).
type Piece = (usize, usize, usize, Wrap);

/// Whether UTF-16 unit `unit` belongs to a word (a surrogate: a letter outside the BMP, or
/// an emoji; either way never a place to cut). Not inlined: its four call sites would each
/// carry a copy of the Unicode look-ups of `is_word_char` (cold code: quote edges only).
#[inline(never)]
fn word_unit(unit: Option<&u16>) -> bool {
    unit.is_some_and(|&u| {
        (0xD800..0xE000).contains(&u) || char::from_u32(u32::from(u)).is_some_and(is_word_char)
    })
}

/// True when UTF-16 position `at` of `text` is inside a word (a word unit on each side).
fn inside_word(text: &[u16], at: usize) -> bool {
    at > 0 && word_unit(text.get(at - 1)) && word_unit(text.get(at))
}

/// Widens `start..end` to whole words: an edge inside a word moves out to the word's edge
/// (at most 64 UTF-16 units: a longer "word" is left cut).
fn whole_words(text: &[u16], mut start: usize, mut end: usize) -> (usize, usize) {
    for _ in 0..64 {
        if !inside_word(text, start) {
            break;
        }
        start -= 1;
    }
    for _ in 0..64 {
        if !inside_word(text, end) {
            break;
        }
        end += 1;
    }
    (start, end)
}

/// The quote pieces to wrap: each quote widened to whole words, cut into text-node pieces,
/// widened again to cover any keyword piece it cuts (a phrase across its edge), and merged
/// where they overlap. Sorted by node and start, disjoint. Linear in the pieces.
fn quote_pieces(collected: &Collected, spans: &Spans, keywords: &[Piece]) -> Vec<Piece> {
    let text: Vec<u16> = collected.text.encode_utf16().collect();
    // Widened and merged where they overlap (quotes are in text order; one that is not is
    // skipped), so that the pieces come in node order.
    let mut merged: Vec<(usize, usize, usize)> = Vec::new();
    for (q, &(start, end)) in spans.quotes.iter().enumerate() {
        let (start, end) = whole_words(&text, start, end);
        match merged.last_mut() {
            Some(last) if start < last.0 => {}
            Some(last) if start < last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end, q)),
        }
    }
    let mut out: Vec<Piece> = Vec::new();
    for (start, end, q) in merged {
        for (node, a, b) in collected.pieces(start, end) {
            out.push((node, a, b, Wrap::Quote(q)));
        }
    }
    let mut k = 0;
    for piece in &mut out {
        let (node, a, b, _) = piece;
        while keywords
            .get(k)
            .is_some_and(|&(n, _, kb, _)| (n, kb) <= (*node, *a))
        {
            k += 1;
        }
        for &(n, ka, kb, _) in keywords.get(k..).unwrap_or_default() {
            if n != *node || ka >= *b {
                break;
            }
            *a = (*a).min(ka);
            *b = (*b).max(kb);
        }
    }
    let mut pieces: Vec<Piece> = Vec::with_capacity(out.len());
    for piece in out {
        match pieces.last_mut() {
            Some(last) if last.0 == piece.0 && piece.1 < last.2 => last.2 = last.2.max(piece.2),
            _ => pieces.push(piece),
        }
    }
    pieces
}

/// `data-aa` join bits of a mark in the flat data (`JOINS` in `dom.js`): a piece of the same
/// text node precedes it among its siblings (`p`), one follows (`n`).
fn joins(previous: bool, next: bool) -> u32 {
    u32::from(previous) | u32::from(next) << 1
}

/// Flag of a segment that opens a new quote mark (`QUOTE_OPENS` in `dom.js`); the quote
/// mark's joins follow it (bits 3–4).
const QUOTE_OPENS: u32 = 4;

/// The index in a [`Wrap`].
fn wrap_index(wrap: Wrap) -> usize {
    match wrap {
        Wrap::Keyword(i) | Wrap::Quote(i) => i,
    }
}

/// Plans the wrapping of text node `i` (`keywords` and `quotes`: its pieces, sorted, disjoint
/// within each list, every keyword piece inside a quote piece or outside all of them) into
/// `data`, for `drawMarks` in `dom.js`: the node, its segment count, the cuts, then per
/// segment its keyword, its quote and the flags (joins, [`QUOTE_OPENS`]).
fn plan_node(
    data: &mut Vec<u32>,
    collected: &Collected,
    i: usize,
    keywords: &[Piece],
    quotes: &[Piece],
) {
    let Some(&len) = collected.lens.get(i) else {
        return;
    };
    // Cut points, ascending, inside the node.
    // (Each list is sorted and disjoint: merge the two.)
    let mut cuts: Vec<usize> = Vec::with_capacity(2 * (keywords.len() + quotes.len()));
    let edges =
        |pieces: &[Piece]| -> Vec<usize> { pieces.iter().flat_map(|p| [p.1, p.2]).collect() };
    let (k, q) = (edges(keywords), edges(quotes));
    let (mut x, mut y) = (k.iter().peekable(), q.iter().peekable());
    while let Some(&c) = match (x.peek(), y.peek()) {
        (Some(a), Some(b)) if a <= b => x.next(),
        (Some(_), Some(_)) | (None, Some(_)) => y.next(),
        (Some(_), None) => x.next(),
        (None, None) => None,
    } {
        cuts.push(c);
    }
    cuts.dedup();
    cuts.retain(|&c| c > 0 && c < len);
    data.extend([word(i), word(cuts.len() + 1)]);
    data.extend(cuts.iter().map(|&c| word(c)));
    // Which keyword piece and which quote piece each segment is in (one forward sweep).
    let (mut kp, mut qp) = (0, 0);
    let mut within: Vec<(Option<usize>, Option<usize>)> = Vec::with_capacity(cuts.len() + 1);
    for s in std::iter::once(0).chain(cuts.iter().copied()) {
        while keywords.get(kp).is_some_and(|p| p.2 <= s) {
            kp += 1;
        }
        while quotes.get(qp).is_some_and(|p| p.2 <= s) {
            qp += 1;
        }
        let k = keywords
            .get(kp)
            .filter(|p| p.1 <= s)
            .map(|p| wrap_index(p.3));
        let q = quotes.get(qp).filter(|p| p.1 <= s).map(|_| qp);
        within.push((k, q));
    }
    let last = within.len().saturating_sub(1);
    let mut j = 0;
    while let Some(&(keyword, quote)) = within.get(j) {
        let keyword_word = keyword.map_or(NONE, word);
        let Some(quote) = quote else {
            data.extend([keyword_word, NONE, joins(j > 0, j < last)]);
            j += 1;
            continue;
        };
        // The run of segments in this quote piece: one quote mark.
        let mut run_end = j + 1;
        while within.get(run_end).is_some_and(|w| w.1 == Some(quote)) {
            run_end += 1;
        }
        let q = quotes.get(quote).map_or(NONE, |p| word(wrap_index(p.3)));
        let opens = QUOTE_OPENS | joins(j > 0, run_end - 1 < last) << 3;
        for m in j..run_end {
            let keyword_word = within.get(m).and_then(|w| w.0).map_or(NONE, word);
            let flags = joins(m > j, m + 1 < run_end) | if m == j { opens } else { 0 };
            data.extend([keyword_word, q, flags]);
        }
        j = run_end;
    }
}

/// Draws `<mark>` elements; returns (keyword highlights, quotes) drawn.
fn draw_marks(
    document: &JsValue,
    collected: &Collected,
    spans: &Spans,
    quotes: bool,
) -> Result<(usize, usize), JsValue> {
    let mut keywords: Vec<Piece> = Vec::new();
    for &(start, end, k) in &spans.highlights {
        for (node, a, b) in collected.pieces(start, end) {
            keywords.push((node, a, b, Wrap::Keyword(k)));
        }
    }
    let quoted = if quotes && !spans.quotes.is_empty() {
        quote_pieces(collected, spans, &keywords)
    } else {
        Vec::new()
    };
    let mut drawn = vec![false; spans.quotes.len()];
    for &(_, _, _, w) in &quoted {
        if let Wrap::Quote(q) = w {
            if let Some(d) = drawn.get_mut(q) {
                *d = true;
            }
        }
    }
    let drawn_quotes = drawn.iter().filter(|&&d| d).count();
    // Node by node, in document order (both lists are sorted by node).
    let mut data: Vec<u32> = Vec::new();
    let (mut k, mut q) = (0, 0);
    while k < keywords.len() || q < quoted.len() {
        let node = match (keywords.get(k), quoted.get(q)) {
            (Some(a), Some(b)) => a.0.min(b.0),
            (Some(a), None) => a.0,
            (None, Some(b)) => b.0,
            (None, None) => break,
        };
        let k_end = k + keywords
            .get(k..)
            .unwrap_or_default()
            .iter()
            .take_while(|p| p.0 == node)
            .count();
        let q_end = q + quoted
            .get(q..)
            .unwrap_or_default()
            .iter()
            .take_while(|p| p.0 == node)
            .count();
        plan_node(
            &mut data,
            collected,
            node,
            keywords.get(k..k_end).unwrap_or_default(),
            quoted.get(q..q_end).unwrap_or_default(),
        );
        k = k_end;
        q = q_end;
    }
    if !data.is_empty() {
        draw_marks_js(document, &collected.nodes, &spans.groups, &data)?;
    }
    Ok((spans.highlights.len(), drawn_quotes))
}

/// What to draw: a given `Analysis`, or an analyzer (made for this call, or the caller's) to
/// run on the element's text. One variant for both kinds of analyzer: one call of
/// `spans_of_analyzer` (two arms had one each, with its error paths); a plain reference (the
/// caller keeps an analyzer made for the call), not a `Cow`.
enum Source<'a> {
    Analysis(JsValue),
    Analyzer(&'a crate::Analyzer),
}

/// Highlights keywords and quotes inside `root` (see the module documentation).
#[wasm_bindgen(js_name = highlightElement, skip_typescript)]
pub fn highlight_element(
    root: JsValue,
    analysis_or_options: JsValue,
    options: JsValue,
) -> Result<JsValue, JsValue> {
    install_panic_hook();
    let is_analysis = analysis_or_options.is_object()
        && Reflect::has(&analysis_or_options, &"highlights".into())?;
    let analyzer;
    let source = if is_analysis {
        Source::Analysis(analysis_or_options)
    } else {
        let analyze = analyze_options(&analysis_or_options)?;
        analyzer = crate::Analyzer::new(analyze).map_err(|e| core_error(&e))?;
        Source::Analyzer(&analyzer)
    };
    highlight(root, source, &options)
}

#[wasm_bindgen(js_class = Analyzer)]
impl JsAnalyzer {
    /// `highlightElement(root, options, drawOptions)` with this analyzer's compiled options
    /// (no recompilation of the keywords on every call, e.g. while a journalist types).
    #[wasm_bindgen(js_name = highlightElement, skip_typescript)]
    pub fn highlight_element(&self, root: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        install_panic_hook();
        highlight(root, Source::Analyzer(&self.inner), &options)
    }
}

fn highlight(root: JsValue, source: Source<'_>, options: &JsValue) -> Result<JsValue, JsValue> {
    let root = check_root(&root, "highlightElement")?;
    let draw = draw_options(options, "HighlightElementOptions")?;
    let exclude = draw.exclude.as_deref();
    check_exclude(&root, exclude)?;
    let registry = registry(&root);
    let mode = match (draw.mode, &registry) {
        (Mode::Mark, _) | (Mode::Auto, None) => Mode::Mark,
        (_, Some(_)) => Mode::HighlightApi,
        (Mode::HighlightApi, None) => {
            return Err(js_sys::Error::new(
                "highlightElement: mode \"highlight-api\": this browser has no CSS.highlights",
            )
            .into())
        }
    };
    clear(&root)?;
    let collected = collect(&root, exclude)?;
    let (mut spans, mut analysis) = match source {
        Source::Analysis(analysis) => (spans_of_analysis(&analysis, collected.len)?, None),
        Source::Analyzer(analyzer) => {
            let (spans, js) = spans_of_analyzer(analyzer, &collected)?;
            (spans, Some(js))
        }
    };
    drop_crossing(&mut spans, &collected, analysis.as_mut());
    let document = root
        .owner_document()
        .ok_or_else(|| type_error("highlightElement: root has no document"))?;
    let (highlights, quotes) = match (mode, &registry) {
        (Mode::HighlightApi, Some(registry)) => {
            draw_highlight_api(registry, &document, &collected, &spans, draw.quotes)?
        }
        _ => draw_marks(&document, &collected, &spans, draw.quotes)?,
    };
    trim_parked();
    let result = Object::new();
    Reflect::set(&result, &"highlights".into(), &(highlights as f64).into())?;
    Reflect::set(&result, &"quotes".into(), &(quotes as f64).into())?;
    let mode = if mode == Mode::Mark {
        "mark"
    } else {
        "highlight-api"
    };
    Reflect::set(&result, &"mode".into(), &mode.into())?;
    let analysis = match analysis {
        Some(a) => to_js(&a),
        None => JsValue::NULL,
    };
    Reflect::set(&result, &"analysis".into(), &analysis)?;
    Ok(result.into())
}

/// Removes our ranges (inside `root`) from `CSS.highlights` and unwraps our marks.
fn clear(root: &Element) -> Result<usize, JsValue> {
    let mut removed = 0;
    if let Some(registry) = registry(root) {
        removed += clear_ranges(&registry.highlights, root)? as usize;
    }
    removed += unwrap_marks(root)? as usize;
    Ok(removed)
}

/// Removes the highlights `highlightElement` drew in `root`; returns how many ranges and
/// marks were removed.
#[wasm_bindgen(js_name = clearHighlights, skip_typescript)]
pub fn clear_highlights(root: JsValue) -> Result<u32, JsValue> {
    install_panic_hook();
    let root = check_root(&root, "clearHighlights")?;
    let removed = clear(&root)? as u32;
    trim_parked();
    Ok(removed)
}
