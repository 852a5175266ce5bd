//! `analyze` with arbitrary options and keyword lists: every span in bounds and on character
//! boundaries, highlights sorted, disjoint and counted, quotes in text order, and the same
//! input analysed twice gives the same result.
#![no_main]

use article_analyzer::{analyze, invariants, AnalyzeOptions, KeywordSpec};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Layout: [flags][auto][keywords separated by 0x1F] 0x1E [text]
    let (head, body) = match data.iter().position(|&b| b == 0x1E) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (&data[..0], data),
    };
    let flags = head.first().copied().unwrap_or(0);
    let auto = head.get(1).copied().unwrap_or(0) as usize % 16;
    let keywords: Vec<KeywordSpec> = head
        .get(2..)
        .unwrap_or(&[])
        .split(|&b| b == 0x1F)
        .take(64)
        .map(|k| KeywordSpec::from(String::from_utf8_lossy(k).as_ref()))
        .collect();
    let language = ["auto", "ar", "en", "fr", "de", "fa", "und"][(flags as usize >> 2) % 7];
    let options = AnalyzeOptions {
        language: Some(language.to_owned()),
        keywords,
        auto_keywords: auto,
        morphology: flags & 1 == 1,
        quotes: flags & 2 == 2,
        ..AnalyzeOptions::default()
    };
    let text = String::from_utf8_lossy(body);
    let text = text.as_ref();
    let a = analyze(text, &options).expect("within limits");
    if let Err(violation) = invariants::check(text, &a) {
        panic!("{violation}");
    }
    assert_eq!(analyze(text, &options).expect("within limits"), a, "not deterministic");
});
