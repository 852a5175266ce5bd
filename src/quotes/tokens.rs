//! A small tokenizer for quote attribution: words (runs of letters, digits and combining marks)
//! and single punctuation characters, with byte spans and a folded form for lexicon look-ups.
//!
//! Unlike UAX #29 ([`crate::text::words`]), an apostrophe or hyphen between letters splits a
//! word, so that French elisions (`qu’il`, `d’après`) and clitic inversion (`a-t-il`) expose
//! their parts. The apostrophe itself produces no token.
//!
//! Speed: one pass over the characters with a table for the first 2,048 code points (Latin,
//! Greek, Cyrillic, Hebrew, Arabic), no allocation per token (folded forms that differ from
//! the text go into one shared buffer), and one hash look-up per word to flag the few that may
//! start a cue.

use std::ops::Range;
use std::sync::OnceLock;

use crate::text::{word_count_class, WordCount, WC_SEPARATOR};

use super::lexicon::{
    filter_parts, mix, Adverbial, Lexicon, CLASS_BITS, C_AUXILIARY, C_BOUNDARY, C_COMPLEMENTIZER,
    C_LICENSER, C_PRONOUN, FUNCTION_WORD_SHIFT,
};
use super::marks::Scanner;

/// One token: 20 bytes (u32 offsets; the sentence index and the flags share a u32; the
/// lexicon's classes of a word, or the character of a punctuation token). Texts
/// beyond 4 GiB are tokenized up to their last character boundary within the first 4 GiB
/// ([`tokenize`]); the sentences after the first [`MAX_SENTENCE`] are one sentence for the
/// quote rules (only a text of over 16.7 million sentences, some 33 MB of them, has more).
#[derive(Debug, Clone)]
pub(crate) struct Token {
    /// Byte span in the text: start and end.
    start: u32,
    end: u32,
    /// Where the folded form is in [`Tokens::folds`] (when `folded`): its start when it has
    /// the length of the text (`F_SAME_LEN`, most words), else the offset of its length,
    /// which follows the form ([`Tokens::fold`]).
    fold: u32,
    /// Index of the sentence that holds the token (the low 24 bits) and the `F_*` flags (the
    /// high 8 bits).
    sentence_flags: u32,
    /// A word: its `C_*` bits from the lexicon ([`Lexicon::word_info_hashed`]); punctuation: the
    /// character.
    info: u32,
}

/// The last sentence index a token can hold (24 bits).
pub(crate) const MAX_SENTENCE: usize = (1 << 24) - 1;
/// Where the flags start in [`Token::sentence_flags`].
const FLAG_SHIFT: u32 = 24;

/// A word (letters/digits), not punctuation.
const F_WORD: u8 = 1;
/// The first letter is upper case.
const F_CAPITAL: u8 = 2;
/// A line break (or the start of the text) lies between the previous token and this one.
const F_LINE_START: u8 = 4;
/// The folded form differs from the text and lives in [`Tokens::folds`].
const F_FOLDED: u8 = 8;
/// A punctuation token that is a quotation mark of the language (of a pair that counts
/// anywhere, not only after a colon).
const F_MARK: u8 = 16;
/// The token starts inside the content of a marked quotation (set by the document view).
const F_QUOTED: u8 = 32;
/// The word may start a cue (its folded form is one of the lexicon's cue forms); the document
/// view narrows this to "starts a cue".
const F_CUE: u8 = 64;
/// The folded form (`F_FOLDED`) has the byte length of the text: [`Token::fold`] is its start
/// and no length is stored.
const F_SAME_LEN: u8 = 128;

impl Token {
    /// Byte span in the text.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn span(&self) -> Range<usize> {
        self.start()..self.end()
    }

    /// Byte offset of the token's start.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Byte offset of the token's end.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// Index of the sentence that holds the token.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn sentence(&self) -> usize {
        (self.sentence_flags & MAX_SENTENCE as u32) as usize
    }

    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn flags(&self) -> u8 {
        (self.sentence_flags >> FLAG_SHIFT) as u8
    }

    /// A word (letters/digits), not punctuation.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn word(&self) -> bool {
        self.flags() & F_WORD != 0
    }

    /// The first letter is upper case.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn capital(&self) -> bool {
        self.flags() & F_CAPITAL != 0
    }

    /// A line break (or the start of the text) lies between the previous token and this one.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn line_start(&self) -> bool {
        self.flags() & F_LINE_START != 0
    }

    /// A punctuation token that is a quotation mark of the language (of a pair that counts
    /// anywhere, not only after a colon).
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn mark(&self) -> bool {
        self.flags() & F_MARK != 0
    }

    /// The token starts inside the content of a marked quotation (set by the document view).
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn quoted(&self) -> bool {
        self.flags() & F_QUOTED != 0
    }

    /// The word may start a cue (set by the tokenizer from its folded form); the document
    /// view narrows this to "starts a cue".
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn cue(&self) -> bool {
        self.flags() & F_CUE != 0
    }

    /// The word's role in `adverbials.txt` ([`Lexicon::adverbial`] of its folded form).
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn adverbial(&self) -> Option<Adverbial> {
        self.word()
            .then(|| Adverbial::from_class(self.info))
            .flatten()
    }

    /// The word's `C_*` bit `bit`: false for punctuation (the lists hold words only).
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn class(&self, bit: u32) -> bool {
        self.word() && self.info & bit != 0
    }

    /// The id of a word among the function words ([`C_FUNCTION_WORD`]; 0: none, or not a
    /// word): [`Lexicon::is`] reads its roles.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn function_word(&self) -> u8 {
        if self.word() {
            (self.info >> FUNCTION_WORD_SHIFT) as u8
        } else {
            0
        }
    }

    /// [`Lexicon::complementizer`] of the folded form; Arabic: not after a word tagged `close`
    /// in `ar/final_sources.txt` (دون، بدون: "من دون أن يعرف", "without").
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn complementizer(&self) -> bool {
        self.class(C_COMPLEMENTIZER)
    }

    /// [`Lexicon::boundary`] of the folded form.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn boundary(&self) -> bool {
        self.class(C_BOUNDARY)
    }

    /// [`Lexicon::pronoun`] of the folded form.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn pronoun(&self) -> bool {
        self.class(C_PRONOUN)
    }

    /// [`Lexicon::auxiliary`] of the folded form.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn auxiliary(&self) -> bool {
        self.class(C_AUXILIARY)
    }

    /// [`Lexicon::licenser`] of the folded form.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn licenser(&self) -> bool {
        self.class(C_LICENSER)
    }

    /// True if the token's folded form ([`Tokens::fold`]) has the byte length of its text.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn fold_keeps_length(&self) -> bool {
        self.flags() & F_FOLDED == 0 || self.flags() & F_SAME_LEN != 0
    }

    /// True if the token is the punctuation character `c`.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn is_char(&self, c: char) -> bool {
        !self.word() && self.info == u32::from(c)
    }

    /// The character of a punctuation token.
    #[cfg(test)]
    pub fn punct_char(&self) -> Option<char> {
        if self.word() {
            None
        } else {
            char::from_u32(self.info)
        }
    }

    /// Sets [`Token::quoted`].
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn set_quoted(&mut self) {
        self.sentence_flags |= u32::from(F_QUOTED) << FLAG_SHIFT;
    }

    /// Clears [`Token::cue`].
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn clear_cue(&mut self) {
        self.sentence_flags &= !(u32::from(F_CUE) << FLAG_SHIFT);
    }
}

/// The tokens of a text and the buffer of their folded forms.
#[derive(Debug, Default)]
pub(crate) struct Tokens {
    /// The tokens, in text order.
    pub list: Vec<Token>,
    /// Folded forms of the words that do not fold to themselves, back to back; a form whose
    /// byte length differs from its word's is followed by its length: one byte below 0x7F, or
    /// four 7-bit digits (most significant first) and 0x7F. Offset 0 holds the length of an empty form (the fold of a word whose
    /// form would not fit: beyond 4 GiB or 256 MiB).
    folds: String,
    /// For each sentence, its first and one-past-last token (an empty sentence: both the
    /// next token).
    pub sentence_tokens: Vec<(u32, u32)>,
    /// The tokens flagged `cue`.
    pub cue_candidates: Vec<usize>,
    /// The tokens that start a line (or the text).
    pub line_starts: Vec<usize>,
    /// [`Builder::cache`], kept for the next window of the same text ([`tokenize_into`]).
    cache: Vec<CachedWord>,
}

impl Tokens {
    /// The folded form of `t` ([`crate::lang::light_fold`] of a word; the character itself
    /// for punctuation). One `str::get` for the three cases; no value returned through memory:
    /// binaryen inlines [`Tokens::fold_with_length`] here, and the `&str` it returned gave
    /// each call a stack frame (57.6 → 52.4 instructions a call in Node, session 56). Out of
    /// line in the wasm: LLVM would inline it, now smaller, into `fold_words` and the
    /// tokenizer, which call it rarely (+0.6 KB, +2 M instructions in the tokenizer's loop).
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn fold<'s>(&'s self, text: &'s str, t: &Token) -> &'s str {
        self.fold_inline(text, t)
    }

    /// [`Tokens::fold`]'s body, for [`crate::quotes::attribution::Doc::fold`] to hold it
    /// (one wasm call for a token by index, not two: session 57).
    #[inline(always)]
    pub fn fold_inline<'s>(&'s self, text: &'s str, t: &Token) -> &'s str {
        let flags = t.flags();
        let (s, start, end) = if flags & F_FOLDED == 0 {
            (text, t.start(), t.end())
        } else if flags & F_SAME_LEN != 0 {
            let at = t.fold as usize;
            (
                self.folds.as_str(),
                at,
                at + t.end().saturating_sub(t.start()),
            )
        } else {
            let r = self.fold_with_length(t);
            (
                self.folds.as_str(),
                (r & 0xFFFF_FFFF) as usize,
                (r >> 32) as usize,
            )
        };
        s.get(start..end).unwrap_or("")
    }

    /// Where the folded form of `t` is in [`Tokens::folds`] when its length is stored after it:
    /// start (bits 0–31) and end (32–63; both within the first 4 GiB, as `t.fold` is), 0 when
    /// the length cannot be read. One integer: no range returned through memory.
    #[cold]
    #[inline(never)]
    fn fold_with_length(&self, t: &Token) -> u64 {
        let bytes = self.folds.as_bytes();
        let at = t.fold as usize;
        let range = match bytes.get(at) {
            Some(&n) if n < LONG_FOLD => at.checked_sub(usize::from(n)).map(|a| (a, at)),
            Some(_) => at.checked_sub(4).and_then(|d| {
                let n = bytes
                    .get(d..at)?
                    .iter()
                    .fold(0usize, |v, &g| v << 7 | usize::from(g));
                Some((d.checked_sub(n)?, d))
            }),
            None => None,
        };
        range.map_or(0, |(a, b)| a as u64 | (b as u64) << 32)
    }
}

/// The length byte in [`Tokens::folds`] that announces a form of 0x7F bytes or more.
const LONG_FOLD: u8 = 0x7F;

const WORD: u8 = 1;
const UPPER: u8 = 2;
/// Folds to itself under [`crate::lang::light_fold`].
const SELF_FOLD: u8 = 4;

/// [`char::is_alphanumeric`].
const ALNUM: u8 = 8;
// The high four bits: [`word_count_class`].

/// Character classes of the first 2,048 code points ([`table`]) and of General Punctuation
/// (U+2000–U+206F: dashes, curly quotes, invisible marks, frequent in Latin-script news:
/// [`punct_table`]), computed once from the standard library's Unicode tables (so the fast
/// path answers exactly what the slow path would). One `OnceLock` and one filling loop for
/// both (issue #7: each `OnceLock` initialiser is its own function in the wasm).
struct ClassTables {
    low: [u8; 0x800],
    punct: [u8; 0x70],
    /// The class of a two-byte character by its two bytes as a little-endian `u16` (lead byte
    /// low): one load and no decoding in the tokenizer's two-byte word loop; 0 (no `WORD`) for
    /// any pair that is no such character. On the heap: 64 KiB more of statics would move
    /// every later static's address (longer constants in the wasm: +579 B gzipped).
    pairs: Box<[u8; 0x10000]>,
}

fn class_tables() -> &'static ClassTables {
    static TABLES: OnceLock<ClassTables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut t = ClassTables {
            low: [0; 0x800],
            punct: [0; 0x70],
            pairs: Box::new([0; 0x10000]),
        };
        for (first, slots) in [(0, &mut t.low[..]), (0x2000, &mut t.punct[..])] {
            for (cp, slot) in (first..).zip(slots.iter_mut()) {
                if let Some(c) = char::from_u32(cp) {
                    *slot = slow_class(c);
                }
            }
        }
        for (cp, &k) in t.low.iter().enumerate().skip(0x80) {
            let pair = 0xC0 | cp >> 6 | (0x80 | cp & 0x3F) << 8;
            if let Some(slot) = t.pairs.get_mut(pair) {
                *slot = k;
            }
        }
        t
    })
}

/// The classes of the first 2,048 code points ([`ClassTables`]).
fn table() -> &'static [u8; 0x800] {
    &class_tables().low
}

fn slow_class(c: char) -> u8 {
    let mut k = 0;
    if is_word_char_slow(c) {
        k |= WORD;
    }
    if c.is_uppercase() {
        k |= UPPER;
    }
    if folds_to_itself_slow(c) {
        k |= SELF_FOLD;
    }
    if c.is_alphanumeric() {
        k |= ALNUM;
    }
    k | word_count_class(c)
}

/// The classes of U+2000–U+206F ([`ClassTables`]).
fn punct_table() -> &'static [u8; 0x70] {
    &class_tables().punct
}

/// [`char::is_alphanumeric`], with the table for the common scripts.
pub(crate) fn is_alphanumeric(c: char) -> bool {
    class(table(), c) & ALNUM != 0
}

/// Calls `f` with each piece of `s` between characters that are not [`is_alphanumeric`]
/// (what `s.split(|c| !is_alphanumeric(c))` yields), reading ASCII and two-byte characters
/// by their bytes ([`ClassTables::pairs`]): no decoding for Arabic or Latin names.
pub(crate) fn split_alphanumeric<'a>(s: &'a str, mut f: impl FnMut(&'a str)) {
    let t = class_tables();
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    loop {
        // (The end of `s` ends the last piece: one call of `f`, inlined once.)
        let (len, k) = match bytes.get(i) {
            None => (0, 0),
            Some(&b) if b < 0x80 => (1, t.low.get(usize::from(b)).copied().unwrap_or(0)),
            Some(&b) if b & 0xE0 == 0xC0 => {
                let pair = u16::from_le_bytes([b, bytes.get(i + 1).copied().unwrap_or(0)]);
                (2, t.pairs.get(usize::from(pair)).copied().unwrap_or(0))
            }
            Some(_) => match s.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => (c.len_utf8(), class(&t.low, c)),
                None => (0, 0),
            },
        };
        if k & ALNUM == 0 {
            f(s.get(start..i).unwrap_or(""));
            start = i + len;
        }
        if len == 0 {
            break;
        }
        i += len;
    }
}

/// Appends [`crate::lang::light_fold`]`(word)` to `out`.
pub(crate) fn light_fold_into(word: &str, out: &mut String) {
    fold_word(table(), word, out);
}

#[cfg_attr(not(target_arch = "wasm32"), inline)]
fn class(table: &[u8; 0x800], c: char) -> u8 {
    match table.get(c as usize) {
        Some(&k) => k,
        None => match (c as usize)
            .checked_sub(0x2000)
            .and_then(|k| punct_table().get(k))
        {
            Some(&k) => k,
            None => slow_class(c),
        },
    }
}

fn is_word_char_slow(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

/// True if [`crate::lang::light_fold`] maps `c` to itself.
fn folds_to_itself_slow(c: char) -> bool {
    !c.is_uppercase()
        && !matches!(
            c,
            '\u{064B}'
                ..='\u{065F}' | '\u{0670}' | '\u{0640}' | 'أ' | 'إ' | 'آ' | 'ٱ' | 'ى' | 'ة' | '’'
                    | '\u{FE70}'..='\u{FEFC}'
        )
        && crate::ucd::to_lowercase(c).eq(std::iter::once(c))
}

/// What [`crate::lang::light_fold`] does to each code point in U+0080–U+07FF (two-byte
/// UTF-8: Latin-1, Latin Extended, Greek, Cyrillic, Hebrew, Arabic): [`FOLD_KEEP`],
/// [`FOLD_DROP`], [`FOLD_SLOW`] or the one code point it becomes (also in that range, so two
/// bytes too). Computed once from `light_fold_char`, so both always agree.
fn fold_table() -> &'static [u16; 0x800] {
    static TABLE: OnceLock<[u16; 0x800]> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [FOLD_SLOW; 0x800];
        let mut buf = String::new();
        for (cp, slot) in t.iter_mut().enumerate().skip(0x80) {
            let Some(c) = u32::try_from(cp).ok().and_then(char::from_u32) else {
                continue;
            };
            buf.clear();
            crate::lang::light_fold_char(c, &mut buf);
            let mut chars = buf.chars();
            *slot = match (chars.next(), chars.next()) {
                (None, _) => FOLD_DROP,
                (Some(f), None) if f == c => FOLD_KEEP,
                (Some(f), None) if (0x80..0x800).contains(&(f as u32)) => f as u16,
                _ => FOLD_SLOW,
            };
        }
        t
    })
}

/// [`fold_table`]: the code point folds to itself.
const FOLD_KEEP: u16 = 0;
/// [`fold_table`]: the code point folds to nothing (harakat, tatweel).
const FOLD_DROP: u16 = 1;
/// [`fold_table`]: the code point folds to something else (several characters, or outside
/// two-byte UTF-8): `light_fold_char` answers.
const FOLD_SLOW: u16 = 2;

/// Appends [`crate::lang::light_fold`]`(word)` to `out` (the same mapping, without
/// allocating): an ASCII word is copied and lower-cased in place, and the
/// runs of characters that fold to themselves are copied as slices; two-byte characters are
/// folded with [`fold_table`] (no call per letter).
#[cfg_attr(not(target_arch = "wasm32"), inline)]
fn fold_word(table: &[u8; 0x800], word: &str, out: &mut String) {
    let folds = fold_table();
    let pairs = &class_tables().pairs;
    let bytes = word.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // The length of the character at `i` and what it becomes ([`fold_table`]'s values);
        // a character that folds to itself extends the run.
        let (len, fold) = if b < 0x80 {
            if !b.is_ascii_uppercase() {
                i += 1;
                continue;
            }
            // (A lower-case letter is none of the `FOLD_*` values.)
            (1, u16::from(b.to_ascii_lowercase()))
        } else if b & 0xE0 == 0xC0 {
            // The run of two-byte characters that fold to themselves (Arabic), in a tight
            // loop: each one's class by its two bytes ([`ClassTables::pairs`]), no decoding.
            let mut rest = bytes.get(i..).unwrap_or(&[]);
            while let Some((pair, tail)) = rest.split_first_chunk::<2>() {
                let k = pairs.get(usize::from(u16::from_le_bytes(*pair)));
                if k.copied().unwrap_or(0) & SELF_FOLD == 0 {
                    break;
                }
                rest = tail;
                i += 2;
            }
            let b = match rest.first() {
                Some(&b) if b & 0xE0 == 0xC0 => b,
                _ => continue,
            };
            let cp = usize::from(b & 0x1F) << 6
                | usize::from(bytes.get(i + 1).copied().unwrap_or(0) & 0x3F);
            match folds.get(cp).copied().unwrap_or(FOLD_SLOW) {
                FOLD_KEEP => {
                    i += 2;
                    continue;
                }
                f => (2, f),
            }
        } else {
            let Some(c) = word.get(i..).and_then(|r| r.chars().next()) else {
                break;
            };
            if class(table, c) & SELF_FOLD != 0 {
                i += c.len_utf8();
                continue;
            }
            (c.len_utf8(), FOLD_SLOW)
        };
        // (An empty run, a word opening with أ or إ, is not copied: no slice checked.)
        if run < i {
            out.push_str(word.get(run..i).unwrap_or(""));
        }
        match fold {
            FOLD_DROP => {}
            FOLD_SLOW => {
                if let Some(c) = word.get(i..).and_then(|r| r.chars().next()) {
                    crate::lang::light_fold_char(c, out);
                }
            }
            f => {
                if let Some(c) = char::from_u32(u32::from(f)) {
                    out.push(c);
                }
            }
        }
        i += len;
        run = i;
    }
    // (Nor the empty rest of a word ending in ة or ى.)
    if run < bytes.len() {
        out.push_str(word.get(run..).unwrap_or(""));
    }
}

/// How many of the (up to) eight bytes at `i` are ASCII lower-case letters before the first
/// that is not: one 64-bit word tested at once (SWAR), no table look-up per byte. 0 when
/// fewer than eight bytes are left.
#[inline(always)]
fn lower_ascii_run(bytes: &[u8], i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let Some(x) = bytes
        .get(i..i + 8)
        .and_then(|s| <[u8; 8]>::try_from(s).ok())
        .map(u64::from_le_bytes)
    else {
        return 0;
    };
    // Per byte, without carries between bytes (the high bits are cleared first): the high bit
    // of `ge_a` is set when the byte is at least b'a', that of `gt_z` when it is above b'z';
    // `!x` keeps only ASCII bytes.
    let low = x & !HIGH;
    let ge_a = low + ONES * (0x80 - u64::from(b'a'));
    let gt_z = low + ONES * (0x80 - u64::from(b'z') - 1);
    let lower = ge_a & !gt_z & !x & HIGH;
    ((!lower & HIGH).trailing_zeros() / 8) as usize
}

/// True if the character of `len` bytes at `i` stands between two ASCII letters or digits
/// ("don’t", "l’homme"): an apostrophe there is no quotation mark, and [`Scanner::at`] would
/// look at it only to return (its apostrophe rule), some 11,000 times in big/en.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
fn between_ascii_alnum(bytes: &[u8], i: usize, len: usize) -> bool {
    let alnum = |k: Option<usize>| {
        k.and_then(|k| bytes.get(k))
            .is_some_and(u8::is_ascii_alphanumeric)
    };
    alnum(i.checked_sub(1)) && alnum(Some(i + len))
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// How far past a token [`Builder::push_slow`] makes room in the token vector, in bytes (so in
/// tokens at most): the common path of [`Builder::push`] needs no test of its own.
const AHEAD: usize = 256;

/// The class [`tokenize_into`]'s scan gives a space (U+0020), which no character has: a
/// separator for [`WordCount`] (its high bits), and `WORD`, which no separator has.
const SPACE: u8 = WC_SEPARATOR | WORD;

/// How many bytes [`tokenize`] reads before it sizes its vectors from what it has seen.
const SAMPLE: usize = 1 << 16;

/// A word of at most [`CACHED_LEN`] bytes seen earlier in the window ([`Builder::cache`]):
/// its bytes as [`filter_parts`] reads them (head, tail: with the length, they tell the
/// word), then what [`Builder::push_word`] worked out for it, packed: the offset of its folded
/// form in [`Tokens::folds`] (bits 0–23: a word whose form starts past [`MAX_CACHED_FOLD`] is
/// not cached), its `C_*` bits (24–47: [`CLASS_BITS`] of them), its `F_FOLDED` / `F_SAME_LEN` /
/// `F_CUE` / `F_AFTER_CLOSE` flags (48–55) and its byte length (56–63; 0: an empty slot). Plain
/// integers, so that the slots are allocated zeroed (package size).
type CachedWord = [u64; 3];

/// The largest offset of a folded form ([`Token::fold`]) a cached word holds (24 bits; a
/// window's folds stay far below: [`super::WINDOW`]).
const MAX_CACHED_FOLD: u32 = (1 << (48 - CLASS_BITS)) - 1;

/// The longest word [`Builder::cache`] holds: [`filter_parts`] reads every byte of it.
const CACHED_LEN: usize = 16;

/// In a cached word's flags only (never a token's): a complementizer that is none after a word
/// of [`Lexicon::close_words`] (the bit of `F_MARK`, which no word has).
const F_AFTER_CLOSE: u8 = F_MARK;

/// The most slots of [`Builder::cache`] of a text under [`GROW_REST`] (24 bytes each: 192 KiB, within the
/// memory bound's slack); a window gets about one slot per 16 of its bytes, a power of two, at
/// least 16.
const MAX_CACHE: usize = 8192;

/// Up to how many bytes of folded forms a window keeps from the earlier windows of its text
/// ([`tokenize_into`]), so that the cache keeps the words that do not fold to themselves (the
/// offsets it holds stay valid); beyond, the forms start again, and only the words that fold
/// to themselves stay cached. (256 KiB emptied the Arabic words that fold, most of big/ar's
/// vocabulary, every few windows: 1 MiB keeps them for the whole of big/ar, −1.5 M
/// instructions.)
const KEPT_FOLDS: usize = 1 << 20;

/// A text that goes on for this many bytes or more from a window's start (windows to come
/// included) gets the cache of a long text, [`MAX_GROWN_CACHE`] slots, from its first window
/// on: a shorter text keeps the size of its window's (the memory of a short text).
const GROW_REST: usize = 1 << 20;

/// The slots of a long text's cache ([`GROW_REST`]; 24 bytes each: 384 KiB, within the 1 MiB
/// L2 of this machine's cores beside the window's text and tokens; at most three eighths of a
/// byte per byte of text).
/// Up to session 54, 131,072 (3 MiB; big/ar and big/en got 65,536, 1.5 MiB): a probe missed
/// L2 one time in three on big/ar, one in five on big/en (session 55, callgrind's cache
/// simulation with this machine's caches: ~158 K of big/ar's 654 K L2 read misses a call,
/// ~146 K of big/en's 894 K). 16,384 slots: +2.5 % / +2.3 % instructions natively (more
/// words miss the cache: fold and look-up), −16 % / −1.5 % simulated L2 misses, and in
/// Chromium 5–7 % less wall time a quotes call on both (A/B pages in both orders, at load 8–10
/// and again at 1.4–1.8; the simulation models no TLB). It fits an L2 of 512 KiB or more.
///
/// Until session 55 a long text's cache had a slot per 64 bytes of the rest of the text (a
/// power of two, up to 131,072: 32,768 from 2 MiB, 65,536 from 4 MiB); with this cap, every
/// text of [`GROW_REST`] bytes or more gets these 16,384 slots. Sized at the first window, no
/// longer doubled after each window whose words missed it (until session 51): big/ar's first
/// windows missed most of their words in caches of 8,192–32,768 slots (session 51: −3.3 M
/// instructions a call natively on big/ar, −7.2 M on big/en; −0.6 KB gz of wasm). One slot
/// per 32 bytes saved more (−6.2 M / −8.2 M) but took a 1.1 MB text of nested quotation
/// marks, whose few words never grew the doubled cache, past `tests/memory.rs`'s bound (2.5×
/// the input).
const MAX_GROWN_CACHE: usize = 16384;

// Tests compare the tokens with and without [`Builder::cache`].
#[cfg(test)]
thread_local! {
    static NO_CACHE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

#[cfg(test)]
fn no_cache() -> bool {
    NO_CACHE.with(std::cell::Cell::get)
}

#[cfg(not(test))]
#[inline(always)]
fn no_cache() -> bool {
    false
}

/// The tokenizer's output under construction, with the state its pushes share.
struct Builder<'t> {
    /// The words seen in this window and the text's earlier ones ([`Tokens::cache`]; of those
    /// that do not fold to themselves, while their forms are kept: [`KEPT_FOLDS`]),
    /// direct-mapped by [`mix`]: a word met again (most
    /// words of a text) takes its folded form, classes and cue flag from here, without
    /// folding it or asking the lexicon. Empty without a lexicon.
    cache: Vec<CachedWord>,
    out: Tokens,
    text: &'t str,
    table: &'static [u8; 0x800],
    lex: Option<&'t Lexicon>,
    sentences: &'t [Range<usize>],
    /// The sentence of the last token and the end of that sentence's range (`usize::MAX` for
    /// the last sentence, which takes every later token).
    sentence: usize,
    sentence_end: usize,
    /// A line break (or the start of the text) since the last token.
    newline: bool,
    /// Where the vectors get sized from what was seen ([`SAMPLE`]; `usize::MAX` once done or
    /// for a text within the sample).
    size_at: usize,
    /// `min(sentence_end, size_at)`, and at most [`AHEAD`] bytes past the last check, or 0
    /// after a line break: a token starting before it needs neither a new sentence, nor a
    /// line start, nor the sizing, and finds room in the vector (one comparison on the common
    /// path of [`Builder::push`]).
    next_check: usize,
    /// The sentence bits of the tokens of the current sentence ([`Token::sentence_flags`]).
    sentence_bits: u32,
    /// Where the tokenized range starts.
    from: usize,
    /// The length of [`Tokens::folds`] when the range's tokenizing began (the folded forms of
    /// earlier windows kept for the cache: [`KEPT_FOLDS`]).
    folds_from: usize,
}

impl Builder<'_> {
    fn end_of(&self, s: usize) -> usize {
        if s + 1 >= self.sentences.len() || s >= MAX_SENTENCE {
            usize::MAX
        } else {
            self.sentences.get(s).map_or(usize::MAX, |r| r.end)
        }
    }

    /// Reserves room for the tokens and folds of the whole text, extrapolated from the first
    /// `pos` bytes (+8 %): the token vector is the quote stage's largest allocation, and a
    /// doubling at its last growth would hold old and new copies at once.
    fn size_from_sample(&mut self, pos: usize) {
        self.size_at = usize::MAX;
        let rest = self.text.len().saturating_sub(pos);
        let seen = pos.saturating_sub(self.from);
        let scale = |n: usize| {
            let per = n as f64 / seen.max(1) as f64;
            (per * rest as f64 * 1.08) as usize + 256
        };
        let tokens = scale(self.out.list.len());
        let folds = scale(self.out.folds.len() - self.folds_from);
        self.out.list.reserve_exact(tokens);
        self.out.folds.reserve_exact(folds);
    }

    /// Moves to the sentence that holds byte `start` (rare: once per sentence).
    #[cold]
    fn advance_sentence(&mut self, start: usize) {
        while start >= self.sentence_end {
            self.sentence += 1;
            self.sentence_end = self.end_of(self.sentence);
        }
    }

    /// Opens the entries of [`Tokens::sentence_tokens`] up to the current sentence, whose
    /// first token is `idx`, closing the previous one (rare: once per sentence).
    #[cold]
    fn open_sentence(&mut self, idx: usize) {
        // `tokenize` keeps spans below 4 GiB: fewer tokens than that.
        let idx = idx as u32;
        let st = &mut self.out.sentence_tokens;
        if let Some(last) = st.last_mut() {
            last.1 = idx;
        }
        while st.len() <= self.sentence {
            st.push((idx, idx));
        }
    }

    /// Grows the token vector past its estimate, or sizes it from the sample.
    #[cold]
    fn grow(&mut self, start: usize, room: usize) {
        if start >= self.size_at {
            self.size_from_sample(start);
        }
        let list = &mut self.out.list;
        if list.capacity() - list.len() < room {
            // Past the estimate: grow by a quarter, not a doubling.
            let more = (list.len() / 4).max(256).max(room);
            list.reserve_exact(more);
        }
    }

    /// A word token `start..end`: its folded form (when it differs from the text), its
    /// classes and whether it may start a cue, from the cache when the word was seen before.
    #[inline(always)]
    fn push_word(&mut self, start: usize, end: usize, capital: bool, self_fold: bool) {
        // Bytes, not `str` (no char-boundary checks on the common path); a branch, not a
        // selected empty slice (the range is always the word's).
        let Some(raw) = self.text.as_bytes().get(start..end) else {
            return;
        };
        // The word's slot in the cache (none for a long word). A word
        // found there is pushed here; any other is pushed by `new_word` (out of line: no
        // values of both paths joined before the push).
        let mut slot = None;
        if raw.len() <= CACHED_LEN {
            let (head, tail) = filter_parts(raw);
            let hash = mix(head, tail, raw.len());
            // (Without a cache, `k` is out of range: `get` misses and `new_word`'s `get_mut`
            // notes nothing.)
            let k = (hash >> 40) as usize & self.cache.len().wrapping_sub(1);
            if let Some(&[h, t, packed]) = self.cache.get(k) {
                if (packed >> 56) as usize == raw.len() && h == head && t == tail {
                    let fold = packed as u32 & MAX_CACHED_FOLD;
                    let class = (packed >> (48 - CLASS_BITS)) as u32 & ((1 << CLASS_BITS) - 1);
                    self.push_known(start, end, fold, (packed >> 48) as u8, class, capital);
                    return;
                }
            }
            slot = Some((k, head, tail, hash));
        }
        self.new_word(start, end, capital, self_fold, slot);
    }

    /// Pushes a word token whose folded form, `C_*` bits and `F_FOLDED` / `F_SAME_LEN` /
    /// `F_CUE` / `F_AFTER_CLOSE` flags are known ([`Builder::push_word`], [`Builder::new_word`]).
    #[inline(always)]
    fn push_known(
        &mut self,
        start: usize,
        end: usize,
        fold: u32,
        flags: u8,
        class: u32,
        capital: bool,
    ) {
        let flags = flags | F_WORD | if capital { F_CAPITAL } else { 0 };
        // (One test for the rare words: cues and the complementizers of `close`.)
        if flags & (F_CUE | F_AFTER_CLOSE) == 0 {
            self.push(start, end, fold, flags, class);
        } else {
            self.push_rare(start, end, fold, flags, class);
        }
    }

    /// [`Builder::push_word`] of a word that may start a cue (noted in
    /// [`Tokens::cue_candidates`]) or of a complementizer, which is none after a word of
    /// [`Lexicon::close_words`].
    #[cold]
    #[inline(never)]
    fn push_rare(&mut self, start: usize, end: usize, fold: u32, flags: u8, mut class: u32) {
        if flags & F_AFTER_CLOSE != 0
            && self.out.list.last().is_some_and(|t| {
                let w = self.out.fold(self.text, t);
                !w.is_empty() && self.lex.is_some_and(|l| l.close_words.contains(&w))
            })
        {
            class &= !C_COMPLEMENTIZER;
        }
        let idx = self.push(start, end, fold, flags & !F_AFTER_CLOSE, class);
        if flags & F_CUE != 0 {
            self.out.cue_candidates.push(idx);
        }
    }

    /// Pushes a word not in the cache ([`Builder::push_word`]): folds it, asks the lexicon,
    /// and notes the answers in the cache `slot` (index, [`filter_parts`] and [`mix`] of the
    /// word; packed as [`CachedWord`] says). Out of line: one copy of the fold and the
    /// look-up (package size).
    #[inline(never)]
    fn new_word(
        &mut self,
        start: usize,
        end: usize,
        capital: bool,
        self_fold: bool,
        slot: Option<(usize, u64, u64, u64)>,
    ) {
        let raw = self.text.get(start..end).unwrap_or("");
        let a = self.out.folds.len();
        if !self_fold {
            fold_word(self.table, raw, &mut self.out.folds);
        }
        let f = if self_fold {
            raw
        } else {
            self.out.folds.get(a..).unwrap_or("")
        };
        let (cue, class) = match self.lex {
            Some(lex) => {
                // A word that folds to itself was hashed for the cache already.
                let (head, tail, hash) = match slot {
                    Some((_, head, tail, hash)) if self_fold => (head, tail, hash),
                    _ => {
                        let (head, tail) = filter_parts(f.as_bytes());
                        (head, tail, mix(head, tail, f.len()))
                    }
                };
                lex.word_info_hashed(f, (head, tail), hash)
            }
            None => (false, 0),
        };
        // Most folded forms keep the text's length (ASCII capitals, أ → ا): their start is
        // enough; the others store their length after them.
        let same_len = !self_fold && f.len() == end - start;
        let (fold, same_len) = match u32::try_from(a) {
            Ok(at) if same_len => (at, true),
            _ if self_fold => (0, false),
            _ => (self.end_fold(a), false),
        };
        let flags = if self_fold { 0 } else { F_FOLDED }
            | if same_len { F_SAME_LEN } else { 0 }
            | if cue { F_CUE } else { 0 }
            | if class & C_COMPLEMENTIZER != 0
                && self.lex.is_some_and(|l| !l.close_words[0].is_empty())
            {
                F_AFTER_CLOSE
            } else {
                0
            };
        if let Some((k, head, tail, _)) = slot.filter(|_| fold <= MAX_CACHED_FOLD) {
            if let Some(e) = self.cache.get_mut(k) {
                let packed = u64::from(fold)
                    | u64::from(class) << (48 - CLASS_BITS)
                    | u64::from(flags) << 48
                    | (raw.len() as u64) << 56;
                *e = [head, tail, packed];
            }
        }
        self.push_known(start, end, fold, flags, class, capital);
    }

    /// Appends the length of the folded form that starts at `a` in the buffer; returns the
    /// offset to keep in the token.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn end_fold(&mut self, a: usize) -> u32 {
        let folds = &mut self.out.folds;
        let n = folds.len() - a;
        if n < usize::from(LONG_FOLD) {
            folds.push(char::from(n as u8));
        } else if n < 1 << 28 {
            for shift in [21, 14, 7, 0] {
                folds.push(char::from((n >> shift & 0x7F) as u8));
            }
            folds.push(char::from(LONG_FOLD));
        }
        // The length byte's offset; past 4 GiB of folded text (far beyond any input limit) or
        // for a form of 256 MiB or more, the empty form at 0: no look-up matches it, never a
        // panic.
        match u32::try_from(folds.len() - 1) {
            Ok(at) if n < 1 << 28 => at,
            _ => 0,
        }
    }

    /// A punctuation token `start..end` (one character).
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn push_punct(&mut self, c: char, start: usize, end: usize, capital: bool, mark: bool) {
        let flags = if capital { F_CAPITAL } else { 0 } | if mark { F_MARK } else { 0 };
        self.push(start, end, 0, flags, u32::from(c));
    }

    /// Appends a token with its sentence and line-start flag; returns its index. The common
    /// case (same sentence, no line break, room in the vector) is one comparison.
    #[inline(always)]
    fn push(&mut self, start: usize, end: usize, fold: u32, flags: u8, info: u32) -> usize {
        let idx = self.out.list.len();
        if start >= self.next_check {
            return self.push_slow(start, end, fold, flags, info);
        }
        self.push_token(start, end, fold, flags, info);
        idx
    }

    /// Appends the token with the current sentence bits (the common tail of both pushes).
    #[inline(always)]
    fn push_token(&mut self, start: usize, end: usize, fold: u32, flags: u8, info: u32) {
        // `tokenize` keeps spans below 4 GiB.
        self.out.list.push(Token {
            start: start as u32,
            end: end as u32,
            fold,
            sentence_flags: self.sentence_bits | u32::from(flags) << FLAG_SHIFT,
            info,
        });
    }

    /// [`Builder::push`] when the token starts a new sentence or a line, or the vector needs
    /// room (or its size from the sample).
    #[cold]
    #[inline(never)]
    fn push_slow(
        &mut self,
        start: usize,
        end: usize,
        fold: u32,
        mut flags: u8,
        info: u32,
    ) -> usize {
        if start >= self.sentence_end {
            self.advance_sentence(start);
        }
        let idx = self.out.list.len();
        if self.out.sentence_tokens.len() <= self.sentence {
            self.open_sentence(idx);
        }
        if self.newline {
            self.out.line_starts.push(idx);
            flags |= F_LINE_START;
            self.newline = false;
        }
        // Room for this token and those before the next check (each starts a byte or more
        // after the one before).
        let ahead = self.text.len().saturating_sub(start).min(AHEAD);
        if self.out.list.capacity() - idx <= ahead || start >= self.size_at {
            self.grow(start, ahead + 1);
        }
        // The sentence is at most `MAX_SENTENCE`.
        self.sentence_bits = self.sentence.min(MAX_SENTENCE) as u32;
        self.next_check = self.sentence_end.min(self.size_at).min(start + ahead);
        self.push_token(start, end, fold, flags, info);
        idx
    }

    /// The finished tokens: the last sentence's entry closed.
    fn finish(mut self) -> Tokens {
        let n = self.out.list.len() as u32;
        if let Some(last) = self.out.sentence_tokens.last_mut() {
            last.1 = n;
        }
        self.out.cache = self.cache;
        self.out
    }
}

/// How many characters [`ClassCache`] holds: a whole 128-character block (Devanagari)
/// and more without two of its characters taking each other's slot.
const CLASS_SLOTS: usize = 256;

/// The classes of recently seen characters beyond the tables (Devanagari, CJK …), which the
/// standard library answers slowly: direct-mapped by code point.
struct ClassCache {
    chars: [u32; CLASS_SLOTS],
    classes: [u8; CLASS_SLOTS],
}

impl Default for ClassCache {
    fn default() -> Self {
        // Code point 0 is below the table, so never looked up here: an empty slot.
        ClassCache {
            chars: [0; CLASS_SLOTS],
            classes: [0; CLASS_SLOTS],
        }
    }
}

impl ClassCache {
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn class(&mut self, table: &[u8; 0x800], c: char) -> u8 {
        let cp = c as u32;
        if cp < 0x800 || (0x2000..0x2070).contains(&cp) {
            return class(table, c);
        }
        let slot = cp as usize % CLASS_SLOTS;
        if let (Some(k), Some(v)) = (self.chars.get_mut(slot), self.classes.get_mut(slot)) {
            if *k != cp {
                *k = cp;
                *v = slow_class(c);
            }
            return *v;
        }
        slow_class(c)
    }
}

/// The lexicon's quotation-mark characters ([`Lexicon::mark_char`]) and the first
/// characters of its marks (where [`Scanner::at`] is called), as bitmaps for the
/// first 2,048 code points and General Punctuation (“ ” „ ‘ ’ ‹ ›): one word of each per 64
/// code points (`bits`: the mark bits, then the start bits); the lists beyond.
struct MarkSet<'l> {
    bits: [[u64; 2]; 34],
    lex: Option<&'l Lexicon>,
}

impl<'l> MarkSet<'l> {
    fn new(lex: Option<&'l Lexicon>) -> Self {
        let mut set = MarkSet {
            bits: [[0; 2]; 34],
            lex,
        };
        let Some(l) = lex else { return set };
        let starts = l.marks.iter().filter_map(|m| m.chars().next());
        let all = l.mark_chars().iter().map(|&c| (c, 0));
        for (c, k) in all.chain(starts.map(|c| (c, 1))) {
            if let Some(w) = Self::word(c).and_then(|w| set.bits.get_mut(w)?.get_mut(k)) {
                *w |= 1 << (c as u32 % 64);
            }
        }
        set
    }

    /// The index of the bitmap word of `c`, if it has one.
    fn word(c: char) -> Option<usize> {
        let cp = c as usize;
        if cp < 0x800 {
            Some(cp / 64)
        } else if (0x2000..0x2080).contains(&cp) {
            Some(32 + (cp - 0x2000) / 64)
        } else {
            None
        }
    }

    /// Whether `c` is a quotation mark, and whether it starts a mark.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn get(&self, c: char) -> [bool; 2] {
        let bit = 1 << (c as u32 % 64);
        match Self::word(c).and_then(|w| self.bits.get(w)) {
            Some(&[m, s]) => [m & bit != 0, s & bit != 0],
            None => match self.lex {
                Some(l) => [l.mark_char(c), l.marks.iter().any(|m| m.starts_with(c))],
                None => [false, false],
            },
        }
    }
}

/// Splits `text` into tokens; `sentences` are the sentence ranges of the text (in order). With
/// a lexicon, words that may start a cue are flagged.
pub(crate) fn tokenize(text: &str, sentences: &[Range<usize>], lex: Option<&Lexicon>) -> Tokens {
    tokenize_in(text, 0..text.len(), sentences, lex)
}

/// [`tokenize`] of the bytes `range` of `text` (a window of the quote stage, starting and
/// ending on character boundaries): the tokens keep their offsets in `text`; `sentences` are
/// the sentences that overlap the range (the tokens' sentence indices count from its first).
pub(crate) fn tokenize_in(
    text: &str,
    range: Range<usize>,
    sentences: &[Range<usize>],
    lex: Option<&Lexicon>,
) -> Tokens {
    let mut words = WordCount::default();
    tokenize_into(
        text,
        range,
        sentences,
        lex,
        Tokens::default(),
        &mut words,
        None,
    )
}

/// [`tokenize`] with `lex`, telling `scanner` where the marks may be.
#[cfg(test)]
pub(crate) fn tokenize_scanning(text: &str, lex: &Lexicon, scanner: &mut Scanner) -> Tokens {
    let mut words = WordCount::default();
    let range = 0..text.len();
    tokenize_into(
        text,
        range,
        &[],
        Some(lex),
        Tokens::default(),
        &mut words,
        Some(scanner),
    )
}

/// [`tokenize_in`] into the vectors of `buf` (cleared first): a window reuses the previous
/// window's allocations. Every character of the range is given to `words` (the word count of
/// the stats, [`crate::text::count_words`], as a by-product of this pass: ranges given in
/// order, one after the other, count the text), unless it does not count
/// ([`WordCount::counts`]). With a `scanner` (of the range, with `lex`'s marks), the
/// quotation-mark scanner runs in the same pass: it is told of every line break and every
/// character that starts a mark of the lexicon and is no word character ([`Scanner::at`]).
pub(crate) fn tokenize_into(
    text: &str,
    range: Range<usize>,
    sentences: &[Range<usize>],
    lex: Option<&Lexicon>,
    mut buf: Tokens,
    words: &mut WordCount,
    mut scanner: Option<&mut Scanner>,
) -> Tokens {
    // The text from the range on, windows to come included (the cache's size: [`GROW_REST`]).
    let rest = text.len().saturating_sub(range.start);
    let text = text.get(..range.end).unwrap_or(text);
    let from = range.start.min(text.len());
    // Token offsets are u32: a text beyond 4 GiB (far beyond any input limit) is tokenized up
    // to the last character boundary within its first 4 GiB.
    let text = match text.len().checked_sub(u32::MAX as usize) {
        Some(over) if over > 0 => {
            let n = crate::text::floor_char_boundary(text, u32::MAX as usize);
            text.get(..n).unwrap_or("")
        }
        _ => text,
    };
    let table = table();
    let pairs = &class_tables().pairs;
    let len = text.len().saturating_sub(from);
    let head = len.min(SAMPLE);
    // The window's first token starts a line when only white space with a line break (or
    // nothing) precedes it (looked at 256 bytes back at most).
    let newline = {
        let back = text
            .as_bytes()
            .get(from.saturating_sub(256)..from)
            .unwrap_or(&[]);
        let run = back.iter().rev().take_while(|b| b.is_ascii_whitespace());
        run.clone().any(|&b| b == b'\n') || run.count() == from
    };
    buf.list.clear();
    buf.list.reserve(head / 4 + 16);
    buf.sentence_tokens.clear();
    buf.sentence_tokens.reserve(sentences.len());
    buf.cue_candidates.clear();
    buf.line_starts.clear();
    // About one cache slot per 16 bytes of the window: the slots cost their zeroing (and
    // memory), a word met again saves its fold and its look-up.
    let slots = if lex.is_some() && !no_cache() {
        if rest >= GROW_REST {
            MAX_GROWN_CACHE
        } else {
            (len / 16).next_power_of_two().clamp(16, MAX_CACHE)
        }
    } else {
        0
    };
    let mut cache = std::mem::take(&mut buf.cache);
    // The previous window's cache (the windows of one text share the lexicon), unless this
    // window wants a larger one; its folded forms too, while they take less than
    // [`KEPT_FOLDS`] bytes (the offsets the cache holds stay valid).
    let keep = slots != 0 && cache.len() >= slots;
    if !(keep && buf.folds.len() <= KEPT_FOLDS) {
        buf.folds.clear();
        if keep {
            // A word that folds to itself keeps its entry (no offset into the folds, which
            // start again), the others are emptied (length 0: no word matches).
            for e in &mut cache {
                if let Some(packed) = e.get_mut(2) {
                    if *packed >> 48 & u64::from(F_FOLDED) != 0 {
                        *packed = 0;
                    }
                }
            }
        }
    }
    if !keep {
        cache.clear();
        cache.resize(slots, [0; 3]);
    }
    buf.folds.reserve(head / 16 + 16);
    let folds_from = buf.folds.len();
    let mut b = Builder {
        cache,
        out: buf,
        text,
        table,
        lex,
        sentences,
        sentence: 0,
        sentence_end: usize::MAX,
        newline,
        from,
        size_at: if len <= SAMPLE {
            usize::MAX
        } else {
            from + SAMPLE
        },
        next_check: 0,
        sentence_bits: 0,
        folds_from,
    };
    b.sentence_end = b.end_of(0);
    if folds_from == 0 {
        b.out.folds.push('\0');
    }
    let mut wc = *words;
    let count = wc.counts();
    let bytes = text.as_bytes();
    let mut i = from;
    let mut cache = ClassCache::default();
    let marks = MarkSet::new(lex);
    loop {
        // A token from `i`: the word characters from there (none: a one-character token),
        // scanned to the character that ends them, of class `k`, which starts at `i` (`i` at
        // the end of the text, which ends a word as a space would: `WC_SEPARATOR`; a space:
        // [`SPACE`]). The scan breaks with the class only: the character is read back from
        // the bytes after it (fewer values where its exits join, in V8's code as in LLVM's).
        // The word's state lives in this scan only: its start `s`, the class of its first
        // character, the AND of the classes of all (read for `SELF_FOLD` and `WC_CORE`).
        let s = i;
        let mut first = 0u8;
        let mut all = !0u8;
        let k = 'scan: loop {
            let Some(&n) = bytes.get(i) else {
                break WC_SEPARATOR;
            };
            if n < 0x80 {
                let kn = table.get(usize::from(n)).copied().unwrap_or(0);
                if kn & WORD == 0 {
                    break if n == b' ' { SPACE } else { kn };
                }
                first = if i == s { kn } else { first };
                all &= kn;
                i += 1;
                // The rest of an ASCII run of the word, in a tight loop: lower-case letters
                // (which fold to themselves) eight at a time, other characters one by one.
                loop {
                    i += lower_ascii_run(bytes, i);
                    let Some(&n) = bytes.get(i) else {
                        break 'scan WC_SEPARATOR;
                    };
                    if n >= 0x80 {
                        continue 'scan;
                    }
                    let kn = table.get(usize::from(n)).copied().unwrap_or(0);
                    if kn & WORD == 0 {
                        break 'scan if n == b' ' { SPACE } else { kn };
                    }
                    all &= kn;
                    i += 1;
                }
            } else if n & 0xE0 == 0xC0 {
                // The class of the character by its two bytes ([`ClassTables::pairs`]: no
                // decoding for a word character, the common case).
                let mut rest = bytes.get(i..).unwrap_or(&[]);
                let kn = match rest.split_first_chunk::<2>() {
                    Some((pair, tail)) => {
                        rest = tail;
                        let pair = usize::from(u16::from_le_bytes(*pair));
                        pairs.get(pair).copied().unwrap_or(0)
                    }
                    None => 0,
                };
                if kn & WORD == 0 {
                    // (`kn` is already the character's class: `pairs` holds `low`'s.)
                    break kn;
                }
                first = if i == s { kn } else { first };
                all &= kn;
                // The rest of a two-byte run of the word (Arabic), in a tight loop: each
                // character's class by its two bytes.
                while let Some((pair, tail)) = rest.split_first_chunk::<2>() {
                    let pair = usize::from(u16::from_le_bytes(*pair));
                    let kn = pairs.get(pair).copied().unwrap_or(0);
                    if kn & WORD == 0 {
                        break;
                    }
                    all &= kn;
                    rest = tail;
                }
                i = bytes.len() - rest.len();
                // A space ends the word (the common case), without classifying it again.
                if bytes.get(i) == Some(&b' ') {
                    break SPACE;
                }
            } else {
                let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
                    // (Not a character boundary, impossible in a `str`: the end.)
                    i = bytes.len();
                    break WC_SEPARATOR;
                };
                let kn = cache.class(table, c);
                if kn & WORD == 0 {
                    break kn;
                }
                first = if i == s { kn } else { first };
                all &= kn;
                i += c.len_utf8();
            }
        };
        let after_word = i != s;
        // Not the end of the text (or of the range), which ends a word without counting.
        let mut counted = count && i < bytes.len();
        if after_word {
            if counted && wc.word_then_separator(first, all, k) {
                counted = false;
            } else if count {
                wc.run(text, s, first, all);
            }
            b.push_word(s, i, first & UPPER != 0, all & SELF_FOLD != 0);
        }
        // A space (after a word: the common case): nothing more to do.
        if k == SPACE {
            if counted {
                wc.char(text, i, k);
            }
            i += 1;
            continue;
        }
        // The character that ended the scan (none: the end), `len` bytes.
        let c = match bytes.get(i) {
            None => break,
            Some(&n) if n < 0x80 => char::from(n),
            Some(_) => match text.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => c,
                // (Not a character boundary, impossible in a `str`: the end.)
                None => break,
            },
        };
        let len = c.len_utf8();
        if counted {
            wc.char(text, i, k);
        }
        if c == '\n' {
            b.newline = true;
            b.next_check = 0;
            if let Some(s) = scanner.as_deref_mut() {
                s.line_break(i);
            }
        } else if !c.is_whitespace() {
            let [mark, start] = marks.get(c);
            if let (Some(s), true) = (scanner.as_deref_mut(), start) {
                if !(after_word && is_apostrophe(c) && between_ascii_alnum(bytes, i, len)) {
                    s.at(i, c);
                }
            }
            // A slash right after a word or number ("3/14", "كانون الثاني/يناير") is no
            // half of an Arabic "//" mark (no closing "//" is written against its word).
            if !(is_apostrophe(c) && after_word) {
                b.push_punct(
                    c,
                    i,
                    i + len,
                    k & UPPER != 0,
                    mark && !(after_word && c == '/'),
                );
            }
        }
        i += len;
    }
    *words = wc;
    b.finish()
}

/// The folded words of a lexicon entry, split the way [`tokenize`] splits text.
pub(crate) fn fold_words(entry: &str) -> Vec<String> {
    let toks = tokenize(entry, &[], None);
    toks.list
        .iter()
        .filter(|t| t.word())
        .map(|t| toks.fold(entry, t).to_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_ascii_run_counts_the_leading_lower_case_letters() {
        let slow = |b: &[u8], i: usize| {
            if b.len() < i + 8 {
                return 0;
            }
            b[i..i + 8]
                .iter()
                .take_while(|c| c.is_ascii_lowercase())
                .count()
        };
        let mut cases: Vec<Vec<u8>> = vec![
            b"abcdefghij".to_vec(),
            b"abc defgh".to_vec(),
            b"az{`@[AZ09".to_vec(),
            "zé\u{fb}abcdefg".as_bytes().to_vec(),
            b"abcdefg".to_vec(),
        ];
        // Every byte value at every position of an otherwise lower-case word.
        for pos in 0..9 {
            for v in 0..=255u8 {
                let mut w = b"mnopqrstu".to_vec();
                w[pos] = v;
                cases.push(w);
            }
        }
        for c in &cases {
            for i in 0..c.len() {
                assert_eq!(lower_ascii_run(c, i), slow(c, i), "{c:?} at {i}");
            }
        }
    }

    #[test]
    fn an_apostrophe_between_ascii_letters_or_digits_is_inside_a_word() {
        let t = "don’t 9'9 l’é a’ ’b é’c x'' «'y»";
        let at = |needle: &str| t.find(needle).unwrap_or(0) + 1;
        assert!(between_ascii_alnum(t.as_bytes(), at("n’t"), 3));
        assert!(between_ascii_alnum(t.as_bytes(), at("9'9"), 1));
        for (needle, len) in [("l’é", 3), ("a’ ", 3), (" ’b", 3), ("é’c", 3), ("x''", 1)]
        {
            let i = if needle.starts_with('é') {
                at(needle) + 1
            } else {
                at(needle)
            };
            assert!(!between_ascii_alnum(t.as_bytes(), i, len), "{needle}");
        }
        assert!(!between_ascii_alnum(b"'a", 0, 1));
        assert!(!between_ascii_alnum(b"a'", 1, 1));
    }

    fn folds(t: &str) -> Vec<String> {
        let toks = tokenize(t, &[], None);
        toks.list
            .iter()
            .map(|k| toks.fold(t, k).to_owned())
            .collect()
    }

    /// The tokenizer's definition, one character at a time with the slow classes: spans,
    /// word flag, capital, folded form.
    fn reference(text: &str) -> Vec<(Range<usize>, bool, bool, String)> {
        reference_with(text, None)
            .into_iter()
            .map(|(r, w, c, f, _)| (r, w, c, f))
            .collect()
    }

    /// [`reference`] with the mark / cue-candidate flag of each token under `lex`.
    fn reference_with(
        text: &str,
        lex: Option<&Lexicon>,
    ) -> Vec<(Range<usize>, bool, bool, String, bool)> {
        let flag = |word: bool, f: &str| {
            lex.is_some_and(|l| {
                if word {
                    l.may_cue(f)
                } else {
                    f.chars().next().is_some_and(|c| l.mark_char(c))
                }
            })
        };
        // (A slash right after a word is no mark.)
        let mut word_end = usize::MAX;
        reference_plain(text)
            .into_iter()
            .map(|(r, w, c, f)| {
                let g = flag(w, &f) && !(f == "/" && word_end == r.start);
                word_end = if w { r.end } else { usize::MAX };
                (r, w, c, f, g)
            })
            .collect()
    }

    fn reference_plain(text: &str) -> Vec<(Range<usize>, bool, bool, String)> {
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        let word = |s: usize, e: usize, out: &mut Vec<_>| {
            let w = &text[s..e];
            let cap = w.chars().next().is_some_and(char::is_uppercase);
            out.push((s..e, true, cap, crate::lang::light_fold(w)));
        };
        for (i, c) in text.char_indices() {
            if is_word_char_slow(c) {
                start.get_or_insert(i);
                continue;
            }
            let after_word = start.is_some();
            if let Some(s) = start.take() {
                word(s, i, &mut out);
            }
            if !(c.is_whitespace() || is_apostrophe(c) && after_word) {
                out.push((i..i + c.len_utf8(), false, c.is_uppercase(), c.to_string()));
            }
        }
        if let Some(s) = start {
            word(s, text.len(), &mut out);
        }
        out
    }

    #[test]
    fn agrees_with_the_reference_past_the_sample_and_beyond_the_tables() {
        // One long word fills most of the sample (a low estimate), then dense tokens of many
        // scripts: the vector grows past its estimate.
        let mut text = "x".repeat(SAMPLE - 100);
        let piece =
            "Él dijo: «नमस्ते दुनिया» 東京, ΣΟΦΊΑ; Москва! وقال مؤكداً ’x’ O’Brien a-t-il 3.5\n";
        while text.len() < 3 * SAMPLE {
            text.push_str(piece);
        }
        let toks = tokenize(&text, &[], None);
        let got: Vec<_> = toks
            .list
            .iter()
            .map(|t| {
                let f = if t.word() {
                    toks.fold(&text, t).to_owned()
                } else {
                    text[t.span()].to_owned()
                };
                (t.span(), t.word(), t.capital(), f)
            })
            .collect();
        assert_eq!(got, reference(&text));
        let lines = toks.list.iter().filter(|t| t.line_start()).count();
        // Every line break but the final one is followed by a token.
        assert_eq!(lines, text.matches('\n').count());
    }

    /// The tokens of the fixtures (and of the big development files when present) with their
    /// mark and cue-candidate flags, as the reference defines them.
    #[test]
    fn agrees_with_the_reference_on_articles() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/quotes");
        let mut files: Vec<(std::path::PathBuf, String)> = std::fs::read_dir(dir)
            .map(|d| {
                d.filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                    .filter_map(|p| {
                        let lang = p.file_name()?.to_str()?.split('-').next()?.to_owned();
                        Some((p, lang))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let big = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/big");
        for lang in ["ar", "en", "fr"] {
            files.push((format!("{big}/{lang}.txt").into(), lang.to_owned()));
        }
        for (path, lang) in files {
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let lex = super::super::lexicon::get(&lang);
            let sentences = crate::text::sentences(&text, &lang);
            let toks = tokenize(&text, &sentences, Some(lex));
            let want = reference_with(&text, Some(lex));
            // A token belongs to the first sentence that does not end at or before it (the
            // last sentence takes the rest).
            for t in &toks.list {
                let s = sentences
                    .partition_point(|r| r.end <= t.start())
                    .min(sentences.len().saturating_sub(1));
                assert_eq!(t.sentence(), s, "{}", path.display());
            }
            // Each sentence's tokens, up to the last token's sentence.
            let last = toks.list.last().map_or(0, |t| t.sentence() + 1);
            assert_eq!(toks.sentence_tokens.len(), last, "{}", path.display());
            for (s, &(a, b)) in toks.sentence_tokens.iter().enumerate() {
                let first = toks.list.partition_point(|t| t.sentence() < s);
                let end = toks.list.partition_point(|t| t.sentence() <= s);
                assert_eq!((a as usize, b as usize), (first, end), "{}", path.display());
            }
            assert_eq!(toks.list.len(), want.len(), "{}", path.display());
            let mut before = "";
            for (t, w) in toks.list.iter().zip(&want) {
                let f = if t.word() {
                    toks.fold(&text, t)
                } else {
                    &text[t.span()]
                };
                let after_close = lex.arabic && ["دون", "بدون"].contains(&before);
                before = f;
                // The lexicon's classes of the word, or the punctuation character.
                let classes = (
                    t.adverbial(),
                    t.complementizer(),
                    t.boundary(),
                    t.pronoun(),
                    t.auxiliary(),
                    t.licenser(),
                    t.punct_char(),
                );
                let lookups = (
                    lex.adverbial(f),
                    lex.complementizer(f) && !after_close,
                    lex.boundary(f),
                    lex.pronoun(f),
                    lex.auxiliary(f),
                    lex.licenser(f),
                    (!t.word()).then(|| f.chars().next()).flatten(),
                );
                assert_eq!(classes, lookups, "{}: {f}", path.display());
                let flag = if t.word() { t.cue() } else { t.mark() };
                let got = (t.span(), t.word(), t.capital(), f, flag);
                assert_eq!(
                    got,
                    (w.0.clone(), w.1, w.2, w.3.as_str(), w.4),
                    "{}",
                    path.display()
                );
            }
        }
    }

    #[test]
    fn arabic_an_after_without_is_no_complementizer() {
        let lex = super::super::lexicon::get("ar");
        let an = |text: &str| {
            let toks = tokenize(text, &[], Some(lex));
            toks.list
                .iter()
                .filter(|t| toks.fold(text, t) == "ان")
                .map(Token::complementizer)
                .collect::<Vec<_>>()
        };
        assert_eq!(an("كما أعلنت الشرطة، من دون أن يعرف أحد"), [false]);
        assert_eq!(an("بدون أن يعرف أحد"), [false]);
        assert_eq!(an("وقال الوزير أن الخطة جاهزة"), [true]);
    }

    /// A class bit above the sixteenth reaches the token, from the lexicon and from the cache
    /// (the second "it" and "s" are cache hits).
    #[test]
    fn high_class_bits_reach_the_tokens() {
        use super::super::lexicon::{R_CLAUSE_SUBJECT, R_POSSESSIVE};
        let text = "It's what it is, it's";
        let lex = super::super::lexicon::get("en");
        let sentences = crate::text::sentences(text, "en");
        let toks = tokenize(text, &sentences, Some(lex));
        let with = |role| -> Vec<&str> {
            (toks.list.iter())
                .filter(|t| lex.is(role, t))
                .map(|t| &text[t.span()])
                .collect()
        };
        assert_eq!(with(R_CLAUSE_SUBJECT), ["It", "it", "it"]);
        assert_eq!(with(R_POSSESSIVE), ["s", "s"]);
    }

    #[test]
    fn a_cached_word_is_24_bytes() {
        assert_eq!(std::mem::size_of::<CachedWord>(), 24);
    }

    #[test]
    fn a_token_is_20_bytes() {
        assert_eq!(std::mem::size_of::<Token>(), 20);
        // And a quotation found by the mark scanner, 20.
        assert_eq!(std::mem::size_of::<super::super::marks::Marked>(), 20);
    }

    #[test]
    fn folded_forms_of_any_length() {
        // Lengths around the one-byte limit (0x7F) and far beyond it.
        for n in [1, 62, 63, 64, 126, 127, 128, 5000] {
            let word = "É".repeat(n);
            let text = format!("{word} Ab ـ {word}ة");
            let toks = tokenize(&text, &[], None);
            let got: Vec<String> = toks
                .list
                .iter()
                .map(|t| toks.fold(&text, t).to_owned())
                .collect();
            let want: Vec<String> = text.split(' ').map(crate::lang::light_fold).collect();
            assert_eq!(got, want, "{n}");
        }
    }

    #[test]
    fn fold_word_agrees_with_light_fold_on_every_two_byte_character() {
        for cp in 0x80..0x800u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            for w in [
                format!("{c}"),
                format!("a{c}B{c}\u{0628}"),
                format!("\u{0623}{c}\u{4e2d}"),
            ] {
                let mut s = String::from("x");
                fold_word(table(), &w, &mut s);
                assert_eq!(s, format!("x{}", crate::lang::light_fold(&w)), "U+{cp:04X}");
            }
        }
    }

    #[test]
    fn splits_elisions_and_inversion() {
        assert_eq!(
            folds("d’après qu'il a-t-il «x»"),
            ["d", "après", "qu", "il", "a", "-", "t", "-", "il", "«", "x", "»"]
        );
    }

    #[test]
    fn arabic_words_keep_harakat_and_fold() {
        let t = "وقال مؤكداً";
        let toks = tokenize(t, &[], None);
        assert_eq!(toks.list.len(), 2);
        assert_eq!(folds(t)[1], "مؤكدا");
    }

    #[test]
    fn split_alphanumeric_agrees_with_split() {
        for s in [
            "",
            " ",
            "عادل الجبير، وزير الخارجية",
            "«مرصد الطقس»: -- x",
            "Jean-Marc O’Brien (AFP) 𝐀bc ﬁne—Élysée ١٢٣ ـــ مؤكداً",
            "a\u{2014}b\u{200F}c\u{00A0}d\u{0301}e,,f",
        ] {
            let mut got = Vec::new();
            split_alphanumeric(s, |w| got.push(w));
            let want: Vec<&str> = s.split(|c: char| !is_alphanumeric(c)).collect();
            assert_eq!(got, want, "{s}");
        }
    }

    #[test]
    fn fast_path_agrees_with_light_fold_and_char_classes() {
        let samples =
            "Élysée İstanbul ΣΟΦΊΑ Москва أإآٱ ىة مؤكداً ـــ straße O’Brien ǅemal ﷲ 𝐀bc ﬁne";
        for w in samples.split(' ') {
            let mut s = String::from("x");
            fold_word(table(), w, &mut s);
            assert_eq!(s, format!("x{}", crate::lang::light_fold(w)), "{w}");
        }
        let table = table();
        for cp in 0..0x3000u32 {
            if let Some(c) = char::from_u32(cp) {
                assert_eq!(class(table, c), slow_class(c), "U+{cp:04X}");
                assert_eq!(class(table, c) & WORD != 0, is_word_char_slow(c));
                assert_eq!(is_alphanumeric(c), c.is_alphanumeric());
            }
        }
        // A word whose characters all fold to themselves is left as it is by light_fold (the
        // converse need not hold: 𝐀 is upper case without a lower-case form).
        for w in samples.split(' ').chain(["said", "قال", "x"]) {
            if w.chars().all(|c| class(table, c) & SELF_FOLD != 0) {
                assert_eq!(crate::lang::light_fold(w), w);
            }
        }
    }

    use proptest::prelude::*;

    /// Characters for random words: ASCII of both cases, the Arabic block with its harakat,
    /// tatweel and hamza forms, two-byte characters of every kind, General Punctuation, and
    /// a few that fold to several characters or to nothing.
    fn fold_char() -> impl Strategy<Value = char> {
        prop_oneof![
            proptest::char::range('A', 'z'),
            proptest::char::range('\u{0600}', '\u{06FF}'),
            proptest::char::range('\u{0080}', '\u{07FF}'),
            proptest::sample::select(vec![
                'أ',
                'إ',
                'آ',
                'ٱ',
                'ى',
                'ة',
                'ـ',
                '\u{064B}',
                '\u{0670}',
                '’',
                'İ',
                'Σ',
                'É',
                '\u{4e2d}',
                'ﬁ',
                '\u{1D400}',
                '\u{200D}',
                'ǅ',
                'ß',
            ]),
            proptest::char::range('\u{2000}', '\u{206F}'),
        ]
    }

    /// Every field of every token, its folded form, and the cue candidates and line starts.
    type Seen = (
        Vec<(Range<usize>, u32, u32, String)>,
        Vec<usize>,
        Vec<usize>,
        Vec<(u32, u32)>,
    );

    fn seen(text: &str, range: Range<usize>, sentences: &[Range<usize>], lex: &Lexicon) -> Seen {
        seen_in(text, &tokenize_in(text, range, sentences, Some(lex)))
    }

    fn seen_in(text: &str, t: &Tokens) -> Seen {
        let list = t
            .list
            .iter()
            .map(|k| {
                (
                    k.span(),
                    k.sentence_flags,
                    k.info,
                    t.fold(text, k).to_owned(),
                )
            })
            .collect();
        (
            list,
            t.cue_candidates.clone(),
            t.line_starts.clone(),
            t.sentence_tokens.clone(),
        )
    }

    /// The tokens with the word cache and without it.
    fn cache_agrees(text: &str, code: &str) {
        let lex = super::super::lexicon::get(code);
        let sentences = crate::text::sentences(text, code);
        let ranges = [
            0..text.len(),
            crate::text::floor_char_boundary(text, text.len() / 3)..text.len(),
        ];
        for range in ranges {
            let with = seen(text, range.clone(), &sentences, lex);
            NO_CACHE.with(|c| c.set(true));
            let without = seen(text, range, &sentences, lex);
            NO_CACHE.with(|c| c.set(false));
            assert_eq!(with, without);
        }
    }

    #[test]
    fn the_word_cache_changes_no_token_on_the_corpus() {
        for code in ["en", "ar", "fr"] {
            let Ok(text) = std::fs::read_to_string(format!("../shared/corpus/big/{code}.txt"))
            else {
                continue;
            };
            // A short text (a few hundred slots, more collisions) and the whole file.
            let short: String = text.chars().take(3000).collect();
            cache_agrees(&short, code);
            cache_agrees(&text, code);
        }
    }

    /// The windows of a text tokenized one after another into one buffer (the word cache kept
    /// from window to window, as the quote stage does) give the tokens each gets alone
    /// without the cache.
    #[test]
    fn the_word_cache_kept_across_windows_changes_no_token() {
        for code in ["en", "ar", "fr"] {
            let Ok(text) = std::fs::read_to_string(format!("../shared/corpus/big/{code}.txt"))
            else {
                continue;
            };
            let lex = super::super::lexicon::get(code);
            let sentences = crate::text::sentences(&text, code);
            let mut buf = Tokens::default();
            let mut from = 0;
            // Windows of 64 KiB (4,096 slots each), then the rest (16,384 slots at most: the
            // cache changes size).
            for n in 0.. {
                if from >= text.len() {
                    break;
                }
                let to = if n < 6 {
                    crate::text::floor_char_boundary(&text, (from + 65_536).min(text.len()))
                } else {
                    text.len()
                };
                let mut words = WordCount::default();
                buf = tokenize_into(
                    &text,
                    from..to,
                    &sentences,
                    Some(lex),
                    buf,
                    &mut words,
                    None,
                );
                let kept = seen_in(&text, &buf);
                NO_CACHE.with(|c| c.set(true));
                let alone = seen(&text, from..to, &sentences, lex);
                NO_CACHE.with(|c| c.set(false));
                assert_eq!(kept, alone, "{code}: window {n}");
                from = to;
            }
        }
    }

    /// [`ClassTables::pairs`] holds the class of every two-byte character under its UTF-8
    /// bytes, and no word class for any other pair of bytes.
    #[test]
    fn the_pair_table_agrees_with_the_class_table() {
        let t = class_tables();
        for cp in 0x80..0x800u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let mut b = [0; 4];
            let e = c.encode_utf8(&mut b).as_bytes();
            let pair = usize::from(u16::from_le_bytes([e[0], e[1]]));
            assert_eq!(t.pairs[pair], t.low[cp as usize], "{c:?}");
        }
        let words = |k: &[u8]| k.iter().filter(|&&k| k & WORD != 0).count();
        assert_eq!(words(&t.pairs[..]), words(&t.low[0x80..]));
    }

    /// A word that does not fold to itself, met again in a later window, takes the folded form
    /// the earlier window wrote (kept with the cache), not a new copy.
    #[test]
    fn a_later_window_reuses_the_folded_forms_of_earlier_ones() {
        let text = "The Said. Said";
        let lex = super::super::lexicon::get("en");
        let mut words = WordCount::default();
        let buf = Tokens::default();
        let buf = tokenize_into(text, 0..10, &[], Some(lex), buf, &mut words, None);
        let first = buf.list.get(1).map(|t| t.fold);
        let buf = tokenize_into(text, 10..text.len(), &[], Some(lex), buf, &mut words, None);
        assert_eq!(buf.list.first().map(|t| t.fold), first);
        assert_eq!(buf.list.first().map(|t| buf.fold(text, t)), Some("said"));
    }

    /// A long text's cache is [`MAX_GROWN_CACHE`] slots from its first window on, and kept by
    /// the next window; a short text's is sized for its window. The tokens stay those without the cache.
    #[test]
    fn a_long_text_sizes_its_cache_for_the_rest_of_the_text() {
        let words: Vec<String> = (0..1000).map(|n| format!("Word{n}")).collect();
        let first = words.join(" ");
        let mid = first.len() + 1;
        let short = format!("{first} {first}");
        let long = format!("{short}{}", " said".repeat(GROW_REST / 5));
        let lex = super::super::lexicon::get("en");
        for (text, slots) in [(&long, 16384), (&short, 512)] {
            let mut words = WordCount::default();
            let buf = Tokens::default();
            let buf = tokenize_into(text, 0..mid, &[], Some(lex), buf, &mut words, None);
            assert_eq!(buf.cache.len(), slots);
            let window = mid..2 * mid - 1;
            let buf = tokenize_into(text, window.clone(), &[], Some(lex), buf, &mut words, None);
            assert_eq!(buf.cache.len(), slots);
            NO_CACHE.with(|c| c.set(true));
            let alone = seen(text, window, &[], lex);
            NO_CACHE.with(|c| c.set(false));
            assert_eq!(seen_in(text, &buf), alone);
        }
    }

    /// Words for random texts: many repeats (cache hits and colliding slots), words that fold
    /// (capitals, hamza forms, harakat), long words (not cached), cues and listed words.
    fn cache_word() -> impl Strategy<Value = String> {
        prop_oneof![
            proptest::sample::select(vec![
                "said",
                "Said",
                "SAID",
                "the",
                "The",
                "he",
                "He",
                "that",
                "That",
                "told",
                "a",
                "A",
                "قال",
                "وقال",
                "أن",
                "إن",
                "ان",
                "الذي",
                "مؤكداً",
                "مؤكدا",
                "قالت",
                "أكد",
                "وأكد",
                "internationalization",
                "Internationalisation",
                "ß",
                "İstanbul",
                "Élysée",
                "dit",
                "a-t-il",
                "qu’il",
                "«",
                "»",
                "\"",
                ",",
                ".",
                "\n",
                "\n\n",
                "—",
                "1,5",
            ])
            .prop_map(String::from),
            proptest::collection::vec(fold_char(), 1..20).prop_map(|c| c.into_iter().collect()),
            "[a-zA-Z]{1,20}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]
        #[test]
        fn the_word_cache_changes_no_token(
            words in proptest::collection::vec(cache_word(), 0..300),
            seps in proptest::collection::vec(proptest::sample::select(vec![" ", " ", " ", "", ". ", "\n"]), 300),
            code in proptest::sample::select(vec!["en", "ar", "fr"]),
        ) {
            let mut text = String::new();
            for (w, s) in words.iter().zip(&seps) {
                text.push_str(w);
                text.push_str(s);
            }
            cache_agrees(&text, code);
        }
    }

    /// The word count of the stats taken by the tokenizer's pass ([`tokenize_into`]) over
    /// the ranges that end at `cuts` (ascending character boundaries) and then at the text's
    /// end, one after the other, as the quote stage's windows do.
    fn tokenizer_word_count(text: &str, cuts: &[usize]) -> usize {
        let mut words = WordCount::default();
        let mut from = 0;
        for &to in cuts.iter().chain([text.len()].iter()) {
            tokenize_into(
                text,
                from..to,
                &[],
                None,
                Tokens::default(),
                &mut words,
                None,
            );
            from = to;
        }
        words.finish(text)
    }

    /// What [`WordCount::run`] assumes of a word run: no character the tokenizer puts in a
    /// word is a separator or edge punctuation for the word count.
    #[test]
    fn no_word_character_is_a_word_count_separator_or_punctuation() {
        use crate::text::WC_PUNCTUATION;
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            if is_word_char_slow(c) {
                assert_eq!(
                    word_count_class(c) & (WC_SEPARATOR | WC_PUNCTUATION),
                    0,
                    "U+{:04X}",
                    c as u32
                );
            }
        }
    }

    #[test]
    fn the_tokenizer_counts_the_words_of_the_fixtures_and_the_big_files() {
        let mut texts: Vec<String> = [
            include_str!("../../tests/fixtures/seed-ar.txt"),
            include_str!("../../tests/fixtures/quotes/en-001.txt"),
            include_str!("../../tests/fixtures/quotes/fr-001.txt"),
            include_str!("../../tests/fixtures/quotes/ar-001.txt"),
        ]
        .map(String::from)
        .to_vec();
        // The big development files when `../shared` is present.
        for name in ["ar", "en", "fr"] {
            let path = format!(
                "{}/../shared/corpus/big/{name}.txt",
                env!("CARGO_MANIFEST_DIR")
            );
            texts.extend(std::fs::read_to_string(&path));
        }
        for text in &texts {
            let want = crate::text::count_words(text);
            assert_eq!(tokenizer_word_count(text, &[]), want);
            // Cut anywhere (on character boundaries), as the windows may be.
            let cuts: Vec<usize> = (1..8)
                .map(|k| crate::text::floor_char_boundary(text, text.len() * k / 8))
                .collect();
            assert_eq!(tokenizer_word_count(text, &cuts), want);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        /// The word count's own test pieces (every kind of punctuation, mark, joiner, script
        /// and white space it knows about) and the tokenizer's, in any order, cut in two
        /// anywhere: the tokenizer's count is `count_words`.
        #[test]
        fn the_tokenizer_counts_what_count_words_counts(
            pieces in proptest::collection::vec(prop_oneof![
                crate::text::word_count_piece(),
                cache_word(),
                proptest::collection::vec(fold_char(), 1..6).prop_map(|c| c.into_iter().collect()),
            ], 0..16),
            cut in any::<usize>(),
        ) {
            let text: String = pieces.concat();
            let want = crate::text::count_words(&text);
            prop_assert_eq!(tokenizer_word_count(&text, &[]), want, "{:?}", text);
            let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            let at = bounds[cut % bounds.len()];
            prop_assert_eq!(tokenizer_word_count(&text, &[at]), want, "{:?} cut at {}", text, at);
        }
    }
}
