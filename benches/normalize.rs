//! Throughput of normalization (MB/s of input) on the big corpora
//! `../shared/corpus/big/{ar,en}.txt` (or `$CORPUS_BIG/{ar,en}.txt`) when present (skipped otherwise), and on the seed
//! article repeated to 4 MB (always present). `copy` is the floor: copying the bytes once.
//!
//! `cargo bench --bench normalize`

use std::hint::black_box;
use std::path::Path;

use article_analyzer::normalize::{normalize, Profile};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn corpora() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for lang in ["ar", "en"] {
        let big = std::env::var("CORPUS_BIG")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|_| root.join("../shared/corpus/big"));
        let path = big.join(format!("{lang}.txt"));
        match std::fs::read_to_string(&path) {
            Ok(text) => out.push((format!("big-{lang}"), text)),
            Err(_) => eprintln!("skipping {}: not present", path.display()),
        }
    }
    if let Ok(seed) = std::fs::read_to_string(root.join("tests/fixtures/seed-ar.txt")) {
        let n = (4 << 20) / seed.len().max(1) + 1;
        out.push(("seed-ar-x4MB".into(), seed.repeat(n)));
    }
    out
}

fn bench(c: &mut Criterion) {
    for (name, text) in corpora() {
        let mut group = c.benchmark_group(format!("normalize/{name}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.sample_size(15);
        group.bench_function("copy (floor)", |b| {
            b.iter(|| black_box(text.as_bytes().to_vec()))
        });
        group.bench_function("search", |b| {
            b.iter(|| black_box(normalize(black_box(&text), Profile::Search)))
        });
        group.bench_function("clean", |b| {
            b.iter(|| black_box(normalize(black_box(&text), Profile::Clean)))
        });
        let folded = normalize(&text, Profile::Search);
        group.bench_function("search + origin_utf16", |b| {
            b.iter(|| {
                let n = normalize(black_box(&text), Profile::Search);
                black_box(n.origin_utf16(&text))
            })
        });
        drop(folded);
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
