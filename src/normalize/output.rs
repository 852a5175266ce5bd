//! The output under construction (text + origin map) and the context look-ups shared by both
//! profiles (the significant character before / after a position, ZWNJ decision).

use crate::ucd::canonical_combining_class;

use super::table::{folded_edge, search_ignorable, Lookup};

/// How far back a non-starter may be moved by canonical ordering. Real text has at most a
/// handful of marks per letter (Unicode's Stream-Safe format allows 30); the cap keeps
/// adversarial runs of thousands of marks linear.
const MAX_REORDER: usize = 32;

/// Converts an input byte offset to the `u32` of the origin map (saturating; see
/// [`super::MAX_INPUT_BYTES`]).
#[inline]
pub(crate) fn at(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// Normalized text under construction, with its origin map stored sparsely: a list of
/// breakpoints `(output char start, input offset)` where the offset between output and input
/// changes. Between two breakpoints each output character comes from the input character at
/// the same distance from the breakpoint (a verbatim run, or characters replaced by one of
/// the same length, such as أ → ا); deleted characters, expansions (ﻻ → لا) and shorter or
/// longer replacements (é → e, ٣ → 3) start a new breakpoint. Most text is unchanged, so the
/// map is a small fraction of the text instead of a `u32` per byte.
#[derive(Debug, Default)]
pub(crate) struct Out {
    pub text: String,
    pub runs: Vec<(usize, u32)>,
}

impl Out {
    pub(crate) fn with_capacity(n: usize) -> Self {
        Out {
            text: String::with_capacity(n),
            runs: Vec::with_capacity(n / 256 + 16),
        }
    }

    /// Records that the next output character (at `self.text.len()`) comes from input offset
    /// `at`. Keeps the breakpoints canonical: strictly increasing positions, each changing the
    /// offset (so equal maps have equal breakpoints, whatever path built them).
    #[inline]
    fn note(&mut self, at: u32) {
        let p = self.text.len();
        if self.runs.last().is_some_and(|r| r.0 == p) {
            self.runs.pop();
        }
        if let Some(&(lp, lo)) = self.runs.last() {
            if i64::from(at) - i64::from(lo) == p as i64 - lp as i64 {
                return;
            }
        }
        self.runs.push((p, at));
    }

    /// Appends `c`, produced by the input character at `at`.
    #[inline]
    pub(crate) fn push(&mut self, c: char, at: u32) {
        self.note(at);
        self.text.push(c);
    }

    /// [`Out::push`], always inlined: for the one call in the `search` scan loop's exit for
    /// same-length letters (out of line, it costs Arabic text ~1 % more instructions).
    #[inline(always)]
    pub(crate) fn push_inline(&mut self, c: char, at: u32) {
        self.note(at);
        self.text.push(c);
    }

    /// Appends `s`, all produced by the input character at `at`.
    #[inline]
    pub(crate) fn push_str(&mut self, s: &str, at: u32) {
        for c in s.chars() {
            self.push(c, at);
        }
    }

    /// Appends `run`, a verbatim copy of the input starting at byte `start`.
    #[inline]
    pub(crate) fn copy(&mut self, run: &str, start: usize) {
        if !run.is_empty() {
            self.note(at(start));
            self.text.push_str(run);
        }
    }

    /// Appends `run`, a copy of the input starting at byte `start` in which some characters
    /// are replaced by one of the same length: `subs` gives their offsets in `run` (sorted)
    /// and replacements. One origin run, like [`Out::copy`].
    pub(crate) fn copy_replacing(
        &mut self,
        run: &str,
        start: usize,
        subs: impl Iterator<Item = (usize, char)>,
    ) {
        if run.is_empty() {
            return;
        }
        self.note(at(start));
        let base = self.text.len();
        self.text.push_str(run);
        for (k, r) in subs {
            let mut buf = [0u8; 4];
            let r = r.encode_utf8(&mut buf);
            let (a, b) = (base + k, base + k + r.len());
            // A replacement that would not fit its place is skipped (never the case: see
            // `search_pairs`), keeping the text and its map consistent.
            if self.text.is_char_boundary(a) && self.text.is_char_boundary(b) {
                self.text.replace_range(a..b, r);
            }
        }
    }

    /// Removes everything from byte `len` on.
    pub(crate) fn truncate(&mut self, len: usize) {
        self.text.truncate(len);
        while self.runs.last().is_some_and(|r| r.0 >= len) {
            self.runs.pop();
        }
    }

    /// The input offset of the character that produced output byte `pos`.
    pub(crate) fn origin_at(&self, pos: usize) -> Option<u32> {
        origin_at(&self.text, &self.runs, pos)
    }

    /// Appends the non-starter `c`, moving it before the trailing non-starters of higher
    /// canonical combining class (canonical ordering). Moved characters take the origin of
    /// the first of them, which keeps the map monotone.
    /// Returns true if it moved.
    pub(crate) fn push_ordered(&mut self, c: char, at: u32) -> bool {
        let class = canonical_combining_class(c);
        let mut split = self.text.len();
        for (idx, ch) in self.text.char_indices().rev().take(MAX_REORDER) {
            if canonical_combining_class(ch) > class {
                split = idx;
            } else {
                break;
            }
        }
        if split == self.text.len() || class == 0 {
            self.push(c, at);
            return false;
        }
        let o = self.origin_at(split).unwrap_or(at);
        let tail = self.text.get(split..).unwrap_or("").to_owned();
        self.truncate(split);
        self.push(c, o);
        self.push_str(&tail, o);
        true
    }
}

/// The input offset of the character that produced byte `pos` of `text`, given the
/// breakpoints of its origin map (see [`Out`]); `None` past the end.
pub(crate) fn origin_at(text: &str, runs: &[(usize, u32)], pos: usize) -> Option<u32> {
    if pos >= text.len() {
        return None;
    }
    let c = crate::text::floor_char_boundary(text, pos);
    let k = runs.partition_point(|r| r.0 <= c);
    let &(p, o) = runs.get(k.checked_sub(1)?)?;
    Some(o.saturating_add(u32::try_from(c - p).unwrap_or(u32::MAX)))
}

/// Whether a neighbour look-up passes over `ch`: deleted by `search`, ZWNJ, or a combining
/// mark that canonical ordering may move (so the decision about a ZWNJ, ZWJ or bidi mark does
/// not depend on the order of the marks beside it, and a second pass decides as the first).
fn passed_over(lk: &mut Lookup, ch: char) -> bool {
    search_ignorable(lk, ch) || canonical_combining_class(ch) != 0
}

/// The nearest significant character (not deleted by `search`, not ZWNJ, not a reorderable
/// mark) before a position of the input, found by scanning backwards; each byte is scanned
/// at most once per pass.
#[derive(Debug, Default)]
pub(crate) struct Behind {
    upto: usize,
    found: Option<(usize, char)>,
}

impl Behind {
    /// The last significant character of `text[..i]` and its position (`i` never decreases).
    pub(crate) fn get(&mut self, text: &str, i: usize, lk: &mut Lookup) -> Option<(usize, char)> {
        if i > self.upto {
            if let Some(part) = text.get(self.upto..i) {
                for (p, ch) in part.char_indices().rev() {
                    if !passed_over(lk, ch) {
                        self.found = Some((self.upto + p, ch));
                        break;
                    }
                }
            }
            self.upto = i;
        }
        self.found
    }
}

/// The nearest significant character (as for [`Behind`]) at or after a position, cached so
/// that a run of ignorable characters is scanned once.
#[derive(Debug, Default)]
pub(crate) struct Ahead {
    from: usize,
    /// Position of the character found (`text.len()` if none) and the character.
    until: usize,
    found: Option<char>,
    valid: bool,
}

impl Ahead {
    /// The first significant character of `text[j..]`.
    pub(crate) fn get(&mut self, text: &str, j: usize, lk: &mut Lookup) -> Option<char> {
        if self.valid && self.from <= j && j <= self.until {
            return self.found;
        }
        self.from = j;
        self.until = text.len();
        self.found = None;
        self.valid = true;
        if let Some(rest) = text.get(j..) {
            for (p, ch) in rest.char_indices() {
                if !passed_over(lk, ch) {
                    self.until = j + p;
                    self.found = Some(ch);
                    break;
                }
            }
        }
        self.found
    }
}

/// Whether a ZWNJ in a ZWNJ language stays: it must sit between two letters (judged on their
/// `search` folding, so both profiles decide alike) and not repeat one kept since the
/// previous letter.
pub(crate) fn zwnj_stays(
    lk: &mut Lookup,
    prev: Option<(usize, char)>,
    next: Option<char>,
    last_kept: Option<usize>,
) -> bool {
    let Some((p, pc)) = prev else { return false };
    if last_kept.is_some_and(|k| k > p) {
        return false;
    }
    let before = folded_edge(lk, pc, true).is_some_and(char::is_alphabetic);
    let after = next
        .and_then(|n| folded_edge(lk, n, false))
        .is_some_and(char::is_alphabetic);
    before && after
}
