//! Quote extraction: the seed expectations of issue #5, minimum scores on the project's own
//! gold (tests/fixtures/quotes/*.gold, format in tests/fixtures/quotes/README.md), and bad input.

use std::ops::Range;

use article_analyzer::quotes::{extract, Quote, QuoteKind};

#[path = "support/gold.rs"]
mod gold;

const SEED: &str = include_str!("fixtures/seed-ar.txt");

fn text_of<'a>(text: &'a str, r: &Option<Range<usize>>) -> &'a str {
    r.as_ref().map_or("", |r| &text[r.clone()])
}

#[test]
fn seed_expectations() {
    let quotes = extract(SEED, "ar");
    let find = |pred: &dyn Fn(&Quote) -> bool| quotes.iter().find(|q| pred(q)).cloned();

    // Peskov's «…» is direct, by بيسكوف (the apposition دميتري بيسكوف), cue قال.
    let peskov = find(&|q| SEED[q.content.clone()].starts_with("الولايات المتحدة تتخذ"))
        .expect("Peskov's quote");
    assert_eq!(peskov.kind, QuoteKind::Direct);
    assert!(SEED[peskov.content.clone()].ends_with("ونحن نرحب بذلك"));
    assert_eq!(text_of(SEED, &peskov.speaker), "دميتري بيسكوف");
    assert_eq!(text_of(SEED, &peskov.cue), "قال");

    // "جيدة" is partial, by بوتين, cue وصف.
    let good = find(&|q| &SEED[q.content.clone()] == "جيدة").expect("جيدة");
    assert_eq!(good.kind, QuoteKind::Partial);
    assert_eq!(text_of(SEED, &good.speaker), "بوتين");
    assert_eq!(text_of(SEED, &good.cue), "وصف");

    // "كروز" and "تلغرام" are names, not quotes.
    for term in ["كروز", "تلغرام"] {
        assert!(
            !quotes
                .iter()
                .any(|q| SEED[q.content.clone()].trim() == term),
            "{term} reported as a quote"
        );
    }

    // Indirect speech of الكرملين (أكد), بيسكوف (أشار), الإدارة العسكرية لمنطقة كييف (أفادت).
    for (speaker, cue, starts) in [
        ("الكرملين", "أكد", "موقف الولايات المتحدة"),
        ("بيسكوف", "أشار", "روسيا تمتلك"),
        ("الإدارة العسكرية لمنطقة كييف", "أفادت", "الإنذار الجوي"),
    ] {
        let q =
            find(&|q| q.kind == QuoteKind::Indirect && SEED[q.content.clone()].starts_with(starts))
                .unwrap_or_else(|| panic!("indirect speech of {speaker}"));
        assert_eq!(text_of(SEED, &q.speaker), speaker);
        assert_eq!(text_of(SEED, &q.cue), cue);
    }

    // In text order, spans valid.
    assert!(quotes
        .windows(2)
        .all(|w| w[0].content.start <= w[1].content.start));
}

// ---------------------------------------------------------------------------------------------
// Own gold: a small scorer (the full one is `cargo xtask eval`).

fn overlap(a: &Range<usize>, b: &Range<usize>) -> f64 {
    let i = a.end.min(b.end).saturating_sub(a.start.max(b.start));
    i as f64 / a.len().max(b.len()).max(1) as f64
}

fn same_speaker(text: &str, gold: &Option<Range<usize>>, pred: &Option<Range<usize>>) -> bool {
    let (Some(g), Some(p)) = (gold, pred) else {
        return false;
    };
    if overlap(g, p) > 0.0 {
        return true;
    }
    let norm = |w: &str| {
        let w = w.trim_start_matches(['و', 'ف']);
        w.strip_prefix("ال").unwrap_or(w).to_lowercase()
    };
    let gw: Vec<String> = text[g.clone()]
        .split_whitespace()
        .map(norm)
        .filter(|w| w.chars().count() >= 3)
        .collect();
    text[p.clone()]
        .split_whitespace()
        .map(norm)
        .any(|w| gw.contains(&w))
}

/// (tp, pred, gold, speaker_ok, speaker_n) for marked (true) or indirect (false) quotes at 80 %.
fn score(prefix: &str, marked: bool) -> (usize, usize, usize, usize, usize) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/quotes");
    let mut totals = (0, 0, 0, 0, 0);
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|x| x == "gold")
                && p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                    n.starts_with(&format!("{prefix}-"))
                            // enb-ind-* is a set of its own.
                            && !(prefix == "enb" && n.starts_with("enb-ind-"))
                })
        })
        .collect();
    names.sort();
    assert!(!names.is_empty());
    for path in names {
        let text = std::fs::read_to_string(path.with_extension("txt")).expect("text");
        let gold: Vec<gold::Entry> =
            gold::parse(&text, &std::fs::read_to_string(&path).expect("gold"))
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
                .into_iter()
                .filter(|g| (g.kind == gold::Kind::Marked) == marked)
                .collect();
        let lang = match prefix {
            "seed" => "ar",
            "enb" | "enb-ind" => "en",
            _ => prefix,
        };
        let preds: Vec<Quote> = extract(&text, lang)
            .into_iter()
            .filter(|q| (q.kind != QuoteKind::Indirect) == marked)
            .collect();
        let mut used = vec![false; preds.len()];
        totals.1 += preds.len();
        totals.2 += gold.len();
        for g in &gold {
            let best = preds
                .iter()
                .enumerate()
                .filter(|(i, _)| !used[*i])
                .map(|(i, p)| (i, overlap(&g.content, &p.content)))
                .max_by(|a, b| a.1.total_cmp(&b.1));
            if let Some((i, o)) = best {
                if o >= 0.8 {
                    used[i] = true;
                    totals.0 += 1;
                    if g.speaker.is_some() {
                        totals.4 += 1;
                        if same_speaker(&text, &g.speaker, &preds[i].speaker) {
                            totals.3 += 1;
                        }
                    }
                }
            }
        }
    }
    totals
}

#[test]
fn minimum_scores_on_own_gold() {
    // Thresholds a little under what the extractor reaches (see BENCHMARKS.md), so that a
    // regression fails. P/R at 80 % overlap.
    for (lang, marked, min_p, min_r, min_speaker) in [
        ("ar", true, 0.97, 0.9, 0.88),
        ("ar", false, 0.88, 0.8, 0.9),
        ("en", true, 0.97, 0.9, 0.9),
        ("en", false, 0.85, 0.76, 0.85),
        ("fr", true, 0.94, 0.85, 0.93),
        // English Wikinews articles of big/en.txt (enb-*.gold, session 4).
        ("enb", true, 0.95, 0.8, 0.8),
        ("enb", false, 0.85, 0.8, 0.9),
        // More of them, rich in reported speech (enb-ind-*.gold, session 5).
        ("enb-ind", false, 0.9, 0.82, 0.75),
        ("seed", true, 1.0, 1.0, 1.0),
        // The Kremlin's report runs on to the sentence end (", ويأتي ذلك …"): under 80 %.
        ("seed", false, 0.6, 0.6, 1.0),
    ] {
        let (tp, pred, gold, sp_ok, sp_n) = score(lang, marked);
        let p = tp as f64 / pred.max(1) as f64;
        let r = tp as f64 / gold.max(1) as f64;
        let sp = sp_ok as f64 / sp_n.max(1) as f64;
        eprintln!("{lang} marked={marked}: P {p:.3} R {r:.3} speaker {sp:.3} ({tp}/{pred}/{gold})");
        assert!(
            p >= min_p,
            "{lang} marked={marked}: precision {p:.3} < {min_p}"
        );
        assert!(
            r >= min_r,
            "{lang} marked={marked}: recall {r:.3} < {min_r}"
        );
        assert!(
            sp >= min_speaker,
            "{lang} marked={marked}: speaker {sp:.3} < {min_speaker}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Bad input: linear time, valid spans, no panic (validity asserted, not wall-clock time).

fn assert_valid(text: &str, quotes: &[Quote]) {
    let ok = |r: &Range<usize>| {
        r.start < r.end
            && r.end <= text.len()
            && text.is_char_boundary(r.start)
            && text.is_char_boundary(r.end)
    };
    for q in quotes {
        assert!(ok(&q.content), "content {:?}", q.content);
        if let Some(s) = &q.speaker {
            assert!(ok(s), "speaker {s:?}");
        }
        if let Some(c) = &q.cue {
            assert!(ok(c), "cue {c:?}");
        }
    }
}

#[test]
fn unbalanced_marks() {
    let mut t = String::new();
    let marks = ['«', '»', '"', '“', '”', '„', '\'', '’', '‘', '‹', '›'];
    for i in 0..200_000usize {
        t.push(marks[i * 7 % marks.len()]);
        if i % 5 == 0 {
            t.push_str(" قال ");
        }
        if i % 97 == 0 {
            t.push('\n');
        }
    }
    for lang in ["ar", "en", "fr", "de", "und"] {
        assert_valid(&t, &extract(&t, lang));
    }
    let closers = "»".repeat(200_000);
    assert!(extract(&closers, "fr").is_empty());
    let openers = "«".repeat(200_000) + "x";
    assert_valid(&openers, &extract(&openers, "fr"));
}

#[test]
fn deep_nesting() {
    let depth = 50_000;
    let t = format!("قال: {}نص{}", "«".repeat(depth), "»".repeat(depth));
    let q = extract(&t, "ar");
    assert_valid(&t, &q);
    assert_eq!(q.len(), 1, "only the outermost quotation");
    let en = format!("He said: {}x{}", "“".repeat(depth), "”".repeat(depth));
    assert_valid(&en, &extract(&en, "en"));
    let sym = format!("He said {} x", "\" ".repeat(depth));
    assert_valid(&sym, &extract(&sym, "en"));
}

#[test]
fn a_quote_mark_on_every_line_of_5_mb() {
    let line = "وقال المتحدث «نرحب بهذا القرار وندعو إلى تنفيذه\n";
    let n = 5 * 1024 * 1024 / line.len();
    let t = line.repeat(n);
    let q = extract(&t, "ar");
    assert_valid(&t, &q);
    assert!(
        q.len() >= n / 2,
        "unclosed quotes end at their line: {} of {n}",
        q.len()
    );
    let en_line = "He said \"we will go and they said that it was \n";
    let t = en_line.repeat(5 * 1024 * 1024 / en_line.len());
    assert_valid(&t, &extract(&t, "en"));
}

#[test]
fn junk_and_dense_cues() {
    let t = "said that ".repeat(20_000) + &"قال إن ".repeat(20_000) + "\u{0}\u{FFFD}«\u{200F}»";
    for lang in ["ar", "en", "fr", "de", "es", "ru", "und"] {
        assert_valid(&t, &extract(&t, lang));
    }
    for t in [
        "",
        " ",
        "\n\n",
        "«",
        "»",
        "\"",
        "'",
        "//",
        "( )",
        ":(x)",
        "قال: (",
        "a’",
        "’a",
    ] {
        for lang in ["ar", "en", "fr", "de", "und"] {
            assert_valid(t, &extract(t, lang));
        }
    }
}

/// Session 16's Arabic report rules on dense input (each unit repeated in one long sentence
/// without a period, or on its own line): valid spans in text order, `continues` pointing back,
/// at most one quotation per unit, and the reports still found where each unit holds one.
/// (Their cost is linear: instructions at n, 2n, 4n in BENCHMARKS.md, session 16 (guard).)
#[test]
fn dense_arabic_report_cues() {
    // (unit, the least share of units that must hold a quotation, in percent)
    let units: &[(&str, usize)] = &[
        // a report across Arabic semicolons
        ("قال الوزير إن المشروع تأخر بسبب الطقس؛ ", 50),
        ("أكد المدير أن العمل مستمر؛ ", 50),
        ("؛ ", 0),
        // verbless cues: "كما ورد", "طبقا ل", "وحسب X فإن"
        (
            "ارتفعت أسعار الفاكهة في السوق، كما ورد في نشرة المساء، ",
            50,
        ),
        ("، طبقا لشرح المدير العام", 50),
        ("وحسب مجلة «الواحة» فإن الوضع هادئ ", 0),
        // participles and verbs with their complementizer opening the next report
        ("مؤكدا أنه ", 50),
        ("واصفا الخطة بالجيدة، وأنه ", 50),
        ("الخطة جاهزة وأضاف أن ", 50),
        ("الخطة جاهزة، من جهته أكد المدير أن ", 50),
        ("أعرب عن رغبته في أن ", 0),
        ("الخطة جاهزة، ويعتقد أنها ", 0),
        // “ and ″ alternating
        ("“ 7″ ", 0),
        ("“″", 0),
        ("شاشة “حجم 9″ و", 0),
        // colon headlines
        ("«نادي الشطرنج»: اللاعب «مستعد» للسباق غدا\n", 0),
        ("سامي: اللاعب مستعد للسباق غدا\n", 0),
    ];
    let n = 1_000;
    for &(unit, share) in units {
        let t = format!("قال الوزير إن الخطة جاهزة {}.", unit.repeat(n));
        let q = extract(&t, "ar");
        assert_valid(&t, &q);
        assert!(
            q.len() <= n + 2,
            "{unit}: {} quotations for {n} units",
            q.len()
        );
        assert!(q.len() * 100 >= n * share, "{unit}: {} quotations", q.len());
        assert!(q
            .windows(2)
            .all(|w| w[0].content.start <= w[1].content.start));
        for (i, x) in q.iter().enumerate() {
            assert!(
                x.continues.is_none_or(|c| c < i),
                "{unit}: {:?}",
                x.continues
            );
        }
    }
    // Longer than a window (256 KB): the windows cut the sentence; still valid.
    let t = "واصفا الخطة بالجيدة، وأنه ".repeat(12_000);
    assert_valid(&t, &extract(&t, "ar"));
}

mod property {
    use super::*;
    use proptest::prelude::*;

    /// Pieces that exercise every stage: marks, cues, complementizers, names, punctuation,
    /// line breaks, combining marks and odd characters.
    const PIECES: &[&str] = &[
        "«",
        "»",
        "\"",
        "“",
        "”",
        "„",
        "'",
        "’",
        "‘",
        "‹",
        "›",
        "(",
        ")",
        "//",
        ":",
        "،",
        ",",
        ".",
        "؟",
        "!",
        ";",
        "\n",
        "\n\n",
        " ",
        "-",
        "—",
        "قال",
        "وقال",
        "أن",
        "إن",
        "بأن",
        "قائلا",
        "بحسب",
        "وفقا",
        "لـ",
        "الكرملين",
        "بيسكوف",
        "صحيفة",
        "said",
        "that",
        "told",
        "he",
        "She",
        "according",
        "to",
        "Smith",
        "the",
        "film",
        "selon",
        "a",
        "déclaré",
        "que",
        "il",
        "sagte",
        "dass",
        "sei",
        "Er",
        "\u{0}",
        "\u{FFFD}",
        "\u{200F}",
        "e\u{301}",
        "ً",
        // (Session 59: the words of the two walks past the first token that the audit found,
        // "Said later, was …" and "على ما قال …"; appended, so the indices above stay.)
        "Said",
        "later",
        "was",
        "على",
        "ما",
    ];

    /// A failing case the property found (session 58's CI): a hyphen as the text's first token,
    /// before a cue, walked back one token past the start (an overflow in debug builds).
    #[test]
    fn a_hyphen_at_the_start_before_a_cue() {
        for picks in [[24, 38, 41, 26], [24, 40, 41, 39]] {
            for sep in [" ", ""] {
                let text = picks.map(|i| PIECES[i]).join(sep);
                for lang in ["ar", "en", "fr", "de", "und"] {
                    assert_valid(&text, &extract(&text, lang));
                }
            }
        }
    }

    /// Two cues at the text's first token that walked back one token past the start (overflow
    /// panics in debug builds, found by the audit of session 59): an English cue before
    /// adverbials, a comma and an auxiliary (`postposed_subject`), and an Arabic postposed
    /// source after على or بحسب ما (`final_source`).
    #[test]
    fn a_cue_at_the_start_walking_back() {
        for text in [
            "Said later, was the plan.",
            "على ما أفادت محاميته.",
            "بحسب ما قال مصدر مطلع.",
        ] {
            for lang in ["ar", "en", "fr", "de", "und"] {
                assert_valid(text, &extract(text, lang));
            }
        }
    }

    proptest! {
        // 300 cases by default; PROPTEST_CASES=N runs more (a soak run).
        #![proptest_config(ProptestConfig::with_cases(
            std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(300)
        ))]
        #[test]
        fn spans_are_always_valid(picks in proptest::collection::vec(0..PIECES.len(), 0..120)) {
            let text: String = picks.iter().map(|&i| PIECES[i]).collect::<Vec<_>>().join(" ");
            for lang in ["ar", "en", "fr", "de", "und"] {
                let quotes = extract(&text, lang);
                assert_valid(&text, &quotes);
                prop_assert!(quotes.windows(2).all(|w| w[0].content.start <= w[1].content.start));
            }
            let glued: String = picks.iter().map(|&i| PIECES[i]).collect();
            for lang in ["ar", "en"] {
                assert_valid(&glued, &extract(&glued, lang));
            }
        }
    }
}
