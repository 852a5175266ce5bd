//! The memory bound documented on `Limits` (issue #8), checked natively with a counting global
//! allocator (this test binary's own; one test function, so nothing else allocates while it
//! measures: the figures are deterministic).
//!
//! The documented bound is on the wasm memory: the default analysis of news text grows it by
//! at most 8× the input's UTF-8 bytes plus ~1 MiB of tables built on first use (measured on
//! 4.8 MB of news: 5.0× Arabic, 5.5× English). Natively the heap above the input is lower
//! (3.9× and 4.8× there; no copy of the input), and the first-use tables are built before
//! measuring: this test asserts 6× with quotes (measured 3.1–5.1× on the fixtures; 6.7× with
//! the 24-byte quote tokens of session 4) and 6× without (2.9–3.7×), plus 256 KiB, and
//! bounds for adversarial text.

#[path = "../benches/support/counting.rs"]
mod counting;

use article_analyzer::{analyze, AnalyzeOptions};

/// The articles of one language in `tests/fixtures/quotes`, repeated to about `bytes`.
fn news(language: &str, bytes: usize) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/quotes");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|x| x == "txt")
                && p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(&format!("{language}-")))
        })
        .collect();
    files.sort();
    let articles: Vec<String> = files
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("fixture"))
        .collect();
    assert!(!articles.is_empty(), "no {language} fixtures");
    let mut text = String::new();
    while text.len() < bytes {
        for a in &articles {
            text.push_str(a);
            text.push_str("\n\n");
        }
    }
    text
}

/// The peak heap of `f` above what was live before it.
fn peak_of<T>(f: impl FnOnce() -> T) -> usize {
    let base = counting::live();
    counting::reset_peak();
    let out = f();
    let peak = counting::peak().saturating_sub(base);
    drop(out);
    peak
}

#[test]
fn analysis_memory_is_a_small_multiple_of_the_input() {
    let defaults = AnalyzeOptions::default();
    let no_quotes = AnalyzeOptions {
        quotes: false,
        ..AnalyzeOptions::default()
    };
    for language in ["ar", "en", "fr"] {
        let text = news(language, 400_000);
        // First use builds the language's tables (lexicons, stop words): not per byte.
        let head: String = text.chars().take(2000).collect();
        analyze(&head, &defaults).expect("analysis");
        for (options, factor) in [(&defaults, 6), (&no_quotes, 6)] {
            let peak = peak_of(|| analyze(&text, options).expect("analysis"));
            let bound = factor * text.len() + 256 * 1024;
            eprintln!(
                "{language}, quotes {}: {:.2}× the input",
                options.quotes,
                peak as f64 / text.len() as f64
            );
            assert!(
                peak <= bound,
                "{language}, quotes {}: peak {peak} bytes above the input of {} bytes ({:.1}×), bound {factor}× + 256 KiB",
                options.quotes,
                text.len(),
                peak as f64 / text.len() as f64
            );
        }
    }
    adversarial_memory_is_a_bounded_multiple_of_the_input();
}

/// Adversarial text (issue #8), called from the one test function above: the quote stage keeps a 16-byte token per word and per
/// punctuation character and a 20-byte record per pair of quotation marks, so text made only
/// of tiny tokens costs more per byte than news, but a bounded multiple. Bounds: the measured
/// factors (2026-11-30, ~200 KB of each, default analysis; higher than for 2 MB, where the
/// token vector's one resize from its first-64-KB estimate weighs less) plus a margin; the
/// 24-byte tokens and 56-byte records of session 4 cost 1.5–2× as much.
fn adversarial_memory_is_a_bounded_multiple_of_the_input() {
    let defaults = AnalyzeOptions::default();
    analyze(include_str!("fixtures/seed-ar.txt"), &defaults).expect("analysis");
    analyze("He said: \"yes\".", &defaults).expect("analysis");
    let cases: [(&str, String, usize); 5] = [
        ("unbalanced marks", "« قال ".repeat(20_000), 10),
        (
            "invisible characters",
            "\u{200B}\u{200F}\u{202E}\u{2066}\u{FEFF}\u{00AD}".repeat(200_000 / 15),
            9,
        ),
        ("nested marks", "« “ ‘ ".repeat(20_000), 8),
        ("punctuation only", ",".repeat(200_000), 26),
        ("one-letter quotations", "\"a\" ".repeat(50_000), 27),
    ];
    for (name, text, factor) in cases {
        let peak = peak_of(|| analyze(&text, &defaults).expect("analysis"));
        eprintln!("{name}: {:.2}× the input", peak as f64 / text.len() as f64);
        let bound = factor * text.len() + 256 * 1024;
        assert!(
            peak <= bound,
            "{name}: peak {peak} bytes above the input of {} bytes ({:.1}×), bound {factor}× + 256 KiB",
            text.len(),
            peak as f64 / text.len() as f64
        );
    }
}
