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

/// Normalized text under construction.
#[derive(Debug, Default)]
pub(crate) struct Out {
    pub text: String,
    pub origin: Vec<u32>,
}

impl Out {
    pub(crate) fn with_capacity(n: usize) -> Self {
        Out {
            text: String::with_capacity(n),
            origin: Vec::with_capacity(n),
        }
    }

    /// Appends `c`, produced by the input character at `at`.
    #[inline]
    pub(crate) fn push(&mut self, c: char, at: u32) {
        self.text.push(c);
        self.origin.extend(std::iter::repeat_n(at, c.len_utf8()));
    }

    /// Appends `s`, all produced by the input character at `at`.
    #[inline]
    pub(crate) fn push_str(&mut self, s: &str, at: u32) {
        self.text.push_str(s);
        self.origin.extend(std::iter::repeat_n(at, s.len()));
    }

    /// Appends `run`, a verbatim copy of the input starting at byte `start`.
    #[inline]
    pub(crate) fn copy(&mut self, run: &str, start: usize) {
        self.text.push_str(run);
        let start = at(start);
        let base = self.origin.len();
        let n = run.len();
        // Byte k of the run first gets start + k (vectorised) …
        self.origin
            .extend((0..n).map(|k| start.saturating_add(k as u32)));
        if run.is_ascii() {
            return;
        }
        // … then continuation bytes are moved back to the start of their character: by 1, 2
        // or 3 according to how many continuation bytes precede them (branch-free, so it
        // vectorises too).
        let bytes = run.as_bytes();
        let cont = |b: u8| u32::from((b as i8) < -64);
        if let Some(o) = self.origin.get_mut(base..) {
            if let (Some(slot), Some(&b1)) = (o.get_mut(1), bytes.get(1)) {
                *slot -= cont(b1);
            }
            if let (Some(o), Some(x), Some(y), Some(z)) = (
                o.get_mut(2..),
                bytes.get(2..),
                bytes.get(1..n.saturating_sub(1)),
                bytes.get(..n.saturating_sub(2)),
            ) {
                for (((slot, &x), &y), &z) in o.iter_mut().zip(x).zip(y).zip(z) {
                    let c0 = cont(x);
                    let c1 = c0 & cont(y);
                    let c2 = c1 & cont(z);
                    *slot -= c0 + c1 + c2;
                }
            }
        }
    }

    /// Removes everything from byte `len` on.
    pub(crate) fn truncate(&mut self, len: usize) {
        self.text.truncate(len);
        self.origin.truncate(len);
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
        let o = self.origin.get(split).copied().unwrap_or(at);
        let tail = self.text.get(split..).unwrap_or("").to_owned();
        self.truncate(split);
        self.push(c, o);
        self.push_str(&tail, o);
        true
    }
}

/// The nearest significant character (not deleted by `search`, not ZWNJ) before a position
/// of the input, found by scanning backwards; each byte is scanned at most once per pass.
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
                    if !search_ignorable(lk, ch) {
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

/// The nearest significant character at or after a position, cached so that a run of
/// ignorable characters is scanned once.
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
                if !search_ignorable(lk, ch) {
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
