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

use std::cell::RefCell;

use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node, Text};

use crate::keywords::is_word_char;

use super::{
    analyze_options, check_keys, core_error, install_panic_hook, property, to_js, type_error,
    AnalyzeOptionsObject, Boundary, JsAnalysis, JsAnalyzer,
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

#[wasm_bindgen]
extern "C" {
    /// A `HighlightRegistry` (`CSS.highlights`), bound by hand: web-sys has it only behind
    /// `web_sys_unstable_apis`.
    type HighlightRegistry;
    #[wasm_bindgen(method)]
    fn get(this: &HighlightRegistry, name: &str) -> JsValue;
    #[wasm_bindgen(method)]
    fn set(this: &HighlightRegistry, name: &str, highlight: &CssHighlight);
    #[wasm_bindgen(method, js_name = delete)]
    fn remove(this: &HighlightRegistry, name: &str) -> bool;
    #[wasm_bindgen(method)]
    fn keys(this: &HighlightRegistry) -> JsValue;

    /// A CSS `Highlight`: a set of ranges painted with `::highlight(name)`.
    #[wasm_bindgen(js_name = Highlight)]
    type CssHighlight;
    #[wasm_bindgen(method)]
    fn add(this: &CssHighlight, range: &web_sys::Range);
    #[wasm_bindgen(method, js_name = delete)]
    fn remove(this: &CssHighlight, range: &JsValue) -> bool;
    #[wasm_bindgen(method, getter)]
    fn size(this: &CssHighlight) -> u32;
    #[wasm_bindgen(method, setter)]
    fn set_priority(this: &CssHighlight, priority: i32);
}

/// Elements whose content is not article text: read as a word break (an image between two
/// words, as an editor's embed, does not glue them into one).
const SKIPPED: &[&str] = &[
    "audio", "button", "canvas", "embed", "iframe", "img", "input", "math", "noscript", "object",
    "script", "select", "style", "svg", "template", "textarea", "video",
];

/// Block-level elements: their start and end separate paragraphs.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Name prefix of every highlight we register in `CSS.highlights`.
const PREFIX: &str = "aa-";
/// The `data-*` attribute that marks our `<mark>` elements.
const MARK_ATTRIBUTE: &str = "data-aa";

/// A virtual separator, weakest first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Separator {
    Word,
    Line,
    Block,
}

impl Separator {
    fn text(self) -> &'static str {
        match self {
            Separator::Word => " ",
            Separator::Line => "\n",
            Separator::Block => "\n\n",
        }
    }
}

/// The text of an element: the concatenation and where each text node sits in it.
#[derive(Default)]
struct Collected {
    text: String,
    /// Text nodes in document order (empty ones left out).
    nodes: Vec<Text>,
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
        for i in first..self.nodes.len() {
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
        let mut hi = self.nodes.len();
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

fn local_name(element: &Element) -> String {
    let mut name = element.local_name();
    name.make_ascii_lowercase();
    name
}

/// Walks the text under `root` (see the module documentation). No recursion: a loop over
/// first child / next sibling / parent, with one flag per open ancestor.
fn collect(root: &Element, exclude: Option<&str>) -> Result<Collected, JsValue> {
    let root_node: &Node = root.as_ref();
    let mut out = Collected::default();
    let mut pending: Option<Separator> = None;
    // One entry per ancestor entered below root: is it a block?
    let mut open: Vec<bool> = Vec::new();
    let mut next = root_node.first_child();
    while let Some(node) = next {
        let mut child = None;
        match node.node_type() {
            Node::TEXT_NODE | Node::CDATA_SECTION_NODE => {
                let data = node.node_value().unwrap_or_default();
                if !data.is_empty() {
                    if let Some(sep) = pending.take() {
                        if !out.text.is_empty() {
                            out.separators.push(out.len);
                            out.text.push_str(sep.text());
                            out.len += sep.text().len();
                        }
                    }
                    let units = data.encode_utf16().count();
                    out.text.push_str(&data);
                    out.starts.push(out.len);
                    out.lens.push(units);
                    out.len += units;
                    out.nodes.push(node.clone().unchecked_into());
                }
            }
            Node::ELEMENT_NODE => {
                let element: &Element = node.unchecked_ref();
                let name = local_name(element);
                let skipped = SKIPPED.contains(&name.as_str())
                    || match exclude {
                        Some(selector) => element.matches(selector)?,
                        None => false,
                    };
                if name == "br" {
                    pending = pending.max(Some(Separator::Line));
                } else if skipped {
                    pending = pending.max(Some(Separator::Word));
                } else {
                    let block = BLOCKS.contains(&name.as_str());
                    if block {
                        pending = pending.max(Some(Separator::Block));
                    }
                    child = node.first_child();
                    if child.is_some() {
                        open.push(block);
                    }
                }
            }
            _ => {}
        }
        if child.is_some() {
            next = child;
            continue;
        }
        // Climb to the next sibling of the node or of its nearest ancestor that has one.
        let mut current = node;
        next = loop {
            if let Some(sibling) = current.next_sibling() {
                break Some(sibling);
            }
            match current.parent_node() {
                Some(parent) if &parent != root_node => {
                    if open.pop().unwrap_or(false) {
                        pending = pending.max(Some(Separator::Block));
                    }
                    current = parent;
                }
                _ => break None,
            }
        };
    }
    Ok(out)
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

fn draw_options(options: &JsValue) -> Result<DrawOptions, JsValue> {
    let mut out = DrawOptions {
        exclude: None,
        mode: Mode::Auto,
        quotes: true,
    };
    if options.is_undefined() || options.is_null() {
        return Ok(out);
    }
    check_keys(
        options,
        "HighlightElementOptions",
        &["exclude", "mode", "quotes"],
    )?;
    if let Some(exclude) = property(options, "exclude")? {
        let exclude = exclude
            .as_string()
            .ok_or_else(|| type_error("invalid option exclude: expected a CSS selector string"))?;
        if !exclude.trim().is_empty() {
            out.exclude = Some(exclude);
        }
    }
    if let Some(mode) = property(options, "mode")? {
        out.mode = match mode.as_string().as_deref() {
            Some("auto") => Mode::Auto,
            Some("highlight-api") => Mode::HighlightApi,
            Some("mark") => Mode::Mark,
            _ => {
                return Err(type_error(
                    "invalid option mode: expected \"auto\", \"highlight-api\" or \"mark\"",
                ))
            }
        };
    }
    out.quotes = super::bool_option(options, "quotes", true)?;
    Ok(out)
}

/// `root` as an Element. Checked by `nodeType`, not `instanceof`: an element of an iframe
/// (an editor's document) is an instance of that window's `Element`, not of ours.
fn check_root(root: &JsValue, function: &str) -> Result<Element, JsValue> {
    let element = root.is_object()
        && Reflect::get(root, &"nodeType".into())?.as_f64() == Some(f64::from(Node::ELEMENT_NODE));
    if element {
        Ok(root.clone().unchecked_into())
    } else {
        Err(type_error(&format!("{function}: root must be an Element")))
    }
}

/// `node` as a Text node, when it is one (by `nodeType`: it may be of another window).
fn as_text(node: Node) -> Option<Text> {
    (node.node_type() == Node::TEXT_NODE).then(|| node.unchecked_into())
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
    if !options.is_undefined() && !options.is_null() {
        check_keys(&options, "elementText options", &["exclude"])?;
    }
    let options = draw_options(&options)?;
    check_exclude(&root, options.exclude.as_deref())?;
    Ok(collect(&root, options.exclude.as_deref())?.text)
}

/// The `CSS.highlights` of the window `root` is shown in, and its `Highlight` constructor,
/// when the browser has them: an editor in an iframe (TinyMCE, CKEditor 4) is painted from
/// its own window's registry, not the page's.
struct Registry {
    highlights: HighlightRegistry,
    constructor: js_sys::Function,
}

fn registry(root: &Element) -> Option<Registry> {
    let view = root
        .owner_document()
        .and_then(|d| Reflect::get(&d, &"defaultView".into()).ok())
        .filter(JsValue::is_object)
        .unwrap_or_else(|| js_sys::global().into());
    let css = Reflect::get(&view, &"CSS".into()).ok()?;
    if css.is_undefined() || css.is_null() {
        return None;
    }
    let highlights = Reflect::get(&css, &"highlights".into()).ok()?;
    let constructor = Reflect::get(&view, &"Highlight".into()).ok()?;
    if !highlights.is_object() {
        return None;
    }
    Some(Registry {
        highlights: highlights.unchecked_into(),
        constructor: constructor
            .is_function()
            .then(|| constructor.unchecked_into())?,
    })
}

/// Spans to draw, in UTF-16 units of the element's text.
struct Spans {
    /// (start, end, keyword index), sorted and disjoint.
    highlights: Vec<(usize, usize, usize)>,
    /// Group of each keyword.
    groups: Vec<Option<String>>,
    /// Quote contents (start, end).
    quotes: Vec<(usize, usize)>,
}

fn number(value: &JsValue, key: &str, what: &str) -> Result<usize, JsValue> {
    match property(value, key)?.and_then(|v| v.as_f64()) {
        Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= 4_294_967_295.0 => Ok(n as usize),
        _ => Err(type_error(&format!(
            "highlightElement: {what}.{key} must be a whole number ≥ 0"
        ))),
    }
}

fn array(value: &JsValue, key: &str) -> Result<Array, JsValue> {
    property(value, key)?
        .and_then(|v| v.dyn_into::<Array>().ok())
        .ok_or_else(|| {
            type_error(&format!(
                "highlightElement: analysis.{key} must be an array"
            ))
        })
}

fn out_of_bounds(what: &str, len: usize) -> JsValue {
    js_sys::RangeError::new(&format!(
        "highlightElement: {what} is out of bounds of the element's text ({len} UTF-16 units); \
         the analysis must be made from elementText(root) with the same exclude option"
    ))
    .into()
}

/// Reads a JavaScript `Analysis` (made from `elementText(root)`), checking every span.
fn spans_of_analysis(analysis: &JsValue, len: usize) -> Result<Spans, JsValue> {
    let keywords = array(analysis, "keywords")?;
    let mut groups = Vec::with_capacity(keywords.length() as usize);
    for keyword in keywords.iter() {
        groups.push(property(&keyword, "group")?.and_then(|g| g.as_string()));
    }
    let list = array(analysis, "highlights")?;
    let mut highlights = Vec::with_capacity(list.length() as usize);
    let mut last_end = 0;
    for (i, h) in list.iter().enumerate() {
        let what = format!("analysis.highlights[{i}]");
        let (start, end) = (number(&h, "start", &what)?, number(&h, "end", &what)?);
        let keyword = number(&h, "keyword", &what)?;
        if start > end || end > len {
            return Err(out_of_bounds(&what, len));
        }
        if keyword >= groups.len() {
            return Err(type_error(&format!(
                "highlightElement: {what}.keyword is not an index into analysis.keywords"
            )));
        }
        // Sorted and disjoint, as analyze() makes them; anything else is skipped.
        if start >= last_end && start < end {
            highlights.push((start, end, keyword));
            last_end = end;
        }
    }
    let mut quotes = Vec::new();
    if let Some(list) = property(analysis, "quotes")? {
        let list = list
            .dyn_into::<Array>()
            .map_err(|_| type_error("highlightElement: analysis.quotes must be an array"))?;
        for (i, q) in list.iter().enumerate() {
            let what = format!("analysis.quotes[{i}].content");
            let content = property(&q, "content")?
                .ok_or_else(|| type_error(&format!("highlightElement: {what} is missing")))?;
            let (start, end) = (
                number(&content, "start", &what)?,
                number(&content, "end", &what)?,
            );
            if start > end || end > len {
                return Err(out_of_bounds(&what, len));
            }
            quotes.push((start, end));
        }
    }
    Ok(Spans {
        highlights,
        groups,
        quotes,
    })
}

/// Runs the analyzer on the collected text; returns the spans and the analysis for JS.
fn spans_of_analyzer(
    analyzer: &crate::Analyzer,
    collected: &Collected,
) -> Result<(Spans, JsAnalysis), JsValue> {
    let analysis = analyzer
        .analyze(&collected.text)
        .map_err(|e| core_error(&e))?;
    let input = JsString::from(collected.text.as_str());
    let js = Boundary::new(&input, &collected.text, &analysis.quotes).analysis(analysis);
    let spans = Spans {
        highlights: js
            .highlights
            .iter()
            .map(|h| (h.start, h.end, h.keyword))
            .collect(),
        groups: js.keywords.iter().map(|k| k.group.clone()).collect(),
        quotes: js
            .quotes
            .iter()
            .map(|q| (q.content.start, q.content.end))
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
        analysis
            .highlights
            .retain(|h| !collected.crosses_separator(h.start, h.end));
        for k in &mut analysis.keywords {
            k.count = 0;
        }
        for h in &analysis.highlights {
            if let Some(k) = analysis.keywords.get_mut(h.keyword) {
                k.count += 1;
            }
        }
    }
}

/// Ranges taken out of `CSS.highlights` by [`clear`], parked in a document of their own.
#[derive(Default)]
struct Parked {
    /// An empty document that is never changed: a range in it costs the page nothing.
    document: Option<Document>,
    /// Parked ranges, reused by the next drawing.
    ranges: Vec<web_sys::Range>,
}

thread_local! {
    static PARKED: RefCell<Parked> = RefCell::new(Parked::default());
}

/// How many unused parked ranges survive a drawing or a [`clear_highlights`] call. The pool
/// holds what the last clear removed; after a drawing took what it needed, the rest is
/// garbage unless the next drawing is as large, so it is cut to this many. Typing in an
/// editor redraws about the same number of ranges and keeps reusing them; one huge drawing
/// followed by small ones no longer keeps its ranges for the life of the page.
const KEEP_PARKED: usize = 1024;

/// Drops parked ranges beyond [`KEEP_PARKED`].
fn trim_parked() {
    PARKED.with(|parked| parked.borrow_mut().ranges.truncate(KEEP_PARKED));
}

/// The parking document (made once).
fn parking(parked: &mut Parked) -> Result<Document, JsValue> {
    if let Some(document) = &parked.document {
        return Ok(document.clone());
    }
    let document = Document::new()?;
    parked.document = Some(document.clone());
    Ok(document)
}

/// Moves `range` out of the page into the parking document and keeps it for reuse, unless
/// it is parked already (a range registered under two names is removed twice).
fn park(range: &web_sys::Range) -> Result<(), JsValue> {
    PARKED.with(|parked| {
        let mut parked = parked.borrow_mut();
        let document = parking(&mut parked)?;
        let node: &Node = document.as_ref();
        if range.start_container().ok().as_ref() == Some(node) {
            return Ok(());
        }
        // A boundary point in another document collapses the range there: the page's
        // document stops tracking it.
        range.set_start(node, 0)?;
        parked.ranges.push(range.clone());
        Ok(())
    })
}

/// A DOM `Range` over UTF-16 span `start..end` of the collected text (None if empty): a
/// parked one when there is one, else a new one.
fn range(
    document: &Document,
    collected: &Collected,
    start: usize,
    end: usize,
) -> Result<Option<web_sys::Range>, JsValue> {
    let pieces = collected.pieces(start, end);
    let (Some(&(first, a, _)), Some(&(last, _, b))) = (pieces.first(), pieces.last()) else {
        return Ok(None);
    };
    let (Some(first), Some(last)) = (collected.nodes.get(first), collected.nodes.get(last)) else {
        return Ok(None);
    };
    let range = match PARKED.with(|parked| parked.borrow_mut().ranges.pop()) {
        Some(range) => range,
        None => document.create_range()?,
    };
    // The start in the page's document moves a parked range there (collapsed at the start);
    // then the end.
    range.set_start(first, a as u32)?;
    range.set_end(last, b as u32)?;
    Ok(Some(range))
}

fn highlight_named(
    registry: &Registry,
    name: &str,
    priority: i32,
) -> Result<CssHighlight, JsValue> {
    let existing = registry.highlights.get(name);
    if !existing.is_undefined() && !existing.is_null() {
        return Ok(existing.unchecked_into());
    }
    let highlight: CssHighlight =
        Reflect::construct(&registry.constructor, &Array::new())?.unchecked_into();
    highlight.set_priority(priority);
    registry.highlights.set(name, &highlight);
    Ok(highlight)
}

fn draw_highlight_api(
    registry: &Registry,
    document: &Document,
    collected: &Collected,
    spans: &Spans,
    quotes: bool,
) -> Result<(usize, usize), JsValue> {
    let keyword = highlight_named(registry, "aa-keyword", 0)?;
    let mut drawn = 0;
    for &(start, end, k) in &spans.highlights {
        let Some(range) = range(document, collected, start, end)? else {
            continue;
        };
        keyword.add(&range);
        if let Some(Some(group)) = spans.groups.get(k) {
            highlight_named(registry, &format!("aa-keyword-{group}"), 1)?.add(&range);
        }
        drawn += 1;
    }
    let mut quoted = 0;
    if quotes && !spans.quotes.is_empty() {
        let quote = highlight_named(registry, "aa-quote", -1)?;
        for &(start, end) in &spans.quotes {
            if let Some(range) = range(document, collected, start, end)? {
                quote.add(&range);
                quoted += 1;
            }
        }
    }
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
/// an emoji; either way never a place to cut).
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

/// A `<mark>` for `wrap`, with the `data-aa` joins (`p`: a piece of the same text node
/// precedes it among its siblings, `n`: one follows).
fn mark_element(
    document: &Document,
    spans: &Spans,
    wrap: Wrap,
    previous: bool,
    next: bool,
) -> Result<Element, JsValue> {
    let mark = document.create_element("mark")?;
    match wrap {
        Wrap::Keyword(k) => {
            mark.set_class_name("aa-mark");
            mark.set_attribute("data-keyword", &k.to_string())?;
            if let Some(Some(group)) = spans.groups.get(k) {
                mark.set_attribute("data-group", group)?;
            }
        }
        Wrap::Quote(q) => {
            mark.set_class_name("aa-quote");
            mark.set_attribute("data-quote", &q.to_string())?;
        }
    }
    let joins = match (previous, next) {
        (true, true) => "pn",
        (true, false) => "p",
        (false, true) => "n",
        (false, false) => "",
    };
    mark.set_attribute(MARK_ATTRIBUTE, joins)?;
    Ok(mark)
}

/// Wraps the pieces of text node `i` (`keywords` and `quotes`: its pieces, sorted, disjoint
/// within each list, every keyword piece inside a quote piece or outside all of them).
fn wrap_node(
    document: &Document,
    collected: &Collected,
    spans: &Spans,
    i: usize,
    keywords: &[Piece],
    quotes: &[Piece],
) -> Result<(), JsValue> {
    let (Some(text), Some(&len)) = (collected.nodes.get(i), collected.lens.get(i)) else {
        return Ok(());
    };
    let Some(parent) = text.parent_node() else {
        return Ok(());
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
    // Split from the end, so that the original node stays the first segment.
    // Each segment: its start in the node, and its Text.
    let mut segments: Vec<(usize, Text)> = Vec::with_capacity(cuts.len() + 1);
    for &cut in cuts.iter().rev() {
        segments.push((cut, text.split_text(cut as u32)?));
    }
    segments.push((0, text.clone()));
    segments.reverse();
    // Which keyword piece and which quote piece each segment is in (one forward sweep).
    let (mut kp, mut qp) = (0, 0);
    let mut within: Vec<(Option<usize>, Option<usize>)> = Vec::with_capacity(segments.len());
    for (s, _) in &segments {
        let s = *s;
        while keywords.get(kp).is_some_and(|p| p.2 <= s) {
            kp += 1;
        }
        while quotes.get(qp).is_some_and(|p| p.2 <= s) {
            qp += 1;
        }
        let k = keywords.get(kp).filter(|p| p.1 <= s).map(|_| kp);
        let q = quotes.get(qp).filter(|p| p.1 <= s).map(|_| qp);
        within.push((k, q));
    }
    let wrap_of = |pieces: &[Piece], i: usize| pieces.get(i).map(|p| p.3);
    let last = segments.len().saturating_sub(1);
    let mut j = 0;
    while let (Some((_, segment)), Some(&(keyword, quote))) = (segments.get(j), within.get(j)) {
        let Some(quote) = quote else {
            if let Some(wrap) = keyword.and_then(|i| wrap_of(keywords, i)) {
                let mark = mark_element(document, spans, wrap, j > 0, j < last)?;
                parent.insert_before(&mark, Some(segment))?;
                mark.append_child(segment)?;
            }
            j += 1;
            continue;
        };
        // The run of segments in this quote piece.
        let mut run_end = j + 1;
        while within.get(run_end).is_some_and(|w| w.1 == Some(quote)) {
            run_end += 1;
        }
        let Some(wrap) = wrap_of(quotes, quote) else {
            break;
        };
        let outer = mark_element(document, spans, wrap, j > 0, run_end - 1 < last)?;
        parent.insert_before(&outer, Some(segment))?;
        for m in j..run_end {
            let (Some((_, segment)), Some(&(keyword, _))) = (segments.get(m), within.get(m)) else {
                break;
            };
            match keyword.and_then(|i| wrap_of(keywords, i)) {
                Some(wrap) => {
                    let mark = mark_element(document, spans, wrap, m > j, m + 1 < run_end)?;
                    mark.append_child(segment)?;
                    outer.append_child(&mark)?;
                }
                None => {
                    outer.append_child(segment)?;
                }
            }
        }
        j = run_end;
    }
    Ok(())
}

/// Draws `<mark>` elements; returns (keyword highlights, quotes) drawn.
fn draw_marks(
    document: &Document,
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
        wrap_node(
            document,
            collected,
            spans,
            node,
            keywords.get(k..k_end).unwrap_or_default(),
            quoted.get(q..q_end).unwrap_or_default(),
        )?;
        k = k_end;
        q = q_end;
    }
    Ok((spans.highlights.len(), drawn_quotes))
}

/// What to draw: a given `Analysis`, or an analyzer to run on the element's text.
enum Source<'a> {
    Analysis(JsValue),
    Owned(crate::Analyzer),
    Borrowed(&'a crate::Analyzer),
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
    let source = if is_analysis {
        Source::Analysis(analysis_or_options)
    } else {
        let analyze = analyze_options(
            if analysis_or_options.is_undefined() || analysis_or_options.is_null() {
                None
            } else {
                Some(analysis_or_options.unchecked_into::<AnalyzeOptionsObject>())
            },
        )?;
        Source::Owned(crate::Analyzer::new(analyze).map_err(|e| core_error(&e))?)
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
        highlight(root, Source::Borrowed(&self.inner), &options)
    }
}

fn highlight(root: JsValue, source: Source<'_>, options: &JsValue) -> Result<JsValue, JsValue> {
    let root = check_root(&root, "highlightElement")?;
    let draw = draw_options(options)?;
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
        Source::Owned(analyzer) => {
            let (spans, js) = spans_of_analyzer(&analyzer, &collected)?;
            (spans, Some(js))
        }
        Source::Borrowed(analyzer) => {
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
        Some(a) => to_js(&a)?,
        None => JsValue::NULL,
    };
    Reflect::set(&result, &"analysis".into(), &analysis)?;
    Ok(result.into())
}

/// Removes our ranges (inside `root`) from `CSS.highlights` and unwraps our marks.
fn clear(root: &Element) -> Result<usize, JsValue> {
    let mut removed = 0;
    let root_node: &Node = root.as_ref();
    if let Some(Registry {
        highlights: registry,
        ..
    }) = registry(root)
    {
        let names = Array::from(&registry.keys());
        // Every name first (a range can be under two names), then park what was removed.
        let mut taken = Vec::new();
        for name in names.iter() {
            let Some(name) = name.as_string() else {
                continue;
            };
            if !name.starts_with(PREFIX) {
                continue;
            }
            let highlight: CssHighlight = registry.get(&name).unchecked_into();
            let ranges = Array::from(&highlight);
            for range in ranges.iter() {
                // (By property, not instanceof: the range may be of an iframe's window.)
                let start = Reflect::get(&range, &"startContainer".into())?;
                let inside =
                    start.is_object() && root_node.contains(Some(start.unchecked_ref::<Node>()));
                if inside && highlight.remove(&range) {
                    removed += 1;
                    // A live Range (not a StaticRange someone added): parked for reuse.
                    if Reflect::has(&range, &"setStart".into())? {
                        taken.push(range.unchecked_into::<web_sys::Range>());
                    }
                }
            }
            if highlight.size() == 0 {
                registry.remove(&name);
            }
        }
        for range in &taken {
            park(range)?;
        }
    }
    // Last first: a mark nested in another (a keyword in a quote) is after it in document
    // order, so the inner one is unwrapped (and its pieces merged) before the outer one.
    let marks = root.query_selector_all(&format!("mark[{MARK_ATTRIBUTE}]"))?;
    for i in (0..marks.length()).rev() {
        if let Some(mark) = marks.item(i) {
            unwrap_mark(&mark)?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// Puts a mark's content back in its parent, merging the text pieces that were one node.
fn unwrap_mark(mark: &Node) -> Result<(), JsValue> {
    let Some(parent) = mark.parent_node() else {
        return Ok(());
    };
    let joins = mark
        .unchecked_ref::<Element>()
        .get_attribute(MARK_ATTRIBUTE)
        .unwrap_or_default();
    let only_text = mark
        .first_child()
        .filter(|c| c.next_sibling().is_none())
        .and_then(as_text);
    let Some(inner) = only_text else {
        // Changed since we drew it: move its children out as they are.
        while let Some(child) = mark.first_child() {
            parent.insert_before(&child, Some(mark))?;
        }
        parent.remove_child(mark)?;
        return Ok(());
    };
    let previous = mark
        .previous_sibling()
        .filter(|_| joins.contains('p'))
        .and_then(as_text);
    let following = mark
        .next_sibling()
        .filter(|_| joins.contains('n'))
        .and_then(as_text);
    let target = match previous {
        Some(previous) => {
            previous.append_data(&inner.data())?;
            parent.remove_child(mark)?;
            previous
        }
        None => {
            parent.insert_before(&inner, Some(mark))?;
            parent.remove_child(mark)?;
            inner
        }
    };
    if let Some(following) = following {
        target.append_data(&following.data())?;
        parent.remove_child(&following)?;
    }
    Ok(())
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
