//! Rough timing of the text statistics on a large article collection:
//! `cargo run --release --example stats_speed [FILE]` (default ../shared/corpus/big/ar.txt).
fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/corpus/big/ar.txt".into());
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("cannot read {path}");
        return;
    };
    let mb = text.len() as f64 / 1e6;
    for name in ["words", "sentences", "paragraphs", "detect", "stats"] {
        let mut best = f64::MAX;
        let mut n = 0;
        for _ in 0..5 {
            let t = std::time::Instant::now();
            n = match name {
                "words" => article_analyzer::text::words(&text).count(),
                "sentences" => article_analyzer::text::sentences(&text, "ar").len(),
                "paragraphs" => article_analyzer::text::paragraphs(&text).len(),
                "detect" => article_analyzer::lang::detect(&text).len(),
                _ => article_analyzer::text::stats(&text, "ar").words,
            };
            best = best.min(t.elapsed().as_secs_f64());
        }
        println!(
            "{name}: {n} in {:.1} ms = {:.0} MB/s",
            best * 1e3,
            mb / best
        );
    }
}
