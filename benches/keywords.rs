//! Keyword matching and automatic keywords (issue #4), natively.
//!
//! `cargo bench --bench keywords`. The big corpus file `../shared/corpus/big/ar.txt` (found
//! relative to the crate, or through `ARTICLE_ANALYZER_CORPUS`) is used when present; the
//! benches that need it are skipped otherwise. Throughput is in bytes of input text.

use std::path::PathBuf;
use std::time::Duration;

use article_analyzer::fxhash::FxSet;
use article_analyzer::keywords::{self, auto, Matcher};
use article_analyzer::normalize::{normalize, Profile};
use article_analyzer::KeywordSpec;
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

const SEED: &str = include_str!("../tests/fixtures/seed-ar.txt");

fn corpus(name: &str) -> Option<String> {
    let base = std::env::var_os("ARTICLE_ANALYZER_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    std::fs::read_to_string(base.join(name)).ok()
}

/// `n` distinct words of `text` with at least `min_chars` letters, picked every `step` words:
/// realistic keywords that do occur.
fn words_of(text: &str, n: usize, step: usize, min_chars: usize) -> Vec<KeywordSpec> {
    let mut seen = FxSet::default();
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= min_chars)
        .step_by(step)
        .filter(|w| seen.insert(w.to_string()))
        .take(n)
        .map(KeywordSpec::from)
        .collect()
}

fn matching(c: &mut Criterion) {
    let Some(big) = corpus("big/ar.txt") else {
        eprintln!("big/ar.txt not found: skipping the big-corpus benches");
        return;
    };
    let mut g = c.benchmark_group("keywords");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(8));
    g.throughput(Throughput::Bytes(big.len() as u64));

    g.bench_function("normalize_search_big_ar", |b| {
        b.iter(|| normalize(black_box(&big), Profile::Search))
    });

    let hundred = words_of(&big, 100, 997, 4);
    assert_eq!(hundred.len(), 100);
    let matcher = Matcher::new(&hundred, true).unwrap();
    g.bench_function("100_keywords_big_ar", |b| {
        b.iter(|| keywords::run(&matcher, black_box(&big), "ar", 0))
    });

    let twenty_k = words_of(&big, 20_000, 1, 3);
    assert_eq!(twenty_k.len(), 20_000);
    let matcher = Matcher::new(&twenty_k, true).unwrap();
    g.bench_function("20000_keywords_big_ar", |b| {
        b.iter(|| keywords::run(&matcher, black_box(&big), "ar", 0))
    });

    g.bench_function("auto_keywords_big_ar", |b| {
        let empty = Matcher::new(&[], true).unwrap();
        b.iter(|| keywords::run(&empty, black_box(&big), "ar", 10))
    });
    g.finish();

    let mut g = c.benchmark_group("keywords_compile");
    g.sample_size(10).measurement_time(Duration::from_secs(8));
    g.throughput(Throughput::Elements(twenty_k.len() as u64));
    g.bench_function("compile_20000_keywords", |b| {
        b.iter(|| Matcher::new(black_box(&twenty_k), true).unwrap())
    });
    g.finish();
}

fn small(c: &mut Criterion) {
    let mut g = c.benchmark_group("keywords_5kb");
    g.throughput(Throughput::Bytes(SEED.len() as u64));
    let empty = Matcher::new(&[], true).unwrap();
    g.bench_function(BenchmarkId::new("auto_keywords", "seed"), |b| {
        b.iter(|| keywords::run(&empty, black_box(SEED), "ar", 10))
    });
    let folded = normalize(SEED, Profile::Search);
    g.bench_function(BenchmarkId::new("auto_extract_only", "seed"), |b| {
        b.iter(|| auto::extract(SEED, black_box(&folded), "ar", 10, &FxSet::default()))
    });
    let specs: Vec<KeywordSpec> = ["الكرملين", "المعادن النادرة", "بوتين", "الولايات المتحدة"]
        .into_iter()
        .map(KeywordSpec::from)
        .collect();
    let matcher = Matcher::new(&specs, true).unwrap();
    g.bench_function(BenchmarkId::new("4_keywords", "seed"), |b| {
        b.iter(|| keywords::run(&matcher, black_box(SEED), "ar", 0))
    });
    g.finish();
}

criterion_group!(benches, small, matching);
criterion_main!(benches);
