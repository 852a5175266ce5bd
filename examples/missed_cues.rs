//! Lists the sentences of a development text where a speech verb (the eval's frozen list,
//! `xtask/data/eval_speech_verbs.txt`) is the cue of no quotation, to find the reporting
//! constructions the extractor misses: `cargo run --release --example missed_cues FILE [LANG]`.
//! Development material only (the shared eval sets are never read).

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: missed_cues FILE [LANG]");
        return;
    };
    let lang = args.next().unwrap_or_else(|| "en".into());
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("cannot read {path}");
        return;
    };
    let verbs: std::collections::HashSet<String> =
        include_str!("../xtask/data/eval_speech_verbs.txt")
            .lines()
            .map(|l| l.trim().trim_end_matches('?').trim().to_owned())
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
    // Articles of a big/ file are analysed one by one (its `.index.tsv`: byte offset, length).
    let index = std::fs::read_to_string(path.replace(".txt", ".index.tsv")).unwrap_or_default();
    let mut parts: Vec<(usize, usize)> = index
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut f = l.split('\t');
            Some((f.next()?.parse().ok()?, f.next()?.parse().ok()?))
        })
        .collect();
    if parts.is_empty() {
        parts.push((0, text.len()));
    }
    let mut cues: Vec<(usize, usize)> = Vec::new();
    // Marked contents: a speech verb inside a quotation is the quoted speaker's, not a cue.
    let mut inside: Vec<(usize, usize)> = Vec::new();
    for (off, len) in parts {
        let Some(part) = text.get(off..off + len) else {
            continue;
        };
        for q in article_analyzer::quotes::extract(part, &lang) {
            if q.kind != article_analyzer::quotes::QuoteKind::Indirect {
                inside.push((off + q.content.start, off + q.content.end));
            }
            if let Some(c) = q.cue {
                cues.push((off + c.start, off + c.end));
            }
        }
    }
    cues.sort_unstable();
    let quoted = |s: usize| inside.iter().any(|q| q.0 <= s && s < q.1);
    let covered = |s: usize, e: usize| {
        let i = cues.partition_point(|c| c.1 <= s);
        cues.get(i).is_some_and(|c| c.0 < e)
    };
    let (mut hit, mut miss) = (0usize, 0usize);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
            i += 1;
            continue;
        }
        let s = i;
        while bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
            i += 1;
        }
        let Some(w) = text.get(s..i) else { continue };
        if !verbs.contains(w) {
            continue;
        }
        if covered(s, i) || quoted(s) {
            hit += 1;
            continue;
        }
        miss += 1;
        let a = text
            .get(..s)
            .and_then(|t| t.rfind(['\n']).map(|p| p + 1))
            .unwrap_or(0);
        let b = text
            .get(i..)
            .and_then(|t| t.find('\n').map(|p| p + i))
            .unwrap_or(text.len());
        let line = format!(
            "{}[[{}]]{}",
            text.get(a..s).unwrap_or(""),
            w,
            text.get(i..b).unwrap_or("")
        );
        println!("{w}\t{line}");
    }
    eprintln!("speech-verb words as cue: {hit}, not a cue: {miss}");
}
