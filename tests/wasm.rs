//! Tests of the WebAssembly binding, run by wasm-bindgen-test in Node.js and (with
//! `WASM_BINDGEN_USE_BROWSER=1`) in headless Chromium: `cargo xtask test` runs both.
//!
//! They call the exported functions with real JavaScript values and check what JavaScript
//! sees: UTF-16 offsets, `input.slice(start, end) === text`, lone surrogates, and errors that
//! arrive as `Error` objects with a message.
#![cfg(target_arch = "wasm32")]

use article_analyzer::wasm::{analyze, normalize, AnalyzeOptionsObject, JsAnalyzer};
use js_sys::{Array, JsString, Object, Reflect, Uint32Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).unwrap()
}

fn num(v: &JsValue, key: &str) -> u32 {
    get(v, key).as_f64().unwrap() as u32
}

fn options(json: &str) -> Option<AnalyzeOptionsObject> {
    Some(js_sys::JSON::parse(json).unwrap().unchecked_into())
}

/// `input.slice(start, end) === span.text` for one span object.
fn assert_span(input: &JsString, span: &JsValue) {
    let (start, end) = (num(span, "start"), num(span, "end"));
    assert!(start <= end && end <= input.length(), "{start}..{end}");
    let text: JsString = get(span, "text").unchecked_into();
    assert_eq!(input.slice(start, end), text);
}

const SEED_LINE: &str =
    "وقال الناطق باسم الكرملين، دميتري بيسكوف، في مؤتمر صحفي، إن «الولايات المتحدة تتخذ موقفاً أكثر توازناً».";

#[wasm_bindgen_test]
fn analyze_reports_language_and_stats() {
    let input = JsString::from(SEED_LINE);
    let a = analyze(&input, None).unwrap();
    assert_eq!(get(&a, "language").as_string().unwrap(), "ar");
    let stats = get(&a, "stats");
    assert_eq!(num(&stats, "characters"), SEED_LINE.chars().count() as u32);
    assert_eq!(num(&stats, "sentences"), 1);
    assert_eq!(num(&stats, "paragraphs"), 1);
    assert!(num(&stats, "words") >= 15);
    for key in ["keywords", "highlights", "quotes"] {
        assert!(Array::is_array(&get(&a, key)), "{key} is an array");
    }
}

#[wasm_bindgen_test]
fn characters_count_scalar_values_not_utf16_units() {
    let input = JsString::from("😀😀 ok");
    assert_eq!(input.length(), 7);
    let a = analyze(&input, None).unwrap();
    assert_eq!(num(&get(&a, "stats"), "characters"), 5);
}

#[wasm_bindgen_test]
fn normalize_origin_is_utf16_and_in_bounds() {
    // Emoji (2 units) before Arabic with a shadda: offsets must count UTF-16 units.
    let input = JsString::from("😀 مسيّرة");
    let n = normalize(&input, None).unwrap();
    let text: JsString = get(&n, "text").unchecked_into();
    let origin: Uint32Array = get(&n, "origin").unchecked_into();
    assert_eq!(
        origin.length(),
        text.length(),
        "one origin entry per UTF-16 unit"
    );
    let origin = origin.to_vec();
    assert!(
        origin.windows(2).all(|w| w[0] <= w[1]),
        "monotone: {origin:?}"
    );
    assert!(origin.iter().all(|&o| o < input.length()));
    // The first Arabic letter م is at UTF-16 index 3 (emoji = 2 units, space = 1).
    let mim = text.index_of("م", 0);
    assert!(mim >= 0);
    assert_eq!(origin[mim as usize], 3);
}

#[wasm_bindgen_test]
fn long_results_are_whole_across_pieces() {
    // Longer than one 64 Ki-unit piece of the Node.js path, with a surrogate pair cut by the
    // piece boundary and changed characters on both sides.
    let mut s = "x".repeat(65_535);
    s.push_str("😀 Abc أحمد");
    s.push_str(&"ـكتاب ".repeat(30_000));
    let input = JsString::from(s.as_str());
    let n = normalize(&input, None).unwrap();
    let core = article_analyzer::normalize(&s, article_analyzer::Profile::Search);
    let text: JsString = get(&n, "text").unchecked_into();
    assert_eq!(String::from(text.clone()), core.text);
    let origin: Uint32Array = get(&n, "origin").unchecked_into();
    assert_eq!(origin.to_vec(), core.origin_utf16(&s));
    assert_eq!(text.char_code_at(65_535), f64::from(0xD83Du16));
}

#[wasm_bindgen_test]
fn very_long_results_are_whole_across_big_pieces() {
    // 2,200,000 units: in Node.js two pieces of about 1,100,000 (each at least Node.js's
    // external-string size), the surrogate pair at their boundary (a piece never ends inside
    // it: the pass leaves room for both halves).
    let p = 1_100_000;
    let mut s = "x".repeat(p - 1);
    s.push('😀');
    s.push_str(&"ك".repeat(p - 1));
    let input = JsString::from(s.as_str());
    let n = normalize(&input, None).unwrap();
    let text: JsString = get(&n, "text").unchecked_into();
    assert_eq!(text.length() as usize, 2 * p);
    assert_eq!(String::from(text.clone()), s);
    assert_eq!(text.char_code_at(p as u32 - 1), f64::from(0xD83Du16));
    let origin: Uint32Array = get(&n, "origin").unchecked_into();
    let core = article_analyzer::normalize(&s, article_analyzer::Profile::Search);
    assert_eq!(origin.to_vec(), core.origin_utf16(&s));
    // ASCII only (the Node.js path that reads the folded bytes as the string), big and small.
    for s in ["Abc  DEF\n\tgh. ".repeat(80_000), "Abc  DEF ".to_owned()] {
        normalizes_as_the_core(&JsString::from(s.as_str()), &s);
    }
}

/// `normalize(input)` through the binding gives the core's search-profile text and UTF-16
/// origin map of `s` (`input` as Rust reads it).
fn normalizes_as_the_core(input: &JsString, s: &str) {
    let n = normalize(input, None).unwrap();
    let core = article_analyzer::normalize(s, article_analyzer::Profile::Search);
    let text: JsString = get(&n, "text").unchecked_into();
    assert_eq!(String::from(text), core.text);
    let origin: Uint32Array = get(&n, "origin").unchecked_into();
    assert_eq!(origin.to_vec(), core.origin_utf16(s));
}

#[wasm_bindgen_test]
fn input_past_its_size_estimate_is_read_whole() {
    // The binding sizes its buffer from 64 units spread over the input (here every 500th
    // unit, all ASCII) and reads the rest in a second call: CJK, Arabic, surrogate pairs and
    // lone low surrogates (U+FFFD, 3 bytes) take ~2.5 bytes per unit, beyond the estimate.
    let n = 32_000;
    let mut units: Vec<u16> = Vec::with_capacity(n);
    while units.len() < n {
        let i = units.len();
        if i % 500 == 0 {
            units.push(u16::from(b'a'));
        } else if i % 3 == 0 && i % 500 != 499 && i + 1 < n {
            units.extend("😀".encode_utf16());
        } else if i % 11 == 0 {
            units.push(0xDC00);
        } else if i % 2 == 0 {
            units.extend("中".encode_utf16());
        } else {
            units.extend("ك".encode_utf16());
        }
    }
    let input = JsString::from_char_code(&units);
    let s = String::from_utf16_lossy(&units);
    assert!(s.len() > 2 * n);
    normalizes_as_the_core(&input, &s);
    let a = analyze(&input, None).unwrap();
    assert_eq!(
        num(&get(&a, "stats"), "characters"),
        s.chars().count() as u32
    );
}

#[wasm_bindgen_test]
fn lone_surrogates_keep_offsets_aligned() {
    // "a" + lone high surrogate + "b" + lone low surrogate + Arabic.
    let units: Vec<u16> = "a\u{0}b\u{0}قال"
        .encode_utf16()
        .enumerate()
        .map(|(i, u)| match i {
            1 => 0xD800,
            3 => 0xDC00,
            _ => u,
        })
        .collect();
    let input = JsString::from_char_code(&units);
    assert!(!input.is_valid_utf16());
    let n = normalize(&input, Some(JsValue::from(Object::new()).unchecked_into())).unwrap();
    let origin: Uint32Array = get(&n, "origin").unchecked_into();
    let text: JsString = get(&n, "text").unchecked_into();
    assert_eq!(origin.length(), text.length());
    assert!(origin.to_vec().iter().all(|&o| o < input.length()));
    // Each lone surrogate became one U+FFFD, so "قال" keeps its UTF-16 position (4).
    let qaf = text.index_of("ق", 0);
    assert_eq!(origin.get_index(qaf as u32), 4);
    let a = analyze(&input, None).unwrap();
    assert_eq!(num(&get(&a, "stats"), "characters"), 7);
}

#[wasm_bindgen_test]
fn quote_spans_slice_the_callers_string_with_lone_surrogates_or_u_fffd() {
    // A lone surrogate inside a quotation (the span texts must come from the caller's string),
    // and a well-formed text holding a genuine U+FFFD (the binding's cheap validity test sees a
    // U+FFFD either way and asks JavaScript).
    let line = "The minister said: \"We will not accept \u{0} this deal under any terms.\"";
    let lone: Vec<u16> = line
        .encode_utf16()
        .map(|u| if u == 0 { 0xDC00 } else { u })
        .collect();
    let with_fffd = JsString::from(line.replace('\u{0}', "\u{FFFD}").as_str());
    for input in [JsString::from_char_code(&lone), with_fffd] {
        let a = analyze(&input, None).unwrap();
        let quotes: Array = get(&a, "quotes").unchecked_into();
        assert!(quotes.length() > 0);
        for q in quotes.iter() {
            assert_span(&input, &get(&q, "content"));
        }
    }
}

#[wasm_bindgen_test]
fn spans_slice_the_callers_string() {
    let text = "😀 وقال بيسكوف إن «الولايات المتحدة تتخذ موقفاً أكثر توازناً يهدف إلى حل الصراع».\n\nThe minister said: \"We will not accept this deal under any circumstances.\"";
    let input = JsString::from(text);
    let a = analyze(&input, None).unwrap();
    let quotes: Array = get(&a, "quotes").unchecked_into();
    for q in quotes.iter() {
        assert_span(&input, &get(&q, "content"));
        let continues = get(&q, "continues");
        assert!(
            continues.is_null() || continues.as_f64().is_some(),
            "continues is an index or null"
        );
        for role in ["speaker", "speakerMention", "cue"] {
            let s = get(&q, role);
            assert!(s.is_null() || s.is_object(), "{role} is a Span or null");
            if !s.is_null() {
                assert_span(&input, &s);
            }
        }
    }
    let highlights: Array = get(&a, "highlights").unchecked_into();
    for h in highlights.iter() {
        assert!(num(&h, "end") <= input.length());
    }
}

fn error_message(result: Result<impl std::fmt::Debug, JsValue>) -> (String, String) {
    let err = result.unwrap_err();
    let error: js_sys::Error = err.dyn_into().expect("an Error object");
    (
        error.name().as_string().unwrap(),
        error.message().as_string().unwrap(),
    )
}

#[wasm_bindgen_test]
fn bad_options_throw_type_errors_with_a_message() {
    let input = JsString::from("text");
    let (name, message) = error_message(analyze(&input, options(r#"{"autoKeywords": -1}"#)));
    assert_eq!(name, "TypeError");
    assert!(message.contains("autoKeywords"), "{message}");
    let (_, message) = error_message(analyze(&input, options(r#"{"autokeywords": 3}"#)));
    assert!(
        message.contains("unknown option \"autokeywords\""),
        "{message}"
    );
    let (_, message) = error_message(analyze(&input, options(r#"{"keywords": [1]}"#)));
    assert!(message.contains("keywords[0]"), "{message}");
    let (_, message) = error_message(analyze(&input, options(r#"{"language": "not a tag"}"#)));
    assert!(message.contains("language"), "{message}");
    let (_, message) = error_message(normalize(
        &input,
        Some(
            js_sys::JSON::parse(r#"{"profile": "loud"}"#)
                .unwrap()
                .unchecked_into(),
        ),
    ));
    assert!(message.contains("profile"), "{message}");
}

#[wasm_bindgen_test]
fn limits_throw_range_errors_naming_the_limit() {
    let input = JsString::from("x".repeat(100).as_str());
    let (name, message) = error_message(analyze(
        &input,
        options(r#"{"limits": {"maxInputBytes": 10}}"#),
    ));
    assert_eq!(name, "RangeError");
    assert!(message.contains("maxInputBytes"), "{message}");
    let (name, message) = error_message(analyze(
        &input,
        options(r#"{"keywords": ["a", "b", "c"], "limits": {"maxKeywords": 2}}"#),
    ));
    assert_eq!(name, "RangeError");
    assert!(message.contains("maxKeywords"), "{message}");
    // After an error the module still works.
    assert!(analyze(&input, None).is_ok());
}

#[wasm_bindgen_test]
fn analyzer_class_reuses_options() {
    let analyzer =
        JsAnalyzer::new(options(r#"{"language": "fr", "keywords": ["Macron"]}"#)).unwrap();
    for text in ["Le président a parlé.", "", "Macron"] {
        let a = analyzer.analyze(&JsString::from(text)).unwrap();
        assert_eq!(get(&a, "language").as_string().unwrap(), "fr");
    }
}

#[wasm_bindgen_test]
fn empty_and_nul_input() {
    let a = analyze(&JsString::from(""), None).unwrap();
    assert_eq!(get(&a, "language").as_string().unwrap(), "und");
    assert_eq!(num(&get(&a, "stats"), "words"), 0);
    let a = analyze(&JsString::from("\0\0 a\0b"), None).unwrap();
    assert_eq!(num(&get(&a, "stats"), "characters"), 6);
}

#[wasm_bindgen_test]
fn highlights_are_utf16_spans_of_whole_words() {
    // Two astral emoji (4 UTF-16 units with the skin-tone modifier: 6) before Arabic text.
    let text = "😀👍🏽 وقال الناطق باسم الكرملين، إن موقف للكرملين ثابت. Café CAFÉ";
    let input = JsString::from(text);
    let a = analyze(
        &input,
        options(r#"{"keywords": ["الكرملين", "cafe"], "autoKeywords": 0}"#),
    )
    .unwrap();
    let highlights: Array = get(&a, "highlights").unchecked_into();
    let found: Vec<String> = highlights
        .iter()
        .map(|h| String::from(input.slice(num(&h, "start"), num(&h, "end"))))
        .collect();
    assert_eq!(found, ["الكرملين", "للكرملين", "Café", "CAFÉ"]);
    let keywords: Array = get(&a, "keywords").unchecked_into();
    assert_eq!(num(&keywords.get(0), "count"), 2);
    assert_eq!(get(&keywords.get(0), "source").as_string().unwrap(), "user");
}
