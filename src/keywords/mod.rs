//! Keyword highlighting and automatic keywords (issue #4).
//!
//! The path of a keyword:
//!
//! 1. [`Matcher::new`] folds every keyword with the `search` normalization ([`fold_key`]),
//!    collapses duplicates, strips what morphology would find anyway (Arabic ال, French
//!    elision: `الكرملين` → `كرملين`, `l'Élysée` → `elysee`), adds the stems that lose a final
//!    letter when inflected (`مسيرة` → `مسير` + `ات`/`تها`, `company` → `compan` + `ies`), a
//!    phrase's variant in the other definiteness (`المعادن النادرة` ↔ `معادن نادرة`) or with its
//!    earlier words in the plural (`centres de détention`), and compiles one Aho-Corasick
//!    automaton over all of them (a DFA for small sets, an NFA for thousands of keywords).
//!    Each form is compiled under both ZWNJ decisions of the text folding (kept inside words
//!    in Persian/Urdu text, deleted elsewhere) and tagged with the one it serves.
//! 2. [`Matcher::find`] runs the automaton once over the folded text (skipping the forms of
//!    the other ZWNJ decision than the text's language takes) and checks each match
//!    against the word around it: what precedes the stem inside the word must be an allowed
//!    proclitic (و ف ب ك ل, وال, بال, لل … / `l'`, `qu'` …), what follows must be an allowed
//!    ending (ة ات ين ون ية + pronouns / `s`, `'s` …), the stem must be long enough to take
//!    affixes, and the word must not be in the whitelist of words whose letters merely look like
//!    clitics (إلى, ألمانيا, لبنان …). The rules are data files under `src/lang/data/<code>/`.
//! 3. [`auto::extract`] picks the most relevant terms of the text (YAKE-style statistics).
//! 4. [`run`] resolves overlaps (the longest match wins, then the earlier keyword), maps every
//!    highlight back to whole characters of the original text, and counts.
//!
//! With `morphology: false` a keyword matches only the exact folded word(s). Automatic terms are
//! always matched with morphology, since their variants were merged when they were counted.
//! Keywords in scripts written without spaces (Han, kana, Thai …) are found inside runs of
//! letters; other scripts without rules here (Cyrillic, Greek …) match whole folded words.
//! Phrases match across any run of white space because the `search` normalization folds every
//! run to one space.

pub mod arabic;
pub mod auto;
mod automaton;
pub mod latin;
mod matcher;

use crate::fxhash::FxSet;

pub use matcher::{Candidate, KeywordEntry, Matcher};

use crate::normalize::{normalize_with, Profile};
use crate::{Highlight, Keyword, KeywordSource, KeywordSpec, Span};

/// Folds a keyword (or a data-file entry) into the key it is matched on: the `search`
/// normalization, trimmed (the same function as [`crate::normalize::fold_key`]).
pub use crate::normalize::fold_key;

/// True for characters that belong to a word: letters, digits, combining marks, tatweel and
/// the zero-width (non-)joiners (ZWNJ is word-internal in Persian).
///
/// Not inlined: most callers are cold (keyword compilation, quote edges); the hot scans call
/// `word_char`, the same predicate with its fast paths inlined.
#[inline(never)]
pub fn is_word_char(c: char) -> bool {
    word_char(c)
}

/// [`is_word_char`] with its ASCII and Arabic fast paths inlined at the caller (a few compares
/// per character); every other character goes to `other_word_char`. For the per-character
/// scans only: once the combining-class look-up behind it grew a first-use table (session
/// 48), LLVM stopped inlining `is_word_char`, one wasm call per character (+18.6 M
/// instructions per call on Arabic text; BENCHMARKS.md, session 49).
#[inline(always)]
pub(crate) fn word_char(c: char) -> bool {
    match c {
        // Fast paths: ASCII, and the Arabic block (letters, harakat, tatweel, digits), so the
        // Unicode tables are consulted only for other scripts.
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\0'..='\x7f' => false,
        '\u{0620}'..='\u{065F}' | '\u{0660}'..='\u{0669}' | '\u{066E}'..='\u{06D3}' => true,
        _ => other_word_char(c),
    }
}

/// [`word_char`] for the characters past its fast paths.
#[inline(never)]
fn other_word_char(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}') || c.is_alphanumeric() || crate::ucd::is_combining_mark(c)
}

/// Apostrophes that join a clitic to a word in Latin scripts (`l'État`, `Kremlin’s`).
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// The affix rules of one language (or one family of languages), folded.
#[derive(Debug, Default)]
pub struct Rules {
    /// Proclitics allowed before a stem of at least `min_stem` letters.
    pub prefixes: FxSet<String>,
    /// Proclitics allowed before shorter stems too (at least 2 letters).
    pub short_prefixes: FxSet<String>,
    /// Endings allowed after a stem of at least `min_stem` letters.
    pub suffixes: FxSet<String>,
    /// `(ending, endings)`: a keyword ending in `ending` is also found as its stem without
    /// `ending` followed by one of `endings` (مسيرة → مسيرات).
    pub replacements: Vec<(String, FxSet<String>)>,
    /// Words whose letters merely look like clitics or endings.
    pub whitelist: FxSet<String>,
    /// Conjunctions that may precede a whitelisted word (و + ألمانيا).
    pub conjunctions: Vec<String>,
    /// The definite article, when the language writes it attached (ال).
    pub article: Option<String>,
    /// Minimum length of a stem, in characters, to take affixes.
    pub min_stem: usize,
    /// Whether apostrophes join clitics to words (Latin scripts).
    pub apostrophes: bool,
    /// Longest prefix, in bytes.
    pub max_prefix: usize,
    /// Longest suffix, in bytes.
    pub max_suffix: usize,
    /// `prefixes` that end with the article (وال, لل …), longest first.
    pub article_prefixes: Vec<String>,
    /// The other `prefixes` (و, ب, وب …), longest first.
    pub bare_prefixes: Vec<String>,
}

impl Rules {
    /// Computes `max_prefix` and `max_suffix` from the sets.
    fn finish(mut self) -> Rules {
        let mut article = Vec::new();
        let mut bare = Vec::new();
        for p in &self.prefixes {
            if self.has_article(p) {
                article.push(p.clone());
            } else {
                bare.push(p.clone());
            }
        }
        for list in [&mut article, &mut bare] {
            crate::sort::sort_by(list, |a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        }
        self.article_prefixes = article;
        self.bare_prefixes = bare;
        self.max_prefix = self
            .prefixes
            .iter()
            .chain(&self.short_prefixes)
            .map(String::len)
            .max()
            .unwrap_or(0);
        self.max_suffix = self
            .suffixes
            .iter()
            .chain(self.replacements.iter().flat_map(|(_, s)| s.iter()))
            .map(String::len)
            .max()
            .unwrap_or(0);
        self
    }

    /// The endings allowed after a stem that lost `ending`, if this language knows it.
    pub fn replacement(&self, ending: &str) -> Option<&FxSet<String>> {
        self.replacements
            .iter()
            .find(|(e, _)| e == ending)
            .map(|(_, s)| s)
    }

    /// True if `prefix` ends with the attached definite article (ال, or لل = ل + ال).
    pub fn has_article(&self, prefix: &str) -> bool {
        self.article
            .as_deref()
            .is_some_and(|a| prefix.ends_with(a) || prefix.ends_with(LAM_LAM))
    }
}

/// How many automatic terms are extracted beyond those asked for, as spares.
const AUTO_SPARE: usize = 5;

/// ل + ال is written لل.
const LAM_LAM: &str = "لل";

/// Folded entries of a data file. This and the two set builders below are out of line: one
/// copy of the building code for every rule set (issue #7; first use only).
#[inline(never)]
fn folded(file: &'static str) -> Vec<String> {
    crate::lang::entries(file).map(fold_key).collect()
}

/// Folded entries of a data file, as a set.
#[inline(never)]
fn folded_set(file: &'static str) -> FxSet<String> {
    crate::lang::entries(file).map(fold_key).collect()
}

/// Folded entries with both the ASCII and the typographic apostrophe spelled out, as a set.
#[inline(never)]
fn folded_with_apostrophes(file: &'static str) -> FxSet<String> {
    // (`str::replace` by hand: its own code was ~0.3 KB of the wasm for this one use.)
    let swap =
        |e: &str, from: char, to: char| e.chars().map(|c| if c == from { to } else { c }).collect();
    crate::lang::entries(file)
        .map(fold_key)
        .flat_map(|e| [swap(&e, '’', '\''), swap(&e, '\'', '’')])
        .collect()
}

/// `(ending, replacement)` pairs of a `replacements.txt` file.
fn replacement_pairs(file: &'static str) -> impl Iterator<Item = (String, String)> {
    crate::lang::entries(file).filter_map(|line| {
        let mut parts = line.split_whitespace();
        Some((fold_key(parts.next()?), fold_key(parts.next()?)))
    })
}

/// Which script's rules a keyword follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyScript {
    /// Arabic letters.
    Arabic,
    /// Latin letters.
    Latin,
    /// Anything else: exact whole words only.
    Other,
}

/// The script of the first letter of `key`.
pub fn key_script(key: &str) -> KeyScript {
    match key
        .chars()
        .find(|&c| is_arabic_letter(c) || is_latin_letter(c) || c.is_alphabetic())
    {
        Some(c) if is_arabic_letter(c) => KeyScript::Arabic,
        Some(c) if is_latin_letter(c) => KeyScript::Latin,
        _ => KeyScript::Other,
    }
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

fn is_latin_letter(c: char) -> bool {
    matches!(c, 'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
}

/// The rules that apply to keywords of `script` in a text of `language`, if any.
pub fn rules_for(script: KeyScript, language: &str) -> Option<&'static Rules> {
    match script {
        KeyScript::Arabic => match language {
            // Persian and Urdu attach other clitics; exact words there.
            "fa" | "ur" => None,
            _ => Some(arabic::rules()),
        },
        KeyScript::Latin => Some(latin::rules(language)),
        KeyScript::Other => None,
    }
}

/// Runs the keyword stage: user keywords (compiled in `matcher`) and `auto` automatic ones
/// over `text` in `language`; returns [`Keyword`]s (user ones first, in the order given,
/// duplicates collapsed; then automatic ones by descending score) and the highlights (sorted,
/// disjoint, whole words, longest match first where keywords overlap).
pub fn run(
    matcher: &Matcher,
    text: &str,
    language: &str,
    auto: usize,
) -> (Vec<Keyword>, Vec<Highlight>) {
    let mut keywords: Vec<Keyword> = matcher
        .keywords()
        .iter()
        .map(|k| Keyword {
            term: k.term.clone(),
            source: KeywordSource::User,
            group: k.group.clone(),
            score: None,
            count: 0,
        })
        .collect();
    if text.is_empty() || (matcher.is_empty() && auto == 0) {
        return (keywords, Vec::new());
    }
    let folded = normalize_with(text, Profile::Search, Some(language));
    let mut candidates = matcher.find_in(text, &folded, language);

    let user = keywords.len();
    let mut terms: Vec<auto::AutoKeyword> = Vec::new();
    if auto > 0 {
        let exclude: FxSet<String> = matcher
            .keywords()
            .iter()
            .map(|k| auto::term_key(&k.key, language))
            .collect();
        let mut seen: FxSet<String> = matcher.keywords().iter().map(|k| k.key.clone()).collect();
        // A few spare terms: one that loses all its occurrences to a longer keyword is dropped.
        let asked = auto.saturating_add(AUTO_SPARE);
        terms = auto::extract(text, &folded, language, asked, &exclude)
            .into_iter()
            .filter(|t| seen.insert(fold_key(&t.term)))
            .collect();
        let specs: Vec<KeywordSpec> = terms.iter().map(|t| t.term.as_str().into()).collect();
        // Automatic terms are found like user keywords with morphology, over the whole text.
        if let Ok(auto_matcher) = Matcher::new(&specs, true) {
            candidates.extend(
                auto_matcher
                    .find_in(text, &folded, language)
                    .into_iter()
                    .map(|mut c| {
                        c.keyword += user;
                        c
                    }),
            );
        }
    }

    let mut chosen = if terms.is_empty() {
        resolve(std::mem::take(&mut candidates))
    } else {
        resolve(candidates.clone())
    };
    if !terms.is_empty() {
        let mut counts = vec![0usize; user + terms.len()];
        for c in &chosen {
            if let Some(n) = counts.get_mut(c.keyword) {
                *n += 1;
            }
        }
        let kept: Vec<usize> = (0..terms.len())
            .filter(|i| counts.get(user + i).is_some_and(|&n| n > 0))
            .take(auto)
            .collect();
        if kept.len() != terms.len() {
            // Automatic keyword `i` → its new index among the kept ones.
            let mut new_index: Vec<Option<usize>> = vec![None; terms.len()];
            for (new, &old) in kept.iter().enumerate() {
                if let Some(slot) = new_index.get_mut(old) {
                    *slot = Some(user + new);
                }
            }
            candidates.retain_mut(|c| {
                if c.keyword < user {
                    return true;
                }
                match new_index.get(c.keyword - user).copied().flatten() {
                    Some(n) => {
                        c.keyword = n;
                        true
                    }
                    None => false,
                }
            });
            chosen = resolve(candidates);
        }
        for i in kept {
            if let Some(t) = terms.get(i) {
                keywords.push(Keyword {
                    term: t.term.clone(),
                    source: KeywordSource::Auto,
                    group: None,
                    score: Some(t.score),
                    count: 0,
                });
            }
        }
    }
    let mut highlights: Vec<Highlight> = Vec::with_capacity(chosen.len());
    let mut last_end = 0;
    for c in chosen {
        let span = folded.source_range(text, c.span);
        if span.start < last_end || span.is_empty() {
            continue;
        }
        last_end = span.end;
        if let Some(k) = keywords.get_mut(c.keyword) {
            k.count += 1;
        }
        highlights.push(Highlight {
            span,
            keyword: c.keyword,
        });
    }
    (keywords, highlights)
}

/// Keeps non-overlapping candidates: the longest span first, then the longest stem, then the
/// earlier keyword, then the earlier position; returns them sorted by start.
///
/// Candidates are cut into clusters of transitively overlapping spans (one sort by start);
/// a lone candidate is kept as is, a cluster is settled by priority.
fn resolve(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    crate::sort::sort_by(&mut candidates, |a, b| {
        a.span
            .start
            .cmp(&b.span.start)
            .then(b.span.end.cmp(&a.span.end))
    });
    let mut out = Vec::with_capacity(candidates.len());
    let mut cluster: Vec<Candidate> = Vec::new();
    let mut cluster_end = 0;
    for c in candidates {
        if !cluster.is_empty() && c.span.start >= cluster_end {
            settle(&mut cluster, &mut out);
        }
        cluster_end = if cluster.is_empty() {
            c.span.end
        } else {
            cluster_end.max(c.span.end)
        };
        cluster.push(c);
    }
    settle(&mut cluster, &mut out);
    out
}

fn by_priority(a: &Candidate, b: &Candidate) -> std::cmp::Ordering {
    b.span
        .len()
        .cmp(&a.span.len())
        .then(b.stem_len.cmp(&a.stem_len))
        .then(a.keyword.cmp(&b.keyword))
        .then(a.span.start.cmp(&b.span.start))
}

/// Moves the winners of one cluster of overlapping candidates to `out`, in text order.
fn settle(cluster: &mut Vec<Candidate>, out: &mut Vec<Candidate>) {
    if cluster.len() == 1 {
        out.append(cluster);
        return;
    }
    crate::sort::sort_by(cluster, by_priority);
    // The accepted spans as (start, end), sorted by start, one per start (a sorted vector,
    // not a `BTreeMap`: a cluster is a few spans, and the B-tree's code was ~1 KB gzipped of
    // the wasm).
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut won = Vec::new();
    for c in cluster.drain(..) {
        let Span { start, end } = c.span.clone();
        // The accepted span that starts last before `end`.
        let before = taken.partition_point(|&(s, _)| s < end);
        let overlaps = before
            .checked_sub(1)
            .and_then(|k| taken.get(k))
            .is_some_and(|&(_, e)| e > start);
        if !overlaps {
            let at = taken.partition_point(|&(s, _)| s < start);
            match taken.get_mut(at) {
                Some(slot) if slot.0 == start => slot.1 = end,
                _ => taken.insert(at, (start, end)),
            }
            won.push(c);
        }
    }
    crate::sort::sort_by_key(&mut won, |c| c.span.start);
    out.append(&mut won);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(start: usize, end: usize, keyword: usize) -> Candidate {
        Candidate {
            span: start..end,
            stem_len: end - start,
            keyword,
        }
    }

    #[test]
    fn longest_wins_and_results_are_sorted_and_disjoint() {
        let out = resolve(vec![
            cand(0, 5, 0),
            cand(0, 12, 1),
            cand(6, 12, 0),
            cand(14, 20, 2),
            cand(14, 20, 0),
            cand(19, 25, 3),
        ]);
        let spans: Vec<_> = out.iter().map(|c| (c.span.clone(), c.keyword)).collect();
        assert_eq!(spans, vec![(0..12, 1), (14..20, 0)]);
    }

    /// `settle`'s sorted vector of taken spans against the `BTreeMap` it replaced, on clusters
    /// of random overlapping spans (empty spans and repeated starts included).
    #[test]
    fn settle_keeps_what_the_btree_version_kept() {
        fn reference(mut cluster: Vec<Candidate>) -> Vec<(Span, usize)> {
            crate::sort::sort_by(&mut cluster, by_priority);
            let mut taken = std::collections::BTreeMap::new();
            let mut won = Vec::new();
            for c in cluster {
                let (start, end) = (c.span.start, c.span.end);
                let overlaps = taken
                    .range(..end)
                    .next_back()
                    .is_some_and(|(_, &e)| e > start);
                if !overlaps {
                    taken.insert(start, end);
                    won.push(c);
                }
            }
            crate::sort::sort_by_key(&mut won, |c| c.span.start);
            won.into_iter().map(|c| (c.span, c.keyword)).collect()
        }
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n) as usize
        };
        for _ in 0..2000 {
            let len = 2 + next(12);
            let cluster: Vec<Candidate> = (0..len)
                .map(|k| {
                    let start = next(30);
                    cand(start, start + next(9), k % 4)
                })
                .collect();
            let mut kept = Vec::new();
            settle(&mut cluster.clone(), &mut kept);
            let kept: Vec<_> = kept.into_iter().map(|c| (c.span, c.keyword)).collect();
            assert_eq!(kept, reference(cluster));
        }
    }

    /// `folded_with_apostrophes` (its own character swap) against `str::replace`, on the data
    /// files it reads and on words with both apostrophes.
    #[test]
    fn both_apostrophe_forms_as_with_replace() {
        fn by_replace(file: &'static str) -> FxSet<String> {
            crate::lang::entries(file)
                .map(fold_key)
                .flat_map(|e| [e.replace('’', "'"), e.replace('\'', "’")])
                .collect()
        }
        const EN: &str = crate::data_str!(include_bytes!("../lang/data/en/inflections.txt"));
        const FR: &str = crate::data_str!(include_bytes!("../lang/data/fr/elisions.txt"));
        for file in [EN, FR, "l'\nqu’\nrock'n’roll\n’'\nx"] {
            let set = folded_with_apostrophes(file);
            assert_eq!(set, by_replace(file));
            assert!(!set.is_empty());
        }
        let set = folded_with_apostrophes("rock'n’roll");
        assert!(
            set.contains("rock'n'roll") && set.contains("rock’n’roll"),
            "{set:?}"
        );
    }

    #[test]
    fn word_chars() {
        for c in [
            'a', 'Z', '7', 'ب', 'ى', 'ّ', 'ـ', '٣', 'ک', 'é', 'ж', '中', '\u{0301}', '\u{200C}',
        ] {
            assert!(is_word_char(c), "{c:?}");
        }
        for c in [
            ' ', '.', '،', '؛', '؟', '٪', '۔', '«', '-', '\'', '\u{200F}',
        ] {
            assert!(!is_word_char(c), "{c:?}");
        }
    }

    #[test]
    fn scripts() {
        assert_eq!(key_script("الكرملين"), KeyScript::Arabic);
        assert_eq!(key_script("Élysée"), KeyScript::Latin);
        assert_eq!(key_script("Кремль"), KeyScript::Other);
        assert_eq!(key_script("123"), KeyScript::Other);
    }
}
