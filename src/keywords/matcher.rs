//! The keyword automaton: one Aho-Corasick automaton over the folded stems of every keyword,
//! run once over the folded text, each match checked against the word around it.

use super::automaton::Keys;
use super::{
    arabic, fold_key, is_apostrophe, is_word_char, key_script, latin, rules_for, KeyScript, Rules,
};
use crate::fxhash::{FxMap, FxSet};
use crate::normalize::{fold_key_zwnj, Normalized};
use crate::text::sub;
use crate::{KeywordSpec, Span};

/// A user keyword after folding and de-duplication.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeywordEntry {
    /// The term as the user gave it (first spelling when duplicates collapsed).
    pub term: String,
    /// The user's group label.
    pub group: Option<String>,
    /// The folded key (`search` normalization, trimmed).
    pub key: String,
    /// For a keyword written in capitals (`US`, `WHO`, `OTAN`): how many capitals a match
    /// must show in the original text, so that `US` does not light "us". 0 otherwise.
    pub capitals: usize,
}

/// The number of letters of `term` if it is written in capitals (at least two letters, all
/// upper case), else 0.
fn capitals(term: &str) -> usize {
    let letters = term.chars().filter(|c| c.is_alphabetic());
    let n = letters.clone().count();
    if n >= 2 && letters.clone().all(char::is_uppercase) {
        n
    } else {
        0
    }
}

/// What one automaton pattern stands for.
#[derive(Debug, Clone)]
struct Pattern {
    keyword: usize,
    script: KeyScript,
    /// The ending removed from the keyword to make this stem (مسيرة → مسير), if any: the
    /// match must then be followed by one of its replacements.
    replaced: Option<String>,
    /// Letters in the first and last word of the stem.
    first_chars: usize,
    last_chars: usize,
    /// Whether the stem begins and ends with a word character of a spaced script (else no
    /// affix and no boundary check on that side: `C++`, `#tag`, `北京`).
    first_is_word: bool,
    last_is_word: bool,
    /// The ZWNJ decision this form was folded under (`Some(true)`: ZWNJ kept, for Persian
    /// and Urdu text; `Some(false)`: deleted), or `None` when both foldings give it.
    zwnj: Option<bool>,
}

/// A keyword match in the folded text, before overlaps are resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Byte range of the whole word(s) in the folded text, clitics and endings included.
    pub span: Span,
    /// Length of the matched stem: among equal spans the longer stem wins.
    pub stem_len: usize,
    /// Index of the keyword (user keywords first, then automatic ones).
    pub keyword: usize,
}

/// User keywords compiled for repeated matching.
#[derive(Debug, Clone)]
pub struct Matcher {
    keywords: Vec<KeywordEntry>,
    automaton: Option<Keys>,
    /// Per automaton pattern, the keywords it stands for.
    patterns: Vec<Vec<Pattern>>,
    morphology: bool,
}

impl Matcher {
    /// Folds, de-duplicates and compiles `specs`. With `morphology` false a keyword matches
    /// only its exact folded word(s).
    pub fn new(specs: &[KeywordSpec], morphology: bool) -> Result<Matcher, String> {
        let mut keywords: Vec<KeywordEntry> = Vec::new();
        let mut seen: FxSet<String> = FxSet::default();
        let mut stems: Vec<String> = Vec::new();
        // (Ids as `u32`: the stop-word table's type in `lang`, laid out as the quote lexicon's
        // `(String, u16)` entries: one copy of the table code in the wasm for all three.)
        let mut stem_ids: FxMap<String, u32> = FxMap::default();
        let mut patterns: Vec<Vec<Pattern>> = Vec::new();
        let mut add = |stem: &str, pattern: Pattern| {
            let id = *stem_ids.entry(stem.to_owned()).or_insert_with(|| {
                stems.push(stem.to_owned());
                patterns.push(Vec::new());
                (stems.len() - 1) as u32
            }) as usize;
            if let Some(list) = patterns.get_mut(id) {
                if !list.iter().any(|p| {
                    p.keyword == pattern.keyword
                        && p.replaced == pattern.replaced
                        && p.zwnj == pattern.zwnj
                }) {
                    list.push(pattern);
                }
            }
        };
        for spec in specs {
            let key = fold_key(&spec.term);
            if !seen.insert(key.clone()) {
                continue;
            }
            let index = keywords.len();
            keywords.push(KeywordEntry {
                term: spec.term.clone(),
                group: spec.group.clone(),
                key: key.clone(),
                capitals: capitals(&spec.term),
            });
            if !key.chars().any(char::is_alphanumeric) {
                continue; // empty, marks only, punctuation only: matches nothing
            }
            let script = if morphology {
                key_script(&key)
            } else {
                KeyScript::Other
            };
            // A text's folding keeps or deletes its word-internal ZWNJs according to its
            // language (Persian and Urdu write them), and a keyword must be folded the same
            // way to match it. The language is known only at search time, so the forms of
            // both foldings are compiled, each tagged with the decision it serves (`None`:
            // the same under both); `find` skips the forms of the other decision. A Persian
            // keyword به‌روز thus finds به‌روز in Persian text but not the name بهروز, and a
            // stray ZWNJ typed in an Arabic keyword still finds the word in Arabic text.
            let (kept, deleted) = if spec.term.chars().any(|c| c == '\u{200C}') {
                let kept = forms(&fold_key_zwnj(&spec.term, true), script);
                (kept, forms(&fold_key_zwnj(&spec.term, false), script))
            } else {
                // No ZWNJ in the term: both foldings are `key`.
                let both = forms(&key, script);
                (both.clone(), both)
            };
            let mut tagged: Vec<(String, Option<bool>)> = Vec::new();
            for form in &kept {
                let zwnj = (!deleted.contains(form)).then_some(true);
                tagged.push((form.clone(), zwnj));
            }
            for form in deleted {
                if !kept.contains(&form) {
                    tagged.push((form, Some(false)));
                }
            }
            let endings: Vec<String> = match script {
                KeyScript::Arabic => arabic::rules()
                    .replacements
                    .iter()
                    .map(|(e, _)| e.clone())
                    .collect(),
                KeyScript::Latin => latin::replaced_endings()
                    .into_iter()
                    .map(str::to_owned)
                    .collect(),
                KeyScript::Other => Vec::new(),
            };
            for (stem, zwnj) in &tagged {
                add(stem, pattern(index, script, stem, None, *zwnj));
                for ending in &endings {
                    if let Some(short) = stem.strip_suffix(ending.as_str()) {
                        let p = pattern(index, script, short, Some(ending.clone()), *zwnj);
                        if p.last_chars >= 2 && p.last_is_word {
                            add(short, p);
                        }
                    }
                }
            }
        }
        let automaton = if stems.is_empty() {
            None
        } else {
            Some(Keys::build(&stems)?)
        };
        Ok(Matcher {
            keywords,
            automaton,
            patterns,
            morphology,
        })
    }

    /// The keywords, folded and de-duplicated, in the order given.
    pub fn keywords(&self) -> &[KeywordEntry] {
        &self.keywords
    }

    /// True when no keyword can match anything.
    pub fn is_empty(&self) -> bool {
        self.automaton.is_none()
    }

    /// Whether morphology is on.
    pub fn morphology(&self) -> bool {
        self.morphology
    }

    /// [`Matcher::find`] over `folded` (the `search` normalization of `text`), keeping only
    /// the matches of capitalised keywords that are in capitals in `text` too.
    pub fn find_in(&self, text: &str, folded: &Normalized, language: &str) -> Vec<Candidate> {
        let mut out = self.find(&folded.text, language);
        if self.keywords.iter().any(|k| k.capitals > 0) {
            out.retain(|c| {
                let need = self.keywords.get(c.keyword).map_or(0, |k| k.capitals);
                need == 0
                    || text
                        .get(folded.source_range(text, c.span.clone()))
                        .is_some_and(|t| t.chars().filter(|c| c.is_uppercase()).count() >= need)
            });
        }
        out
    }

    /// Every acceptable match of a keyword in `hay` (text folded with the `search`
    /// normalization), for a text in `language`; overlapping candidates included.
    pub fn find(&self, hay: &str, language: &str) -> Vec<Candidate> {
        let mut out = Vec::new();
        let Some(automaton) = &self.automaton else {
            return out;
        };
        let arabic = rules_for(KeyScript::Arabic, language);
        let latin = rules_for(KeyScript::Latin, language);
        let keeps_zwnj = crate::normalize::keeps_zwnj(language);
        automaton.overlapping(hay.as_bytes(), |pattern, start, end| {
            let Some(list) = self.patterns.get(pattern) else {
                return;
            };
            for p in list {
                if p.zwnj.is_some_and(|keep| keep != keeps_zwnj) {
                    continue;
                }
                let rules = match p.script {
                    KeyScript::Arabic => arabic,
                    KeyScript::Latin => latin,
                    KeyScript::Other => None,
                };
                if let Some(span) = check(hay, start, end, p, rules) {
                    out.push(Candidate {
                        span,
                        stem_len: end - start,
                        keyword: p.keyword,
                    });
                }
            }
        });
        out
    }
}

/// Scripts written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar): there a
/// keyword is found inside a run of letters, as no word boundary is written.
fn unspaced(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{3040}'..='\u{30FF}'
        | '\u{0E00}'..='\u{0EFF}' | '\u{1780}'..='\u{17FF}' | '\u{1000}'..='\u{109F}')
}

/// The forms under which the folded keyword `key` is looked for: its stem, and for a phrase its
/// other definiteness (Arabic) or its plural (Latin).
fn forms(key: &str, script: KeyScript) -> Vec<String> {
    let stem = match script {
        KeyScript::Arabic => arabic::keyword_stem(key),
        KeyScript::Latin => latin::keyword_stem(key),
        KeyScript::Other => key,
    };
    let mut variants = vec![stem.to_owned()];
    if script == KeyScript::Arabic {
        // A noun phrase is found in both definiteness (المعادن النادرة ↔ معادن نادرة).
        if let Some(variant) = arabic::phrase_variant(key, stem) {
            variants.push(variant);
        }
    }
    if script == KeyScript::Latin {
        variants.extend(latin::plural_phrase(stem));
    }
    variants.retain(|v| !v.is_empty());
    variants
}

fn pattern(
    keyword: usize,
    script: KeyScript,
    stem: &str,
    replaced: Option<String>,
    zwnj: Option<bool>,
) -> Pattern {
    let first = stem.split_once(' ').map_or(stem, |(a, _)| a);
    let last = stem.rsplit_once(' ').map_or(stem, |(_, b)| b);
    let bounded = |c: Option<char>| c.is_some_and(|c| is_word_char(c) && !unspaced(c));
    Pattern {
        keyword,
        script,
        replaced,
        zwnj,
        first_chars: first.chars().filter(|&c| is_word_char(c)).count(),
        last_chars: last.chars().filter(|&c| is_word_char(c)).count(),
        first_is_word: bounded(stem.chars().next()),
        last_is_word: bounded(stem.chars().next_back()),
    }
}

/// Checks the match `start..end` of pattern `p` against the word(s) around it; returns the
/// span of the whole word(s) when the affixes are acceptable.
fn check(
    hay: &str,
    start: usize,
    end: usize,
    p: &Pattern,
    rules: Option<&'static Rules>,
) -> Option<Span> {
    let joins =
        |c: char| is_word_char(c) || (rules.is_some_and(|r| r.apostrophes) && is_apostrophe(c));

    // What precedes the stem inside its word.
    let mut word_start = start;
    if p.first_is_word {
        let limit = rules.map_or(0, |r| r.max_prefix);
        for (i, c) in sub(hay, 0, start)?.char_indices().rev() {
            if !joins(c) {
                break;
            }
            word_start = i;
            if start - word_start > limit {
                return None;
            }
        }
        while let Some(c) = sub(hay, word_start, start)?.chars().next() {
            if is_word_char(c) {
                break;
            }
            word_start += c.len_utf8();
        }
    }
    let prefix = sub(hay, word_start, start)?;

    // What follows it.
    let mut word_end = end;
    if p.last_is_word {
        let limit = rules.map_or(0, |r| r.max_suffix);
        for c in sub(hay, end, hay.len())?.chars() {
            if !joins(c) {
                break;
            }
            word_end += c.len_utf8();
            if word_end - end > limit {
                return None;
            }
        }
        while let Some(c) = sub(hay, end, word_end)?.chars().next_back() {
            if is_word_char(c) {
                break;
            }
            word_end -= c.len_utf8();
        }
    }
    let suffix = sub(hay, end, word_end)?;
    // A keyword that begins or ends with punctuation ("(x)", "#tag") is matched literally, but
    // the highlight covers its words only.
    let mut span_start = word_start;
    if !p.first_is_word {
        let stem = sub(hay, start, end)?;
        span_start = start + stem.find(is_word_char)?;
    }
    let mut span_end = word_end;
    if !p.last_is_word {
        let stem = sub(hay, start, end)?;
        let last = stem.char_indices().rev().find(|&(_, c)| is_word_char(c))?;
        span_end = start + last.0 + last.1.len_utf8();
    }

    if !prefix.is_empty() {
        let r = rules?;
        let ok = (r.prefixes.contains(prefix) && p.first_chars >= r.min_stem)
            || (r.short_prefixes.contains(prefix) && p.first_chars >= 2);
        if !ok {
            return None;
        }
    }
    let suffix_ok = match &p.replaced {
        Some(ending) => rules
            .and_then(|r| r.replacement(ending))
            .is_some_and(|set| set.contains(suffix)),
        None => {
            suffix.is_empty()
                || rules.is_some_and(|r| p.last_chars >= r.min_stem && r.suffixes.contains(suffix))
        }
    };
    if !suffix_ok {
        return None;
    }
    if let Some(r) = rules {
        if !(prefix.is_empty() && suffix.is_empty() && p.replaced.is_none()) {
            let word = sub(hay, word_start, word_end)?;
            let stem = sub(hay, start, end)?;
            let from_stem = sub(hay, start, word_end)?;
            if arabic::whitelisted(r, word, prefix, stem, from_stem) {
                return None;
            }
        }
    }
    Some(span_start..span_end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(keywords: &[&str], text: &str, language: &str, morphology: bool) -> Vec<String> {
        let specs: Vec<KeywordSpec> = keywords.iter().map(|&k| k.into()).collect();
        let m = Matcher::new(&specs, morphology).unwrap();
        m.find(text, language)
            .into_iter()
            .map(|c| text[c.span].to_owned())
            .collect()
    }

    // These run on already-folded text, so they do not depend on the normalizer.
    #[test]
    fn arabic_clitics_on_folded_text() {
        let t = "قال الكرملين ان للكرملين والكرملين وبالكرملين كرملينها الكرملينيه كرملينوم";
        let hits = find(&["الكرملين"], t, "ar", true);
        assert_eq!(
            hits,
            [
                "الكرملين",
                "للكرملين",
                "والكرملين",
                "وبالكرملين",
                "كرملينها",
                "الكرملينيه"
            ]
        );
        assert_eq!(find(&["الكرملين"], t, "ar", false), ["الكرملين"]);
    }

    #[test]
    fn a_keyword_is_folded_with_the_texts_zwnj_decision() {
        // The text is folded already: in Arabic text the folding deleted its ZWNJs, so a ZWNJ
        // typed inside an Arabic keyword must not hide the word.
        let t = "قال الكرملين ان للكرملين";
        assert_eq!(
            find(&["الكرم\u{200C}لين"], t, "ar", true),
            ["الكرملين", "للكرملين"]
        );
        // Persian keeps ZWNJ: به‌روز ("updated") is found, the name بهروز is another word.
        let t = crate::normalize::fold_key_with("به\u{200C}روز و بهروز", Some("fa"));
        assert_eq!(find(&["به\u{200C}روز"], &t, "fa", true), ["به\u{200C}روز"]);
        assert_eq!(find(&["بهروز"], &t, "fa", true), ["بهروز"]);
        // The same keyword in Arabic-language text, where the joiner is deleted everywhere.
        let t = crate::normalize::fold_key_with("به\u{200C}روز", Some("ar"));
        assert_eq!(t, "بهروز");
        assert_eq!(find(&["به\u{200C}روز"], &t, "ar", true), ["بهروز"]);
        // A keyword that is only a ZWNJ matches nothing in either.
        assert!(find(&["\u{200C}"], "بهروز", "ar", true).is_empty());
    }

    #[test]
    fn short_stems_take_only_conjunctions() {
        let t = "وفي اطار بفي اطار في اطارها";
        assert_eq!(find(&["في اطار"], t, "ar", true), ["وفي اطار", "في اطارها"]);
    }

    #[test]
    fn feminine_replacements() {
        let t = "مسيره مسيرات مسيرتها مسير مسيرون";
        assert_eq!(
            find(&["مسيره"], t, "ar", true),
            ["مسيره", "مسيرات", "مسيرتها"]
        );
    }

    #[test]
    fn whitelist_blocks_false_clitics() {
        assert!(find(&["مانيا"], "في المانيا والمانيا", "ar", true).is_empty());
        assert!(find(&["امل"], "بشكل كامل", "ar", true).is_empty());
        assert_eq!(
            find(&["المانيا"], "في المانيا ولالمانيا", "ar", true),
            ["المانيا", "ولالمانيا"]
        );
    }

    #[test]
    fn latin_endings_and_elision() {
        let t = "the kremlin's view, kremlins and kremlinology; l'elysee d'elysee aujourd'hui";
        assert_eq!(find(&["kremlin"], t, "en", true), ["kremlin's", "kremlins"]);
        assert_eq!(find(&["elysee"], t, "fr", true), ["l'elysee", "d'elysee"]);
        assert!(find(&["hui"], t, "fr", true).is_empty());
        assert_eq!(
            find(&["company"], "two companies", "en", true),
            ["companies"]
        );
        assert_eq!(find(&["journal"], "les journaux", "fr", true), ["journaux"]);
        assert_eq!(find(&["kremlin"], t, "en", false), ["kremlin"]);
    }

    #[test]
    fn punctuation_and_empty_keywords_match_nothing() {
        let m = Matcher::new(&["".into(), "  ".into(), "...".into(), "(".into()], true).unwrap();
        assert!(m.is_empty());
        assert_eq!(m.keywords().len(), 3, "\"\" and \"  \" fold alike");
        assert!(m.find("a ... ( b", "en").is_empty());
    }

    #[test]
    fn unspaced_scripts_match_inside_letter_runs() {
        assert_eq!(find(&["北京"], "他在北京市工作", "zh", true), ["北京"]);
        assert_eq!(find(&["東京"], "東京都に住む", "ja", false), ["東京"]);
    }

    #[test]
    fn regex_syntax_is_literal() {
        assert_eq!(find(&["a.b"], "axb a.b", "en", true), ["a.b"]);
        // Matched literally; the highlight covers the word part only.
        assert_eq!(find(&["c++"], "c and c++ and c#", "en", true), ["c"]);
    }
}
