//! Integration tests of normalization on the real articles in tests/fixtures and on bad input.

use std::path::{Path, PathBuf};
use std::time::Instant;

use article_analyzer::normalize::{fold_key, normalize, normalize_with, Normalized, Profile};

fn fixtures() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                let text = std::fs::read_to_string(&p).unwrap();
                out.push((p, text));
            }
        }
    }
    out.sort();
    assert!(
        out.iter().any(|(p, _)| p.ends_with("seed-ar.txt")),
        "the seed article must be in tests/fixtures"
    );
    out
}

fn check_origin(input: &str, n: &Normalized) {
    let origin: Vec<u32> = n.origins().collect();
    assert_eq!(origin.len(), n.text.len());
    assert!(origin.windows(2).all(|w| w[0] <= w[1]));
    assert!(origin
        .iter()
        .all(|&o| (o as usize) < input.len() && input.is_char_boundary(o as usize)));
}

/// Every word of the `search` text maps back to original text that folds to the same word.
#[test]
fn fixtures_round_trip_word_by_word() {
    for (path, text) in fixtures() {
        let n = normalize(&text, Profile::Search);
        check_origin(&text, &n);
        let mut words = 0;
        let mut pos = 0;
        for word in n.text.split(' ') {
            let range = pos..pos + word.len();
            pos += word.len() + 1;
            if word.is_empty() {
                continue;
            }
            let source = n.source_range(&text, range);
            let original = &text[source.clone()];
            assert_eq!(
                fold_key(original),
                word,
                "{}: {original:?} at {source:?}",
                path.display()
            );
            words += 1;
        }
        assert!(words > 50, "{}", path.display());
    }
}

#[test]
fn fixtures_clean_is_stable_and_search_compatible() {
    for (path, text) in fixtures() {
        let clean = normalize(&text, Profile::Clean);
        check_origin(&text, &clean);
        assert_eq!(
            normalize(&clean.text, Profile::Clean).text,
            clean.text,
            "{}",
            path.display()
        );
        assert_eq!(
            normalize(&clean.text, Profile::Search).text,
            normalize(&text, Profile::Search).text,
            "{}",
            path.display()
        );
        // Clean text keeps every letter: the same number of words with letters.
        let letters = |s: &str| s.chars().filter(|c| c.is_alphabetic()).count();
        assert!(
            letters(&clean.text) >= letters(&text) * 99 / 100,
            "{}",
            path.display()
        );
    }
}

#[test]
fn seed_article_folds_as_expected() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed-ar.txt"),
    )
    .unwrap();
    let n = normalize(&text, Profile::Search);
    // أكد → اكد, الأمريكية → الامريكيه, صوّتت → صوتت, أعدّته → اعدته.
    for folded in ["اكد الكرملين", "الامريكيه", "صوتت واشنطن", "اعدته كييف"]
    {
        assert!(n.text.contains(folded), "{folded}");
    }
    // The highlight of a folded match lands on the original spelling, shadda included.
    let k = n.text.find("صوتت").unwrap();
    assert_eq!(&text[n.source_range(&text, k..k + "صوتت".len())], "صوّتت");
    // No line breaks or double spaces survive in the key.
    assert!(!n.text.contains('\n') && !n.text.contains("  "));
    assert!(n.changes > 0);
}

#[test]
fn pasted_pdf_text_matches_typed_text() {
    // "الكرملين" as a PDF extractor delivers it: presentation forms, tatweel, an RLM inside.
    let pasted = "\u{FE8D}\u{FEDF}\u{FEDC}\u{FEAE}\u{200F}\u{FEE3}\u{FEE0}ـ\u{FEF4}\u{FEE6}";
    let typed = "الكرملين";
    assert_eq!(fold_key(pasted), fold_key(typed));
    let clean = normalize(pasted, Profile::Clean);
    assert_eq!(clean.text, typed);
    let text = format!("قال {pasted} أمس");
    let n = normalize(&text, Profile::Search);
    let k = n.text.find(typed).unwrap();
    let r = n.source_range(&text, k..k + typed.len());
    assert_eq!(&text[r], pasted);
}

#[test]
fn persian_keeps_its_zwnj_words_together() {
    let text = "کتاب\u{200C}ها را می\u{200C}خواهم";
    let n = normalize_with(text, Profile::Search, Some("fa"));
    assert_eq!(n.text.split(' ').count(), 3);
    assert_eq!(n.text, "كتاب\u{200C}ها را مي\u{200C}خواهم");
    let arabic = normalize_with(text, Profile::Search, Some("ar"));
    assert_eq!(arabic.text, "كتابها را ميخواهم");
}

#[test]
fn bad_input_never_panics() {
    let cases: Vec<String> = vec![
        String::new(),
        "\0".into(),
        "\0\0a\0".into(),
        "\u{FFFD}".repeat(100),
        "\u{064E}".repeat(1000),
        "\u{0301}\u{0323}".repeat(1000),
        "\u{200C}".repeat(1000),
        "١\u{066B}".repeat(1000),
        "\u{202B}".repeat(1000) + &"\u{202C}".repeat(999),
        "\u{FDFD}".repeat(1000),
        " \u{A0}\n".repeat(1000),
    ];
    for text in cases {
        for lang in [None, Some("fa"), Some("ar")] {
            for profile in [Profile::Search, Profile::Clean] {
                let n = normalize_with(&text, profile, lang);
                if !text.is_empty() {
                    check_origin(&text, &n);
                } else {
                    assert!(n.text.is_empty() && n.origin_runs().is_empty());
                }
                let _ = n.origin_utf16(&text);
                let _ = n.source_range(&text, 0..usize::MAX);
            }
        }
    }
}

/// Linear time on adversarial input: 8× the input must not cost much more than 8× the time.
/// (Quadratic work would cost 64×. Each size is timed three times and the best kept, with a
/// generous bound, so that a loaded machine does not fail the test.)
#[test]
fn adversarial_input_is_linear() {
    let units = [
        "\u{064E}",
        "\u{05B8}\u{05B0}",
        "\u{200C}",
        "\u{200F}",
        "\u{202B}",
        "a\u{0323}\u{0302}",
        "\u{1100}",
    ];
    for unit in units {
        for profile in [Profile::Search, Profile::Clean] {
            let time = |n: usize| {
                let text = unit.repeat(n);
                (0..3)
                    .map(|_| {
                        let t = Instant::now();
                        let out = normalize_with(&text, profile, Some("fa"));
                        assert!(out.text.len() <= text.len() * 3);
                        t.elapsed().as_secs_f64()
                    })
                    .fold(f64::INFINITY, f64::min)
            };
            time(1000);
            let small = time(20_000);
            let big = time(160_000);
            assert!(
                big < small * 32.0 + 0.25,
                "{unit:?} {profile:?}: {small:.4}s → {big:.4}s"
            );
        }
    }
}

/// One line of many megabytes (64 MB in release builds; 4 MB in debug builds to keep
/// `cargo test` fast).
#[test]
fn megabytes_on_one_line() {
    let mb = if cfg!(debug_assertions) { 4 } else { 64 };
    let unit = "قالَ أحمدُ ـ Café ٢٠٢٥ \u{200F}";
    let text = unit.repeat(mb * 1024 * 1024 / unit.len());
    let n = normalize(&text, Profile::Search);
    assert_eq!(n.origins().count(), n.text.len());
    assert!(n.text.starts_with("قال احمد cafe 2025 قال"));
    let c = normalize(&text, Profile::Clean);
    assert!(c.text.len() < text.len());
}

/// Manual profiling aid: `cargo test --release --test normalize -- --ignored --nocapture
/// profile_big_corpus` (under `perf stat -e cycles:u` for figures independent of load).
#[test]
#[ignore]
fn profile_big_corpus() {
    let root = std::env::var("CORPUS_BIG")
        .map(PathBuf::from)
        .unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/big"));
    let profile = match std::env::var("NORMALIZE_PROFILE").as_deref() {
        Ok("clean") => Profile::Clean,
        _ => Profile::Search,
    };
    let lang = std::env::var("NORMALIZE_LANG").unwrap_or_else(|_| "ar".into());
    let Ok(text) = std::fs::read_to_string(root.join(format!("{lang}.txt"))) else {
        eprintln!("corpus absent");
        return;
    };
    if std::env::var("NORMALIZE_UTF16").is_ok() {
        let n = normalize(&text, profile);
        let t = Instant::now();
        let map = n.origin_utf16(&text);
        eprintln!("origin_utf16: {:?} for {} entries", t.elapsed(), map.len());
    }
    let rounds: usize = std::env::var("NORMALIZE_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(20);
    let t = Instant::now();
    let mut total = 0;
    for _ in 0..rounds {
        total += normalize(&text, profile).text.len();
    }
    let secs = t.elapsed().as_secs_f64();
    eprintln!(
        "{lang} {profile:?}: {:.1} MB/s wall ({} bytes × {rounds}, out {total})",
        (text.len() * rounds) as f64 / secs / 1e6,
        text.len()
    );
}
