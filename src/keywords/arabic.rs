//! Arabic morphology for matching: proclitics, enclitic pronouns, light inflection, the
//! teh-marbuta replacements and the whitelist, all read from `src/lang/data/ar/`.

use std::sync::OnceLock;

use super::{fold_key, folded, folded_set, Rules};
use crate::fxhash::FxSet;

/// Minimum length of an Arabic stem, in letters, to take any affix other than a conjunction.
pub const MIN_STEM: usize = 3;

const PROCLITICS: &str = crate::data_str!(include_bytes!("../lang/data/ar/proclitics.txt"));
const CONJUNCTIONS: &str = crate::data_str!(include_bytes!("../lang/data/ar/conjunctions.txt"));
const ARTICLES: &str = crate::data_str!(include_bytes!("../lang/data/ar/articles.txt"));
const ENCLITICS: &str = crate::data_str!(include_bytes!("../lang/data/ar/enclitics.txt"));
const INFLECTIONS: &str = crate::data_str!(include_bytes!("../lang/data/ar/inflections.txt"));
const FEMININE: &str = crate::data_str!(include_bytes!("../lang/data/ar/feminine.txt"));
const WHITELIST: &str = crate::data_str!(include_bytes!("../lang/data/ar/whitelist.txt"));

/// The Arabic rules, compiled on first use.
pub fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(build)
}

fn build() -> Rules {
    let enclitics: Vec<String> = folded(ENCLITICS);
    let teh_marbuta = fold_key("ة");
    let teh = fold_key("ت");
    let mut suffixes: FxSet<String> = enclitics.iter().cloned().collect();
    for inflection in folded(INFLECTIONS) {
        // Before a pronoun, a final ة is written ت: روسية → روسيته.
        let joined = match inflection.strip_suffix(teh_marbuta.as_str()) {
            Some(stem) => [stem, &teh].concat(),
            None => inflection.clone(),
        };
        for e in &enclitics {
            suffixes.insert([joined.as_str(), e].concat());
        }
        suffixes.insert(inflection);
    }
    let mut feminine = FxSet::default();
    for ending in folded(FEMININE) {
        for e in &enclitics {
            feminine.insert([ending.as_str(), e].concat());
        }
        feminine.insert(ending);
    }
    let conjunctions: Vec<String> = folded(CONJUNCTIONS);
    Rules {
        prefixes: folded_set(PROCLITICS),
        short_prefixes: conjunctions.iter().cloned().collect(),
        suffixes,
        replacements: vec![(teh_marbuta, feminine)],
        whitelist: folded_set(WHITELIST),
        conjunctions,
        article: folded(ARTICLES).into_iter().next(),
        min_stem: MIN_STEM,
        apostrophes: false,
        max_prefix: 0,
        max_suffix: 0,
        article_prefixes: Vec::new(),
        bare_prefixes: Vec::new(),
    }
    .finish()
}

/// The stem a keyword is matched on: without its article (الكرملين → كرملين) unless it is a
/// whitelisted word (إلى, الله …) or the rest would be shorter than [`MIN_STEM`] letters.
/// Only the first word of a phrase is touched.
pub fn keyword_stem(key: &str) -> &str {
    let rules = rules();
    let Some(article) = rules.article.as_deref() else {
        return key;
    };
    let first = key.split(' ').next().unwrap_or(key);
    if rules.whitelist.contains(first) {
        return key;
    }
    match key.strip_prefix(article) {
        Some(rest) if rest.split(' ').next().unwrap_or(rest).chars().count() >= MIN_STEM => rest,
        _ => key,
    }
}

/// The phrase in the other definiteness, so that `المعادن النادرة` and `معادن نادرة` find
/// each other (an adjective agrees with its noun). For a definite phrase whose first word lost
/// its article to [`keyword_stem`] (`معادن النادرة`), every later word loses it too
/// (`معادن نادرة`); for an indefinite one, every later word of at least [`MIN_STEM`] letters
/// gains it (the first word may take ال as a proclitic anyway). `None` if nothing changes.
pub fn phrase_variant(key: &str, stem: &str) -> Option<String> {
    if !stem.as_bytes().contains(&b' ') {
        return None;
    }
    let rules = rules();
    let article = rules.article.as_deref()?;
    let definite = stem != key;
    let mut words = stem.split(' ');
    let mut out = words.next()?.to_owned();
    for w in words {
        out.push(' ');
        if definite {
            out.push_str(keyword_stem(w));
        } else {
            let plain = !w.starts_with(article)
                && !rules.whitelist.contains(w)
                && w.chars().count() >= MIN_STEM;
            if plain {
                out.push_str(article);
            }
            out.push_str(w);
        }
    }
    (out != stem).then_some(out)
}

/// True if the word `word` (= `prefix` + `stem` + `rest`), in which `stem` was matched, is
/// really a whitelisted word whose letters only look like clitics (مانيا in ألمانيا).
pub fn whitelisted(rules: &Rules, word: &str, prefix: &str, stem: &str, from_stem: &str) -> bool {
    if rules.whitelist.is_empty() {
        return false;
    }
    // A keyword that is itself a whitelisted word finds its own inflections (كامل → وكاملة).
    if rules.whitelist.contains(stem) {
        return false;
    }
    let hit = |w: &str| w != stem && rules.whitelist.contains(w);
    if hit(word) || hit(from_stem) {
        return true;
    }
    for c in &rules.conjunctions {
        if let Some(rest) = word.strip_prefix(c.as_str()) {
            if hit(rest) {
                return true;
            }
        }
    }
    if let Some(article) = rules.article.as_deref() {
        if rules.has_article(prefix) && hit(&[article, from_stem].concat()) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_have_entries() {
        for f in [
            PROCLITICS,
            CONJUNCTIONS,
            ARTICLES,
            ENCLITICS,
            INFLECTIONS,
            FEMININE,
            WHITELIST,
        ] {
            // Sources are checked on disk by `datafile::tests` (comments are stripped).
            assert!(crate::lang::entries(f).count() >= 1);
        }
    }

    #[test]
    fn rules_hold_combinations() {
        let r = rules();
        for p in ["و", "وال", "بال", "لل", "ولل", "وبال"] {
            assert!(r.prefixes.contains(&fold_key(p)), "{p}");
        }
        for s in ["ها", "ات", "اتها", "ية", "ون"] {
            assert!(r.suffixes.contains(&fold_key(s)), "{s}");
        }
        assert!(!r.suffixes.contains(&fold_key("وم")));
        assert!(r.replacement(&fold_key("ة")).is_some());
    }

    #[test]
    fn phrases_have_a_variant_in_the_other_definiteness() {
        let k = fold_key("المعادن النادرة");
        let stem = keyword_stem(&k);
        assert_eq!(phrase_variant(&k, stem), Some(fold_key("معادن نادرة")));
        let k = fold_key("معادن نادرة");
        assert_eq!(
            phrase_variant(&k, keyword_stem(&k)),
            Some(fold_key("معادن النادرة"))
        );
        let k = fold_key("وزارة الدفاع");
        assert_eq!(phrase_variant(&k, keyword_stem(&k)), None);
        let k = fold_key("الكرملين");
        assert_eq!(phrase_variant(&k, keyword_stem(&k)), None);
        let k = fold_key("في إطار");
        assert_eq!(
            phrase_variant(&k, keyword_stem(&k)),
            Some(fold_key("في الإطار"))
        );
    }

    #[test]
    fn article_is_stripped_except_for_whitelisted_words() {
        let k = fold_key("الكرملين");
        assert_eq!(keyword_stem(&k), fold_key("كرملين"));
        let k = fold_key("المعادن النادرة");
        assert_eq!(keyword_stem(&k), fold_key("معادن النادرة"));
        let k = fold_key("الى");
        assert_eq!(keyword_stem(&k), k);
        let k = fold_key("الدم");
        assert_eq!(keyword_stem(&k), k);
    }
}
