//! Rough timing of quote extraction on a large article collection:
//! `cargo run --release --example quotes_speed [FILE [LANG [SNAPSHOT_OUT]]]`
//! (default ../shared/corpus/big/ar.txt, ar). With SNAPSHOT_OUT, writes every quote (kind and
//! spans, speaker mention, continues) to that file, one a line, to compare outputs before and after a change.
use std::io::Write;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "../shared/corpus/big/ar.txt".into());
    let lang = args.next().unwrap_or_else(|| "ar".into());
    let snapshot = args.next();
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("cannot read {path}");
        return;
    };
    let runs: usize = std::env::var("RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    let mb = text.len() as f64 / 1e6;
    let mut best = f64::MAX;
    let mut best_cpu = f64::MAX;
    let mut quotes = Vec::new();
    for _ in 0..runs {
        let t = std::time::Instant::now();
        let c = cpu_ns();
        quotes = article_analyzer::quotes::extract(&text, &lang);
        best_cpu = best_cpu.min((cpu_ns() - c) as f64 / 1e9);
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "quotes {lang}: {} in {:.1} ms wall = {:.1} MB/s; {:.1} ms CPU = {:.1} MB/s (best of {runs})",
        quotes.len(),
        best * 1e3,
        mb / best,
        best_cpu * 1e3,
        mb / best_cpu
    );
    if let Some(out) = snapshot {
        let Ok(mut f) = std::fs::File::create(&out) else {
            eprintln!("cannot write {out}");
            return;
        };
        for q in &quotes {
            let _ = writeln!(
                f,
                "{:?} {:?} {:?} {:?} {:?} {:?}",
                q.kind, q.content, q.speaker, q.cue, q.speaker_mention, q.continues
            );
        }
    }
}

/// CPU time of this thread in ns (Linux `/proc/thread-self/schedstat`; 0 elsewhere).
fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|n| n.parse().ok()))
        .unwrap_or(0)
}
