//! Normalization with an origin map (issue #3): an Arabic-complete folding used as the key
//! for matching (`search`), and a conservative clean-up that is safe to publish (`clean`).
//!
//! Both profiles run in **one linear pass**, character by character (never whole-text NFKC),
//! and record for every byte of the output the byte offset of the input character it came
//! from ([`Normalized::origin_at`]), so that a match found in the normalized text maps back to the
//! original characters ([`Normalized::source_range`]).
//!
//! # `search` profile (the matching key; never shown)
//! - Arabic marks deleted (`data/arabic_marks.txt`: 0610–061A, 064B–065F, 0670, 06D6–06DC,
//!   06DF–06E4, 06E7–06E8, 06EA–06ED, 08CA–08E1, 08E3–08FF), tatweel deleted;
//! - invisible format characters deleted (`data/invisible.txt`: 061C, 200B, 200D–200F,
//!   202A–202E, 2060, 2066–2069, FEFF, 00AD); ZWNJ (200C) see below;
//! - compatibility decomposition per character, only in the blocks of
//!   `data/compatibility.txt`: Arabic presentation forms FB50–FDFF and FE70–FEFC (lam-alef
//!   ligatures become two letters, ﷲ and ﷽ expand; the forms that are only a space or tatweel
//!   plus marks — FC5E–FC63, FCF2–FCF4, FE70–FE7F — vanish), Latin ligatures (ﬁ → fi) and
//!   full-width forms (Ａ → a);
//! - letters (`data/arabic_letters.txt`): آ أ إ ٱ ٲ ٳ ٵ → ا; ؤ → و, ئ → ي; ى ی ے ې → ي;
//!   ة ۃ → ه; ۀ ہ ھ ە → ه; ک ڪ → ك;
//! - digits (`data/digits.txt`): ٠–٩ and ۰–۹ → 0–9; ٫ and ٬ between two digits → `.` and `,`;
//! - other scripts: canonical decomposition with the generic combining diacritics removed
//!   (`data/diacritics.txt`: é → e, but Indic vowel signs and kana voicing marks stay), full
//!   Unicode case folding (`char::to_lowercase` plus `data/casefold.txt`: ß → ss, ς → σ);
//! - every run of white space (NBSP, narrow NBSP, line breaks …) → one space; white space at
//!   the very end is removed.
//!
//! # `clean` profile (safe to publish; no letter a reader sees changes)
//! NFC; Arabic presentation forms FB50–FDEF and FE70–FEFC to base letters (the word ligatures
//! FDF0–FDFF such as ﷺ and ﷽ are symbols writers choose, and stay); tatweel, ZWSP, BOM, word
//! joiner and soft hyphen removed; LRM/RLM/ALM removed inside words (where they do nothing)
//! and when repeated; embeddings, overrides and isolates removed when unpaired in their
//! paragraph (stray), kept when paired; ZWJ kept only between two non-space characters (emoji
//! sequences, conjuncts); ZWNJ kept inside words in Persian/Urdu, removed elsewhere; runs of
//! horizontal spaces collapsed (to a no-break space if the run has one), spaces before a line
//! break or at the end removed. Harakat, hamza, digits, case and punctuation stay as written.
//!
//! # ZWNJ and the language
//! In Persian, Urdu, Pashto and Sorani (`data/zwnj_languages.txt`) ZWNJ is part of the
//! spelling (می‌خواهم, کتاب‌ها): both profiles keep it when it sits between two letters, as a
//! word-internal joiner, never as a word boundary. Elsewhere it is junk and deleted.
//! [`normalize_with`] takes the language; with `None` ([`normalize`]) the decision is made
//! once, and only if a ZWNJ sits between two letters, on the `search` folding of the first
//! 16 KiB of the text (every ZWNJ deleted): Arabic script, and at least as much evidence for
//! the ZWNJ languages (their stop words, `data/zwnj_letters.txt`) as for Arabic. Deciding on
//! the folded text, not the raw one, makes `x`, `search(x)` and `clean(x)` decide alike, which
//! idempotence needs (﷽ folds to four Arabic words, ی to ي).
//!
//! # Where we deliberately differ from Lucene
//! Lucene's `ArabicNormalizer` leaves the hamza seats alone; we fold ؤ → و and ئ → ي because
//! news text spells the same word with and without the seat (مسؤول / مسئول / مسوول), and a
//! missed match costs more than a rare false one. Lucene's `PersianCharFilter` turns ZWNJ
//! into a space, which splits Persian words in two (می / خواهم); we keep it as a joiner
//! inside Persian/Urdu words, and delete it in Arabic where it is never orthographic.
//!
//! # Limits
//! Offsets in the origin map are `u32`: inputs up to [`MAX_INPUT_BYTES`]. [`normalize`] never
//! refuses input (no panic; beyond that size offsets saturate); [`try_normalize`] applies
//! [`crate::Limits::max_input_bytes`] (64 MiB by default) and returns
//! [`crate::Error::InputTooLarge`] for bigger input — the entry point for bindings.
//!
//! # The origin map, and the JavaScript binding
//! The origin map is kept sparse: breakpoints where the distance between output and input
//! changes ([`Normalized::origin_runs`]), a small fraction of the text, instead of a `u32` per
//! output byte (4× the text). The contract's map (one entry per UTF-16 unit of the output,
//! value = UTF-16 index of the input character) is [`Normalized::origin_utf16`] /
//! [`Normalized::origin_utf16_chunks`], computed in one linear pass that mostly counts up; a
//! lone surrogate arrives as U+FFFD, which both profiles keep, so the offsets stay aligned.

mod clean;
mod data;
mod fold;
mod output;
mod search;
mod table;
mod zwnj;

use std::ops::Range;

use crate::Span;
use zwnj::Zwnj;

/// The largest input whose origin map is exact (offsets are stored as `u32`).
pub const MAX_INPUT_BYTES: usize = u32::MAX as usize;

/// Which normalization to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Profile {
    /// Aggressive folding used as the matching key (never shown to a reader).
    #[default]
    Search,
    /// Conservative clean-up that is safe to publish.
    Clean,
}

/// The result of [`normalize`]: the normalized text and, for every byte of it, the byte
/// offset in the input of the character it came from (its origin).
///
/// The origin map is stored sparsely ([`Normalized::origin_runs`]): only where the distance
/// between output and input changes, which is rare (most characters are copied or replaced by
/// one of the same length). Read it with [`Normalized::origin_at`] (one byte, O(log n)),
/// [`Normalized::origins`] (every byte, in order), [`Normalized::source_range`] (a match),
/// or [`Normalized::origin_utf16`] / [`Normalized::origin_utf16_chunks`] (the JavaScript map).
/// Origins are monotone (non-decreasing), each on a char boundary of the input. (Where
/// canonical ordering moved combining marks, the moved marks take the offset of the first of
/// them.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    /// Breakpoints `(output char start, input offset)`, see [`Normalized::origin_runs`].
    runs: Vec<(usize, u32)>,
    /// How many edits were made (0 when the input was already normal).
    pub changes: usize,
}

/// Normalizes `text` with `profile`; the language (which only matters for ZWNJ) is detected
/// when needed. Same as `normalize_with(text, profile, None)`.
///
/// ```
/// use article_analyzer::{normalize, Profile};
/// let n = normalize("الكرمـــلين «أحمد» Café", Profile::Search);
/// assert_eq!(n.text, "الكرملين «احمد» cafe");
/// let input = "الكرمـــلين «أحمد» Café";
/// let found = n.text.find("احمد").unwrap();
/// let range = n.source_range(input, found..found + "احمد".len());
/// assert_eq!(&input[range], "أحمد");
/// ```
pub fn normalize(text: &str, profile: Profile) -> Normalized {
    normalize_with(text, profile, None)
}

/// Normalizes `text` with `profile`, for a text in `language` (a BCP 47 tag such as `"fa"`;
/// `None` detects it if the text contains a ZWNJ). The language decides whether ZWNJ is kept
/// inside words (Persian, Urdu, Pashto, Sorani) or deleted (everything else).
pub fn normalize_with(text: &str, profile: Profile, language: Option<&str>) -> Normalized {
    let zwnj = Zwnj::new(language);
    match profile {
        Profile::Search => search::run(text, zwnj),
        Profile::Clean => clean::run(text, zwnj),
    }
}

/// [`normalize_with`] behind the size limit of the analysis API: input larger than
/// `limits.max_input_bytes` (64 MiB by default) is refused with
/// [`crate::Error::InputTooLarge`] before any work is done. For bindings that take text from
/// users (the JavaScript `normalize`).
///
/// ```
/// use article_analyzer::{normalize::try_normalize, Limits, Profile};
/// let limits = Limits { max_input_bytes: 4, ..Limits::default() };
/// assert!(try_normalize("abc", Profile::Search, None, &limits).is_ok());
/// assert!(try_normalize("abcde", Profile::Search, None, &limits).is_err());
/// ```
pub fn try_normalize(
    text: &str,
    profile: Profile,
    language: Option<&str>,
    limits: &crate::Limits,
) -> Result<Normalized, crate::Error> {
    // On 32-bit targets (wasm32) no `usize` exceeds MAX_INPUT_BYTES, so the `min` is a no-op
    // there; on 64-bit targets it keeps origins exact.
    #[allow(clippy::unnecessary_min_or_max)]
    let limit = limits.max_input_bytes.min(MAX_INPUT_BYTES);
    if text.len() > limit {
        return Err(crate::Error::InputTooLarge {
            bytes: text.len(),
            limit,
        });
    }
    Ok(normalize_with(text, profile, language))
}

/// The matching key of a keyword or phrase: the `search` normalization of `term`, without
/// leading or trailing white space. Two terms match the same text if their keys are equal.
///
/// ```
/// use article_analyzer::normalize::fold_key;
/// assert_eq!(fold_key("  أحمد "), fold_key("احمد"));
/// assert_eq!(fold_key("CAFÉ"), "cafe");
/// ```
pub fn fold_key(term: &str) -> String {
    fold_key_with(term, None)
}

/// [`fold_key`] for a term in `language` (see [`normalize_with`]).
pub fn fold_key_with(term: &str, language: Option<&str>) -> String {
    let n = normalize_with(term, Profile::Search, language);
    trim_spaces(&n.text).to_owned()
}

/// [`fold_key`] under a given ZWNJ decision: with `keep_zwnj` a ZWNJ between two letters is
/// kept (as in a Persian or Urdu text), without it every ZWNJ is deleted (as in any other
/// text). A term looked for in a text must be folded with the text's decision
/// ([`keeps_zwnj`]), which [`fold_key`] cannot know.
pub fn fold_key_zwnj(term: &str, keep_zwnj: bool) -> String {
    let n = search::run(term, Zwnj::fixed(keep_zwnj));
    trim_spaces(&n.text).to_owned()
}

/// `s.trim_matches(' ')` on the bytes: a space is one byte that no other UTF-8 sequence
/// contains, so both ends stay on char boundaries. Not the generic `trim_matches::<char>`, a
/// second copy of std's double-ended char searcher beside `str::trim`'s (~400 B raw, issue #7).
#[inline(never)]
fn trim_spaces(s: &str) -> &str {
    let b = s.as_bytes();
    let start = b.iter().position(|&c| c != b' ').unwrap_or(b.len());
    let end = b.iter().rposition(|&c| c != b' ').map_or(start, |i| i + 1);
    s.get(start..end).unwrap_or("")
}

/// True if the `search` folding of a text in `language` keeps word-internal ZWNJs (Persian,
/// Urdu, Pashto, Sorani: `data/zwnj_languages.txt`); the decision
/// [`normalize_with`]`(text, profile, Some(language))` takes.
pub fn keeps_zwnj(language: &str) -> bool {
    data::data().zwnj_language(language)
}

/// True for the characters a highlight takes along at the end of the matched letters:
/// combining marks, tatweel and invisible format characters.
fn trails(c: char) -> bool {
    crate::ucd::is_combining_mark(c) || fold::invisible(c).is_some()
}

impl Normalized {
    /// Maps a byte range of the normalized text back to the input: the range starts at the
    /// input character that produced byte `folded.start` and ends after the character that
    /// produced byte `folded.end - 1`, widened over the combining marks, tatweel and invisible
    /// characters that follow it (harakat on the last letter, a trailing ZWNJ or RLM).
    /// Always on char boundaries of `input` (the text this was computed from); an empty
    /// `folded` gives an empty range.
    pub fn source_range(&self, input: &str, folded: Span) -> Span {
        let end_out = folded.end.min(self.text.len());
        let start_out = folded.start.min(end_out);
        let start = self
            .origin_at(start_out)
            .map_or(input.len(), |o| o as usize)
            .min(input.len());
        if start_out == end_out {
            return start..start;
        }
        let last = self
            .origin_at(end_out - 1)
            .map_or(input.len(), |o| o as usize)
            .min(input.len());
        let mut end = input
            .get(last..)
            .and_then(|rest| rest.chars().next())
            .map_or(input.len(), |c| last + c.len_utf8());
        if let Some(rest) = input.get(end..) {
            for c in rest.chars() {
                if !trails(c) {
                    break;
                }
                end += c.len_utf8();
            }
        }
        start..end.max(start)
    }

    /// The input byte offset of the character that produced byte `i` of `self.text`
    /// (`None` past the end). O(log n) in the number of breakpoints.
    pub fn origin_at(&self, i: usize) -> Option<u32> {
        output::origin_at(&self.text, &self.runs, i)
    }

    /// The origin of every byte of `self.text`, in order (what a dense `Vec<u32>` map would
    /// hold): linear.
    pub fn origins(&self) -> impl Iterator<Item = u32> + '_ {
        let mut k = 0usize;
        let mut cur = 0u32;
        self.text.bytes().enumerate().map(move |(j, b)| {
            if (b as i8) >= -64 {
                while self.runs.get(k + 1).is_some_and(|r| r.0 <= j) {
                    k += 1;
                }
                cur = self.runs.get(k).map_or(0, |&(p, o)| {
                    o.saturating_add(u32::try_from(j.saturating_sub(p)).unwrap_or(u32::MAX))
                });
            }
            cur
        })
    }

    /// The origin map as stored: breakpoints `(output char start, input offset)`, strictly
    /// increasing in both, the first at output byte 0 (none for an empty output). From a
    /// breakpoint `(p, o)` up to the next, the output character at `p + d` came from the input
    /// character at `o + d`, of the same length.
    pub fn origin_runs(&self) -> &[(usize, u32)] {
        &self.runs
    }

    /// The origin map for JavaScript: one entry per UTF-16 code unit of `self.text` (two for
    /// a character outside the BMP), each the UTF-16 index in `input` of the character it came
    /// from. `input` must be the text this was computed from. Linear, and cheap: within a
    /// breakpoint's run the indices simply count up. See [`Normalized::origin_utf16_chunks`]
    /// to produce it piecewise without holding the whole map.
    pub fn origin_utf16(&self, input: &str) -> Vec<u32> {
        // Through a small buffer into a map of the exact size (one chunk of the whole map would
        // first fill a second map-sized buffer: natively 2–3× slower, mostly page faults).
        let mut map = Vec::with_capacity(self.utf16_len());
        self.origin_utf16_chunks(input, 1 << 14, |part| map.extend_from_slice(part));
        map
    }

    /// The length of `self.text` in UTF-16 code units (the length of the JavaScript map).
    pub fn utf16_len(&self) -> usize {
        self.text
            .as_bytes()
            .chunks(1 << 20)
            .map(|c| utf16_units(c) as usize)
            .sum()
    }

    /// The runs of the origin map as (byte range of the output, UTF-16 index in `input` of the
    /// input character the run starts at): within a run the origins count up from there. The
    /// one walk [`Normalized::origin_utf16_chunks`] and [`Normalized::utf16_chunks`] share;
    /// linear overall (the input is counted once, run by run).
    fn utf16_runs<'s>(&'s self, input: &'s str) -> impl Iterator<Item = (Range<usize>, u32)> + 's {
        let (text, input) = (self.text.len(), input.as_bytes());
        let mut byte = 0usize; // input cursor …
        let mut unit = 0u32; // … and its UTF-16 index
        self.runs
            .iter()
            .enumerate()
            .map(move |(k, &(out_start, in_start))| {
                let out_end = self.runs.get(k + 1).map_or(text, |r| r.0);
                let in_start = (in_start as usize).min(input.len());
                if in_start > byte {
                    unit = unit.wrapping_add(utf16_units(input.get(byte..in_start).unwrap_or(&[])));
                    byte = in_start;
                }
                (out_start..out_end, unit)
            })
    }

    /// [`Normalized::origin_utf16`] handed to `sink` in consecutive pieces of at most `chunk`
    /// entries (at least 64), so that a binding can copy it out without ever holding the whole
    /// map in its own memory.
    pub fn origin_utf16_chunks(&self, input: &str, chunk: usize, mut sink: impl FnMut(&[u32])) {
        let chunk = chunk.max(64);
        let text = self.text.as_bytes();
        let mut buf: Vec<u32> = Vec::with_capacity(chunk.min(text.len()));
        for (out, unit) in self.utf16_runs(input) {
            let seg = text.get(out).unwrap_or(&[]);
            if seg.iter().all(|&b| b < 0xF0) {
                // No astral character: one unit per character on both sides, counting up.
                let mut n = utf16_units(seg) as usize;
                let mut u = unit;
                while n > 0 {
                    let take = (chunk - buf.len()).min(n);
                    let from = buf.len();
                    buf.resize(from + take, 0);
                    // An indexed loop (vectorises natively; unrolled in wasm).
                    for (k, o) in buf
                        .get_mut(from..)
                        .unwrap_or(&mut [])
                        .iter_mut()
                        .enumerate()
                    {
                        *o = u.wrapping_add(k as u32);
                    }
                    u = u.wrapping_add(take as u32);
                    n -= take;
                    if buf.len() >= chunk {
                        sink(&buf);
                        buf.clear();
                    }
                }
            } else {
                let mut u = unit;
                for &b in seg {
                    if (b as i8) < -64 {
                        continue;
                    }
                    if buf.len() + 2 > chunk {
                        sink(&buf);
                        buf.clear();
                    }
                    buf.push(u);
                    if b >= 0xF0 {
                        buf.push(u);
                        u += 1;
                    }
                    u += 1;
                }
            }
        }
        if !buf.is_empty() {
            sink(&buf);
        }
    }
}

impl Normalized {
    /// `self.text` as UTF-16 code units together with its origin map (the entries of
    /// [`Normalized::origin_utf16`]), handed to `sink` in consecutive pieces of at most `chunk`
    /// units (at least 2; a piece may end between the two halves of a surrogate pair). One
    /// pass over the text: what a JavaScript binding needs to build both the result string
    /// and the map without a UTF-8 decoder. `input` must be the text this was computed from.
    /// (A convenience over [`Normalized::utf16le_pieces_from`], which the binding uses.)
    pub fn utf16_chunks(&self, input: &str, chunk: usize, sink: impl FnMut(&[u16], &[u32])) {
        let starts = self.utf16_starts(input);
        self.utf16_chunks_from(&starts, chunk, sink);
    }

    /// For each breakpoint of the origin map ([`Normalized::origin_runs`]), the UTF-16 index in
    /// `input` of the input character it starts at: what [`Normalized::utf16_chunks_from`]
    /// needs of the input (a binding can free the input before that pass). Linear.
    pub fn utf16_starts(&self, input: &str) -> Vec<u32> {
        self.utf16_runs(input).map(|(_, unit)| unit).collect()
    }

    /// [`Normalized::utf16_chunks`], given `starts` = [`Normalized::utf16_starts`] of the input
    /// instead of the input.
    pub fn utf16_chunks_from(
        &self,
        starts: &[u32],
        chunk: usize,
        mut sink: impl FnMut(&[u16], &[u32]),
    ) {
        // Equal sizes: the text and the map are always handed over together.
        let chunk = chunk.max(2);
        let mut units = Vec::with_capacity(chunk.min(self.text.len()));
        self.utf16le_pass(starts, chunk, chunk, |t, o| {
            units.clear();
            units.extend(t.chunks_exact(2).map(|p| {
                u16::from_le_bytes([
                    p.first().copied().unwrap_or(0),
                    p.get(1).copied().unwrap_or(0),
                ])
            }));
            sink(&units, o);
        });
    }

    /// The pass of [`Normalized::utf16_chunks_from`] as the binding needs it: the text as
    /// UTF-16LE bytes, handed to `units_sink` in pieces of `units_chunk − 1` or `units_chunk`
    /// code units (`units_chunk` taken at least 2 and at most the text's length in bytes; the
    /// last piece may be shorter; a piece may end between the two halves
    /// of a surrogate pair), and the origin map handed to `origins_sink` in pieces of at most
    /// `origins_chunk` entries (at least 2), so that a binding can hand big pieces of text to
    /// its string constructor while copying the map out through a small buffer.
    pub fn utf16le_pieces_from(
        &self,
        starts: &[u32],
        units_chunk: usize,
        origins_chunk: usize,
        mut units_sink: impl FnMut(&[u8]),
        mut origins_sink: impl FnMut(&[u32]),
    ) {
        self.utf16le_pass(starts, units_chunk, origins_chunk, |t, o| {
            if !o.is_empty() {
                origins_sink(o);
            }
            if !t.is_empty() {
                units_sink(t);
            }
        });
    }

    /// The one pass behind [`Normalized::utf16le_pieces_from`] and
    /// [`Normalized::utf16_chunks_from`]: `sink(text, map)` receives the UTF-16LE bytes of the
    /// text when `units_chunk` units are (almost) filled, the map when `origins_chunk` entries
    /// are; the other slice is then empty unless both are due (always, for equal sizes).
    fn utf16le_pass(
        &self,
        starts: &[u32],
        units_chunk: usize,
        origins_chunk: usize,
        mut sink: impl FnMut(&[u8], &[u32]),
    ) {
        let cap = self.text.len().max(2);
        let su = units_chunk.max(2).min(cap);
        let so = origins_chunk.max(2).min(cap);
        let mut units = vec![0u8; 2 * su];
        let mut origins = vec![0u32; so];
        let (mut nu, mut no) = (0usize, 0usize); // units, entries filled
        let text = self.text.as_bytes();
        let end = text.len();
        for (k, (&(out_start, _), &unit)) in self.runs.iter().zip(starts).enumerate() {
            let out_end = self.runs.get(k + 1).map_or(end, |r| r.0);
            // Within a run the origins count up, one per unit of the output character (both
            // units of a surrogate pair take the index of the pair).
            let mut u = unit;
            let mut i = out_start;
            while i < out_end {
                let (fu, fo) = (nu + 2 > su, no + 2 > so);
                if fu || fo {
                    sink(
                        if fu {
                            units.get(..2 * nu).unwrap_or(&[])
                        } else {
                            &[]
                        },
                        if fo {
                            origins.get(..no).unwrap_or(&[])
                        } else {
                            &[]
                        },
                    );
                    if fu {
                        nu = 0;
                    }
                    if fo {
                        no = 0;
                    }
                }
                let b0 = text.get(i).copied().unwrap_or(0);
                let b1 = text.get(i + 1).copied().unwrap_or(0);
                // Two ASCII bytes in a row (English, digits; not a lone space between Arabic
                // words, which would make this branch unpredictable): eight at once, for as
                // long as they are ASCII (a tight loop: English text is mostly this). Each
                // eight bytes are widened to UTF-16 in two 64-bit words and their origins
                // written as four pairs: six stores instead of sixteen.
                if (b0 | b1) < 0x80 {
                    // As many eight-byte blocks as the run and both buffers have room for,
                    // through iterators (no bounds check in the loop).
                    let k = ((out_end - i) / 8)
                        .min(su.saturating_sub(nu) / 8)
                        .min(so.saturating_sub(no) / 8);
                    let src = text.get(i..i + 8 * k).unwrap_or(&[]);
                    let dst_u = units.get_mut(2 * nu..2 * (nu + 8 * k)).unwrap_or(&mut []);
                    let dst_o = origins.get_mut(no..no + 8 * k).unwrap_or(&mut []);
                    // `u + 8 k` stays far below 2^32 (inputs are limited to `MAX_INPUT_BYTES`),
                    // so no lane of `pair` carries into the next.
                    let mut pair = u64::from(u) | (u64::from(u.wrapping_add(1)) << 32);
                    let mut done = 0usize;
                    for ((w, t), o) in src
                        .chunks_exact(8)
                        .zip(dst_u.chunks_exact_mut(16))
                        .zip(dst_o.chunks_exact_mut(8))
                    {
                        let w = u64::from_le_bytes(<[u8; 8]>::try_from(w).unwrap_or([0x80; 8]));
                        if w & 0x8080_8080_8080_8080 != 0 {
                            break;
                        }
                        let (lo, hi) = t.split_at_mut(8);
                        lo.copy_from_slice(&widen(w & 0xFFFF_FFFF).to_le_bytes());
                        hi.copy_from_slice(&widen(w >> 32).to_le_bytes());
                        let s = [
                            pair,
                            pair.wrapping_add(0x2_0000_0002),
                            pair.wrapping_add(0x4_0000_0004),
                            pair.wrapping_add(0x6_0000_0006),
                        ];
                        o.copy_from_slice(&[
                            s[0] as u32,
                            (s[0] >> 32) as u32,
                            s[1] as u32,
                            (s[1] >> 32) as u32,
                            s[2] as u32,
                            (s[2] >> 32) as u32,
                            s[3] as u32,
                            (s[3] >> 32) as u32,
                        ]);
                        pair = pair.wrapping_add(0x8_0000_0008);
                        done += 8;
                    }
                    if done > 0 {
                        nu += done;
                        no += done;
                        u = u.wrapping_add(done as u32);
                        i += done;
                        continue;
                    }
                }
                // Four two-byte characters in a row (Arabic, Cyrillic, Greek words): decoded
                // together, without the dependency of each step on the previous lead byte.
                if b0 >= 0xC0 && nu + 4 <= su && no + 4 <= so && i + 8 <= out_end {
                    let w = text
                        .get(i..i + 8)
                        .and_then(|c| <&[u8; 8]>::try_from(c).ok())
                        .copied()
                        .map_or(0, u64::from_le_bytes);
                    if w & 0xC0E0_C0E0_C0E0_C0E0 == 0x80C0_80C0_80C0_80C0 {
                        if let (Some(t), Some(o)) = (
                            units.get_mut(2 * nu..2 * nu + 8),
                            origins.get_mut(no..no + 4),
                        ) {
                            // Each 16-bit lane holds a lead byte and its trail byte: the
                            // code point is (lead & 0x1F) << 6 | (trail & 0x3F), at most
                            // 0x7FF, so the four lanes are decoded in one word, one store.
                            let c = ((w & 0x001F_001F_001F_001F) << 6)
                                | ((w >> 8) & 0x003F_003F_003F_003F);
                            t.copy_from_slice(&c.to_le_bytes());
                            // Origins as two pairs (no lane carries: see the ASCII loop).
                            let pair = u64::from(u) | (u64::from(u.wrapping_add(1)) << 32);
                            let next = pair.wrapping_add(0x2_0000_0002);
                            o.copy_from_slice(&[
                                pair as u32,
                                (pair >> 32) as u32,
                                next as u32,
                                (next >> 32) as u32,
                            ]);
                        }
                        nu += 4;
                        no += 4;
                        u = u.wrapping_add(4);
                        i += 8;
                        continue;
                    }
                }
                let b1 = u32::from(b1 & 0x3F);
                if b0 < 0xE0 {
                    // One or two bytes, without a branch on which.
                    let two = b0 >= 0x80;
                    let cp = if two {
                        (u32::from(b0 & 0x1F) << 6) | b1
                    } else {
                        u32::from(b0)
                    };
                    put(&mut units, nu, &mut origins, no, cp as u16, u);
                    nu += 1;
                    no += 1;
                    u = u.wrapping_add(1);
                    i += 1 + usize::from(two);
                    continue;
                }
                let b2 = u32::from(text.get(i + 2).copied().unwrap_or(0) & 0x3F);
                if b0 < 0xF0 {
                    let cp = (u32::from(b0 & 0x0F) << 12) | (b1 << 6) | b2;
                    put(&mut units, nu, &mut origins, no, cp as u16, u);
                    nu += 1;
                    no += 1;
                    u = u.wrapping_add(1);
                    i += 3;
                    continue;
                }
                let b3 = u32::from(text.get(i + 3).copied().unwrap_or(0) & 0x3F);
                let cp = (u32::from(b0 & 0x07) << 18) | (b1 << 12) | (b2 << 6) | b3;
                let v = cp.wrapping_sub(0x1_0000);
                put(
                    &mut units,
                    nu,
                    &mut origins,
                    no,
                    0xD800 | (v >> 10) as u16,
                    u,
                );
                put(
                    &mut units,
                    nu + 1,
                    &mut origins,
                    no + 1,
                    0xDC00 | (v & 0x3FF) as u16,
                    u,
                );
                nu += 2;
                no += 2;
                u = u.wrapping_add(2);
                i += 4;
            }
        }
        if nu > 0 || no > 0 {
            sink(
                units.get(..2 * nu).unwrap_or(&[]),
                origins.get(..no).unwrap_or(&[]),
            );
        }
    }
}

/// Writes the code unit `c` (UTF-16LE) at unit `n` of `units` and the origin `u` at entry `m`
/// of `origins` (both in bounds by the caller's checks).
#[inline(always)]
fn put(units: &mut [u8], n: usize, origins: &mut [u32], m: usize, c: u16, u: u32) {
    if let Some(t) = units.get_mut(2 * n..2 * n + 2) {
        t.copy_from_slice(&c.to_le_bytes());
    }
    if let Some(o) = origins.get_mut(m) {
        *o = u;
    }
}

/// The four low bytes of `x` (ASCII), widened to four UTF-16 code units in one little-endian
/// word.
#[inline(always)]
fn widen(x: u64) -> u64 {
    let x = (x | (x << 16)) & 0x0000_FFFF_0000_FFFF;
    (x | (x << 8)) & 0x00FF_00FF_00FF_00FF
}

/// The number of UTF-16 code units of the UTF-8 `bytes` (whole characters): one per character,
/// two for a four-byte one. Branch-free (vectorises).
fn utf16_units(bytes: &[u8]) -> u32 {
    // Eight bytes at a time (wasm has no SIMD here): every byte but a continuation byte
    // (10xxxxxx) starts a unit, and a four-byte lead (11110xxx) starts two.
    const HI: u64 = 0x8080_8080_8080_8080;
    let words = bytes.chunks_exact(8);
    let tail = words.remainder();
    let mut n = 0u32;
    for w in words {
        let w = u64::from_le_bytes(<[u8; 8]>::try_from(w).unwrap_or([0; 8]));
        if w & HI == 0 {
            // Eight ASCII bytes (most of an English text; a predictable branch either way).
            n = n.wrapping_add(8);
            continue;
        }
        // Each byte's flag moved to bit 0 and summed by one multiplication (at most 8 per
        // word: no carry between bytes); natively cheaper than `count_ones` without a
        // `popcnt` target feature, the same in wasm.
        let sum = |m: u64| ((m >> 7).wrapping_mul(0x0101_0101_0101_0101) >> 56) as u32;
        let continuation = sum(w & !(w << 1) & HI);
        let four = sum(w & (w << 1) & (w << 2) & (w << 3) & HI);
        n = n.wrapping_add(8 - continuation + four);
    }
    tail.iter()
        .map(|&b| u32::from((b as i8) >= -64) + u32::from(b >= 0xF0))
        .fold(n, u32::wrapping_add)
}

#[cfg(test)]
mod tests;
