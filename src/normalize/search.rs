//! The `search` profile: one pass, one table read per character, verbatim runs copied in bulk.

use crate::ucd::canonical_combining_class;

use super::output::{at, zwnj_stays, Ahead, Behind, Out};
use super::table::{
    folded_edge, search_low, search_pairs, search_replacement, Lookup, F_NONSTARTER, F_SPACE, KIND,
    P_EXIT, P_KEEP, P_SAME, S_DEC_SEP, S_DELETE, S_KEEP, S_KEEP_MARK, S_MAP, S_THOU_SEP, S_WS,
    S_ZWNJ,
};
use super::{Normalized, Zwnj};

struct State<'t> {
    text: &'t str,
    out: Out,
    lk: Lookup,
    changes: usize,
    /// Start of the pending verbatim run of the input.
    run: usize,
    /// Input positions of the ASCII capitals in the pending run (the first `ncaps`),
    /// lowercased when it is copied (the same length, so the origin map's run goes on).
    caps: [u32; CAPS],
    ncaps: usize,
    /// Input positions of the two-byte letters in the pending run that are replaced by one of
    /// the same length (the first `nsame`; see [`scan_pairs`]), replaced when it is copied.
    same: [u32; SAME],
    nsame: usize,
    /// The output ends with a space that stands for white space.
    last_space: bool,
    behind: Behind,
    ahead: Ahead,
    zwnj: Zwnj,
    last_zwnj: Option<usize>,
}

impl<'t> State<'t> {
    fn new(text: &'t str, zwnj: Zwnj) -> Self {
        State {
            text,
            out: Out::with_capacity(text.len() + text.len() / 16 + 8),
            lk: Lookup::default(),
            changes: 0,
            run: 0,
            caps: [0; CAPS],
            ncaps: 0,
            same: [0; SAME],
            nsame: 0,
            last_space: false,
            behind: Behind::default(),
            ahead: Ahead::default(),
            zwnj,
            last_zwnj: None,
        }
    }

    /// Copies the pending verbatim run `text[run..i]` (one breakpoint of the origin map at
    /// most), its ASCII capitals lowercased. (Always inlined: the scan loop's exits call it.)
    #[inline(always)]
    fn flush(&mut self, i: usize) {
        if i > self.run {
            if let Some(run) = self.text.get(self.run..i) {
                let base = self.out.text.len();
                if self.nsame > 0 {
                    self.copy_same(run);
                } else {
                    self.out.copy(run, self.run);
                }
                if self.ncaps > 0 {
                    self.lower_capitals(base);
                }
            }
        }
    }

    /// Copies the pending run `run` with its noted same-length letters replaced (out of line:
    /// the scan loop's callers inline `flush`).
    #[inline(never)]
    fn copy_same(&mut self, run: &str) {
        let low = search_low();
        let start = self.run;
        let bytes = self.text.as_bytes();
        let subs = self
            .same
            .get(..self.nsame)
            .unwrap_or(&[])
            .iter()
            .filter_map(|&p| {
                let p = p as usize;
                let (b0, b1) = (*bytes.get(p)?, *bytes.get(p + 1)?);
                let cp = (usize::from(b0 & 0x1F) << 6) | usize::from(b1 & 0x3F);
                let r = char::from_u32(u32::from(*low.same.get(cp)?)).filter(|_| b0 >= 0xC0)?;
                Some((p.checked_sub(start)?, r))
            });
        self.out.copy_replacing(run, start, subs);
        self.changes += self.nsame;
        self.nsame = 0;
    }

    /// Lowercases the noted capitals of the run just copied to `base` (out of line: only
    /// mostly-ASCII text has any, and Arabic text's many short runs pay one test each).
    #[inline(never)]
    fn lower_capitals(&mut self, base: usize) {
        for &p in self.caps.get(..self.ncaps).unwrap_or(&[]) {
            let k = base + (p as usize).saturating_sub(self.run);
            if let Some(c) = self.out.text.get_mut(k..k + 1) {
                c.make_ascii_lowercase();
            }
        }
        self.ncaps = 0;
    }

    /// Notes the ASCII capitals among the eight bytes at `i` (bit 7 of each capital's byte in
    /// `mask`) for the pending run; copies the run first if the list would overflow.
    #[inline]
    fn capitals(&mut self, i: usize, mask: u64) {
        if self.ncaps + 8 > CAPS {
            self.flush(i);
            self.run = i;
        }
        let mut m = mask;
        while m != 0 {
            let k = (m.trailing_zeros() / 8) as usize;
            if let Some(slot) = self.caps.get_mut(self.ncaps) {
                *slot = at(i + k);
                self.ncaps += 1;
            }
            m &= m - 1;
        }
    }

    #[inline]
    fn space(&mut self, i: usize) {
        if !self.last_space {
            self.out.push(' ', at(i));
            self.last_space = true;
        }
    }

    fn map(&mut self, action: u32, c: char, i: usize) {
        let s = search_replacement(&mut self.lk, c);
        if action & (F_NONSTARTER | F_SPACE) == 0 {
            self.out.push_str(&s, at(i));
            self.last_space = false;
            return;
        }
        for ch in s.chars() {
            if ch == ' ' {
                self.space(i);
            } else {
                if canonical_combining_class(ch) != 0 {
                    self.out.push_ordered(ch, at(i));
                } else {
                    self.out.push(ch, at(i));
                }
                self.last_space = false;
            }
        }
    }

    fn separator(&mut self, c: char, i: usize, target: char) {
        let prev_digit = self
            .out
            .text
            .as_bytes()
            .last()
            .is_some_and(u8::is_ascii_digit);
        let next_digit = prev_digit && {
            let next = self.ahead.get(self.text, i + c.len_utf8(), &mut self.lk);
            next.and_then(|n| folded_edge(&mut self.lk, n, false))
                .is_some_and(|f| f.is_ascii_digit())
        };
        if next_digit {
            self.out.push(target, at(i));
            self.changes += 1;
        } else {
            self.out.push(c, at(i));
        }
        self.last_space = false;
    }

    /// Everything but an unchanged character: flush the verbatim run, then apply `action`.
    #[inline(never)]
    fn slow(&mut self, c: char, i: usize, action: u32) {
        self.flush(i);
        self.run = i + c.len_utf8();
        match action & KIND {
            S_DELETE => self.changes += 1,
            S_KEEP_MARK => {
                if self.out.push_ordered(c, at(i)) {
                    self.changes += 1;
                }
                self.last_space = false;
            }
            S_MAP => {
                self.changes += 1;
                self.map(action, c, i);
            }
            S_WS => {
                self.changes += 1;
                self.space(i);
            }
            S_DEC_SEP => self.separator(c, i, '.'),
            S_THOU_SEP => self.separator(c, i, ','),
            S_ZWNJ => self.zwnj(c, i),
            _ => {
                self.out.push(c, at(i));
                self.last_space = false;
            }
        }
    }

    fn zwnj(&mut self, c: char, i: usize) {
        let text = self.text;
        // Neighbours first: the language is only detected for a ZWNJ between two letters.
        let prev = self.behind.get(text, i, &mut self.lk);
        let next = self.ahead.get(text, i + c.len_utf8(), &mut self.lk);
        let keep = zwnj_stays(&mut self.lk, prev, next, self.last_zwnj) && self.zwnj.keeps(text);
        if keep {
            self.out.push(c, at(i));
            self.last_zwnj = Some(i);
            self.last_space = false;
        } else {
            self.changes += 1;
        }
    }
}

/// If eight ASCII bytes (little-endian in `w`) pass through `search` unchanged but for the
/// lowercasing of capitals A–Z (the same length: they stay in the verbatim run), the mask of
/// the capitals (bit 7 of each capital's byte): no byte above 0x7F, no control character or tab/line break (below 0x20), and no
/// space following a space (`last_space`: the byte before the chunk was a kept space).
/// Bit tricks from "Bit Twiddling Hacks" (hasless, hasbetween — exact per byte here —, exact
/// zero-byte mask).
#[inline]
fn ascii8_unchanged(w: u64, last_space: bool) -> Option<u64> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    const M7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    if w & HI != 0 {
        return None;
    }
    // Any byte < 0x20?
    let control = w.wrapping_sub(LO * 0x20) & !w & HI;
    // The bytes in 0x41..=0x5A (0x40 < b < 0x5B): exact per byte (no carry between bytes).
    let low7 = w & M7;
    let upper =
        (LO * (127 + 0x5B)).wrapping_sub(low7) & !w & low7.wrapping_add(LO * (127 - 0x40)) & HI;
    // Exact mask of the spaces (bit 7 of each byte that is 0x20).
    let e = w ^ (LO * 0x20);
    let spaces = !(((e & M7).wrapping_add(M7)) | e) & HI;
    // A space after a space, inside the chunk or after the kept space before it (branch-free).
    let double = spaces & ((spaces << 8) | (u64::from(last_space) << 7)) != 0;
    (control == 0 && !double).then_some(upper)
}

/// Capitals noted per pending run before it is copied.
const CAPS: usize = 64;

/// Same-length replacements noted per pending run before it is copied.
const SAME: usize = 64;

/// The scan of non-ASCII text: from the character start `i`, takes unchanged characters and
/// single spaces into the pending verbatim run, and notes the two-byte letters replaced by
/// one of the same length (أ → ا) in `same` (up to [`SAME`]); returns where it stops (the
/// first character it does not take, or the last byte of the text). One table load per byte
/// pair ([`search_pairs`]). Eight bytes at a time while they hold no other change: their
/// eight loads are independent (the byte-by-byte loop waits for each character's lead byte
/// to find the next); a chunk with a change is then gone through character by character.
/// Not inlined: a small loop keeps everything in registers.
#[inline(never)]
fn scan_pairs(
    bytes: &[u8],
    mut i: usize,
    pairs: &[u8; 1 << 16],
    same: &mut [u32; SAME],
    nsame: &mut usize,
) -> usize {
    const EXITS: u64 = 0x0202_0202_0202_0202;
    let at_pair = |c: &[u8; 9], k: usize| -> u64 {
        let key = u16::from_le_bytes([
            c.get(k).copied().unwrap_or(0),
            c.get(k + 1).copied().unwrap_or(0),
        ]);
        u64::from(pairs.get(usize::from(key)).copied().unwrap_or(P_EXIT)) << (8 * k)
    };
    loop {
        while let Some(c) = bytes
            .get(i..i + 9)
            .and_then(|c| <&[u8; 9]>::try_from(c).ok())
        {
            let v = at_pair(c, 0)
                | at_pair(c, 1)
                | at_pair(c, 2)
                | at_pair(c, 3)
                | at_pair(c, 4)
                | at_pair(c, 5)
                | at_pair(c, 6)
                | at_pair(c, 7);
            if v & EXITS != 0 || *nsame + 8 > SAME {
                break;
            }
            // The same-length letters: at the set bits (P_SAME = 1) of their bytes.
            let mut m = v;
            while m != 0 {
                if let Some(slot) = same.get_mut(*nsame) {
                    *slot = at(i + (m.trailing_zeros() / 8) as usize);
                    *nsame += 1;
                }
                m &= m - 1;
            }
            // A two-byte character across the chunk's end (its last byte a lead): skip its
            // continuation byte too.
            i += 8 + usize::from(c.get(8).is_some_and(|&b| b & 0xC0 == 0x80));
        }
        // Character by character to the end of that chunk.
        let stop = i + 8;
        while i < stop {
            let Some(&[b0, b1]) = bytes.get(i..i + 2) else {
                return i;
            };
            let t = pairs
                .get(usize::from(u16::from_le_bytes([b0, b1])))
                .copied()
                .unwrap_or(P_EXIT);
            if t != P_KEEP {
                if t != P_SAME {
                    return i;
                }
                match same.get_mut(*nsame) {
                    Some(slot) => *slot = at(i),
                    None => return i,
                }
                *nsame += 1;
            }
            i += 1 + usize::from(b0 >> 7);
        }
    }
}

/// Runs the `search` profile. Mostly-ASCII text (judged on its first 4 KiB) gets the loop
/// that also tests eight bytes at a time; other text (Arabic …) the plain one, which that test
/// would only slow down.
pub(crate) fn run(text: &str, zwnj: Zwnj) -> Normalized {
    let head = text.as_bytes().get(..4096).unwrap_or(text.as_bytes());
    let ascii = head.iter().filter(|b| b.is_ascii()).count();
    if ascii * 4 >= head.len() * 3 {
        run_with::<true>(text, zwnj)
    } else {
        run_with::<false>(text, zwnj)
    }
}

fn run_with<const SWAR: bool>(text: &str, zwnj: Zwnj) -> Normalized {
    let mut s = State::new(text, zwnj);
    let low = search_low();
    let bytes = text.as_bytes();
    let mut i = 0usize;
    // Kept in a register; synchronised with `s.last_space` around the slow path.
    let mut last_space = false;
    // ASCII capitals lowercased inside verbatim runs (each one change).
    let mut capitals = 0usize;
    // Only the scan of non-ASCII text uses (and builds, on first use) the pair table.
    let pairs = if SWAR { None } else { Some(search_pairs()) };
    while let Some(&first) = bytes.get(i) {
        if let Some(pairs) = pairs.filter(|_| !SWAR) {
            // Non-ASCII text: the pair scan (a space after a kept space leaves it at once).
            if !(last_space && first == b' ') {
                let j = scan_pairs(bytes, i, pairs, &mut s.same, &mut s.nsame);
                if j > i {
                    last_space = j.checked_sub(1).and_then(|k| bytes.get(k)) == Some(&b' ');
                    i = j;
                }
            }
            match bytes.get(i) {
                None => break,
                // A space the scan leaves because another follows: unchanged.
                Some(b' ') if !last_space => {
                    last_space = true;
                    i += 1;
                    continue;
                }
                Some(_) => {}
            }
        } else {
            // Fast path: unchanged one- and two-byte characters (ASCII, Latin, Greek, Cyrillic,
            // Arabic …) and single spaces, only scanned: they join the pending verbatim run, whose
            // text is copied in bulk and whose origins need no entry (see `Out`). Branch-free on
            // the length of the character (text that alternates Arabic letters and ASCII spaces
            // pays no misprediction per word). The only branch leaves the loop.
            let mut b0 = first;
            // After a failed 8-byte test, go byte by byte for 8 bytes before testing again.
            let mut skip = 0u8;
            loop {
                let b1 = bytes.get(i + 1).copied().unwrap_or(0);
                // Two ASCII bytes in a row: try eight at once (English, French …; not worth it in
                // Arabic text, where an ASCII byte is a lone space or punctuation).
                if SWAR && (b0 | b1) < 0x80 && skip == 0 {
                    let chunk = bytes
                        .get(i..i + 8)
                        .and_then(|c| <[u8; 8]>::try_from(c).ok());
                    match chunk.and_then(|c| ascii8_unchanged(u64::from_le_bytes(c), last_space)) {
                        Some(mask) => {
                            if mask != 0 {
                                capitals += mask.count_ones() as usize;
                                s.capitals(i, mask);
                            }
                            last_space = bytes.get(i + 7) == Some(&b' ');
                            i += 8;
                            match bytes.get(i) {
                                Some(&b) => {
                                    b0 = b;
                                    continue;
                                }
                                None => break,
                            }
                        }
                        None => skip = 8,
                    }
                }
                if SWAR {
                    skip = skip.saturating_sub(1);
                }
                let two = b0 >= 0x80;
                let cp = if two {
                    (u32::from(b0 & 0x1F) << 6) | u32::from(b1 & 0x3F)
                } else {
                    u32::from(b0)
                };
                let action = low
                    .actions
                    .get((cp & 0x7FF) as usize)
                    .copied()
                    .unwrap_or(S_DELETE);
                let is_space = b0 == b' ';
                // With the eight-byte test (mostly-ASCII text), a capital A–Z stays in the run too.
                let capital = SWAR & (b0.wrapping_sub(b'A') < 26);
                let unchanged =
                    (b0 < 0xE0) & ((action == S_KEEP) | (is_space & !last_space) | capital);
                if !unchanged {
                    break;
                }
                if capital {
                    capitals += 1;
                    s.capitals(i, 0x80);
                }
                last_space = is_space;
                i += 1 + usize::from(two);
                match bytes.get(i) {
                    Some(&b) => b0 = b,
                    None => break,
                }
            }
        }
        if i >= bytes.len() {
            break;
        }
        // Anything else: decode the character, look its action up.
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        let len = c.len_utf8();
        let action = if (c as u32) < 0x800 {
            low.actions.get(c as usize).copied().unwrap_or(S_DELETE)
        } else {
            s.lk.search(c).0
        };
        if action & KIND == S_KEEP && c != ' ' {
            // A kept character of three or four bytes (punctuation, CJK, emoji …): part of the
            // verbatim run.
            last_space = false;
            i += len;
            continue;
        }
        if let Some(r) = low
            .same
            .get(c as usize)
            .filter(|&&r| r != 0 && len == 2)
            .and_then(|&r| char::from_u32(u32::from(r)))
        {
            // A two-byte letter replaced by another (أ → ا): what `slow` does for it, without
            // the general dispatch (6 % of Arabic letters).
            s.flush(i);
            s.out.push_inline(r, at(i));
            s.run = i + 2;
            s.changes += 1;
            last_space = false;
            i += 2;
            continue;
        }
        s.last_space = last_space;
        s.slow(c, i, action);
        last_space = s.last_space;
        i += len;
    }
    s.changes += capitals;
    s.finish(last_space)
}

/// The same result as [`run`], one character at a time through the general path (no runs,
/// no eight-byte test): the reference the fast paths are tested against.
#[cfg(test)]
pub(crate) fn run_reference(text: &str, zwnj: Zwnj) -> Normalized {
    let mut s = State::new(text, zwnj);
    let mut lk = Lookup::default();
    for (i, c) in text.char_indices() {
        let action = lk.search(c).0;
        let unchanged = if c == ' ' {
            !s.last_space
        } else {
            action & KIND == S_KEEP
        };
        if unchanged {
            s.out.push(c, at(i));
            s.run = i + c.len_utf8();
            s.last_space = c == ' ';
        } else {
            s.slow(c, i, action);
        }
    }
    let last_space = s.last_space;
    s.finish(last_space)
}

/// [`run`] with the eight-byte ASCII test on (`swar`) or off, whatever the text.
#[cfg(test)]
pub(crate) fn run_variant(text: &str, zwnj: Zwnj, swar: bool) -> Normalized {
    if swar {
        run_with::<true>(text, zwnj)
    } else {
        run_with::<false>(text, zwnj)
    }
}

impl State<'_> {
    /// Flushes the last run, drops a trailing space and returns the result.
    fn finish(mut self, last_space: bool) -> Normalized {
        self.last_space = last_space;
        self.flush(self.text.len());
        if self.last_space && self.out.text.ends_with(' ') {
            let len = self.out.text.len() - 1;
            self.out.truncate(len);
            self.changes += 1;
        }
        Normalized {
            text: self.out.text,
            runs: self.out.runs,
            changes: self.changes,
        }
    }
}
