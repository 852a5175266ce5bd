//! Stage timings of `analyze` on a large file, natively, with the workloads of the wasm bench
//! (`tests/js/bench/workloads.mjs`): `cargo run --release --example analyze_speed [FILE] [STAGE]`
//! (default ../shared/corpus/big/ar.txt). STAGE limits the run to one stage (with `WARMUP=1`:
//! ten more runs first, for `perf`); `RUNS=n` timed runs after the first (default 5). The peak
//! heap is that of the first run, measured by a counting global allocator.
use std::collections::HashSet;
use std::time::Instant;

#[path = "../benches/support/counting.rs"]
mod counting;

use article_analyzer::{keywords, lang, text, AnalyzeOptions, Analyzer, KeywordSpec};

/// The 100 keywords of `hundredKeywords` in workloads.mjs: 20 base terms, then distinct
/// whitespace-separated tokens of 6+ letters from the first 200,000 UTF-16 units.
fn hundred(text: &str) -> Vec<KeywordSpec> {
    let ar = text
        .chars()
        .take(1000)
        .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    let base: &[&str] = if ar {
        &[
            "الكرملين",
            "روسيا",
            "أوكرانيا",
            "الولايات المتحدة",
            "بوتين",
            "السعودية",
            "المملكة",
            "الرياض",
            "وزير",
            "الخارجية",
            "إيران",
            "اليمن",
            "مصر",
            "الحكومة",
            "الرئيس",
            "الأمير",
            "الملك",
            "النفط",
            "الاقتصاد",
            "الأمن",
        ]
    } else {
        &[
            "Kremlin",
            "Russia",
            "Ukraine",
            "United States",
            "Putin",
            "government",
            "minister",
            "police",
            "election",
            "court",
            "president",
            "economy",
            "market",
            "bank",
            "football",
            "music",
            "film",
            "school",
            "health",
            "war",
        ]
    };
    let mut units = 0;
    let head: String = text
        .chars()
        .take_while(|c| {
            units += c.len_utf16();
            units <= 200_000
        })
        .collect();
    let mut seen = HashSet::new();
    let words = head
        .split_whitespace()
        .filter(|w| w.chars().count() >= 6 && w.chars().all(char::is_alphabetic))
        .filter(|w| seen.insert(w.to_string()));
    base.iter()
        .copied()
        .chain(words)
        .take(100)
        .map(KeywordSpec::from)
        .collect()
}

/// CPU time of this thread in seconds (Linux: `/proc/thread-self/schedstat`), if available:
/// on a loaded machine it varies much less than wall time.
fn cpu_time() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn time<T>(name: &str, mb: f64, mut f: impl FnMut() -> T) -> T {
    let mut best = f64::MAX;
    let mut cpu = Vec::new();
    let base = counting::live();
    counting::reset_peak();
    let mut out = f();
    let peak = counting::peak().saturating_sub(base);
    println!(
        "{name:>24}: peak heap {:.1} MiB above the input ({:.1}× the input)",
        peak as f64 / 1048576.0,
        peak as f64 / (mb * 1e6)
    );
    let runs: usize = std::env::var("RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    for _ in 0..runs {
        let c = cpu_time();
        let t = Instant::now();
        out = f();
        best = best.min(t.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (c, cpu_time()) {
            cpu.push(b - a);
        }
    }
    cpu.sort_by(f64::total_cmp);
    let median = cpu.get(cpu.len() / 2).map_or(String::new(), |c| {
        format!(", CPU median {:7.1} ms (min {:.1})", c * 1e3, cpu[0] * 1e3)
    });
    println!(
        "{name:>24}: {:7.1} ms = {:5.0} MB/s (best wall){median}",
        best * 1e3,
        mb / best
    );
    out
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "../shared/corpus/big/ar.txt".into());
    let only = args.next();
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("cannot read {path}");
        return;
    };
    let mb = text.len() as f64 / 1e6;
    let language = lang::detect(&text);
    let specs = hundred(&text);
    let analyzer = Analyzer::new(AnalyzeOptions {
        keywords: specs.clone(),
        auto_keywords: 0,
        quotes: false,
        ..AnalyzeOptions::default()
    })
    .unwrap_or_else(|e| panic!("{e}"));
    let matcher = keywords::Matcher::new(&specs, true).unwrap_or_else(|e| panic!("{e}"));
    let empty = keywords::Matcher::new(&[], true).unwrap_or_else(|e| panic!("{e}"));
    type Stage<'a> = (&'a str, Box<dyn Fn() -> usize + 'a>);
    let stages: Vec<Stage> = vec![
        ("detect", Box::new(|| lang::detect(&text).len())),
        ("stats", Box::new(|| text::stats(&text, language).words)),
        ("words", Box::new(|| text::words(&text).count())),
        ("count_words", Box::new(|| text::count_words(&text))),
        (
            "count_sentences",
            Box::new(|| text::count_sentences(&text, language)),
        ),
        (
            "sentences",
            Box::new(|| text::sentences(&text, language).len()),
        ),
        ("paragraphs", Box::new(|| text::paragraphs(&text).len())),
        ("chars", Box::new(|| text.chars().count())),
        (
            "keywords100",
            Box::new(|| keywords::run(&matcher, &text, language, 0).1.len()),
        ),
        (
            "analyze100",
            Box::new(|| analyzer.analyze(&text).map_or(0, |a| a.highlights.len())),
        ),
        (
            "auto10",
            Box::new(|| keywords::run(&empty, &text, language, 10).1.len()),
        ),
        (
            "quotes",
            Box::new(|| article_analyzer::quotes::extract(&text, language).len()),
        ),
        (
            "analyze_quotes",
            Box::new(|| {
                let options = AnalyzeOptions {
                    auto_keywords: 0,
                    quotes: true,
                    ..AnalyzeOptions::default()
                };
                article_analyzer::analyze(&text, &options).map_or(0, |a| a.quotes.len())
            }),
        ),
        (
            "defaults",
            Box::new(|| {
                article_analyzer::analyze(&text, &AnalyzeOptions::default())
                    .map_or(0, |a| a.highlights.len() + a.quotes.len())
            }),
        ),
    ];
    for (name, f) in &stages {
        if only.as_deref().is_some_and(|o| o != *name) {
            continue;
        }
        if only.is_some() && std::env::var_os("WARMUP").is_some() {
            for _ in 0..10 {
                f();
            }
        }
        let n = time(name, mb, f);
        println!("{:>24}  → {n}", "");
    }
}
