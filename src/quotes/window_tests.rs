//! The quote stage's windows ([`super::WINDOW`]): tests force small ones.

use super::*;
use crate::fxhash::FxSet;

/// The quote fixtures (`tests/fixtures/quotes/*.txt`) with their language.
fn fixtures() -> Vec<(String, String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/quotes");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("fixtures").flatten() {
        let path = entry.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_owned();
        if !name.ends_with(".txt") {
            continue;
        }
        let lang = match name.split('-').next() {
            Some("enb") => "en",
            Some("arb" | "arc" | "arch" | "archk") => "ar",
            Some(l) => l,
            None => "en",
        }
        .to_owned();
        let text = std::fs::read_to_string(&path).expect("fixture");
        out.push((name, lang, text));
    }
    out.sort();
    assert!(out.len() >= 20, "{} fixtures", out.len());
    out
}

fn windowed(text: &str, lang: &str, window: usize) -> Vec<Quote> {
    let mut words = text::WordCount::default();
    let quotes = extract_windowed(text, lang, &text::sentences(text, lang), window, &mut words);
    // The tokenizer's word count, whatever the windows.
    assert_eq!(
        words.finish(text),
        text::count_words(text),
        "window {window}"
    );
    quotes
}

/// The ends of the windows of `text`.
fn cuts(text: &str, lang: &str, window: usize) -> Vec<usize> {
    let sentences = text::sentences(text, lang);
    let lex = lexicon::get(lang);
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        start = window_end(text, lex, &sentences, start, window);
        out.push(start);
    }
    out
}

/// True if the names at `a` and `b` share a word (light-folded, three letters or more).
fn share_a_word(text: &str, a: &Span, b: &Span) -> bool {
    let mut buf = String::new();
    let mut words: FxSet<String> = FxSet::default();
    name_words(text, a, &mut buf, &mut |w| {
        words.insert(w.to_owned());
    });
    let mut hit = false;
    name_words(text, b, &mut buf, &mut |w| hit |= words.contains(w));
    hit
}

#[test]
fn fixtures_in_windows_of_2_kib_give_the_same_quotes() {
    // The fixtures are 1.4–9.4 KB: most are cut in 2–5 windows here, at line breaks. The same
    // quotations, cues and mentions; the same speakers but where the speaker named in one
    // window stands before the window's cut (a pronoun's antecedent is looked for in the
    // window's own tokens: 1 of the 33 fixtures, "He … said" after a cut). At 1 KiB, 7 of the
    // 33 differ (cuts inside long paragraphs, at sentence starts). The fixtures that differ
    // are listed below, with why; any other that differs fails the test.
    // arb-0322 (session 13: a 4.3 KB article whose body is one line of quotations) is cut
    // inside quotations at sentence starts (window_end's second choice, no line break in
    // reach): like the 1 KiB cuts, its windows lose the quotations open across a cut.
    // archk-0168 (session 15's chain gold): a report without marks that runs over several
    // lines (1.2 KB) is cut at a line break inside it. (archk-1094's, 1.4 KB, differed until
    // session 20, when a period between Arabic words without a space ends a sentence.)
    // (arc-1082 differed until session 14's arprec: the // of its "http://" opened a 1.5 KB
    // quotation that the 2 KiB cut split; a link's scheme is no mark now.)
    // ard-1180, ardk-0068 (session 18's dense gold, drawn for it: a headline and one body line
    // of 3.7–9.6 KB full of quotations) are cut the way arb-0322 is. (ardk-0426's windows agree
    // since session 20's nested-mark rules in `marks.rs`; a check file, not read.)
    // arnk-0176 (session 30's fourth fresh draw, 4.2 KB; a check file, not studied): paragraphs
    // of 600–800 bytes closed by ” with no opening mark; its 2 KiB windows differ since
    // session 30's rules (arind-a's and, separately, arspk-p's ب object each made it differ;
    // cause not traced, to keep the file unread).
    const CUT_INSIDE_QUOTATIONS: &[&str] = &[
        "arb-0322.txt",
        "archk-0168.txt",
        "ard-1180.txt",
        "ardk-0068.txt",
        "arnk-0176.txt",
    ];
    // A colon headline ("NAME: …", an indirect quotation without a cue) counts when NAME
    // speaks elsewhere in the text. The windows carry the names of the speakers before them
    // (`Carry::names`), but cannot know those after them: a headline the windows lack must
    // have its name speak after its window (checked below); it is left out, and so is the
    // speaker of a quotation that inherits it. These fixtures have one (an article's title,
    // all but arc-0225's, whose name speaks again 1.7 KB further on; archk-0769's since session
    // 16, when a headline may hold a marked word). (Since session 19 the text's first line with
    // two to five words before its colon counts whoever they name: arc-0399's and arc-1132's
    // titles are in every window's output now.)
    const HEADLINE_NAME_SPEAKS_LATER: &[&str] = &["arc-0225.txt", "arc-1038.txt", "archk-0769.txt"];
    let mut cut = 0;
    let mut headlines = 0;
    let mut differ = Vec::new();
    let mut later = Vec::new();
    for (name, lang, text) in fixtures() {
        let mut one = extract(&text, &lang);
        let many = windowed(&text, &lang, 2048);
        let ends = cuts(&text, &lang, 2048);
        cut += usize::from(ends.len() > 1);
        let headline = |q: &Quote| q.kind == QuoteKind::Indirect && q.cue.is_none();
        let mut missing: Vec<Span> = Vec::new();
        for h in one.iter().filter(|q| headline(q)) {
            if many.contains(h) {
                headlines += 1;
                continue;
            }
            let r = h.speaker.clone().expect("a headline names its speaker");
            let end = ends.iter().copied().find(|&e| e > h.content.start);
            let speaks_later = one.iter().any(|q| {
                [q.speaker.as_ref(), q.speaker_mention.as_ref()]
                    .into_iter()
                    .flatten()
                    .any(|s| end.is_some_and(|e| s.start >= e) && share_a_word(&text, &r, s))
            });
            assert!(speaks_later, "{name}: headline {:?}", h.content);
            missing.push(r);
        }
        if !missing.is_empty() {
            one.retain(|q| !headline(q) || many.contains(q));
            later.push(name.clone());
        }
        let key = |q: &Quote| {
            (
                q.kind,
                q.content.clone(),
                q.cue.clone(),
                q.speaker_mention.clone(),
                q.continues,
            )
        };
        let keys = |v: &[Quote]| v.iter().map(key).collect::<Vec<_>>();
        let mut same = keys(&one) == keys(&many);
        for (a, b) in one.iter().zip(&many) {
            let from = ends
                .iter()
                .copied()
                .take_while(|&e| e <= a.content.start)
                .last()
                .unwrap_or(0);
            if a.speaker
                .as_ref()
                .is_none_or(|r| r.start >= from && !missing.contains(r))
            {
                same &= a == b;
            }
        }
        if !same {
            differ.push(name);
        }
    }
    assert_eq!(differ, CUT_INSIDE_QUOTATIONS);
    assert_eq!(later, HEADLINE_NAME_SPEAKS_LATER);
    assert!(cut >= 25, "only {cut} fixtures cut");
    assert!(headlines >= 4, "only {headlines} headlines compared");
}

#[test]
fn a_headline_counts_when_its_name_spoke_in_an_earlier_window() {
    let first = "وقال الوزير سامي الأحمد إن الحكومة ستدعم صغار المزارعين هذا العام.\n\n";
    let text = format!("{first}الأحمد: الموازنة الجديدة تراعي حاجات المزارعين في كل المحافظات\n");
    let window = first.len() + 10;
    assert_eq!(cuts(&text, "ar", window), [first.len(), text.len()]);
    let q = windowed(&text, "ar", window);
    assert_eq!(q, extract(&text, "ar"));
    let headline = q.iter().find(|q| q.cue.is_none()).expect("the headline");
    assert_eq!(
        &text[headline.content.clone()],
        "الموازنة الجديدة تراعي حاجات المزارعين في كل المحافظات"
    );
    assert_eq!(headline.speaker.clone().map(|r| &text[r]), Some("الأحمد"));
    // The second window alone has no headline: its name speaks in the first.
    assert!(extract(&text[first.len()..], "ar").is_empty());
}

#[test]
fn a_multi_paragraph_quote_is_not_cut() {
    let intro =
        "The minister spoke to reporters in the capital on Monday morning after the talks. \
                 The meeting had lasted for more than six hours, longer than any of the earlier \
                 rounds this year.\n\n";
    let quote = "She said: \"We have agreed on the first steps of the plan today.\n\n\"The second part of the agreement will follow next week.\n\n\"Nobody should expect miracles.\" Then she left the room.\n";
    let text = format!("{intro}{quote}");
    // A window that ends inside the quote: the cut goes back to the line break before it.
    let window = intro.len() + quote.len() - 40;
    assert!(window / 2 < intro.len());
    assert_eq!(cuts(&text, "en", window), [intro.len(), text.len()]);
    let one = extract(&text, "en");
    let many = windowed(&text, "en", window);
    // The same quotation (its speaker may differ: "She" looks back into the previous
    // paragraph only within a window).
    let spans = |q: &[Quote]| {
        q.iter()
            .map(|q| (q.kind, q.content.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(spans(&one), spans(&many));
    // One quote per paragraph, the later ones linked to the first (session 15).
    let got: Vec<_> = one
        .iter()
        .map(|q| (&text[q.content.clone()], q.continues))
        .collect();
    assert_eq!(
        got,
        [
            ("We have agreed on the first steps of the plan today.", None),
            (
                "The second part of the agreement will follow next week.",
                Some(0)
            ),
            ("Nobody should expect miracles.", Some(0)),
        ]
    );
}

#[test]
fn a_speaker_is_inherited_across_a_window_edge() {
    let first = "وقال عريقات: «اتفقنا مع الأردن على التشاور».\n\n";
    let text = format!("{first}وأضاف: «سنتحرك على كافة المستويات».");
    let window = first.len() + 10;
    assert_eq!(cuts(&text, "ar", window), [first.len(), text.len()]);
    let q = windowed(&text, "ar", window);
    assert_eq!(q, extract(&text, "ar"));
    assert_eq!(q.len(), 2, "{q:?}");
    let speaker = q.get(1).and_then(|q| q.speaker.clone()).map(|r| &text[r]);
    assert_eq!(speaker, Some("عريقات"));
    // The second window alone names nobody: the speaker came from the first.
    let alone = extract(&text[first.len()..], "ar");
    assert_eq!(alone.first().and_then(|q| q.speaker.clone()), None);
}

#[test]
fn forced_cuts_stay_valid_and_linear() {
    let seed = include_str!("../../tests/fixtures/seed-ar.txt");
    let seed: String = seed.chars().take(300).collect();
    // About 500 bytes each (a window of one byte makes hundreds of windows).
    let inputs = [
        "\"a\" ".repeat(120),
        ",".repeat(500),
        "« قال ".repeat(50),
        "word".repeat(120),
        "é«»“”‘’„\"'".repeat(25),
        "« “ ‘ ".repeat(25) + &" ’ ” »".repeat(25),
        seed.replace('\n', " "),
        "He said: \"yes, \n\n\"and no.\"\n".repeat(20),
    ];
    for text in &inputs {
        for lang in ["ar", "en", "fr"] {
            for window in [1, 2, 5, 16, 64, 1000] {
                let ends = cuts(text, lang, window);
                // Windows partition the text on character boundaries, each at least half a
                // window long (but the last).
                let mut start = 0;
                for &end in &ends {
                    assert!(
                        end > start && text.is_char_boundary(end),
                        "{window}: {ends:?}"
                    );
                    assert!(end == text.len() || end - start + 3 >= window / 2);
                    start = end;
                }
                assert_eq!(start, text.len());
                let quotes = windowed(text, lang, window);
                let mut prev = 0;
                for (i, q) in quotes.iter().enumerate() {
                    for r in [Some(&q.content), q.speaker.as_ref(), q.cue.as_ref()]
                        .into_iter()
                        .chain([q.speaker_mention.as_ref()])
                        .flatten()
                    {
                        assert!(r.start <= r.end && text.get(r.clone()).is_some(), "{r:?}");
                    }
                    assert!(!q.content.is_empty());
                    assert!(q.content.start >= prev, "not in text order");
                    prev = q.content.start;
                    assert!(q.continues.is_none_or(|c| c < i));
                }
            }
        }
    }
}

/// `extract` (whose tokenizer pass does not count words, natively) and the analysis' path
/// (which does) give the same quotations.
#[test]
fn counting_words_or_not_gives_the_same_quotes() {
    for (name, lang, text) in fixtures() {
        let sentences = text::sentences(&text, &lang);
        let (counted, words) = super::extract_counting_words(&text, &lang, &sentences);
        assert_eq!(extract(&text, &lang), counted, "{name}");
        assert_eq!(words, text::count_words(&text), "{name}");
    }
}
