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
