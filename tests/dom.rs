//! Tests of the DOM highlighter (`highlightElement`, `clearHighlights`, `elementText`) in
//! headless Chromium (wasm-bindgen-test with `WASM_BINDGEN_USE_BROWSER=1`; `cargo xtask test`
//! runs them): both drawing modes, round trips that restore the DOM exactly, Arabic words
//! split across `<b>`/`<a>`, exclude selectors, block separators, and bad input.
#![cfg(target_arch = "wasm32")]

use article_analyzer::wasm::dom::{clear_highlights, element_text, highlight_element};
use article_analyzer::wasm::{analyze, JsAnalyzer};
use js_sys::{Array, JsString, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, Node};

wasm_bindgen_test_configure!(run_in_browser);

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).unwrap()
}

fn json(s: &str) -> JsValue {
    js_sys::JSON::parse(s).unwrap()
}

/// A fresh `<div>` holding `html`, attached to the document (ranges need a live tree only
/// for painting, but marks and matching behave as in a page).
fn fixture(html: &str) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    div.set_inner_html(html);
    document.body().unwrap().append_child(&div).unwrap();
    div
}

/// Every node under `root`, in document order (for identity checks).
fn nodes(root: &Node) -> Vec<Node> {
    let mut out = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(n) = stack.pop() {
        let children = n.child_nodes();
        for i in (0..children.length()).rev() {
            stack.push(children.item(i).unwrap());
        }
        out.push(n);
    }
    out
}

fn mark_mode() -> JsValue {
    json(r#"{"mode": "mark"}"#)
}

fn keywords(list: &str) -> JsValue {
    json(&format!(
        r#"{{"keywords": {list}, "autoKeywords": 0, "quotes": false}}"#
    ))
}

fn count(result: &JsValue, key: &str) -> u32 {
    get(result, key).as_f64().unwrap() as u32
}

/// Text of each `<mark data-aa>` under root, grouped into highlights by `data-keyword` runs.
fn mark_texts(root: &Element) -> Vec<String> {
    let marks = root.query_selector_all("mark[data-aa]").unwrap();
    (0..marks.length())
        .map(|i| marks.item(i).unwrap().text_content().unwrap())
        .collect()
}

/// The text of every range registered under `name` in `CSS.highlights`, sorted.
fn highlight_texts(name: &str) -> Vec<String> {
    let css = get(&js_sys::global(), "CSS");
    let registry = get(&css, "highlights");
    let get_fn: js_sys::Function = get(&registry, "get").unchecked_into();
    let highlight = get_fn.call1(&registry, &name.into()).unwrap();
    if highlight.is_undefined() {
        return Vec::new();
    }
    let mut out: Vec<String> = Array::from(&highlight)
        .iter()
        .map(|r| r.unchecked_into::<web_sys::Range>().to_string().into())
        .collect();
    out.sort();
    out
}

const NESTED: &str = "<p>وقال الناطق باسم ال<b>كرملين</b>، دميتري بيسكوف، إن موقف <a href=\"#k\">للكرملين</a> ثابت.</p>\
<div><span>The <i>Krem</i>lin said</span> that <em>Russia</em> and <b>Ukr<i>aine</i></b> met.</div>\
<figure><figcaption>الكرملين في الصورة</figcaption></figure>\
<p>Code: <code>Russia</code>, الكَرْ<b>مَلين</b>، <br>Russia<!-- note --> Ukraine</p>";

#[wasm_bindgen_test]
fn element_text_separates_blocks_and_skips_excluded() {
    let root = fixture(
        "<p>a</p><p>b<br>c</p>x<code>y</code>z<script>s()</script><ul><li>d</li><li>e</li></ul>",
    );
    let text = element_text(root.clone().into(), JsValue::UNDEFINED).unwrap();
    assert_eq!(text, "a\n\nb\nc\n\nxyz\n\nd\n\ne");
    let text = element_text(root.clone().into(), json(r#"{"exclude": "code"}"#)).unwrap();
    assert_eq!(text, "a\n\nb\nc\n\nx z\n\nd\n\ne");
    root.remove();
    // Embedded content (an editor's image or formula) separates words; nothing of it is read.
    let root = fixture(
        "<p>Last<img alt=\"x\">word, <svg><text>svg</text></svg>and<video>fallback</video>more<wbr>over</p>",
    );
    let text = element_text(root.clone().into(), JsValue::UNDEFINED).unwrap();
    assert_eq!(text, "Last word,  and moreover");
    root.remove();
}

#[wasm_bindgen_test]
fn mark_mode_round_trip_restores_the_dom_exactly() {
    let root = fixture(NESTED);
    let html = root.inner_html();
    let before = nodes(&root);
    let result = highlight_element(
        root.clone().into(),
        keywords(r#"["الكرملين", "Kremlin", {"term": "Russia", "group": "places"}, "Ukraine"]"#),
        json(r#"{"mode": "mark", "exclude": "figure, code"}"#),
    )
    .unwrap();
    assert_eq!(get(&result, "mode").as_string().unwrap(), "mark");
    // الكرملين ×3 (ال<b>كرملين</b>, للكرملين in <a>, the diacritised الكَرْ<b>مَلين</b>),
    // Kremlin (split by <i>), Russia ×2 (the one in <code> is excluded), Ukraine ×2.
    assert_eq!(count(&result, "highlights"), 8);
    assert_eq!(count(&result, "quotes"), 0);
    let analysis = get(&result, "analysis");
    assert!(analysis.is_object());
    let marks = mark_texts(&root);
    assert_eq!(
        marks,
        [
            "ال",
            "كرملين",
            "للكرملين",
            "Krem",
            "lin",
            "Russia",
            "Ukr",
            "aine",
            "الكَرْ",
            "مَلين",
            "Russia",
            "Ukraine"
        ]
    );
    // A highlight across elements is one <mark> per text-node piece, inside each element.
    let b = root.query_selector("p b").unwrap().unwrap();
    assert_eq!(b.first_element_child().unwrap().tag_name(), "MARK");
    let grouped = root.query_selector_all("mark[data-group=places]").unwrap();
    assert_eq!(grouped.length(), 2);
    assert!(root
        .query_selector("figure mark, code mark")
        .unwrap()
        .is_none());

    let removed = clear_highlights(root.clone().into()).unwrap();
    assert_eq!(removed, 12);
    assert_eq!(root.inner_html(), html);
    let after = nodes(&root);
    assert_eq!(after.len(), before.len());
    for (a, b) in before.iter().zip(&after) {
        assert!(a == b, "node identity kept: {:?}", a.node_name());
    }
    root.remove();
}

#[wasm_bindgen_test]
fn highlighting_twice_replaces_and_clear_is_idempotent() {
    let root = fixture(NESTED);
    let html = root.inner_html();
    for _ in 0..3 {
        let r =
            highlight_element(root.clone().into(), keywords(r#"["Russia"]"#), mark_mode()).unwrap();
        assert_eq!(count(&r, "highlights"), 3);
        assert_eq!(mark_texts(&root).len(), 3);
    }
    clear_highlights(root.clone().into()).unwrap();
    assert_eq!(clear_highlights(root.clone().into()).unwrap(), 0);
    assert_eq!(root.inner_html(), html);
    root.remove();
}

#[wasm_bindgen_test]
fn highlight_api_mode_registers_ranges_and_leaves_the_dom_alone() {
    let root = fixture(NESTED);
    let html = root.inner_html();
    let result = highlight_element(
        root.clone().into(),
        keywords(r#"["الكرملين", {"term": "Russia", "group": "places"}, "Kremlin"]"#),
        json(r#"{"exclude": "figure, code"}"#),
    )
    .unwrap();
    assert_eq!(get(&result, "mode").as_string().unwrap(), "highlight-api");
    assert_eq!(count(&result, "highlights"), 6);
    assert_eq!(root.inner_html(), html, "no DOM change at all");
    assert_eq!(
        highlight_texts("aa-keyword"),
        [
            "Kremlin",
            "Russia",
            "Russia",
            "الكرملين",
            "الكَرْمَلين",
            "للكرملين"
        ]
    );
    assert_eq!(highlight_texts("aa-keyword-places"), ["Russia", "Russia"]);

    // A second root: clearing one leaves the other's ranges.
    let other = fixture("<p>Russia and Russia</p>");
    highlight_element(
        other.clone().into(),
        keywords(r#"["Russia"]"#),
        JsValue::UNDEFINED,
    )
    .unwrap();
    assert_eq!(highlight_texts("aa-keyword").len(), 8);
    assert_eq!(clear_highlights(root.clone().into()).unwrap(), 8);
    assert_eq!(highlight_texts("aa-keyword"), ["Russia", "Russia"]);
    assert!(highlight_texts("aa-keyword-places").is_empty());
    clear_highlights(other.clone().into()).unwrap();
    assert!(highlight_texts("aa-keyword").is_empty());
    assert_eq!(root.inner_html(), html);
    root.remove();
    other.remove();
}

#[wasm_bindgen_test]
fn quotes_are_drawn_as_ranges() {
    let root = fixture("<p>وقال الناطق باسم الكرملين، دميتري بيسكوف، في مؤتمر صحفي، إن «الولايات المتحدة <b>تتخذ</b> موقفاً أكثر توازناً».</p>");
    let result =
        highlight_element(root.clone().into(), JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
    assert_eq!(count(&result, "quotes"), 1);
    assert_eq!(
        highlight_texts("aa-quote"),
        ["الولايات المتحدة تتخذ موقفاً أكثر توازناً"]
    );
    clear_highlights(root.clone().into()).unwrap();
    assert!(highlight_texts("aa-quote").is_empty());
    root.remove();
}

#[wasm_bindgen_test]
fn phrases_do_not_match_across_blocks_or_line_breaks() {
    let root =
        fixture("<p>Vladimir</p><p>Putin spoke; Vladimir <b>Putin</b> left<br>Vladimir</p>Putin");
    let result = highlight_element(
        root.clone().into(),
        keywords(r#"["Vladimir Putin"]"#),
        mark_mode(),
    )
    .unwrap();
    assert_eq!(count(&result, "highlights"), 1);
    assert_eq!(mark_texts(&root), ["Vladimir ", "Putin"]);
    let analysis = get(&result, "analysis");
    let keyword = Array::from(&get(&analysis, "keywords")).get(0);
    assert_eq!(
        count(&keyword, "count"),
        1,
        "count lowered for dropped highlights"
    );
    // The core itself matches the phrase across the separators' whitespace: 3 highlights,
    // of which highlightElement draws only the one inside a paragraph.
    let text = element_text(root.clone().into(), JsValue::UNDEFINED).unwrap();
    assert_eq!(
        text,
        "Vladimir\n\nPutin spoke; Vladimir Putin left\nVladimir\n\nPutin"
    );
    let plain = analyze(
        &JsString::from(text.as_str()),
        Some(keywords(r#"["Vladimir Putin"]"#).unchecked_into()),
    )
    .unwrap();
    assert_eq!(Array::from(&get(&plain, "highlights")).length(), 3);
    let result = highlight_element(root.clone().into(), plain, mark_mode()).unwrap();
    assert_eq!(count(&result, "highlights"), 1);
    clear_highlights(root.clone().into()).unwrap();
    root.remove();
}

#[wasm_bindgen_test]
fn a_given_analysis_of_element_text_is_drawn_and_checked() {
    let root = fixture(NESTED);
    let text = element_text(root.clone().into(), JsValue::UNDEFINED).unwrap();
    let analysis = analyze(
        &JsString::from(text.as_str()),
        Some(keywords(r#"["الكرملين"]"#).unchecked_into()),
    )
    .unwrap();
    let result = highlight_element(root.clone().into(), analysis.clone(), mark_mode()).unwrap();
    // Without exclude, the figcaption's الكرملين is found too.
    assert_eq!(count(&result, "highlights"), 4);
    assert!(get(&result, "analysis").is_null());
    clear_highlights(root.clone().into()).unwrap();

    // An analysis of another text: a RangeError, and the DOM is untouched.
    let html = root.inner_html();
    let long = analyze(
        &JsString::from(format!("{text} {text}").as_str()),
        Some(keywords(r#"["الكرملين"]"#).unchecked_into()),
    )
    .unwrap();
    let err = highlight_element(root.clone().into(), long, mark_mode()).unwrap_err();
    assert_eq!(
        err.dyn_into::<js_sys::Error>().unwrap().name(),
        "RangeError"
    );
    assert_eq!(root.inner_html(), html);
    root.remove();
}

#[wasm_bindgen_test]
fn bad_arguments_throw_errors_without_changing_the_dom() {
    let root = fixture(NESTED);
    let html = root.inner_html();
    let err = highlight_element(
        root.clone().into(),
        JsValue::UNDEFINED,
        json(r#"{"exclude": "figure,,"}"#),
    )
    .unwrap_err();
    // A DOMException (SyntaxError), which is an Error.
    assert!(err.is_instance_of::<js_sys::Error>());
    let err = highlight_element(
        JsValue::from_str("#id"),
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
    )
    .unwrap_err();
    assert_eq!(err.dyn_into::<js_sys::Error>().unwrap().name(), "TypeError");
    let err = highlight_element(
        root.clone().into(),
        JsValue::UNDEFINED,
        json(r#"{"mode": "paint"}"#),
    )
    .unwrap_err();
    assert_eq!(err.dyn_into::<js_sys::Error>().unwrap().name(), "TypeError");
    let err = highlight_element(
        root.clone().into(),
        json(r#"{"highlights": 3}"#),
        mark_mode(),
    )
    .unwrap_err();
    assert_eq!(err.dyn_into::<js_sys::Error>().unwrap().name(), "TypeError");
    assert_eq!(root.inner_html(), html);
    root.remove();
}

#[wasm_bindgen_test]
fn deep_nesting_and_empty_roots() {
    // Built node by node (the HTML parser would flatten nesting beyond 512), and detached
    // (no layout of a 20,000-deep tree).
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    let mut parent: Node = root.clone().into();
    for _ in 0..20_000 {
        let span = document.create_element("span").unwrap();
        parent.append_child(&span).unwrap();
        parent = span.into();
    }
    parent.set_text_content(Some("Russia"));
    let html = root.inner_html();
    let r = highlight_element(root.clone().into(), keywords(r#"["Russia"]"#), mark_mode()).unwrap();
    assert_eq!(count(&r, "highlights"), 1);
    clear_highlights(root.clone().into()).unwrap();
    assert!(root.inner_html() == html);
    root.remove();
    let empty = fixture("");
    let r =
        highlight_element(empty.clone().into(), keywords(r#"["Russia"]"#), mark_mode()).unwrap();
    assert_eq!(count(&r, "highlights"), 0);
    assert_eq!(empty.inner_html(), "");
    empty.remove();
}

#[wasm_bindgen_test]
fn an_analyzer_highlights_with_its_compiled_options() {
    let root = fixture(NESTED);
    let html = root.inner_html();
    let analyzer =
        JsAnalyzer::new(Some(keywords(r#"["الكرملين", "Russia"]"#).unchecked_into())).unwrap();
    for _ in 0..2 {
        let r = analyzer
            .highlight_element(root.clone().into(), json(r#"{"exclude": "figure, code"}"#))
            .unwrap();
        assert_eq!(count(&r, "highlights"), 5);
        assert_eq!(
            get(&get(&r, "analysis"), "language").as_string().unwrap(),
            "ar"
        );
    }
    let r = analyzer
        .highlight_element(root.clone().into(), mark_mode())
        .unwrap();
    assert_eq!(
        count(&r, "highlights"),
        7,
        "the figcaption and the code too without exclude"
    );
    clear_highlights(root.clone().into()).unwrap();
    assert_eq!(root.inner_html(), html);
    // Invalid options are refused before anything is drawn or cleared.
    let err = highlight_element(
        root.clone().into(),
        json(r#"{"keyword": ["x"]}"#),
        JsValue::UNDEFINED,
    )
    .unwrap_err();
    assert_eq!(err.dyn_into::<js_sys::Error>().unwrap().name(), "TypeError");
    root.remove();
}

/// Every range registered under the `aa-` names, as JS values (a range under two names twice).
fn registered_ranges() -> Vec<JsValue> {
    let mut out = Vec::new();
    for name in ["aa-keyword", "aa-keyword-places", "aa-quote"] {
        let css = get(&js_sys::global(), "CSS");
        let registry = get(&css, "highlights");
        let get_fn: js_sys::Function = get(&registry, "get").unchecked_into();
        let highlight = get_fn.call1(&registry, &name.into()).unwrap();
        if !highlight.is_undefined() {
            out.extend(Array::from(&highlight).iter());
        }
    }
    out
}

#[wasm_bindgen_test]
fn cleared_ranges_leave_the_page_and_are_reused() {
    let document = web_sys::window().unwrap().document().unwrap();
    let page: &Node = document.as_ref();
    let root = fixture(NESTED);
    let options = || {
        json(
            r#"{"keywords": ["الكرملين", {"term": "Russia", "group": "places"}, "Kremlin"], "autoKeywords": 0}"#,
        )
    };
    let draw = json(r#"{"exclude": "figure, code", "mode": "highlight-api"}"#);
    highlight_element(root.clone().into(), options(), draw.clone()).unwrap();
    let texts = highlight_texts("aa-keyword");
    let first = registered_ranges();
    let quotes = highlight_texts("aa-quote").len();
    assert_eq!(
        first.len(),
        8 + quotes,
        "6 keyword ranges, 2 of them also under places, and the quotes"
    );
    // While drawn, the ranges are live: text typed before a keyword moves its range along.
    let kremlin = first
        .iter()
        .map(|r| r.clone().unchecked_into::<web_sys::Range>())
        .find(|r| r.to_string() == "الكرملين")
        .unwrap();
    let node: web_sys::Text = kremlin.start_container().unwrap().unchecked_into();
    assert!(kremlin.start_offset().unwrap() > 0);
    node.insert_data(0, "xx ").unwrap();
    assert_eq!(String::from(kremlin.to_string()), "الكرملين");
    node.delete_data(0, 3).unwrap();

    clear_highlights(root.clone().into()).unwrap();
    for range in &first {
        let range: web_sys::Range = range.clone().unchecked_into();
        let container = range.start_container().unwrap();
        assert_eq!(container.node_type(), Node::DOCUMENT_NODE);
        assert!(&container != page, "moved out of the page's document");
        assert!(range.collapsed());
        assert!(!page.contains(Some(&container)));
    }
    // A change to the page after clearing no longer touches them.
    node.insert_data(0, "yy ").unwrap();
    for range in &first {
        let range: web_sys::Range = range.clone().unchecked_into();
        assert_eq!(range.start_offset().unwrap(), 0);
        assert!(range.start_container().unwrap().node_type() == Node::DOCUMENT_NODE);
    }
    node.delete_data(0, 3).unwrap();

    // Drawing again reuses them (each shared range parked once: the texts are right), and
    // highlighting on every "keystroke" creates no new ranges.
    let mut seen: Vec<JsValue> = first.clone();
    for _ in 0..5 {
        highlight_element(root.clone().into(), options(), draw.clone()).unwrap();
        assert_eq!(highlight_texts("aa-keyword"), texts);
        assert_eq!(highlight_texts("aa-keyword-places"), ["Russia", "Russia"]);
        for range in registered_ranges() {
            if !seen.iter().any(|s| s == &range) {
                seen.push(range);
            }
        }
        clear_highlights(root.clone().into()).unwrap();
    }
    let distinct = {
        let mut d: Vec<JsValue> = Vec::new();
        for r in &seen {
            if !d.iter().any(|x| x == r) {
                d.push(r.clone());
            }
        }
        d.len()
    };
    assert!(
        distinct <= 6 + quotes,
        "{distinct} distinct ranges for {} highlights",
        6 + quotes
    );
    assert!(highlight_texts("aa-keyword").is_empty());
    root.remove();
}

/// The texts of the marks matching `selector` under `root`, in document order.
fn texts_of(root: &Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().text_content().unwrap())
        .collect()
}

/// Checks that clearing `root` gives `html` back with the same nodes as `before`.
fn assert_restored(root: &Element, html: &str, before: &[Node]) {
    clear_highlights(root.clone().into()).unwrap();
    assert_eq!(root.inner_html(), html);
    let after = nodes(root);
    assert_eq!(after.len(), before.len());
    for (a, b) in before.iter().zip(&after) {
        assert!(a == b, "node identity kept: {:?}", a.node_name());
    }
}

#[wasm_bindgen_test]
fn mark_mode_wraps_quotes_with_keywords_nested_and_restores_the_dom() {
    let root = fixture(
        "<p>وقال الناطق باسم الكرملين، دميتري بيسكوف، في مؤتمر صحفي، إن «الولايات المتحدة <b>تتخذ</b> موقفاً أكثر توازناً مع الكرملين».</p>",
    );
    let html = root.inner_html();
    let before = nodes(&root);
    let result = highlight_element(
        root.clone().into(),
        json(r#"{"keywords": ["الكرملين"], "autoKeywords": 0}"#),
        mark_mode(),
    )
    .unwrap();
    assert_eq!(count(&result, "highlights"), 2);
    assert_eq!(count(&result, "quotes"), 1);
    // One quote mark per text-node piece (the <b> splits it), the keyword nested inside.
    assert_eq!(
        texts_of(&root, "mark.aa-quote"),
        ["الولايات المتحدة ", "تتخذ", " موقفاً أكثر توازناً مع الكرملين"]
    );
    assert_eq!(texts_of(&root, "mark.aa-mark"), ["الكرملين", "الكرملين"]);
    assert_eq!(
        texts_of(&root, "mark.aa-quote > mark.aa-mark"),
        ["الكرملين"]
    );
    assert_eq!(texts_of(&root, "b > mark.aa-quote"), ["تتخذ"]);
    let analysis = get(&result, "analysis");
    let quote = Array::from(&get(&analysis, "quotes")).get(0);
    let content = get(&quote, "content");
    assert_eq!(
        get(&content, "text").as_string().unwrap(),
        texts_of(&root, "mark.aa-quote").concat()
    );
    assert_restored(&root, &html, &before);
    // quotes: false draws the keywords only.
    let result = highlight_element(
        root.clone().into(),
        json(r#"{"keywords": ["الكرملين"], "autoKeywords": 0}"#),
        json(r#"{"mode": "mark", "quotes": false}"#),
    )
    .unwrap();
    assert_eq!(count(&result, "quotes"), 0);
    assert!(texts_of(&root, "mark.aa-quote").is_empty());
    assert_restored(&root, &html, &before);
    root.remove();
}

#[wasm_bindgen_test]
fn mark_mode_quotes_are_whole_words_across_elements_and_paragraphs() {
    // «الكَرْمَلين سيرد» with its harakat, split by <b> mid-word as an editor may leave it,
    // and a quote that runs over two paragraphs.
    let root = fixture(
        "<p>قال إن الكَرْ<b>مَلين</b> سيرد قريباً.</p><p>He said: “Vladimir Putin spoke</p><p>and left.” Then nothing.</p>",
    );
    let html = root.inner_html();
    let before = nodes(&root);
    let text = element_text(root.clone().into(), JsValue::UNDEFINED).unwrap();
    let units: Vec<u16> = text.encode_utf16().collect();
    let at = |s: &str| {
        let i = text.find(s).unwrap();
        text[..i].encode_utf16().count()
    };
    let len16 = |s: &str| s.encode_utf16().count();
    // A quote given with edges inside words: from after "الكَ" to inside "سيرد".
    let q1 = (at("الكَ") + len16("الكَ"), at("سيرد") + 2);
    // From "Putin" (keyword "Vladimir Putin" starts before it) to inside "left".
    let q2 = (at("Putin"), at("left") + 2);
    let v = at("Vladimir");
    let analysis = json(&format!(
        r#"{{"keywords": [{{"term": "Vladimir Putin", "group": "people", "count": 1}}],
            "highlights": [{{"start": {v}, "end": {}, "keyword": 0}}],
            "quotes": [{{"content": {{"start": {}, "end": {}}}}}, {{"content": {{"start": {}, "end": {}}}}}]}}"#,
        v + len16("Vladimir Putin"),
        q1.0,
        q1.1,
        q2.0,
        q2.1
    ));
    assert!(units.len() > q2.1);
    let result = highlight_element(root.clone().into(), analysis, mark_mode()).unwrap();
    assert_eq!(count(&result, "quotes"), 2);
    assert_eq!(
        texts_of(&root, "mark.aa-quote"),
        ["الكَرْ", "مَلين", " سيرد", "Vladimir Putin spoke", "and left"]
    );
    assert_eq!(texts_of(&root, "b > mark.aa-quote"), ["مَلين"]);
    assert_eq!(
        texts_of(&root, "mark.aa-quote > mark.aa-mark[data-group=people]"),
        ["Vladimir Putin"]
    );
    // Never a mark that ends or starts inside a word.
    let marks = root.query_selector_all("mark").unwrap();
    for i in 0..marks.length() {
        let mark = marks.item(i).unwrap();
        for sibling in [mark.previous_sibling(), mark.next_sibling()]
            .into_iter()
            .flatten()
        {
            if sibling.node_type() == Node::TEXT_NODE {
                let t = sibling.text_content().unwrap();
                let inner = mark.text_content().unwrap();
                let joined = if mark.previous_sibling() == Some(sibling.clone()) {
                    (t.chars().last(), inner.chars().next())
                } else {
                    (inner.chars().last(), t.chars().next())
                };
                if let (Some(a), Some(b)) = joined {
                    assert!(
                        !(a.is_alphanumeric() && b.is_alphanumeric()),
                        "mark edge inside a word: {a:?}|{b:?}"
                    );
                }
            }
        }
    }
    assert_restored(&root, &html, &before);
    root.remove();
}

#[wasm_bindgen_test]
fn auto_mode_falls_back_to_marks_without_the_highlight_api() {
    // A browser without the CSS Custom Highlight API: no global Highlight.
    let global = js_sys::global();
    let saved = get(&global, "Highlight");
    Reflect::set(&global, &"Highlight".into(), &JsValue::UNDEFINED).unwrap();
    // Astral characters before the keywords: UTF-16 offsets are not code point offsets.
    let root = fixture("<p>𝐀😀 <b>Russia</b> 😀Russia, «Russia 😀 said»</p>");
    let html = root.inner_html();
    let before = nodes(&root);
    let result = highlight_element(
        root.clone().into(),
        json(r#"{"keywords": ["Russia"], "autoKeywords": 0}"#),
        JsValue::UNDEFINED,
    );
    Reflect::set(&global, &"Highlight".into(), &saved).unwrap();
    let result = result.unwrap();
    assert_eq!(get(&result, "mode").as_string().unwrap(), "mark");
    assert_eq!(count(&result, "highlights"), 3);
    assert_eq!(
        texts_of(&root, "mark.aa-mark"),
        ["Russia", "Russia", "Russia"]
    );
    assert_restored(&root, &html, &before);
    root.remove();
}

#[wasm_bindgen_test]
fn an_editor_in_an_iframe_is_highlighted_from_its_own_window() {
    // TinyMCE and CKEditor 4 edit inside an iframe: its elements are of another window.
    let document = web_sys::window().unwrap().document().unwrap();
    let iframe = document.create_element("iframe").unwrap();
    document.body().unwrap().append_child(&iframe).unwrap();
    let inner: web_sys::Document = get(&iframe, "contentDocument").unchecked_into();
    let window = get(&iframe, "contentWindow");
    let root = inner.create_element("div").unwrap();
    root.set_inner_html("<p>Russia and <b>Ru</b>ssia met «Russia said».</p><p>الكرملين</p>");
    inner.body().unwrap().append_child(&root).unwrap();
    let html = root.inner_html();
    let before = nodes(&root);
    let options = || json(r#"{"keywords": ["Russia", "الكرملين"], "autoKeywords": 0}"#);
    let result = highlight_element(root.clone().into(), options(), JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&result, "mode").as_string().unwrap(), "highlight-api");
    assert_eq!(count(&result, "highlights"), 4);
    // In the iframe's registry (where its document is painted from), not the page's.
    let registry = get(&get(&window, "CSS"), "highlights");
    let get_fn: js_sys::Function = get(&registry, "get").unchecked_into();
    let highlight = get_fn.call1(&registry, &"aa-keyword".into()).unwrap();
    let mut texts: Vec<String> = Array::from(&highlight)
        .iter()
        .map(|r| r.unchecked_into::<web_sys::Range>().to_string().into())
        .collect();
    texts.sort();
    assert_eq!(texts, ["Russia", "Russia", "Russia", "الكرملين"]);
    assert!(highlight_texts("aa-keyword").is_empty());
    assert_eq!(root.inner_html(), html);
    assert!(clear_highlights(root.clone().into()).unwrap() >= 4);
    assert!(get_fn
        .call1(&registry, &"aa-keyword".into())
        .unwrap()
        .is_undefined());
    // <mark> mode: marks made in the iframe's document, removed with the text nodes merged.
    let result = highlight_element(root.clone().into(), options(), mark_mode()).unwrap();
    assert_eq!(count(&result, "highlights"), 4);
    assert_eq!(
        texts_of(&root, "mark.aa-mark"),
        ["Russia", "Ru", "ssia", "Russia", "الكرملين"]
    );
    assert_restored(&root, &html, &before);
    iframe.remove();
}

#[wasm_bindgen_test]
fn the_range_pool_does_not_keep_a_large_drawing_alive() {
    // 3,000 keyword ranges drawn and cleared: only 1,024 stay parked for reuse (the rest is
    // left to the garbage collector), so the next drawing reuses exactly 1,024 of them.
    let root = fixture(&"word other ".repeat(3000));
    let options = || json(r#"{"keywords": ["word"], "autoKeywords": 0, "quotes": false}"#);
    let draw = json(r#"{"mode": "highlight-api"}"#);
    highlight_element(root.clone().into(), options(), draw.clone()).unwrap();
    let first = js_sys::Set::new(&JsValue::UNDEFINED);
    for range in registered_ranges() {
        first.add(&range);
    }
    assert_eq!(first.size(), 3000);
    clear_highlights(root.clone().into()).unwrap();
    highlight_element(root.clone().into(), options(), draw.clone()).unwrap();
    let again = registered_ranges();
    assert_eq!(again.len(), 3000);
    let reused = again.iter().filter(|r| first.has(r)).count();
    assert_eq!(
        reused, 1024,
        "the pool was cut to KEEP_PARKED after clearing"
    );
    clear_highlights(root.clone().into()).unwrap();
    root.remove();
}
