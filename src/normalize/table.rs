//! Compact lookup tables: what each character becomes, per profile.
//!
//! The Basic Multilingual Plane is cut into 256 pages of 256 code points. A page is built the
//! first time a character of it is seen (from [`super::fold`], i.e. from the data files and the
//! Unicode tables) and then answers with one array read: a `u32` action per code point plus a
//! string pool for replacements. Characters outside the BMP (emoji, historic scripts) are rare
//! in news text and computed on the fly.

use std::sync::OnceLock;

use crate::ucd::canonical_combining_class;

use super::data::{data, Invisible};
use super::fold::{clean_class, invisible, search_fold, CleanClass};

/// Low 4 bits of an action: what to do.
pub(crate) const KIND: u32 = 0xF;
/// Flag: the replacement holds a non-starter (canonical ordering needed).
pub(crate) const F_NONSTARTER: u32 = 1 << 4;
/// Flag: the replacement holds a space (`search`), or the space is a no-break space (`clean`).
pub(crate) const F_SPACE: u32 = 1 << 5;

// `search` kinds.
/// Copied unchanged (a starter).
pub(crate) const S_KEEP: u32 = 0;
/// Copied unchanged, but a non-starter (canonical ordering applies).
pub(crate) const S_KEEP_MARK: u32 = 1;
/// Deleted.
pub(crate) const S_DELETE: u32 = 2;
/// Replaced by a pool string.
pub(crate) const S_MAP: u32 = 3;
/// White space.
pub(crate) const S_WS: u32 = 4;
/// ZERO WIDTH NON-JOINER.
pub(crate) const S_ZWNJ: u32 = 5;
/// ARABIC DECIMAL SEPARATOR.
pub(crate) const S_DEC_SEP: u32 = 6;
/// ARABIC THOUSANDS SEPARATOR.
pub(crate) const S_THOU_SEP: u32 = 7;

// `clean` kinds.
/// Copied unchanged; cannot compose with its neighbours.
pub(crate) const C_STABLE: u32 = 0;
/// Goes through canonical composition.
pub(crate) const C_NFC: u32 = 1;
/// Deleted.
pub(crate) const C_DELETE: u32 = 2;
/// Replaced by a pool string (then composed).
pub(crate) const C_MAP: u32 = 3;
/// Horizontal white space (flag [`F_SPACE`] for the no-break spaces).
pub(crate) const C_HSPACE: u32 = 4;
/// Line or paragraph break.
pub(crate) const C_LINEBREAK: u32 = 5;
/// ZERO WIDTH NON-JOINER.
pub(crate) const C_ZWNJ: u32 = 6;
/// ZERO WIDTH JOINER.
pub(crate) const C_ZWJ: u32 = 7;
/// LRM, RLM, ALM.
pub(crate) const C_BIDI: u32 = 8;
/// Embedding, override, isolate or their terminators.
pub(crate) const C_EMBED: u32 = 9;

/// One page of 256 code points.
#[derive(Debug)]
pub(crate) struct Page {
    actions: [u32; 256],
    pool: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Which {
    Search,
    Clean,
}

fn build(which: Which, page: u32) -> Box<Page> {
    let mut p = Box::new(Page {
        actions: [0; 256],
        pool: String::new(),
    });
    for (lo, slot) in p.actions.iter_mut().enumerate() {
        let cp = (page << 8) | lo as u32;
        // Surrogates are not chars; they never occur in a &str.
        let Some(c) = char::from_u32(cp) else {
            continue;
        };
        *slot = match which {
            Which::Search => search_entry(c, &mut p.pool),
            Which::Clean => clean_entry(c, &mut p.pool),
        };
    }
    p
}

/// Appends `s` to `pool` and encodes a map action of `kind`.
fn map(kind: u32, s: &str, pool: &mut String) -> Option<u32> {
    let offset = u32::try_from(pool.len()).ok().filter(|&o| o < 1 << 16)?;
    let len = u32::try_from(s.len()).ok().filter(|&l| l < 1 << 8)?;
    let mut flags = 0;
    if s.chars().any(|c| canonical_combining_class(c) != 0) {
        flags |= F_NONSTARTER;
    }
    if s.as_bytes().contains(&b' ') {
        flags |= F_SPACE;
    }
    pool.push_str(s);
    Some(kind | flags | (offset << 8) | (len << 24))
}

/// The `search` action of `c`; replacement strings go to `pool`.
pub(crate) fn search_entry(c: char, pool: &mut String) -> u32 {
    match invisible(c) {
        Some(Invisible::Zwnj) => return S_ZWNJ,
        Some(_) => return S_DELETE,
        None => {}
    }
    if let Some(&(_, t)) = data().separators.iter().find(|e| e.0 == c as u32) {
        return if t == '.' { S_DEC_SEP } else { S_THOU_SEP };
    }
    if c.is_whitespace() {
        return S_WS;
    }
    let s = search_fold(c);
    if s.is_empty() {
        S_DELETE
    } else if s.len() == c.len_utf8() && s.starts_with(c) {
        if canonical_combining_class(c) != 0 {
            S_KEEP_MARK
        } else {
            S_KEEP
        }
    } else {
        map(S_MAP, &s, pool).unwrap_or(S_KEEP)
    }
}

/// True for the characters `clean` treats as line breaks.
pub(crate) fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// The `clean` action of `c`.
pub(crate) fn clean_entry(c: char, pool: &mut String) -> u32 {
    match invisible(c) {
        Some(Invisible::Delete) => return C_DELETE,
        Some(Invisible::Bidi) => return C_BIDI,
        Some(Invisible::Embed) => return C_EMBED,
        Some(Invisible::Zwj) => return C_ZWJ,
        Some(Invisible::Zwnj) => return C_ZWNJ,
        None => {}
    }
    if is_line_break(c) {
        return C_LINEBREAK;
    }
    if c.is_whitespace() {
        return if matches!(c, '\u{A0}' | '\u{2007}' | '\u{202F}') {
            C_HSPACE | F_SPACE
        } else {
            C_HSPACE
        };
    }
    match clean_class(c) {
        CleanClass::Stable => C_STABLE,
        CleanClass::Nfc => C_NFC,
        CleanClass::Map(s) if s.is_empty() => C_DELETE,
        CleanClass::Map(s) => map(C_MAP, &s, pool).unwrap_or(C_NFC),
    }
}

type Pages = [OnceLock<Box<Page>>; 256];

fn pages(which: Which) -> &'static Pages {
    static SEARCH: Pages = [const { OnceLock::new() }; 256];
    static CLEAN: Pages = [const { OnceLock::new() }; 256];
    match which {
        Which::Search => &SEARCH,
        Which::Clean => &CLEAN,
    }
}

/// The actions of U+0000..U+07FF (every one- and two-byte UTF-8 sequence, which covers ASCII,
/// Latin, Greek, Cyrillic, Hebrew and the Arabic block) in one flat array, so that the hot loop
/// of `search` indexes it straight from the UTF-8 bytes.
#[derive(Debug)]
pub(crate) struct Low {
    /// One action per code point.
    pub actions: [u32; 2048],
    /// Replacement strings.
    pub pool: String,
    /// For a two-byte character replaced by one two-byte starter (أ → ا, ة → ه, ى → ي …:
    /// the same length, so the origin map's run goes on), that character; 0 otherwise.
    pub same: [u16; 2048],
}

/// The [`Low`] table of `search`, built on first use.
pub(crate) fn search_low() -> &'static Low {
    static LOW: OnceLock<Box<Low>> = OnceLock::new();
    LOW.get_or_init(|| {
        let mut low = Box::new(Low {
            actions: [0; 2048],
            pool: String::new(),
            same: [0; 2048],
        });
        for (cp, slot) in low.actions.iter_mut().enumerate() {
            if let Some(c) = char::from_u32(cp as u32) {
                *slot = search_entry(c, &mut low.pool);
            }
        }
        for ((cp, same), &a) in low.same.iter_mut().enumerate().zip(low.actions.iter()) {
            let mut chars = replacement(a, &low.pool).chars();
            if let (S_MAP, Some(r), None) = (a & 0xFF, chars.next(), chars.next()) {
                if cp >= 0x80 && (0x80..0x800).contains(&(r as u32)) {
                    *same = r as u16;
                }
            }
        }
        low
    })
}

/// [`search_pairs`]: the character is copied unchanged (part of the verbatim run); also the
/// value of every continuation byte, so that eight bytes can be tested at once.
pub(crate) const P_KEEP: u8 = 0;
/// [`search_pairs`]: a two-byte letter replaced by a two-byte starter ([`Low::same`]): it
/// stays in the verbatim run and is replaced when the run is copied.
pub(crate) const P_SAME: u8 = 1;
/// [`search_pairs`]: the character at this position leaves the scan.
pub(crate) const P_EXIT: u8 = 2;

/// What `search`'s scan of non-ASCII text does with the character starting with the bytes
/// `b0, b1`, indexed by `b0 | b1 << 8` (the two bytes read as one little-endian `u16`):
/// [`P_KEEP`], [`P_SAME`] or [`P_EXIT`]. One load per character straight from the bytes (no
/// code point decoding, no length test, no bounds check); 64 KiB, of which Arabic text
/// touches a few dozen cache lines. A space is kept unless another space follows (the scan's
/// caller handles the space before it); everything of three or four bytes, every control and
/// white space character and every other change leaves the scan. A continuation byte (never
/// a character start) reads [`P_KEEP`]: the scan can look at every byte of a chunk.
pub(crate) fn search_pairs() -> &'static [u8; 1 << 16] {
    static PAIRS: OnceLock<Box<[u8; 1 << 16]>> = OnceLock::new();
    PAIRS.get_or_init(|| {
        let low = search_low();
        let mut v = vec![P_EXIT; 1 << 16];
        let class = |cp: usize| {
            let action = low.actions.get(cp).copied().unwrap_or(S_DELETE);
            if action == S_KEEP {
                P_KEEP
            } else if cp >= 0x80 && low.same.get(cp).is_some_and(|&r| r != 0) {
                P_SAME
            } else {
                P_EXIT
            }
        };
        // Built a first byte (a column of `v`) at a time: one action per character, not per
        // entry (the table is built on first use, in the browser too). (Plain index loops:
        // smaller in the wasm than the skip/step_by iterators.)
        for b0 in 0..0x100usize {
            let ascii = class(b0);
            for b1 in 0..0x100usize {
                let t = match b0 {
                    0x20 if b1 == 0x20 => P_EXIT,
                    0x20 => P_KEEP,
                    0..=0x7F => ascii,
                    0x80..=0xBF => P_KEEP,
                    0xC2..=0xDF if (0x80..0xC0).contains(&b1) => {
                        class(((b0 & 0x1F) << 6) | (b1 & 0x3F))
                    }
                    _ => continue,
                };
                if let Some(slot) = v.get_mut(b0 | b1 << 8) {
                    *slot = t;
                }
            }
        }
        // The conversion cannot fail (the length is the array's); an all-exit table would
        // still be correct, only slow.
        v.into_boxed_slice()
            .try_into()
            .unwrap_or_else(|_| Box::new([P_EXIT; 1 << 16]))
    })
}

/// The action of a BMP character and its page's pool (`None` outside the BMP).
#[inline]
fn bmp(which: Which, c: char) -> Option<(u32, &'static str)> {
    let cp = c as u32;
    if cp >= 0x1_0000 {
        return None;
    }
    let cell = pages(which).get((cp >> 8) as usize)?;
    let page = cell.get_or_init(|| build(which, cp >> 8));
    let action = page.actions.get((cp & 0xFF) as usize).copied().unwrap_or(0);
    Some((action, page.pool.as_str()))
}

/// The replacement of `c` under `search` (for a map action), borrowed from the tables when
/// `c` is in the BMP.
pub(crate) fn search_replacement(lk: &mut Lookup, c: char) -> std::borrow::Cow<'static, str> {
    if (c as u32) < 0x800 {
        let low = search_low();
        if let Some(&a) = low.actions.get(c as usize) {
            return std::borrow::Cow::Borrowed(replacement(a, &low.pool));
        }
    }
    match bmp(Which::Search, c) {
        Some((a, pool)) => std::borrow::Cow::Borrowed(replacement(a, pool)),
        None => {
            let (a, pool) = lk.search(c);
            std::borrow::Cow::Owned(replacement(a, pool).to_owned())
        }
    }
}

/// The replacement of `c` under `clean` (for a map action).
pub(crate) fn clean_replacement(lk: &mut Lookup, c: char) -> std::borrow::Cow<'static, str> {
    match bmp(Which::Clean, c) {
        Some((a, pool)) => std::borrow::Cow::Borrowed(replacement(a, pool)),
        None => {
            let (a, pool) = lk.clean(c);
            std::borrow::Cow::Owned(replacement(a, pool).to_owned())
        }
    }
}

/// Looks actions up; holds a scratch pool for characters outside the BMP.
#[derive(Debug, Default)]
pub(crate) struct Lookup {
    scratch: String,
}

impl Lookup {
    #[inline]
    fn get(&mut self, which: Which, c: char) -> (u32, &str) {
        if let Some(found) = bmp(which, c) {
            return found;
        }
        self.scratch.clear();
        let action = match which {
            Which::Search => search_entry(c, &mut self.scratch),
            Which::Clean => clean_entry(c, &mut self.scratch),
        };
        (action, self.scratch.as_str())
    }

    /// The `search` action of `c` and the pool its replacement lives in.
    #[inline]
    pub(crate) fn search(&mut self, c: char) -> (u32, &str) {
        self.get(Which::Search, c)
    }

    /// The `clean` action of `c` and the pool its replacement lives in.
    #[inline]
    pub(crate) fn clean(&mut self, c: char) -> (u32, &str) {
        self.get(Which::Clean, c)
    }
}

/// The replacement string of a map action.
#[inline]
pub(crate) fn replacement(action: u32, pool: &str) -> &str {
    let offset = ((action >> 8) & 0xFFFF) as usize;
    let len = (action >> 24) as usize;
    pool.get(offset..offset + len).unwrap_or("")
}

/// True if `search` deletes `c` or treats it as ignorable when looking for neighbours
/// (marks, tatweel, invisible characters, ZWNJ).
pub(crate) fn search_ignorable(lookup: &mut Lookup, c: char) -> bool {
    let (a, _) = lookup.search(c);
    matches!(a & KIND, S_DELETE | S_ZWNJ)
}

/// The first (`last == false`) or last character of the `search` folding of `c`. The last
/// one passes over trailing combining marks (क़ folds to क + nukta: its edge is क), as the
/// neighbour look-ups do, so that a precomposed letter and its decomposition, which NFC may
/// turn one into the other, have the same edge.
pub(crate) fn folded_edge(lookup: &mut Lookup, c: char, last: bool) -> Option<char> {
    let (a, pool) = lookup.search(c);
    match a & KIND {
        S_DELETE => None,
        S_WS => Some(' '),
        S_MAP => {
            let s = replacement(a, pool);
            if last {
                s.chars()
                    .rev()
                    .find(|&ch| canonical_combining_class(ch) == 0)
                    .or_else(|| s.chars().next_back())
            } else {
                s.chars().next()
            }
        }
        _ => Some(c),
    }
}
