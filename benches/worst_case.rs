//! Worst-case inputs (issue #8): each adversarial input is analysed with the default options
//! (plus keywords where the case is about keywords) and reported as time per byte relative to
//! a normal article. Run by `cargo bench --bench worst_case` (part of `cargo xtask bench`).
//! The goal is that no case is more than 20× slower per byte than a normal article. The peak
//! heap of one analysis (a counting global allocator; the input itself and the compiled options
//! not included) is given per case as a multiple of the input's bytes, also for the keyword
//! stage alone (quotes off) and the quote stage alone (keywords off), so that the stage that
//! makes the peak is visible; compiling the 20,000 keywords is given per keyword byte.

use std::time::Instant;

#[path = "support/counting.rs"]
mod counting;

use article_analyzer::{analyze, AnalyzeOptions, Analyzer, KeywordSpec};

/// A normal article collection: `../shared/corpus/big/ar.txt` when present, else the seed.
fn normal() -> String {
    let big = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/big/ar.txt");
    let text = std::fs::read_to_string(big)
        .unwrap_or_else(|_| include_str!("../tests/fixtures/seed-ar.txt").repeat(200));
    let mut end = text.len().min(2_000_000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_owned()
}

/// Best of `runs` timings of `f`, in seconds.
fn best(runs: usize, mut f: impl FnMut()) -> f64 {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .fold(f64::MAX, f64::min)
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` would pass other flags: only run
    // when benchmarking.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let normal = normal();
    let seed = include_str!("../tests/fixtures/seed-ar.txt");
    let defaults = AnalyzeOptions::default();
    let with_keywords = |keywords: Vec<KeywordSpec>| AnalyzeOptions {
        keywords,
        ..AnalyzeOptions::default()
    };
    let shared_prefix: Vec<KeywordSpec> = (0..20_000)
        .map(|i| KeywordSpec::from(format!("الكرملين{i}").as_str()))
        .collect();

    let mut cases: Vec<(&str, String, AnalyzeOptions)> = vec![
        (
            "normal article text (reference)",
            normal.clone(),
            defaults.clone(),
        ),
        (
            "200,000 unbalanced quote marks",
            "« قال ".repeat(200_000),
            defaults.clone(),
        ),
        (
            "50,000 nested quote levels",
            format!(
                "{}نص{}",
                "« “ ‘ ".repeat(50_000 / 3),
                " ’ ” »".repeat(50_000 / 3)
            ),
            defaults.clone(),
        ),
        (
            "a quote mark on every line, 5 MB",
            "«قال الوزير إن الاتفاق مهم\n".repeat(5_000_000 / 48),
            defaults.clone(),
        ),
        (
            "64 MB on one line",
            seed.replace('\n', " ")
                .repeat(64 * 1024 * 1024 / seed.len()),
            defaults.clone(),
        ),
        (
            "20,000 keywords sharing a prefix",
            normal.clone(),
            with_keywords(shared_prefix),
        ),
        (
            "diacritics only, 2 MB",
            "\u{064B}\u{064C}\u{064D}\u{064E}\u{064F}\u{0650}\u{0651}\u{0652}ـ"
                .repeat(2_000_000 / 18),
            defaults.clone(),
        ),
        (
            "invisible and bidi characters only, 2 MB",
            "\u{200B}\u{200F}\u{202E}\u{2066}\u{FEFF}\u{00AD}".repeat(2_000_000 / 15),
            defaults.clone(),
        ),
        // The costliest text per byte found for memory: a quote token per character, a record
        // per pair of marks.
        (
            "one-letter quotations, 2 MB",
            "\"a\" ".repeat(500_000),
            defaults.clone(),
        ),
        (
            "punctuation only, 2 MB",
            ",".repeat(2_000_000),
            defaults.clone(),
        ),
    ];
    // Tables built once on first use (lexicons, stop words) are not per byte: build them first.
    for text in [seed, "He said: \"yes\".", "x"] {
        let _ = analyze(text, &defaults);
    }

    println!(
        "| case | MB | s | ns/byte | × normal | peak heap MiB | × input | keywords only, × input | quotes only, × input |\n|---|---|---|---|---|---|---|---|---|"
    );
    let mut reference = 0.0;
    let mut compiled = Vec::new();
    for (name, text, options) in cases.drain(..) {
        let runs = if text.len() > 20_000_000 { 1 } else { 3 };
        // Memory: the peak of one `Analyzer::analyze` above what was live before it (the input
        // and the compiled options not counted; compiling is reported below), for the options
        // of the case, then for its keyword stage alone (no quotes) and its quote stage alone
        // (no keywords).
        let keywords_only = AnalyzeOptions {
            quotes: false,
            ..options.clone()
        };
        let quotes_only = AnalyzeOptions {
            keywords: Vec::new(),
            auto_keywords: 0,
            ..options.clone()
        };
        let [peak, keywords_peak, quotes_peak] =
            [&options, &keywords_only, &quotes_only].map(|o| {
                let (analyzer, compile) =
                    peak_of(|| Analyzer::new(o.clone()).expect("valid options"));
                if !o.keywords.is_empty() && std::ptr::eq(o, &options) {
                    let keyword_bytes: usize = o.keywords.iter().map(|k| k.term.len()).sum();
                    compiled.push((name, o.keywords.len(), keyword_bytes, compile));
                }
                let (analysis, peak) =
                    peak_of(|| analyzer.analyze(&text).expect("within the default limits"));
                drop(analysis);
                peak
            });
        let seconds = best(runs, || {
            let a = analyze(&text, &options).expect("within the default limits");
            std::hint::black_box(a);
        });
        let per_byte = seconds * 1e9 / text.len() as f64;
        if reference == 0.0 {
            reference = per_byte;
        }
        let ratio = |p: usize| p as f64 / text.len() as f64;
        println!(
            "| {name} | {:.1} | {seconds:.3} | {per_byte:.1} | {:.2} | {:.1} | {:.1} | {:.1} | {:.1} |",
            text.len() as f64 / 1e6,
            per_byte / reference,
            peak as f64 / 1_048_576.0,
            ratio(peak),
            ratio(keywords_peak),
            ratio(quotes_peak),
        );
    }
    // Compiled keywords are measured against the keywords' own bytes, not the text's.
    for (name, count, bytes, peak) in compiled {
        println!(
            "\n{name}: compiling {count} keywords ({bytes} bytes) peaks at {:.1} MiB = {:.1} bytes per keyword byte",
            peak as f64 / 1_048_576.0,
            peak as f64 / bytes as f64
        );
    }
}

/// Runs `f` once: its result and the peak heap above what was live before it.
fn peak_of<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let base = counting::live();
    counting::reset_peak();
    let out = f();
    (out, counting::peak().saturating_sub(base))
}
