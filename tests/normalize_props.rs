//! Property tests of normalization over arbitrary Unicode, biased toward what goes wrong:
//! Arabic letters with marks and tatweel, presentation forms, invisible and bidi controls,
//! ZWNJ/ZWJ, white space, digits and separators, decomposed Latin, Hangul jamo, characters
//! outside the BMP (surrogate pairs in JavaScript), U+FFFD (a lone surrogate after the binding),
//! and ZWNJ/ZWJ between characters that fold to another script (CJK compatibility ideographs,
//! presentation forms, full-width letters), with the language given and detected.

use article_analyzer::normalize::{normalize_with, Normalized, Profile};
use proptest::prelude::*;

fn from(ranges: &'static [(u32, u32)]) -> impl Strategy<Value = char> {
    proptest::sample::select(ranges)
        .prop_flat_map(|(a, b)| (a..=b).prop_filter_map("not a char", char::from_u32))
}

fn interesting_char() -> impl Strategy<Value = char> {
    prop_oneof![
        6 => from(&[(0x0621, 0x064A), (0x0671, 0x06D5), (0x06A9, 0x06CC)]),
        3 => from(&[(0x064B, 0x065F), (0x0670, 0x0670), (0x0640, 0x0640), (0x06D6, 0x06ED), (0x08CA, 0x08FF), (0x0610, 0x061A)]),
        2 => from(&[(0xFB50, 0xFDFF), (0xFE70, 0xFEFF)]),
        2 => from(&[(0x061C, 0x061C), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2069), (0xFEFF, 0xFEFF), (0x00AD, 0x00AD)]),
        3 => from(&[(0x20, 0x20), (0x09, 0x0D), (0xA0, 0xA0), (0x202F, 0x202F), (0x2028, 0x2029), (0x3000, 0x3000), (0x85, 0x85)]),
        2 => from(&[(0x30, 0x39), (0x0660, 0x066C), (0x06F0, 0x06F9), (0xFF10, 0xFF19)]),
        4 => from(&[(0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x17F), (0x0300, 0x036F), (0x1E00, 0x1EFF), (0xDF, 0xDF), (0x1E9E, 0x1E9E), (0xFB00, 0xFB06), (0xFF21, 0xFF5A)]),
        1 => from(&[(0x0370, 0x03FF), (0x0400, 0x04FF), (0x0590, 0x05FF), (0x0900, 0x097F), (0x0B3E, 0x0B57), (0x0BBE, 0x0BD7)]),
        1 => from(&[(0x1100, 0x11FF), (0xAC00, 0xAC40), (0x3099, 0x309A), (0x304B, 0x304C)]),
        2 => from(&[(0x1F300, 0x1F64F), (0x1F3FB, 0x1F3FF), (0xFE0F, 0xFE0F), (0x10400, 0x1044F), (0x1D400, 0x1D4FF), (0x2F800, 0x2F8FF)]),
        1 => from(&[(0xFFFD, 0xFFFD), (0x0, 0x1F), (0x2126, 0x212B), (0x0340, 0x0344), (0x0958, 0x095F)]),
        2 => any::<char>(),
    ]
}

/// A character whose `search` folding is another character, often of another script: CJK
/// compatibility ideographs (→ unified ideographs), Arabic presentation forms and word
/// ligatures (→ letters, ﷽ → four words), full-width and ligature Latin, mathematical
/// letters; or a plain Arabic or Latin letter.
fn folding_neighbour() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => from(&[(0xF900, 0xFAFF), (0x2F800, 0x2FA1D)]),
        3 => from(&[(0xFB50, 0xFDFF), (0xFE70, 0xFEFC)]),
        2 => from(&[(0xFF21, 0xFF5A), (0xFB00, 0xFB06), (0x1D400, 0x1D4FF)]),
        2 => from(&[(0x0621, 0x064A), (0x06A9, 0x06CC), (0x067E, 0x067E), (0x06AF, 0x06AF), (0x41, 0x5A), (0x61, 0x7A)]),
    ]
}

/// A piece of text: one interesting character, or a ZWNJ/ZWJ between two characters that
/// fold (where a decision taken on the raw neighbours would differ from the folded ones).
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => interesting_char().prop_map(String::from),
        1 => (
            folding_neighbour(),
            prop_oneof![Just('\u{200C}'), Just('\u{200D}')],
            folding_neighbour(),
        )
            .prop_map(|(a, j, b)| [a, j, b].into_iter().collect()),
        1 => Just("\u{FDFD}".to_owned()),
    ]
}

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 0..40).prop_map(|v| v.concat())
}

const LANGS: [Option<&str>; 3] = [Some("ar"), Some("fa"), None];

fn check_origin(input: &str, n: &Normalized) -> Result<(), TestCaseError> {
    let origin: Vec<u32> = n.origins().collect();
    prop_assert_eq!(origin.len(), n.text.len());
    let mut prev = 0usize;
    for (i, &o) in origin.iter().enumerate() {
        prop_assert_eq!(n.origin_at(i), Some(o));
        let o = o as usize;
        prop_assert!(o >= prev, "not monotone");
        prop_assert!(o < input.len(), "out of bounds");
        prop_assert!(input.is_char_boundary(o), "not on a char boundary");
        prev = o;
    }
    let utf16 = n.origin_utf16(input);
    prop_assert_eq!(utf16.len(), n.text.encode_utf16().count());
    let input_units = input.encode_utf16().count() as u32;
    prop_assert!(utf16.windows(2).all(|w| w[0] <= w[1]));
    prop_assert!(utf16.iter().all(|&u| u < input_units.max(1)));
    Ok(())
}

proptest! {
    // PROPTEST_CASES overrides the number of cases (default 1500).
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(1500),
        ..ProptestConfig::default()
    })]

    #[test]
    fn origin_map_is_monotone_in_bounds_and_on_boundaries(input in text()) {
        for lang in LANGS {
            for profile in [Profile::Search, Profile::Clean] {
                let n = normalize_with(&input, profile, lang);
                check_origin(&input, &n)?;
            }
        }
    }

    #[test]
    fn both_profiles_are_idempotent(input in text()) {
        for lang in LANGS {
            for profile in [Profile::Search, Profile::Clean] {
                let once = normalize_with(&input, profile, lang);
                let twice = normalize_with(&once.text, profile, lang);
                prop_assert_eq!(&twice.text, &once.text, "{:?} {:?}", profile, lang);
                prop_assert_eq!(twice.changes, 0, "{:?} {:?}", profile, lang);
            }
        }
    }

    #[test]
    fn search_after_clean_is_search(input in text()) {
        for lang in LANGS {
            let clean = normalize_with(&input, Profile::Clean, lang);
            let a = normalize_with(&clean.text, Profile::Search, lang);
            let b = normalize_with(&input, Profile::Search, lang);
            prop_assert_eq!(a.text, b.text, "{:?}", lang);
        }
    }

    #[test]
    fn source_range_is_on_boundaries_and_covers_the_match(
        input in text(),
        a in 0usize..200,
        b in 0usize..200,
    ) {
        let n = normalize_with(&input, Profile::Search, Some("ar"));
        let (lo, hi) = (a.min(b), a.max(b));
        let r = n.source_range(&input, lo..hi);
        prop_assert!(r.start <= r.end && r.end <= input.len());
        prop_assert!(input.is_char_boundary(r.start) && input.is_char_boundary(r.end));
        // A non-empty match inside the text maps to a non-empty range that contains the
        // origins of its bytes.
        if lo < hi && hi <= n.text.len() {
            prop_assert!(r.start < r.end);
            for k in lo..hi {
                let o = n.origin_at(k).unwrap() as usize;
                prop_assert!(r.start <= o && o < r.end);
            }
        }
    }

    #[test]
    fn replacement_character_is_preserved(left in text(), right in text()) {
        let input = format!("{left}\u{FFFD}{right}");
        for profile in [Profile::Search, Profile::Clean] {
            let n = normalize_with(&input, profile, Some("ar"));
            let expected = input.matches('\u{FFFD}').count();
            prop_assert_eq!(n.text.matches('\u{FFFD}').count(), expected);
        }
    }
}
