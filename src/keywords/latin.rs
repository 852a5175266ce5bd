//! Latin-script morphology for matching: English plural and possessive, French elision and
//! plural, German and Spanish plural endings, read from `src/lang/data/{en,fr,de,es}/`. The
//! `search` folding has already removed case and accents.

use std::sync::OnceLock;

use super::{folded, folded_set, folded_with_apostrophes, replacement_pairs, Rules};
use crate::fxhash::FxSet;

/// Minimum length of a Latin stem, in letters, to take an ending.
pub const MIN_STEM: usize = 3;
/// German endings are longer and German nouns too: a stricter minimum.
pub const MIN_STEM_DE: usize = 4;

const EN_INFLECTIONS: &str = crate::data_str!(include_bytes!("../lang/data/en/inflections.txt"));
const EN_REPLACEMENTS: &str = crate::data_str!(include_bytes!("../lang/data/en/replacements.txt"));
const FR_INFLECTIONS: &str = crate::data_str!(include_bytes!("../lang/data/fr/inflections.txt"));
const FR_ELISIONS: &str = crate::data_str!(include_bytes!("../lang/data/fr/elisions.txt"));
const FR_REPLACEMENTS: &str = crate::data_str!(include_bytes!("../lang/data/fr/replacements.txt"));
const DE_INFLECTIONS: &str = crate::data_str!(include_bytes!("../lang/data/de/inflections.txt"));
const ES_INFLECTIONS: &str = crate::data_str!(include_bytes!("../lang/data/es/inflections.txt"));
const ES_REPLACEMENTS: &str = crate::data_str!(include_bytes!("../lang/data/es/replacements.txt"));

struct AllRules {
    en: Rules,
    fr: Rules,
    de: Rules,
    es: Rules,
    /// Unknown Latin-script language (or a Latin keyword in a text of another script): the
    /// English and French endings and the French elisions.
    default: Rules,
}

fn all() -> &'static AllRules {
    static RULES: OnceLock<AllRules> = OnceLock::new();
    RULES.get_or_init(|| {
        let en = make(
            folded_with_apostrophes(EN_INFLECTIONS),
            FxSet::default(),
            &[EN_REPLACEMENTS],
            MIN_STEM,
        );
        let fr = make(
            folded_set(FR_INFLECTIONS),
            folded_with_apostrophes(FR_ELISIONS),
            &[FR_REPLACEMENTS],
            MIN_STEM,
        );
        let de = make(
            folded_set(DE_INFLECTIONS),
            FxSet::default(),
            &[],
            MIN_STEM_DE,
        );
        let es = make(
            folded_set(ES_INFLECTIONS),
            FxSet::default(),
            &[ES_REPLACEMENTS],
            MIN_STEM,
        );
        let default = make(
            {
                let mut endings = folded_with_apostrophes(EN_INFLECTIONS);
                endings.extend(folded(FR_INFLECTIONS));
                endings
            },
            folded_with_apostrophes(FR_ELISIONS),
            &[EN_REPLACEMENTS, FR_REPLACEMENTS],
            MIN_STEM,
        );
        AllRules {
            en,
            fr,
            de,
            es,
            default,
        }
    })
}

fn make(
    suffixes: FxSet<String>,
    prefixes: FxSet<String>,
    replacements: &[&'static str],
    min_stem: usize,
) -> Rules {
    let mut pairs: Vec<(String, FxSet<String>)> = Vec::new();
    for (ending, replacement) in replacements.iter().flat_map(|f| replacement_pairs(f)) {
        match pairs.iter_mut().find(|(e, _)| *e == ending) {
            Some((_, set)) => {
                set.insert(replacement);
            }
            None => pairs.push((ending, FxSet::from_iter([replacement]))),
        }
    }
    Rules {
        prefixes,
        short_prefixes: FxSet::default(),
        suffixes,
        replacements: pairs,
        whitelist: FxSet::default(),
        conjunctions: Vec::new(),
        article: None,
        min_stem,
        apostrophes: true,
        max_prefix: 0,
        max_suffix: 0,
        article_prefixes: Vec::new(),
        bare_prefixes: Vec::new(),
    }
    .finish()
}

/// The Latin-script rules for a text in `language`.
pub fn rules(language: &str) -> &'static Rules {
    let all = all();
    match language {
        "en" => &all.en,
        "fr" => &all.fr,
        "de" => &all.de,
        "es" => &all.es,
        _ => &all.default,
    }
}

/// The endings that some Latin language replaces (`y` → `ies`), for compiling stems.
pub fn replaced_endings() -> Vec<&'static str> {
    let all = all();
    let mut out: Vec<&'static str> = Vec::new();
    for r in [&all.en, &all.fr, &all.es, &all.de] {
        for (e, _) in &r.replacements {
            if !out.contains(&e.as_str()) {
                out.push(e.as_str());
            }
        }
    }
    out
}

/// For a phrase, the variant with every earlier content word in the plural too (French and
/// Spanish inflect the noun and its adjectives: `centre de détention` → `centres de
/// détention`, `banque centrale` → `banques centrale` + `s`); the last word takes its ending
/// from the rules as usual. Words under 3 letters, with an apostrophe, or already ending in
/// s/x/z stay. `None` for a single word or when nothing changes.
pub fn plural_phrase(stem: &str) -> Option<String> {
    let words: Vec<&str> = stem.split(' ').collect();
    let (last, earlier) = words.split_last()?;
    if earlier.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(stem.len() + earlier.len());
    for w in earlier {
        out.push_str(w);
        let content = w.chars().count() >= 3
            && w.chars().all(char::is_alphabetic)
            && !matches!(w.as_bytes().last(), Some(b's' | b'x' | b'z'));
        if content {
            out.push('s');
        }
        out.push(' ');
    }
    out.push_str(last);
    (out != stem).then_some(out)
}

/// The stem a keyword is matched on: without a French elision (`l'Élysée` → `elysee`).
pub fn keyword_stem(key: &str) -> &str {
    let all = all();
    let mut elisions: Vec<&String> = all.fr.prefixes.iter().collect();
    crate::sort::sort_by_key(&mut elisions, |e| std::cmp::Reverse(e.len()));
    for e in elisions {
        if let Some(rest) = key.strip_prefix(e.as_str()) {
            if rest.chars().next().is_some_and(char::is_alphanumeric) {
                return rest;
            }
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keywords::fold_key;

    #[test]
    fn data_files_have_entries() {
        for f in [
            EN_INFLECTIONS,
            EN_REPLACEMENTS,
            FR_INFLECTIONS,
            FR_ELISIONS,
            FR_REPLACEMENTS,
            DE_INFLECTIONS,
            ES_INFLECTIONS,
            ES_REPLACEMENTS,
        ] {
            // Sources are checked on disk by `datafile::tests` (comments are stripped).
            assert!(crate::lang::entries(f).count() >= 1);
        }
    }

    #[test]
    fn per_language_endings() {
        assert!(rules("en").suffixes.contains("'s"));
        assert!(!rules("en").suffixes.contains("x"));
        assert!(rules("fr").suffixes.contains("x"));
        assert!(rules("fr").prefixes.contains("qu'"));
        assert!(rules("fr").prefixes.contains("qu’"));
        assert!(rules("de").suffixes.contains("en"));
        assert!(!rules("en").suffixes.contains("en"));
        assert!(rules("en").replacement("y").is_some());
        assert!(rules("und").suffixes.contains("s"));
    }

    #[test]
    fn phrases_get_a_plural_variant() {
        assert_eq!(
            plural_phrase("centre de detention").as_deref(),
            Some("centres de detention")
        );
        assert_eq!(plural_phrase("droits de l'homme"), None);
        assert_eq!(plural_phrase("kremlin"), None);
    }

    #[test]
    fn elision_is_stripped_from_keywords() {
        assert_eq!(keyword_stem(&fold_key("l'Élysée")), fold_key("Élysée"));
        assert_eq!(keyword_stem("qu'il"), "il");
        assert_eq!(keyword_stem("l'"), "l'");
        assert_eq!(keyword_stem("london"), "london");
    }
}
