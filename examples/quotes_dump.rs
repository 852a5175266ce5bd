//! Prints the quotations of a text file in the gold format of `tests/fixtures/quotes`
//! (`kind | content | speaker | cue`, plus the speaker as written and `continues`), to read the
//! extractor's output while annotating or tuning on development material:
//! `cargo run --release --example quotes_dump FILE [LANG]` (default `en`).

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: quotes_dump FILE [LANG]");
        return;
    };
    let lang = args.next().unwrap_or_else(|| "en".into());
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("cannot read {path}");
        return;
    };
    let get = |r: &Option<std::ops::Range<usize>>| {
        r.clone()
            .and_then(|r| text.get(r))
            .map_or("-".to_owned(), |s| s.replace('\n', " "))
    };
    for (i, q) in article_analyzer::quotes::extract(&text, &lang)
        .iter()
        .enumerate()
    {
        let kind = format!("{:?}", q.kind).to_lowercase();
        let content = text
            .get(q.content.clone())
            .unwrap_or("")
            .replace('\n', " / ");
        let cont = q
            .continues
            .map_or(String::new(), |c| format!(" (continues {c})"));
        println!(
            "{i:>3} {kind} | {content} | {} | {} || as written: {}{cont}",
            get(&q.speaker),
            get(&q.cue),
            get(&q.speaker_mention),
        );
    }
}
