//! Automatic keywords, YAKE-style (Campos et al., "YAKE! Keyword extraction from single
//! documents using multiple local features", Information Sciences 509, 2020).
//!
//! Every word of the folded text gets the five YAKE features — casing (Latin scripts only),
//! position (median sentence), normalised frequency, relatedness to context (how many
//! different words stand next to it) and spread over sentences — combined into a score where
//! lower is better. Candidates are runs of 1–3 words inside a clause (punctuation breaks
//! them) that neither begin nor end with a stop word; a phrase scores the product of its words'
//! scores over its frequency. Variants are merged before counting: the Arabic article and its
//! combinations (ال، وال، بال، لل …) are always removed, a bare proclitic (و ف ب ك ل …) only
//! when the rest of the word occurs in the text on its own (so وزارة stays وزارة), an English
//! possessive and a plural `s` when the singular occurs too. A term is shown in its most
//! frequent written form. Stop words come from `src/lang/data/<code>/stopwords.txt`.

use std::sync::OnceLock;

use super::{arabic, fold_key, is_apostrophe, is_word_char, key_script, word_char, KeyScript};
use crate::fxhash::{FxMap, FxSet};
use crate::lang;
use crate::normalize::Normalized;
use crate::text::sub;

/// Statistics are computed over at most this many bytes of folded text (the start of the
/// document), which bounds memory on very large inputs; highlights cover the whole text.
pub const MAX_BYTES: usize = 8 * 1024 * 1024;

/// How far down the ranking the selection looks for phrases that replace a chosen word.
const LOOKAHEAD: usize = 2000;

/// Longest candidate phrase, in words.
const MAX_WORDS: usize = 3;

/// A ranked candidate of [`extract`]: its key (the groups of its words, `u32::MAX` after
/// them), score (lower is better), frequency and first token.
type Candidate = ([u32; MAX_WORDS], f64, u32, usize);

/// A term [`select`] chose, in the order of choice.
#[derive(Clone, Copy)]
struct Slot {
    /// The groups of its words (then `u32::MAX`).
    key: [u32; MAX_WORDS],
    /// Its rank score (lower is better); a phrase that replaced a nested term keeps the
    /// term's.
    score: f64,
    /// How often it occurs.
    tf: u32,
    /// It replaced a nested term (and replaces no more).
    replaced: bool,
    /// It is still chosen (a later phrase may have removed it).
    alive: bool,
}

/// An automatic keyword.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoKeyword {
    /// The term in its most frequent written form.
    pub term: String,
    /// Relevance: 1.0 for the best term, smaller for the others.
    pub score: f64,
}

/// A word of the folded text (8 bytes: there is one per word of up to 8 MiB of text, so the
/// token vector is the largest allocation of the stage). Its end is `start` + the length of
/// its word in [`Words::raws`]; its sentence is in [`Words::sentences`].
#[derive(Clone, Copy)]
struct Token {
    /// Byte offset in the folded text (below [`MAX_BYTES`], so `u32` is enough).
    start: u32,
    /// The index of the word in [`Words::raws`] (the low [`RAW_BITS`] bits) and the flags
    /// [`BOUNDARY`], [`UPPER`] and [`ACRONYM`].
    raw_flags: u32,
}

/// Bits of [`Token::raw_flags`] that hold the word's index: at most 2^29 distinct words, far
/// more than [`MAX_BYTES`] of text can hold (a word and its separator take two bytes).
const RAW_BITS: u32 = 29;
/// A clause boundary (punctuation) lies before this token.
const BOUNDARY: u32 = 1 << 31;
/// Written with a capital, not at the start of a sentence.
const UPPER: u32 = 1 << 30;
/// Written in capitals (two letters or more).
const ACRONYM: u32 = 1 << 29;

impl Token {
    fn raw(self) -> u32 {
        self.raw_flags & ((1 << RAW_BITS) - 1)
    }
    fn boundary(self) -> bool {
        self.raw_flags & BOUNDARY != 0
    }
    fn upper(self) -> bool {
        self.raw_flags & UPPER != 0
    }
    fn acronym(self) -> bool {
        self.raw_flags & ACRONYM != 0
    }
}

/// The words of the folded text.
struct Words<'h> {
    /// One per word, in text order (reserved at its exact size: counted first).
    tokens: Vec<Token>,
    /// The distinct words, in order of first occurrence.
    raws: Vec<&'h str>,
    /// `(first token, sentence number)` wherever the sentence number changes (from the first
    /// token on): the sentence of every token without 4 more bytes per token.
    sentences: Vec<(u32, u32)>,
}

impl Words<'_> {
    /// The end of `t` in the folded text.
    fn end(&self, t: Token) -> usize {
        t.start as usize + self.raws.get(t.raw() as usize).map_or(0, |r| r.len())
    }

    /// The sentence number of every token, in order.
    fn token_sentences(&self) -> impl Iterator<Item = u32> + '_ {
        let total = self.tokens.len();
        self.sentences
            .iter()
            .enumerate()
            .flat_map(move |(k, &(first, s))| {
                let next = self
                    .sentences
                    .get(k + 1)
                    .map_or(total, |&(n, _)| n as usize);
                std::iter::repeat_n(s, next.saturating_sub(first as usize))
            })
    }

    /// How many sentences (the last token's number + 1; 1 without tokens).
    fn sentence_count(&self) -> u32 {
        self.sentences.last().map_or(1, |&(_, s)| s + 1)
    }
}

#[derive(Default, Clone)]
struct Group {
    tf: u32,
    /// The sentence of the middle occurrence (the `tf / 2`-th, from 0).
    median_sentence: u32,
    /// The first token of the group.
    first: u32,
    distinct_sentences: u32,
    last_sentence: Option<u32>,
    upper: u32,
    acronym: u32,
    left_total: u32,
    left_distinct: u32,
    right_total: u32,
    right_distinct: u32,
    stop: bool,
    latin: bool,
    /// Occurrences with the Arabic article right after a word with the article: the place of
    /// an adjective (الحرب الروسية), which names a subject only inside a phrase.
    attributive: u32,
    score: f64,
}

/// The `n` most relevant terms of `text` (whose `search` normalization is `folded`) in
/// `language`, best first, leaving out terms whose [`term_key`] is in `exclude`.
pub fn extract(
    text: &str,
    folded: &Normalized,
    language: &str,
    n: usize,
    exclude: &FxSet<String>,
) -> Vec<AutoKeyword> {
    if n == 0 {
        return Vec::new();
    }
    let limit = crate::text::floor_char_boundary(&folded.text, MAX_BYTES);
    let hay = sub(&folded.text, 0, limit).unwrap_or("");
    let words = tokenize(text, folded, hay);
    let (tokens, raws) = (&words.tokens, &words.raws);
    if tokens.is_empty() {
        return Vec::new();
    }

    // Variants → groups. The tables hold slices of the folded text (a group key is a slice
    // of its word) and are sized once: `collect` would reserve for every word twice, and a
    // growing table holds its old and new copies at once (peak memory).
    let stems: Vec<&str> = raws.iter().filter_map(|r| article_stem(r)).collect();
    // (A map to an unused `u32`: `group_ids`' table type, one hash-table type less in the wasm.)
    let mut attested: FxMap<&str, u32> = FxMap::default();
    attested.reserve(raws.len() + stems.len());
    attested.extend(raws.iter().map(|&w| (w, 0)));
    attested.extend(stems.into_iter().map(|w| (w, 0)));
    let mut group_ids: FxMap<&str, u32> = FxMap::default();
    group_ids.reserve(raws.len());
    let mut group_keys: Vec<&str> = Vec::new();
    let mut raw_group: Vec<u32> = Vec::with_capacity(raws.len());
    let mut raw_stop: Vec<bool> = Vec::with_capacity(raws.len());
    for raw in raws {
        let key = group_key(raw, &attested);
        let id = *group_ids.entry(key).or_insert_with(|| {
            group_keys.push(key);
            (group_keys.len() - 1) as u32
        });
        raw_group.push(id);
        raw_stop.push(is_stop(raw, language));
    }
    // Free each table as soon as it has served (peak memory: the per-word statistics below
    // build the largest one).
    drop(attested);
    // A feminine form joins its masculine when both occur (الروسية → الروسي).
    let teh_marbuta = super::fold_key("ة");
    let redirect: Vec<u32> = group_keys
        .iter()
        .enumerate()
        .map(|(id, key)| {
            key.strip_suffix(teh_marbuta.as_str())
                .filter(|base| base.chars().count() >= arabic::MIN_STEM)
                .and_then(|base| group_ids.get(base).copied())
                .unwrap_or(id as u32)
        })
        .collect();
    for g in raw_group.iter_mut() {
        *g = redirect.get(*g as usize).copied().unwrap_or(*g);
    }
    drop((group_ids, redirect));
    let raw_article: Vec<bool> = raws.iter().map(|r| article_stem(r).is_some()).collect();
    let mut groups = vec![Group::default(); group_keys.len()];
    for (raw, &g) in raw_group.iter().enumerate() {
        if let Some(group) = groups.get_mut(g as usize) {
            group.stop |= raw_stop.get(raw).copied().unwrap_or(true);
            group.latin |= raws
                .get(raw)
                .is_some_and(|r| key_script(r) == KeyScript::Latin);
        }
    }
    for (group, key) in groups.iter_mut().zip(&group_keys) {
        group.stop |= is_stop(key, language);
    }

    // Per-word statistics.
    let gid = |t: &Token| raw_group.get(t.raw() as usize).copied().unwrap_or(0);
    let mut previous: Option<u32> = None;
    let mut previous_article = false;
    for (i, (t, sentence)) in tokens.iter().zip(words.token_sentences()).enumerate() {
        let g = gid(t);
        if t.boundary() {
            previous = None;
            previous_article = false;
        }
        let article = raw_article.get(t.raw() as usize).copied().unwrap_or(false);
        if article && previous_article {
            if let Some(group) = groups.get_mut(g as usize) {
                group.attributive += 1;
            }
        }
        previous_article = article;
        if let Some(group) = groups.get_mut(g as usize) {
            if group.tf == 0 {
                group.first = i as u32;
            }
            group.tf += 1;
            if group.last_sentence != Some(sentence) {
                group.distinct_sentences += 1;
                group.last_sentence = Some(sentence);
            }
            group.upper += u32::from(t.upper());
            group.acronym += u32::from(t.acronym());
        }
        if let Some(p) = previous {
            if let Some(left) = groups.get_mut(p as usize) {
                left.right_total += 1;
            }
            if let Some(right) = groups.get_mut(g as usize) {
                right.left_total += 1;
            }
        }
        previous = Some(g);
    }
    // The median sentence of each group: the sentence of its `tf / 2`-th occurrence, found in
    // a second pass instead of keeping every occurrence's sentence (4 bytes per token).
    let mut seen = vec![0u32; groups.len()];
    for (t, sentence) in tokens.iter().zip(words.token_sentences()) {
        let g = gid(t) as usize;
        if let (Some(n), Some(group)) = (seen.get_mut(g), groups.get_mut(g)) {
            if *n == group.tf / 2 {
                group.median_sentence = sentence;
            }
            *n += 1;
        }
    }
    drop(seen);
    distinct_neighbours(tokens, &gid, &mut groups);
    let sentences = f64::from(words.sentence_count());
    score_words(&mut groups, sentences);
    // Free what counting needed before the candidates are counted (peak memory).
    drop((raw_stop, raw_article));

    // Candidates: 1–3 word runs inside a clause that neither begin nor end with a stop
    // word; a phrase must occur at least twice. Value: (frequency, first token).
    let stop = |g: u32| groups.get(g as usize).is_none_or(|x| x.stop);
    // Most phrases of two or three words occur once and are dropped below. A first pass
    // marks, in two bitsets indexed by a hash of the phrase, the hashes seen once and seen
    // twice; only phrases whose hash was seen twice (every repeated phrase, and the few
    // others that share a hash with one, dropped as before) enter the map: the map is a
    // fraction of its size (memory) and the result is unchanged.
    let repeated = RepeatSketch::new(
        tokens.len(),
        phrases(tokens, &gid)
            .filter(|&(_, len, key)| {
                len > 1
                    && !stop(key.first().copied().unwrap_or(u32::MAX))
                    && !stop(key.get(len - 1).copied().unwrap_or(u32::MAX))
            })
            .map(|(_, _, key)| key),
    );
    // The map holds the phrases of two or three words, sized once from the sketch; a single
    // word's count and first occurrence are its group's.
    let mut candidates: FxMap<[u32; MAX_WORDS], (u32, u32)> = FxMap::default();
    candidates.reserve(repeated.count());
    for (i, len, key) in phrases(tokens, &gid) {
        let first = key.first().copied().unwrap_or(u32::MAX);
        let last = key.get(len - 1).copied().unwrap_or(u32::MAX);
        if len == 1 || stop(first) || stop(last) || !repeated.maybe_repeated(&key) {
            continue;
        }
        let entry = candidates.entry(key).or_insert((0, i as u32));
        entry.0 += 1;
    }
    drop(repeated);
    let words_alone = groups.iter().enumerate().filter_map(|(g, group)| {
        let mut key = [u32::MAX; MAX_WORDS];
        *key.first_mut()? = g as u32;
        (!group.stop && group.tf > 0).then_some((key, (group.tf, group.first)))
    });
    // Ranking: by score, then first occurrence, then key (a total order, so the result does
    // not depend on the map's order). Only the best `keep` are kept, in a buffer of at most
    // 2 × `keep` cut back (sorted, truncated) whenever it fills: memory does not grow with the
    // number of candidates.
    let order = |a: &Candidate, b: &Candidate| {
        a.1.total_cmp(&b.1)
            .then_with(|| a.3.cmp(&b.3))
            .then_with(|| a.0.cmp(&b.0))
    };
    // (At most every candidate: a larger `n` asks for all of them, and its buffer, 40 bytes a
    // candidate, is not sized by `n`: 100,000,000 asked for 64 GB.)
    let keep = n
        .saturating_mul(10)
        .saturating_add(LOOKAHEAD)
        .min(candidates.len() + groups.len());
    let mut ranked: Vec<Candidate> = Vec::with_capacity(2 * keep + 1);
    let scored = candidates
        .into_iter()
        .chain(words_alone)
        .filter(|(key, (tf, _))| *tf >= 2 || key.get(1) == Some(&u32::MAX))
        .map(|(key, (tf, first))| {
            let first = first as usize;
            let mut product = 1.0;
            let mut sum = 0.0;
            for &g in key.iter().filter(|&&g| g != u32::MAX) {
                if let Some(group) = groups.get(g as usize).filter(|x| !x.stop) {
                    product *= group.score;
                    sum += group.score;
                }
            }
            let mut score = product / (f64::from(tf) * (1.0 + sum));
            if key.get(1) == Some(&u32::MAX) {
                if let Some(group) = key.first().and_then(|&g| groups.get(g as usize)) {
                    let ratio = f64::from(group.attributive) / f64::from(group.tf.max(1));
                    if ratio >= 0.5 {
                        score *= 1.0 + 4.0 * ratio;
                    }
                }
            }
            (key, score, tf, first)
        });
    for candidate in scored {
        ranked.push(candidate);
        if ranked.len() > 2 * keep {
            crate::sort::sort_by(&mut ranked, order);
            ranked.truncate(keep);
        }
    }
    if ranked.len() > keep {
        crate::sort::sort_by(&mut ranked, order);
        ranked.truncate(keep);
    }
    crate::sort::sort_by(&mut ranked, order);

    let (chosen, lists) = select(ranked, n, exclude, &group_keys);
    let best = chosen.iter().find(|c| c.alive).map_or(1.0, |c| c.score);

    // Written forms. A phrase is looked up among the slots of `select` whose keys begin with
    // its first word's group only (`lists[2g]`: no table built, and no lookup code, in the
    // wasm; no scan of every chosen key per phrase, which was quadratic for a large `n`). The
    // slots' keys differ, so the one found is the phrase's; a removed slot's forms are dropped.
    // Per chosen term, its written forms with (weight, first token): a few forms each, so a
    // list, not a hash map (one hash-table type less in the wasm).
    let mut forms: Vec<Vec<(String, (u32, usize))>> = vec![Vec::new(); chosen.len()];
    let article = arabic::rules().article.clone();
    for (i, len, key) in phrases(tokens, &gid) {
        let Some(&t) = tokens.get(i + len - 1) else {
            continue;
        };
        let Some(&c) = key
            .first()
            .and_then(|&g| lists.get(2 * g as usize))
            .and_then(|list| {
                list.iter()
                    .find(|&&c| chosen.get(c).is_some_and(|s| s.key == key))
            })
        else {
            continue;
        };
        let (Some(first), Some(form_map)) = (tokens.get(i), forms.get_mut(c)) else {
            continue;
        };
        // A form with a bare proclitic (وروسيا) would not find the others: prefer forms
        // whose first word is the group's own spelling or its article form.
        let plain = match (
            raws.get(first.raw() as usize),
            group_keys.get(gid(first) as usize),
        ) {
            (Some(r), Some(k)) => {
                r == k
                    || article
                        .as_ref()
                        .is_some_and(|a| r.strip_prefix(a.as_str()) == Some(*k))
            }
            _ => false,
        };
        let range = folded.source_range(text, first.start as usize..words.end(t));
        // The words joined by single spaces (a push loop: no `Vec` collected to join).
        let mut form = String::new();
        for w in sub(text, range.start, range.end)
            .unwrap_or("")
            .split_whitespace()
        {
            if !form.is_empty() {
                form.push(' ');
            }
            form.push_str(w);
        }
        let weight = if plain { 1000 } else { 1 };
        match form_map.iter_mut().find(|(f, _)| *f == form) {
            Some((_, entry)) => entry.0 += weight,
            None => form_map.push((form, (weight, i))),
        }
    }
    chosen
        .iter()
        .zip(forms)
        .filter_map(|(&Slot { score, alive, .. }, form_map)| {
            if !alive {
                return None;
            }
            let (term, _) = form_map
                .into_iter()
                .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))?;
            Some(AutoKeyword {
                term,
                score: if score > 0.0 { best / score } else { 1.0 },
            })
        })
        .collect()
}

/// The selection of [`extract`] from its `ranked` candidates (best first): at most `n` terms
/// with their scores, none nested in (or holding) another, none whose words' `group_keys`
/// joined by spaces are in `exclude`. They are the alive ones of the slots returned, in
/// order; with the slots, their lists by group (`2g`: the slots whose key begins with group
/// `g`, among others). It runs over at most [`LOOKAHEAD`] + 10 × `n`
/// candidates, not over the text: out of line, and compiled for size in the package
/// (`SIZE_PREFIXES` of `xtask/src/build.rs`).
#[inline(never)]
fn select(
    ranked: Vec<Candidate>,
    n: usize,
    exclude: &FxSet<String>,
    group_keys: &[&str],
) -> (Vec<Slot>, Vec<Vec<usize>>) {
    // Selection: no term nested in (or holding) one already chosen. The chosen terms are
    // [`Slot`]s in the order of choice; a removed one is marked dead (`alive` false), not
    // moved. A candidate is compared only with the slots its words' lists
    // name, not with every chosen term (quadratic in `n`: 4.9 s natively for 20,000 on
    // big/en). `lists[2g]`: the slots whose key begins with group `g`; `lists[2g + 1]`: those
    // holding `g` further on. A key nested in the candidate begins with one of its words; one
    // holding it holds its first word. Every key a slot takes is entered (a replaced one
    // stays), so a slot found is checked again.
    let mut slots: Vec<Slot> = Vec::new();
    let mut live = 0;
    let mut lists: Vec<Vec<usize>> = vec![Vec::new(); 2 * group_keys.len()];
    let mut found: Vec<usize> = Vec::new();
    for (rank, (key, score, tf, _)) in ranked.into_iter().enumerate() {
        if live >= n && rank >= LOOKAHEAD {
            break;
        }
        let words = words_of(&key);
        if !exclude.is_empty() {
            // `join(" ")` as a push loop (no `Vec` collected to join).
            let mut joined = String::new();
            let keys = words.iter().filter_map(|&g| group_keys.get(g as usize));
            for (i, k) in keys.enumerate() {
                if i > 0 {
                    joined.push(' ');
                }
                joined.push_str(k);
            }
            if exclude.contains(&joined) {
                continue;
            }
        }
        found.clear();
        for (p, &g) in words.iter().enumerate() {
            let g = 2 * g as usize;
            for list in lists
                .get(g..g + 1 + usize::from(p == 0))
                .unwrap_or_default()
            {
                found.extend_from_slice(list);
            }
        }
        crate::sort::sort_numbers(&mut found);
        found.dedup();
        // The first chosen term nested in (or holding) this one decides: a phrase that holds
        // it and occurs nearly as often replaces it (rare earths over earths), and then also
        // removes the later ones it could replace; otherwise the phrase is skipped.
        let mut nested = false;
        let mut enter = None;
        for &s in &found {
            let Some(slot) = slots.get_mut(s).filter(|slot| slot.alive) else {
                continue;
            };
            let other = words_of(&slot.key);
            let holds = contains(words, other);
            if !holds && !contains(other, words) {
                continue;
            }
            let replaces = holds && 3 * tf >= 2 * slot.tf && !slot.replaced;
            if !nested {
                nested = true;
                if !replaces {
                    break;
                }
                *slot = Slot {
                    key,
                    tf,
                    replaced: true,
                    ..*slot
                };
                enter = Some(s);
            } else if replaces {
                slot.alive = false;
                live -= 1;
            }
        }
        if !nested && live < n {
            enter = Some(slots.len());
            slots.push(Slot {
                key,
                score,
                tf,
                replaced: false,
                alive: true,
            });
            live += 1;
        }
        if let Some(slot) = enter {
            for (p, &g) in words.iter().enumerate() {
                if let Some(list) = lists.get_mut(2 * g as usize + usize::from(p > 0)) {
                    list.push(slot);
                }
            }
        }
    }
    // No two slots' keys are equal: a slot takes only the key of the candidate at hand, and
    // the candidates' keys differ (a map's keys, then single words).
    (slots, lists)
}

/// The groups of a candidate's words: its key up to the first `u32::MAX` (a key holds its
/// words' groups, then `u32::MAX` only; no allocation, unlike collecting the others).
fn words_of(key: &[u32; MAX_WORDS]) -> &[u32] {
    let n = key.iter().position(|&g| g == u32::MAX).unwrap_or(MAX_WORDS);
    key.get(..n).unwrap_or(key)
}

/// Every run of 1 to [`MAX_WORDS`] tokens inside a clause (no boundary before its second or
/// third word), in text order: `(first token, length, key)`, where the key holds the groups
/// of its words and `u32::MAX` after them. The candidates and their written forms are both
/// counted over these runs.
fn phrases<'t>(
    tokens: &'t [Token],
    gid: &'t impl Fn(&Token) -> u32,
) -> impl Iterator<Item = (usize, usize, [u32; MAX_WORDS])> + 't {
    (0..tokens.len()).flat_map(move |i| {
        let mut key = [u32::MAX; MAX_WORDS];
        (1..=MAX_WORDS).map_while(move |len| {
            let t = tokens.get(i + len - 1)?;
            if len > 1 && t.boundary() {
                return None;
            }
            *key.get_mut(len - 1)? = gid(t);
            Some((i, len, key))
        })
    })
}

/// The key under which a keyword (already folded) is compared with automatic terms, so that
/// a term the user asked for is not suggested again.
pub fn term_key(key: &str, _language: &str) -> String {
    let empty = FxMap::default();
    // `join(" ")` as a push loop (no `Vec` collected to join).
    let mut out = String::new();
    for (i, w) in key.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(group_key(w, &empty));
    }
    out
}

/// Which phrase keys may occur more than once: two bitsets over a hash of the key (no false
/// negatives; a key seen once may share its hash with another and pass).
struct RepeatSketch {
    twice: Vec<u64>,
    shift: u32,
}

impl RepeatSketch {
    /// Marks the `keys` (about `tokens` × 2 of them): ~16 bits per token in all.
    fn new(tokens: usize, keys: impl Iterator<Item = [u32; MAX_WORDS]>) -> RepeatSketch {
        let bits = (tokens.max(8) * 8).next_power_of_two();
        let shift = 64 - bits.trailing_zeros();
        let mut sketch = RepeatSketch {
            twice: vec![0; bits / 64],
            shift,
        };
        let mut once = vec![0u64; bits / 64];
        for key in keys {
            let (word, bit) = sketch.slot(&key);
            if let (Some(o), Some(t)) = (once.get_mut(word), sketch.twice.get_mut(word)) {
                if *o & bit != 0 {
                    *t |= bit;
                } else {
                    *o |= bit;
                }
            }
        }
        sketch
    }

    /// Word index and bit of `key` (the high bits of its FxHash, which mix every input bit).
    fn slot(&self, key: &[u32; MAX_WORDS]) -> (usize, u64) {
        use std::hash::{BuildHasher, BuildHasherDefault};
        let h = BuildHasherDefault::<crate::fxhash::Fx>::default().hash_one(key);
        let h = (h >> self.shift) as usize;
        (h / 64, 1 << (h % 64))
    }

    /// How many hashes were seen twice or more: about the number of distinct repeated keys.
    fn count(&self) -> usize {
        self.twice.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// False only for keys that were seen at most once.
    fn maybe_repeated(&self, key: &[u32; MAX_WORDS]) -> bool {
        let (word, bit) = self.slot(key);
        self.twice.get(word).is_some_and(|w| w & bit != 0)
    }
}

/// Counts, for every group, its distinct left and right neighbours inside a clause (the
/// groups of the adjacent tokens with no boundary between them). The tokens of each group are
/// listed in text order (a counting sort of the token indices: 4 bytes per token), then each
/// group's neighbours are marked with its own id: no list of pairs (8 bytes per token) to sort,
/// no hash set.
fn distinct_neighbours(tokens: &[Token], gid: &impl Fn(&Token) -> u32, groups: &mut [Group]) {
    let n = groups.len();
    // offsets[g]..offsets[g + 1]: the tokens of group g in `by_group`.
    let mut offsets = vec![0u32; n + 1];
    for t in tokens {
        if let Some(o) = offsets.get_mut(gid(t) as usize + 1) {
            *o += 1;
        }
    }
    let mut sum = 0;
    for o in offsets.iter_mut() {
        sum += *o;
        *o = sum;
    }
    let mut next = offsets.clone();
    let mut by_group = vec![0u32; tokens.len()];
    for (i, t) in tokens.iter().enumerate() {
        if let Some(slot) = next.get_mut(gid(t) as usize) {
            if let Some(p) = by_group.get_mut(*slot as usize) {
                *p = i as u32;
            }
            *slot += 1;
        }
    }
    drop(next);
    let mut left_mark = vec![u32::MAX; n];
    let mut right_mark = vec![u32::MAX; n];
    for (g, group) in groups.iter_mut().enumerate() {
        let g32 = g as u32;
        let (a, b) = (
            offsets.get(g).copied().unwrap_or(0) as usize,
            offsets.get(g + 1).copied().unwrap_or(0) as usize,
        );
        for &i in by_group.get(a..b).unwrap_or(&[]) {
            let i = i as usize;
            let here = tokens.get(i);
            if i > 0 && here.is_some_and(|t| !t.boundary()) {
                if let Some(mark) = tokens
                    .get(i - 1)
                    .and_then(|p| left_mark.get_mut(gid(p) as usize))
                {
                    if *mark != g32 {
                        *mark = g32;
                        group.left_distinct += 1;
                    }
                }
            }
            if let Some(next) = tokens.get(i + 1).filter(|t| !t.boundary()) {
                if let Some(mark) = right_mark.get_mut(gid(next) as usize) {
                    if *mark != g32 {
                        *mark = g32;
                        group.right_distinct += 1;
                    }
                }
            }
        }
    }
}

fn contains(haystack: &[u32], needle: &[u32]) -> bool {
    !needle.is_empty()
        && needle.len() <= haystack.len()
        && haystack.windows(needle.len()).any(|w| w == needle)
}

/// YAKE's per-word score (lower is better) into `group.score`.
fn score_words(groups: &mut [Group], sentences: f64) {
    let tfs: Vec<f64> = groups
        .iter()
        .filter(|g| !g.stop)
        .map(|g| f64::from(g.tf))
        .collect();
    let count = tfs.len().max(1) as f64;
    let mean = tfs.iter().sum::<f64>() / count;
    let std = (tfs.iter().map(|t| (t - mean).powi(2)).sum::<f64>() / count).sqrt();
    let max_tf = tfs.iter().copied().fold(1.0, f64::max);
    for g in groups.iter_mut() {
        let tf = f64::from(g.tf.max(1));
        let case = if g.latin {
            f64::from(g.upper.max(g.acronym)) / (1.0 + tf.ln())
        } else {
            0.0
        };
        let median = g.median_sentence;
        let position = (3.0 + f64::from(median)).ln().ln();
        let frequency = tf / (mean + std).max(f64::EPSILON);
        let ratio = |distinct: u32, total: u32| {
            if total == 0 {
                0.0
            } else {
                f64::from(distinct) / f64::from(total)
            }
        };
        let relatedness = 1.0
            + (ratio(g.left_distinct, g.left_total) + ratio(g.right_distinct, g.right_total)) * tf
                / max_tf;
        let spread = f64::from(g.distinct_sentences) / sentences;
        g.score = relatedness * position
            / (case + frequency / relatedness + spread / relatedness).max(f64::EPSILON);
    }
}

/// A word found by [`Scan`]: its byte range in the folded text, whether a clause boundary
/// (punctuation) lies between it and the previous word (always for the first), and how many
/// sentence ends lie between them (none before the first word).
struct Scanned {
    start: usize,
    end: usize,
    boundary: bool,
    ends: u32,
}

/// The words of the folded text (runs of word characters; an apostrophe between two word
/// characters joins them) with the punctuation between them.
struct Scan<'h> {
    hay: &'h str,
    chars: std::str::CharIndices<'h>,
    /// Punctuation since the last word (or the start).
    boundary: bool,
    /// Sentence ends since the last word.
    ends: u32,
    /// A word was returned.
    seen: bool,
    done: bool,
}

impl<'h> Scan<'h> {
    fn new(hay: &'h str) -> Self {
        Scan {
            hay,
            chars: hay.char_indices(),
            boundary: true,
            ends: 0,
            seen: false,
            done: false,
        }
    }
}

impl Scan<'_> {
    /// The next character, not consumed.
    fn peek(&self) -> Option<char> {
        self.chars.as_str().chars().next()
    }
}

/// How many words [`Scan`] finds in `hay`: the same rule (a word character after anything but
/// a word character, or after an apostrophe that follows one) without the punctuation
/// bookkeeping, so that the token vector can be allocated at its exact size.
fn count_words(hay: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    let mut joining = false;
    for c in hay.chars() {
        if word_char(c) {
            count += usize::from(!in_word && !joining);
            in_word = true;
            joining = false;
        } else {
            joining = in_word && is_apostrophe(c);
            in_word = false;
        }
    }
    count
}

impl Iterator for Scan<'_> {
    type Item = Scanned;

    fn next(&mut self) -> Option<Scanned> {
        let mut word_start: Option<usize> = None;
        while !self.done {
            let next = self.chars.next();
            let (i, c) = next.unwrap_or((self.hay.len(), ' '));
            if next.is_some() && word_char(c) {
                if word_start.is_none() {
                    word_start = Some(i);
                }
                continue;
            }
            let joins = next.is_some()
                && is_apostrophe(c)
                && word_start.is_some()
                && self.peek().is_some_and(is_word_char);
            if joins {
                continue;
            }
            let word = word_start.take().map(|start| {
                self.seen = true;
                Scanned {
                    start,
                    end: i,
                    boundary: std::mem::replace(&mut self.boundary, false),
                    ends: std::mem::replace(&mut self.ends, 0),
                }
            });
            if next.is_none() {
                self.done = true;
            } else if !c.is_whitespace() {
                self.boundary = true;
                let ends = matches!(c, '!' | '?' | '…' | '؟' | '؛' | '۔' | '。')
                    || (c == '.' && self.peek().is_none_or(char::is_whitespace));
                if ends && self.seen {
                    self.ends += 1;
                }
            }
            if word.is_some() {
                return word;
            }
        }
        None
    }
}

/// Splits `hay` (the folded text, possibly cut) into words; `text` and `folded` give the
/// original casing and line breaks. The words are counted first, so the token vector is
/// allocated once at its exact size (a doubling would hold 1.5× to 3× of it at its last
/// growth).
fn tokenize<'h>(text: &str, folded: &Normalized, hay: &'h str) -> Words<'h> {
    let mut words = Words {
        tokens: Vec::with_capacity(count_words(hay)),
        raws: Vec::new(),
        sentences: Vec::new(),
    };
    let mut ids: FxMap<&'h str, u32> = FxMap::default();
    let mut sentence = 0u32;
    let mut last: Option<(usize, u32)> = None;
    for Scanned {
        start,
        end,
        mut boundary,
        ends,
    } in Scan::new(hay)
    {
        sentence += ends;
        let word = sub(hay, start, end).unwrap_or("");
        // A line break in the original between two words ends a sentence (headlines).
        let orig = |pos: usize| folded.origin_at(pos).map_or(text.len(), |o| o as usize);
        if let Some((last_end, _)) = last {
            let gap = sub(text, orig(last_end.saturating_sub(1)), orig(start)).unwrap_or("");
            if gap.as_bytes().contains(&b'\n') {
                sentence += 1;
                boundary = true;
            }
        }
        let raws = &mut words.raws;
        let id = *ids.entry(word).or_insert_with(|| {
            raws.push(word);
            (raws.len() - 1) as u32
        });
        let sentence_start = last.is_none_or(|(_, s)| s != sentence);
        if sentence_start {
            words.sentences.push((
                u32::try_from(words.tokens.len()).unwrap_or(u32::MAX),
                sentence,
            ));
        }
        let (upper, acronym) = casing(text, folded, start..end, word);
        let upper = upper && !sentence_start;
        // `hay` is at most MAX_BYTES (8 MiB) long: offsets fit in u32, word ids in RAW_BITS.
        let mut raw_flags = id & ((1 << RAW_BITS) - 1);
        for (set, flag) in [(boundary, BOUNDARY), (upper, UPPER), (acronym, ACRONYM)] {
            if set {
                raw_flags |= flag;
            }
        }
        words.tokens.push(Token {
            start: start as u32,
            raw_flags,
        });
        last = Some((end, sentence));
    }
    // Sentences without words do not count.
    words
}

/// Whether the word at `range` of the folded text is written with a capital (not at the start
/// of a sentence is the caller's concern) and whether it is an acronym, in the original.
fn casing(
    text: &str,
    folded: &Normalized,
    range: std::ops::Range<usize>,
    word: &str,
) -> (bool, bool) {
    if !word
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c))
    {
        return (false, false);
    }
    let original = text.get(folded.source_range(text, range)).unwrap_or("");
    let upper = original.chars().next().is_some_and(char::is_uppercase);
    let letters = original.chars().filter(|c| c.is_alphabetic()).count();
    let acronym = letters >= 2
        && original
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    (upper, acronym)
}

/// The word without an attached Arabic article (and any proclitic before it), if it has one.
fn article_stem(word: &str) -> Option<&str> {
    let rules = arabic::rules();
    if rules.whitelist.contains(word) {
        return None;
    }
    // Longest prefix first: the shortest rest.
    rules
        .article_prefixes
        .iter()
        .filter_map(|p| word.strip_prefix(p.as_str()))
        .find(|rest| rest.chars().nth(1).is_some())
}

/// The group a word belongs to (see the module documentation): a slice of the word.
fn group_key<'w>(word: &'w str, attested: &FxMap<&str, u32>) -> &'w str {
    match key_script(word) {
        KeyScript::Arabic => {
            if let Some(stem) = article_stem(word) {
                return stem;
            }
            let rules = arabic::rules();
            if !rules.whitelist.contains(word) {
                let bare = rules
                    .bare_prefixes
                    .iter()
                    .filter_map(|p| word.strip_prefix(p.as_str()))
                    .find(|rest| {
                        rest.chars().count() >= arabic::MIN_STEM && attested.contains_key(rest)
                    });
                if let Some(rest) = bare {
                    return article_stem(rest).unwrap_or(rest);
                }
            }
            word
        }
        KeyScript::Latin => {
            // Without a French elision: l'ONG is ONG.
            let word = super::latin::rules("fr")
                .prefixes
                .iter()
                .filter_map(|p| word.strip_prefix(p.as_str()))
                .find(|rest| rest.chars().count() >= 2)
                .unwrap_or(word);
            let w = word
                .strip_suffix("'s")
                .or_else(|| word.strip_suffix("’s"))
                .unwrap_or(word);
            match w.strip_suffix('s') {
                Some(singular)
                    if singular.chars().count() >= 3 && attested.contains_key(singular) =>
                {
                    singular
                }
                _ => w,
            }
        }
        KeyScript::Other => word,
    }
}

/// Stop words, numbers, single letters, and Arabic words that are a stop word behind a
/// proclitic (وفي, لهذه, فإن).
fn is_stop(word: &str, language: &str) -> bool {
    let letters = word
        .chars()
        .filter(|&c| word_char(c) && !c.is_ascii_digit() && !('٠'..='٩').contains(&c))
        .count();
    if letters < 2 {
        return true;
    }
    let script = key_script(word);
    let list = match (script, language) {
        (KeyScript::Arabic, "fa" | "ur") => language,
        (KeyScript::Arabic, _) => "ar",
        (KeyScript::Latin, l) if lang::data(l).is_some() => l,
        (KeyScript::Latin, _) => "en",
        (KeyScript::Other, l) => l,
    };
    let Some(set) = never_keywords(list) else {
        return false;
    };
    if set.contains(word) {
        return true;
    }
    let prefixes = match (script, list) {
        (KeyScript::Arabic, "ar") => &arabic::rules().prefixes,
        (KeyScript::Latin, _) => &super::latin::rules("fr").prefixes,
        _ => return false,
    };
    prefixes
        .iter()
        .filter_map(|p| word.strip_prefix(p.as_str()))
        .any(|rest| !rest.is_empty() && set.contains(rest))
}

/// The languages whose reporting verbs of the quote extractor's lists (issue #5) are never
/// keywords: frequent in every article, never its subject. Only the word of an entry is used;
/// the text is the quote lexicon's (`quotes::speech_verbs`: one copy in the binary).
const SPEECH_VERB_LANGUAGES: [&str; 4] = ["ar", "en", "fr", "de"];

/// The words of `code` that are never automatic keywords: its stop words and reporting
/// verbs, folded with the `search` normalization like the text they are compared with.
fn never_keywords(code: &str) -> Option<&'static FxSet<String>> {
    static SETS: OnceLock<Vec<(&'static str, FxSet<String>)>> = OnceLock::new();
    SETS.get_or_init(|| {
        lang::LANGUAGES
            .iter()
            .map(|l| {
                let mut set = super::folded_set(l.stopwords);
                if SPEECH_VERB_LANGUAGES.contains(&l.code) {
                    let file = crate::quotes::speech_verbs(l.code);
                    set.extend(lang::tagged(file).map(|(w, _)| fold_key(w)));
                }
                (l.code, set)
            })
            .collect()
    })
    .iter()
    .find(|(c, _)| *c == code)
    .map(|(_, set)| set)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reporting verbs are the first words of each language's `speech_verbs.txt`.
    #[test]
    fn speech_verbs_are_the_files() {
        let files = [
            crate::data_str!(include_bytes!("../lang/data/ar/speech_verbs.txt")),
            crate::data_str!(include_bytes!("../lang/data/en/speech_verbs.txt")),
            crate::data_str!(include_bytes!("../lang/data/fr/speech_verbs.txt")),
            crate::data_str!(include_bytes!("../lang/data/de/speech_verbs.txt")),
        ];
        for (code, file) in SPEECH_VERB_LANGUAGES.iter().zip(files) {
            let mut read: Vec<String> = lang::tagged(crate::quotes::speech_verbs(code))
                .map(|(w, _)| fold_key(w))
                .collect();
            let mut raw: Vec<String> = lang::entries(file)
                .filter_map(|e| e.split_whitespace().next())
                .map(fold_key)
                .collect();
            read.sort_unstable();
            raw.sort_unstable();
            assert_eq!(read, raw, "{code}");
        }
    }
    use crate::normalize::{normalize, Profile};

    fn terms(text: &str, language: &str, n: usize) -> Vec<String> {
        let folded = normalize(text, Profile::Search);
        extract(text, &folded, language, n, &FxSet::default())
            .into_iter()
            .map(|k| k.term)
            .collect()
    }

    #[test]
    fn tokens_are_counted_first_and_keep_their_sentences() {
        let text = "Hello world. Again, here!\nNew line l'État. . . end";
        let folded = normalize(text, Profile::Search);
        let words = tokenize(text, &folded, &folded.text);
        assert_eq!(words.tokens.len(), 8);
        assert_eq!(words.tokens.capacity(), words.tokens.len());
        let sentences: Vec<u32> = words.token_sentences().collect();
        // "." and "!" end a sentence, so does the line break; so does each ". " in a row.
        assert_eq!(sentences, [0, 0, 1, 1, 3, 3, 3, 6]);
        assert_eq!(words.sentence_count(), 7);
        let boundaries: Vec<bool> = words.tokens.iter().map(|t| t.boundary()).collect();
        assert_eq!(
            boundaries,
            [true, false, true, true, true, false, false, true]
        );
        let last = words.tokens.last().copied().map(|t| words.end(t));
        assert_eq!(last, Some(folded.text.len()));
        assert_eq!(words.raws.get(6).copied(), Some("l'etat"));
    }

    #[test]
    fn term_key_joins_like_join() {
        let empty = FxMap::default();
        for key in [
            "",
            " ",
            "a",
            "a b",
            "a  b",
            " a ",
            "الروسية  النووي",
            "the cats",
        ] {
            let joined = key
                .split(' ')
                .map(|w| group_key(w, &empty))
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(term_key(key, "en"), joined, "{key:?}");
        }
    }

    #[test]
    fn empty_and_stop_only_texts_give_nothing() {
        assert!(terms("", "en", 10).is_empty());
        assert!(terms("the and of to the", "en", 10).is_empty());
        assert!(terms("ثم في على من", "ar", 10).is_empty());
        assert!(terms("hello world", "en", 0).is_empty());
    }

    #[test]
    fn persian_and_russian_stop_words_are_left_out() {
        let fa = "وزیر امور خارجه ایران گفت که این توافق برای منطقه مهم است. \
            وزیر امور خارجه همچنین گفت که توافق هسته‌ای باید اجرا شود. توافق هسته‌ای مهم است.";
        let got = terms(fa, "fa", 5);
        assert!(got.iter().any(|t| t.contains("توافق")), "{got:?}");
        for t in &got {
            for w in t.split(' ') {
                assert!(!lang::is_stopword("fa", w) || t.contains(' '), "{t}");
            }
        }
        let ru = "Министр заявил, что соглашение важно для региона. Соглашение подписали \
            в Москве. Министр иностранных дел сказал, что соглашение вступит в силу.";
        let got = terms(ru, "ru", 5);
        assert!(
            got.iter().any(|t| t.to_lowercase() == "соглашение"),
            "{got:?}"
        );
        assert!(got.iter().all(|t| !lang::is_stopword("ru", t)), "{got:?}");
    }

    #[test]
    fn frequent_capitalised_names_win_in_english() {
        let text = "The Kremlin said on Monday that talks would go on. \
            Officials in the Kremlin welcomed the plan. A spokesman for the Kremlin, \
            Dmitry Peskov, said it was balanced. Peskov added that rare earths were on the table. \
            Rare earths are used in phones. The Kremlin hopes for a deal on rare earths.";
        let got = terms(text, "en", 5);
        assert!(got.iter().any(|t| t == "Kremlin"), "{got:?}");
        assert!(
            got.iter().any(|t| t.eq_ignore_ascii_case("rare earths")),
            "{got:?}"
        );
        for t in &got {
            assert!(!lang::is_stopword("en", t), "{t}");
        }
    }
}
