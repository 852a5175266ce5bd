//! Corpus-wide sweep over `../shared/corpus` when it is present (it is not part of the
//! repository; without it these tests only say that they skipped).
//!
//! Every article of ar/, en/, fr/ is analysed: language detection must be right, and every
//! span must be valid (in bounds, on char boundaries, ordered).

use std::path::PathBuf;

use article_analyzer::{analyze, invariants, AnalyzeOptions};

fn corpus() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    dir.is_dir().then_some(dir)
}

#[test]
fn every_article_gets_its_language_and_valid_spans() {
    let Some(corpus) = corpus() else {
        eprintln!("../shared/corpus not present: sweep skipped");
        return;
    };
    let mut total = 0;
    let mut wrong = Vec::new();
    for lang in ["ar", "en", "fr"] {
        let mut files: Vec<_> = std::fs::read_dir(corpus.join(lang))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        for path in files {
            let text = std::fs::read_to_string(&path).unwrap();
            let a = analyze(&text, &AnalyzeOptions::default()).unwrap();
            total += 1;
            if a.language != lang {
                wrong.push(format!("{}: {}", path.display(), a.language));
            }
            if let Err(violation) = invariants::check(&text, &a) {
                panic!("{}: {violation}", path.display());
            }
        }
    }
    eprintln!("language sweep: {} of {total} right", total - wrong.len());
    assert!(wrong.is_empty(), "wrong languages: {wrong:#?}");
}

/// The numbered articles after the development ones (ar/011…, en/006…, fr/006…) are unseen
/// test material: no fixture may be one of them, byte for byte, except `enb-spk-007`, which is
/// `en/009` and has been development material since session 5 (found in session 13; the
/// held-out gold leaves `en/009` out). Catches a fixture copied from an unseen article.
#[test]
fn no_fixture_is_an_unseen_numbered_article() {
    let Some(corpus) = corpus() else {
        eprintln!("../shared/corpus not present: check skipped");
        return;
    };
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut texts = Vec::new();
    for dir in [fixtures.clone(), fixtures.join("quotes")] {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                texts.push((path.clone(), std::fs::read(&path).unwrap()));
            }
        }
    }
    assert!(texts.len() > 40, "{} fixture texts", texts.len());
    let mut unseen = 0;
    let mut found = Vec::new();
    for (lang, last_dev) in [("ar", 10), ("en", 5), ("fr", 5)] {
        for entry in std::fs::read_dir(corpus.join(lang)).unwrap() {
            let path = entry.unwrap().path();
            let Some(number) = path
                .file_stem()
                .and_then(|s| s.to_str())
                .and_then(|s| s.parse::<u32>().ok())
            else {
                continue;
            };
            if number <= last_dev {
                continue;
            }
            unseen += 1;
            let article = std::fs::read(&path).unwrap();
            for (fixture, text) in &texts {
                if *text == article {
                    let name = fixture.file_name().unwrap().to_string_lossy().into_owned();
                    found.push(format!("{name} = {lang}/{number:03}"));
                }
            }
        }
    }
    assert!(unseen > 0);
    assert_eq!(
        found,
        ["enb-spk-007.txt = en/009"],
        "fixtures equal to unseen articles"
    );
}
