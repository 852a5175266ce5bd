//! Property tests of `analyze` as a whole: whatever the input and the options, every span is
//! in bounds and on character boundaries, highlights are sorted and disjoint and point at a
//! keyword, quotes are in text order, and the same input gives the same output twice.
//!
//! The generator is biased towards the hard parts: Arabic letters with harakat and tatweel,
//! invisible and bidi characters, quote marks of every kind (balanced or not), apostrophes,
//! paragraph breaks, presentation forms, digits of three systems and surrogate-pair characters.

use article_analyzer::{analyze, invariants, AnalyzeOptions, KeywordSpec};
use proptest::prelude::*;

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        // Arabic words and clitics, with marks and tatweel.
        Just("الكرملين".to_owned()),
        Just("للكرملين".to_owned()),
        Just("مسيّرة".to_owned()),
        Just("الكرمـــلين".to_owned()),
        Just("وقال".to_owned()),
        Just("أكد".to_owned()),
        Just("بيسكوف".to_owned()),
        Just("إن".to_owned()),
        Just("أن".to_owned()),
        Just("\u{064B}\u{0651}".to_owned()),
        Just("ـ".to_owned()),
        Just("\u{FEFB}\u{FDFD}".to_owned()),
        Just("٢٠٢٥ ۲۰۲۵ 2025".to_owned()),
        // Latin words and cues.
        Just("said".to_owned()),
        Just("the minister".to_owned()),
        Just("a déclaré".to_owned()),
        Just("l’homme".to_owned()),
        Just("it's".to_owned()),
        Just("Dr.".to_owned()),
        Just("Café".to_owned()),
        Just("e\u{301}".to_owned()),
        // Quote marks of every kind, and colons.
        prop::sample::select(vec![
            "«", "»", "“", "”", "„", "‚", "‘", "’", "‹", "›", "「", "」", "『", "』", "\"", "'",
            "//", ":", "،", "؛", "؟", ".", ",", "!", "?",
        ])
        .prop_map(str::to_owned),
        // Invisible and bidi characters, NUL, U+FFFD (where lone surrogates end up).
        prop::sample::select(vec![
            "\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202C}",
            "\u{202E}", "\u{2066}", "\u{2069}", "\u{FEFF}", "\u{00AD}", "\u{0}", "\u{FFFD}",
            "\u{061C}",
        ])
        .prop_map(str::to_owned),
        // Surrogate pairs in UTF-16: emoji, modifiers, ZWJ sequences, astral letters.
        prop::sample::select(vec!["😀", "👍🏽", "👨‍👩‍👧", "𝐀", "𐎀"]).prop_map(str::to_owned),
        // White space: spaces, NBSP, narrow NBSP, line and paragraph breaks.
        prop::sample::select(vec![
            " ", " ", "\u{a0}", "\u{202F}", "\n", "\n\n", "\r\n", "\t"
        ])
        .prop_map(str::to_owned),
        // Anything at all.
        "\\PC{1,3}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 0..60).prop_map(|p| p.concat())
}

fn keywords() -> impl Strategy<Value = Vec<KeywordSpec>> {
    proptest::collection::vec(
        prop_oneof![
            Just("الكرملين"),
            Just("مسيرة"),
            Just("بيسكوف"),
            Just("Café"),
            Just("minister"),
            Just("\u{064B}"),
            Just(""),
            Just("«"),
            Just(".*"),
            Just("الى"),
        ]
        .prop_map(KeywordSpec::from),
        0..5,
    )
}

fn check(text: &str, options: &AnalyzeOptions) -> Result<(), TestCaseError> {
    let a = analyze(text, options).map_err(|e| TestCaseError::fail(e.to_string()))?;
    invariants::check(text, &a).map_err(TestCaseError::fail)?;
    // Deterministic: the same input gives the same analysis.
    let again = analyze(text, options).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(a, again);
    Ok(())
}

proptest! {
    // 400 cases by default; PROPTEST_CASES=N runs more (a soak run).
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(400)
    ))]

    #[test]
    fn analysis_invariants_hold(text in text(), keywords in keywords(), auto in 0usize..12, morphology: bool, quotes: bool) {
        let options = AnalyzeOptions {
            keywords,
            auto_keywords: auto,
            morphology,
            quotes,
            ..AnalyzeOptions::default()
        };
        check(&text, &options)?;
    }

    #[test]
    fn forced_languages_keep_the_invariants(text in text(), language in prop::sample::select(vec!["ar", "en", "fr", "de", "fa", "und", "zh"])) {
        let options = AnalyzeOptions {
            language: Some(language.to_owned()),
            keywords: vec!["الكرملين".into(), "minister".into()],
            ..AnalyzeOptions::default()
        };
        check(&text, &options)?;
    }
}
