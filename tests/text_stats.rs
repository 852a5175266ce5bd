//! Stats and language detection on real articles (tests/fixtures/quotes, see tests/fixtures/SOURCES.md).
//! The expected counts were checked by reading each article.

use article_analyzer::{analyze, lang, text, AnalyzeOptions};

const SEED: &str = include_str!("fixtures/seed-ar.txt");
const AR_001: &str = include_str!("fixtures/quotes/ar-001.txt");
const EN_001: &str = include_str!("fixtures/quotes/en-001.txt");
const FR_001: &str = include_str!("fixtures/quotes/fr-001.txt");

#[test]
fn languages_of_real_articles() {
    assert_eq!(lang::detect(SEED), "ar");
    assert_eq!(lang::detect(AR_001), "ar");
    assert_eq!(lang::detect(EN_001), "en");
    assert_eq!(lang::detect(FR_001), "fr");
}

#[test]
fn english_article_sentences_and_paragraphs() {
    // Headline + 3 + 2 (the quote holds two sentences) + 3 + 2 = 12 (read by hand).
    let a = analyze(EN_001, &AnalyzeOptions::default()).unwrap();
    assert_eq!(a.stats.sentences, 12);
    assert_eq!(a.stats.paragraphs, 5);
    assert_eq!(a.stats.characters, EN_001.chars().count());
    let s = text::sentences(EN_001, "en");
    assert_eq!(
        &EN_001[s[4].clone()],
        "Michael Makuei, the Information Minister paid tribute to Luk."
    );
}

#[test]
fn arabic_article_sentences_and_paragraphs() {
    // Headline + 5 lines of body, one of which holds two sentences = 7.
    let a = analyze(AR_001, &AnalyzeOptions::default()).unwrap();
    assert_eq!(a.stats.sentences, 7);
    assert_eq!(a.stats.paragraphs, 2);
    let s = text::sentences(AR_001, "ar");
    assert!(AR_001[s[4].clone()].starts_with("وحول زيارة وفد من حماس"));
    assert!(AR_001[s[4].clone()].ends_with("رسمية»."));
}

#[test]
fn word_counts_are_close_to_whitespace_tokens() {
    // UAX #29 words differ from whitespace tokens only around punctuation and numbers
    // (e.g. "5+1" is two words), so the two counts must be within a few percent.
    for (name, article) in [
        ("seed", SEED),
        ("ar-001", AR_001),
        ("en-001", EN_001),
        ("fr-001", FR_001),
    ] {
        let words = text::words(article).count();
        let tokens = article
            .split_whitespace()
            .filter(|t| t.chars().any(char::is_alphanumeric))
            .count();
        let diff = words.abs_diff(tokens) as f64 / tokens as f64;
        assert!(diff < 0.08, "{name}: {words} words vs {tokens} tokens");
    }
}

#[test]
fn french_elision_and_guillemets() {
    let t = "« C’est une victoire », a déclaré M. Dupont. L’accord entre en vigueur.";
    assert_eq!(text::sentences(t, "fr").len(), 2);
    assert_eq!(lang::detect(FR_001), "fr");
}
