//! The keyword automaton: Aho-Corasick over the folded stems, standard (overlapping) semantics.
//!
//! Written here instead of linking the `aho-corasick` crate (issue #7: its three automaton
//! builders and the prefilter builder it links even when prefilters are off were ~10 KB of the
//! gzipped module); the matcher needs one search only: every occurrence of every stem,
//! overlapping ones included. A DFA (one table read per byte) for the usual few hundred
//! keywords; for large sets, where a DFA row per state would cost too much memory, the trie
//! itself with failure links, rows over the byte classes for states with many children and
//! sorted lists for the others. Both report the matches of a position in the order of the
//! `aho-corasick` crate: the longest stem first, then its suffixes along the failure links.

/// Keys up to this many bytes in all are compiled to a DFA, larger sets to an NFA.
const DFA_MAX_BYTES: usize = 16 * 1024;

/// The root state (the start state) of every automaton here.
const ROOT: u32 = 0;

/// A compiled set of stems.
#[derive(Debug, Clone)]
pub(super) enum Keys {
    /// Every state has a full row of transitions (boxed: the `Analyzer` that holds it stays
    /// small).
    Dfa(Box<Dfa>),
    /// Failure links are followed at search time.
    Nfa(Box<Nfa>),
}

impl Keys {
    /// Compiles `stems` (pattern `i` is `stems[i]`).
    pub(super) fn build(stems: &[String]) -> Result<Keys, String> {
        let trie = Trie::new(stems)?;
        let bytes: usize = stems.iter().map(String::len).sum();
        Ok(if bytes <= DFA_MAX_BYTES {
            Keys::Dfa(Box::new(Dfa::new(trie)))
        } else {
            Keys::Nfa(Box::new(Nfa::new(trie)))
        })
    }

    /// Calls `f(pattern, start, end)` for every occurrence of every stem in `hay`, overlapping
    /// ones included, in order of their end (then longest first).
    pub(super) fn overlapping(&self, hay: &[u8], f: impl FnMut(usize, usize, usize)) {
        match self {
            Keys::Dfa(a) => a.overlapping(hay, f),
            Keys::Nfa(a) => a.overlapping(hay, f),
        }
    }
}

/// The byte classes: the bytes that occur in no stem share class 0, every other byte has a
/// class of its own.
#[derive(Debug, Clone)]
struct Classes {
    of: [u8; 256],
    /// Number of classes.
    len: usize,
}

impl Classes {
    fn new(stems: &[String]) -> Result<Classes, String> {
        let mut used = [false; 256];
        for s in stems {
            for &b in s.as_bytes() {
                if let Some(u) = used.get_mut(usize::from(b)) {
                    *u = true;
                }
            }
        }
        let mut of = [0u8; 256];
        let mut len = 1usize;
        for (class, u) in of.iter_mut().zip(used) {
            if u {
                // UTF-8 text never holds more than 243 distinct bytes.
                *class = u8::try_from(len).map_err(|_| "too many distinct bytes".to_owned())?;
                len += 1;
            }
        }
        Ok(Classes { of, len })
    }

    #[inline(always)]
    fn get(&self, b: u8) -> usize {
        usize::from(self.of.get(usize::from(b)).copied().unwrap_or(0))
    }
}

/// The trie of the stems with failure links and, per state, the stems that end there (its
/// own first, then those of its failure state).
#[derive(Debug)]
struct Trie {
    classes: Classes,
    /// Per state: its children as `(class, state)`, sorted by class.
    children: Vec<Vec<(u8, u32)>>,
    fail: Vec<u32>,
    /// The states in breadth-first order (the root first).
    order: Vec<u32>,
    matches: Matches,
    /// Per pattern, its length in bytes.
    lens: Vec<u32>,
}

/// The patterns that end in each state, as one list.
#[derive(Debug, Clone, Default)]
struct Matches {
    /// State `s`'s patterns are `ids[start[s]..start[s + 1]]`.
    start: Vec<u32>,
    ids: Vec<u32>,
}

impl Matches {
    #[inline(always)]
    fn of(&self, state: usize) -> &[u32] {
        let (Some(&a), Some(&b)) = (self.start.get(state), self.start.get(state + 1)) else {
            return &[];
        };
        self.ids.get(a as usize..b as usize).unwrap_or(&[])
    }
}

/// A state or pattern number as `u32`, or the error of an automaton too large for them.
fn id(n: usize) -> Result<u32, String> {
    u32::try_from(n)
        .ok()
        .filter(|&n| n < u32::MAX >> 9)
        .ok_or_else(|| "cannot compile the keywords: too many states".to_owned())
}

impl Trie {
    fn new(stems: &[String]) -> Result<Trie, String> {
        let classes = Classes::new(stems)?;
        let mut children: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        let mut own: Vec<Vec<u32>> = vec![Vec::new()];
        let mut lens = Vec::with_capacity(stems.len());
        for (p, stem) in stems.iter().enumerate() {
            lens.push(id(stem.len())?);
            let mut s = 0usize;
            for &b in stem.as_bytes() {
                let c = classes.get(b) as u8;
                let next = children.len();
                let Some(list) = children.get_mut(s) else {
                    break;
                };
                match list.binary_search_by_key(&c, |&(k, _)| k) {
                    Ok(i) => s = list.get(i).map_or(0, |&(_, t)| t as usize),
                    Err(i) => {
                        list.insert(i, (c, id(next)?));
                        children.push(Vec::new());
                        own.push(Vec::new());
                        s = next;
                    }
                }
            }
            if let Some(list) = own.get_mut(s) {
                list.push(id(p)?);
            }
        }
        let n = children.len();
        let mut fail = vec![ROOT; n];
        let mut order = Vec::with_capacity(n);
        order.push(ROOT);
        let mut start = vec![0u32; n + 1];
        let mut lists: Vec<Vec<u32>> = own;
        // Breadth first: a state's failure state is shallower, so it is complete (failure
        // link and match list) before the state is reached.
        let mut head = 0;
        while let Some(&s) = order.get(head) {
            head += 1;
            let kids = children.get(s as usize).cloned().unwrap_or_default();
            for (c, t) in kids {
                let f = if s == ROOT {
                    ROOT
                } else {
                    let mut f = fail.get(s as usize).copied().unwrap_or(ROOT);
                    loop {
                        if let Some(x) = child(&children, f, c) {
                            break x;
                        }
                        if f == ROOT {
                            break ROOT;
                        }
                        f = fail.get(f as usize).copied().unwrap_or(ROOT);
                    }
                };
                if let Some(slot) = fail.get_mut(t as usize) {
                    *slot = f;
                }
                let inherited = lists.get(f as usize).cloned().unwrap_or_default();
                if let Some(list) = lists.get_mut(t as usize) {
                    list.extend(inherited);
                }
                order.push(t);
            }
        }
        let mut ids = Vec::new();
        for (s, list) in lists.iter().enumerate() {
            if let Some(slot) = start.get_mut(s) {
                *slot = id(ids.len())?;
            }
            ids.extend_from_slice(list);
        }
        if let Some(slot) = start.get_mut(n) {
            *slot = id(ids.len())?;
        }
        Ok(Trie {
            classes,
            children,
            fail,
            order,
            matches: Matches { start, ids },
            lens,
        })
    }

    /// The children of state `s`, sorted by class.
    fn kids(&self, s: u32) -> &[(u8, u32)] {
        self.children.get(s as usize).map_or(&[], Vec::as_slice)
    }

    /// The failure state of state `s`.
    fn fail_of(&self, s: u32) -> u32 {
        self.fail.get(s as usize).copied().unwrap_or(ROOT)
    }

    fn has_matches(&self, state: usize) -> bool {
        !self.matches.of(state).is_empty()
    }
}

/// The child of `s` by class `c`.
fn child(children: &[Vec<(u8, u32)>], s: u32, c: u8) -> Option<u32> {
    let list = children.get(s as usize)?;
    let i = list.binary_search_by_key(&c, |&(k, _)| k).ok()?;
    list.get(i).map(|&(_, t)| t)
}

/// Reports the matches of state `s` ending at `end`.
#[inline(always)]
fn report(
    matches: &Matches,
    lens: &[u32],
    s: usize,
    end: usize,
    f: &mut impl FnMut(usize, usize, usize),
) {
    for &p in matches.of(s) {
        let len = lens.get(p as usize).copied().unwrap_or(0) as usize;
        f(p as usize, end.saturating_sub(len), end);
    }
}

/// A DFA: `trans[(s << shift) + class]` is the next state, shifted left by `shift`, with bit 0
/// set when that state has matches (`shift` ≥ 1 keeps the bit free).
#[derive(Debug, Clone)]
pub(super) struct Dfa {
    classes: Classes,
    shift: u32,
    trans: Vec<u32>,
    matches: Matches,
    lens: Vec<u32>,
}

impl Dfa {
    fn new(trie: Trie) -> Dfa {
        let stride = trie.classes.len.next_power_of_two().max(2);
        let shift = stride.trailing_zeros();
        let n = trie.children.len();
        let mut trans = vec![0u32; n << shift];
        let entry = |t: u32| (t << shift) | u32::from(trie.has_matches(t as usize));
        // In breadth-first order the failure state's row is complete before it is copied.
        for &s in &trie.order {
            let base = (s as usize) << shift;
            let f = (trie.fail_of(s) as usize) << shift;
            if s != ROOT && f.max(base) + stride <= trans.len() {
                trans.copy_within(f..f + stride, base);
            }
            for &(c, t) in trie.kids(s) {
                if let Some(slot) = trans.get_mut(base + usize::from(c)) {
                    *slot = entry(t);
                }
            }
        }
        Dfa {
            classes: trie.classes,
            shift,
            trans,
            matches: trie.matches,
            lens: trie.lens,
        }
    }

    fn overlapping(&self, hay: &[u8], mut f: impl FnMut(usize, usize, usize)) {
        let mut sid = u32::from(!self.matches.of(0).is_empty());
        for (i, &b) in hay.iter().enumerate() {
            let at = (sid & !1) as usize + self.classes.get(b);
            sid = self.trans.get(at).copied().unwrap_or(0);
            if sid & 1 != 0 {
                report(
                    &self.matches,
                    &self.lens,
                    (sid >> self.shift) as usize,
                    i + 1,
                    &mut f,
                );
            }
        }
    }
}

/// States this close to the root get a complete row of transitions (most of a search is
/// spent there), as long as the rows hold at most [`ROW_BUDGET`] entries per byte of the
/// stems; deeper states a sorted list of their children, and the failure links.
const ROW_DEPTH: u32 = 6;

/// See [`ROW_DEPTH`] (8 entries: 32 bytes of rows per byte of stems at most).
const ROW_BUDGET: usize = 8;

/// The trie searched with its failure links. A state is named by its tag: `row << 2 | 2 | m`
/// for a state with a row in `rows`, else `list << 2 | m`; `m` is 1 when patterns end in it.
#[derive(Debug, Clone)]
pub(super) struct Nfa {
    classes: Classes,
    /// Complete rows of `classes.len` tags, the root's first.
    rows: Vec<u32>,
    /// Per list: `[start, fail]`: its children are `keys/next[start..next list's start]`,
    /// `fail` the tag of its failure state. One more entry closes the last list.
    lists: Vec<[u32; 2]>,
    keys: Vec<u8>,
    next: Vec<u32>,
    /// The trie state of each row and of each list (for the match lists).
    row_state: Vec<u32>,
    list_state: Vec<u32>,
    matches: Matches,
    lens: Vec<u32>,
}

impl Nfa {
    fn new(trie: Trie) -> Nfa {
        let width = trie.classes.len;
        let n = trie.children.len();
        let mut depth = vec![0u32; n];
        let mut tag = vec![0u32; n];
        let mut row_state = Vec::new();
        let mut list_state = Vec::new();
        let budget = ROW_BUDGET * trie.lens.iter().map(|&l| l as usize).sum::<usize>();
        for &s in &trie.order {
            let d = depth.get(s as usize).copied().unwrap_or(0);
            for &(_, t) in trie.kids(s) {
                if let Some(slot) = depth.get_mut(t as usize) {
                    *slot = d + 1;
                }
            }
            let m = u32::from(trie.has_matches(s as usize));
            // Breadth first, so the failure state of a state with a row has one too.
            let t = if s == ROOT || (d <= ROW_DEPTH && (row_state.len() + 1) * width <= budget) {
                row_state.push(s);
                ((row_state.len() as u32 - 1) << 2) | 2 | m
            } else {
                list_state.push(s);
                ((list_state.len() as u32 - 1) << 2) | m
            };
            if let Some(slot) = tag.get_mut(s as usize) {
                *slot = t;
            }
        }
        let tag_of = |s: u32| tag.get(s as usize).copied().unwrap_or(2);
        // Rows in breadth-first order: a state's failure state (shallower) has its row first.
        let mut rows: Vec<u32> = Vec::with_capacity(row_state.len() * width);
        for &s in &row_state {
            let base = rows.len();
            let f = tag_of(trie.fail_of(s));
            let from = (f >> 2) as usize * width;
            if s != ROOT && f & 2 != 0 && from + width <= base {
                rows.extend_from_within(from..from + width);
            } else {
                rows.resize(base + width, tag_of(ROOT));
            }
            for &(c, t) in trie.kids(s) {
                if let Some(slot) = rows.get_mut(base + usize::from(c)) {
                    *slot = tag_of(t);
                }
            }
        }
        let mut lists = Vec::with_capacity(list_state.len() + 1);
        let mut keys = Vec::new();
        let mut next = Vec::new();
        for &s in &list_state {
            let f = tag_of(trie.fail_of(s));
            lists.push([keys.len() as u32, f]);
            for &(c, t) in trie.kids(s) {
                keys.push(c);
                next.push(tag_of(t));
            }
        }
        lists.push([keys.len() as u32, tag_of(ROOT)]);
        Nfa {
            classes: trie.classes,
            rows,
            lists,
            keys,
            next,
            row_state,
            list_state,
            matches: trie.matches,
            lens: trie.lens,
        }
    }

    /// The state (tag) after state `k` on class `c`.
    #[inline(always)]
    fn step(&self, mut k: u32, c: usize) -> u32 {
        loop {
            if k & 2 != 0 {
                // A complete row.
                let at = (k >> 2) as usize * self.classes.len + c;
                return self.rows.get(at).copied().unwrap_or(2);
            }
            let l = (k >> 2) as usize;
            let (Some(&[a, fail]), Some(&[b, _])) = (self.lists.get(l), self.lists.get(l + 1))
            else {
                return 2;
            };
            let (a, b) = (a as usize, b as usize);
            let keys = self.keys.get(a..b).unwrap_or(&[]);
            let c8 = c as u8;
            let i = if keys.len() <= 8 {
                keys.iter().position(|&k| k == c8)
            } else {
                keys.binary_search(&c8).ok()
            };
            if let Some(t) = i.and_then(|i| self.next.get(a + i).copied()) {
                return t;
            }
            // Rows are complete and the root has one: the failure links end there.
            k = fail;
        }
    }

    fn overlapping(&self, hay: &[u8], mut f: impl FnMut(usize, usize, usize)) {
        let mut k = 2 | u32::from(!self.matches.of(ROOT as usize).is_empty());
        for (i, &b) in hay.iter().enumerate() {
            k = self.step(k, self.classes.get(b));
            if k & 1 != 0 {
                let states = if k & 2 != 0 {
                    &self.row_state
                } else {
                    &self.list_state
                };
                if let Some(&s) = states.get((k >> 2) as usize) {
                    report(&self.matches, &self.lens, s as usize, i + 1, &mut f);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every (pattern, start, end) by brute force, in the order the automata report them:
    /// by end, then longest first.
    fn naive(stems: &[&str], hay: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        for end in 1..=hay.len() {
            let mut here: Vec<(usize, usize, usize)> = stems
                .iter()
                .enumerate()
                .filter(|(_, s)| !s.is_empty() && hay.as_bytes()[..end].ends_with(s.as_bytes()))
                .map(|(p, s)| (p, end - s.len(), end))
                .collect();
            here.sort_by_key(|&(_, start, _)| start);
            out.extend(here);
        }
        out
    }

    fn run(keys: &Keys, hay: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        keys.overlapping(hay.as_bytes(), |p, s, e| out.push((p, s, e)));
        out
    }

    fn both(stems: &[&str]) -> [Keys; 2] {
        let owned: Vec<String> = stems.iter().map(|s| s.to_string()).collect();
        let trie = || Trie::new(&owned).unwrap();
        [
            Keys::Dfa(Box::new(Dfa::new(trie()))),
            Keys::Nfa(Box::new(Nfa::new(trie()))),
        ]
    }

    #[test]
    fn overlapping_matches_in_order() {
        let stems = [
            "he",
            "she",
            "his",
            "hers",
            "e",
            "الكرملين",
            "كرم",
            "ملي",
            "ن",
        ];
        let hays = [
            "ushers and his heroes; she said he",
            "في الكرملين والكرملين كرملينات",
            "",
            "hhhhe eeee",
        ];
        for keys in both(&stems) {
            for hay in hays {
                assert_eq!(run(&keys, hay), naive(&stems, hay), "{hay}");
            }
        }
    }

    #[test]
    fn large_sets_match_like_small_ones() {
        // Many stems sharing prefixes and suffixes: rows and lists both in use.
        let mut stems = Vec::new();
        for a in ["ال", "وال", "بال", "a", "ab", "abc"] {
            for b in ["كتاب", "كتب", "مكتب", "c", "bc", "cab"] {
                stems.push(format!("{a}{b}"));
            }
        }
        stems.push("ت".into());
        let refs: Vec<&str> = stems.iter().map(String::as_str).collect();
        let hay = "والكتاب بالمكتب abcab abcabc الكتبababcab كتابت";
        for keys in both(&refs) {
            assert_eq!(run(&keys, hay), naive(&refs, hay));
        }
        let owned: Vec<String> = (0..3000).map(|i| format!("k{i}w")).collect();
        assert!(matches!(Keys::build(&owned).unwrap(), Keys::Nfa(_)));
        let hay = "k12w k2999w k3000w kk1ww";
        let refs: Vec<&str> = owned.iter().map(String::as_str).collect();
        assert_eq!(run(&Keys::build(&owned).unwrap(), hay), naive(&refs, hay));
    }

    /// What the `aho-corasick` crate reports (standard semantics, overlapping), in its order.
    fn reference(stems: &[String], hay: &str) -> Vec<(usize, usize, usize)> {
        let ac = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(stems)
            .unwrap();
        ac.find_overlapping_iter(hay)
            .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
            .collect()
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]
        /// Same matches, same order as the crate, for both automata, on stems and texts over a
        /// small alphabet (many shared prefixes and suffixes) with Arabic letters.
        #[test]
        fn same_as_aho_corasick(
            stems in proptest::collection::vec("[abو][abكت]{0,4}", 1..40),
            hay in "[abوكت ]{0,80}",
        ) {
            let mut unique: Vec<String> = Vec::new();
            for s in stems {
                if !unique.contains(&s) {
                    unique.push(s);
                }
            }
            let want = reference(&unique, &hay);
            let trie = || Trie::new(&unique).unwrap();
            for keys in [
            Keys::Dfa(Box::new(Dfa::new(trie()))),
            Keys::Nfa(Box::new(Nfa::new(trie()))),
        ] {
                prop_assert_eq!(run(&keys, &hay), want.clone());
            }
        }
    }
}
