//! UAX #29 word boundaries: the segments of [`word_bounds`], the same as the
//! `unicode-segmentation` crate's `split_word_bound_indices` (whose forward state machine this
//! is, rule for rule), over our own property table.
//!
//! Why not the crate: its range tables are 16 KB of the WebAssembly module (6.4 KB gzipped);
//! the same Word_Break and Extended_Pictographic values as runs are 1.7 KB (0.9 KB gzipped),
//! written by `build.rs` from `src/text/data/word_break.txt` and decoded at first use (a run
//! may hold combining marks of value Extend and alphabetic characters of value ALetter among
//! characters of its own value: [`predicted`]). The
//! crate stays a dev-dependency: the tests compare the segmentation of every code point in
//! several contexts, and random strings, with it.

use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/word_break.rs"));

// Word_Break values, numbered as in `build.rs` (`WORD_BREAK_NAMES`). 0 is Other.
const CR: u8 = 1;
const LF: u8 = 2;
const NEWLINE: u8 = 3;
const EXTEND: u8 = 4;
const ZWJ: u8 = 5;
const REGIONAL_INDICATOR: u8 = 6;
const FORMAT: u8 = 7;
const KATAKANA: u8 = 8;
const HEBREW_LETTER: u8 = 9;
const ALETTER: u8 = 10;
const SINGLE_QUOTE: u8 = 11;
const DOUBLE_QUOTE: u8 = 12;
const MID_NUM_LET: u8 = 13;
const MID_LETTER: u8 = 14;
const MID_NUM: u8 = 15;
const NUMERIC: u8 = 16;
const EXTEND_NUM_LET: u8 = 17;
const WSEG_SPACE: u8 = 18;
/// Added to the value of an Extended_Pictographic character.
const PICTOGRAPHIC: u8 = 32;
/// Added to the value of a run that predicts ([`predicted`]; `build.rs`'s
/// `WORD_BREAK_PREDICTS`).
const PREDICTS: u8 = 64;

/// Code points below this are looked up directly.
const DIRECT: usize = 0x800;

/// The decoded property table.
struct Table {
    /// The property byte of every code point below [`DIRECT`].
    direct: Vec<u8>,
    /// Runs from [`DIRECT`] on: `start << 8 | property`, ascending.
    runs: Vec<u32>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut direct = Vec::with_capacity(DIRECT);
        let mut runs = Vec::with_capacity(WORD_BREAK_VALUES.len());
        let mut lens = WORD_BREAK_LENS.iter();
        let mut start = 0u32;
        for &value in &WORD_BREAK_VALUES {
            let mut len = 0u32;
            let mut shift = 0;
            for &b in lens.by_ref() {
                len |= u32::from(b & 0x7F) << shift;
                shift += 7;
                if b < 0x80 {
                    break;
                }
            }
            let end = start.saturating_add(len);
            while (direct.len() as u32) < end.min(DIRECT as u32) {
                let c = char::from_u32(direct.len() as u32).unwrap_or_default();
                direct.push(predicted(c, value));
            }
            if end > DIRECT as u32 {
                runs.push((start.max(DIRECT as u32) << 8) | u32::from(value));
            }
            start = end;
        }
        direct.resize(DIRECT, 0);
        Table { direct, runs }
    })
}

/// The value of `c` in a run of value `run` (the stored byte): the value itself, or, when
/// the run [`PREDICTS`], [`EXTEND`] for a combining mark, [`ALETTER`] for another alphabetic
/// character and the value otherwise (`build.rs` writes the runs with the same rule, from
/// the same std and the same marks, so that the decoded values are those of the text).
fn predicted(c: char, run: u8) -> u8 {
    if run & PREDICTS == 0 {
        run
    } else if crate::ucd::is_combining_mark(c) {
        EXTEND
    } else if c.is_alphabetic() {
        ALETTER
    } else {
        run & !PREDICTS
    }
}

/// The Word_Break value of `c` (+ [`PICTOGRAPHIC`] when it is Extended_Pictographic).
#[inline]
fn property(c: char, table: &Table) -> u8 {
    let cp = c as u32;
    match table.direct.get(cp as usize) {
        Some(&p) => p,
        None => {
            let i = table.runs.partition_point(|&run| run >> 8 <= cp);
            table
                .runs
                .get(i.wrapping_sub(1))
                .map_or(0, |&run| predicted(c, (run & 0xFF) as u8))
        }
    }
}

/// Whether an ASCII letter or digit (`x_digit`: a digit), `c` and an ASCII letter or digit
/// (`y_digit`) are one UAX #29 segment, for `c` of none of the values WB4 skips (Extend,
/// Format, ZWJ): rules WB6/7 between letters, WB11/12 between digits, WB13a/b either way.
pub(crate) fn joins_ascii(x_digit: bool, c: char, y_digit: bool) -> bool {
    let p = property(c, table()) & !PICTOGRAPHIC;
    p == EXTEND_NUM_LET
        || x_digit == y_digit
            && (matches!(p, MID_NUM_LET | SINGLE_QUOTE)
                || p == if x_digit { MID_NUM } else { MID_LETTER })
}

/// The UAX #29 word segments of `text` (every character in exactly one segment) with their
/// byte offsets, as `unicode-segmentation`'s `split_word_bound_indices`.
pub(crate) fn word_bounds(text: &str) -> WordBounds<'_> {
    WordBounds {
        rest: text,
        offset: 0,
        table: table(),
    }
}

/// Iterator of [`word_bounds`].
pub(crate) struct WordBounds<'a> {
    /// The text not segmented yet.
    rest: &'a str,
    /// Where `rest` starts in the text.
    offset: usize,
    table: &'static Table,
}

/// The states of the segmenter (those of `unicode-segmentation`'s forward iterator).
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Start,
    Letter,
    HLetter,
    Numeric,
    Katakana,
    ExtendNumLet,
    RegionalHalf,
    RegionalFull,
    FormatExtend(Pending),
    Zwj,
    Emoji,
    WSegSpace,
}

/// What a `State::FormatExtend` waits for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pending {
    /// Format/Extend characters at the start: they end the segment at the next character.
    AcceptNone,
    /// After MidLetter, MidNumLet or Single_Quote: a letter joins, anything else backs up.
    RequireLetter,
    /// After Hebrew_Letter Double_Quote: a Hebrew letter joins, anything else backs up.
    RequireHLetter,
    /// After Hebrew_Letter Single_Quote: a letter joins, anything else ends the segment.
    AcceptQLetter,
    /// After MidNum, MidNumLet or Single_Quote: a digit joins, anything else backs up.
    RequireNumeric,
}

impl WordBounds<'_> {
    /// The Word_Break value of the character after the one at byte `idx` of `rest`.
    fn next_category(&self, idx: usize) -> Option<u8> {
        let mut chars = self.rest.get(idx..)?.chars();
        chars.next()?;
        chars
            .next()
            .map(|c| property(c, self.table) & !PICTOGRAPHIC)
    }

    /// The length in bytes of the next segment of `rest` (not empty).
    fn segment_len(&self) -> usize {
        use Pending::*;
        use State::*;
        let mut take_curr = true;
        let mut idx = 0;
        let mut saveidx = 0;
        let mut state = Start;
        let mut cat = 0;
        // Whether Format/Extend/ZWJ characters were skipped (WB3d comes before WB4).
        let mut skipped_format_extend = false;
        for (curr, ch) in self.rest.char_indices() {
            idx = curr;
            // ZWJs are skipped (WB4), so whether the previous character was one is tracked
            // apart for WB3c.
            let prev_zwj = cat == ZWJ;
            let prop = property(ch, self.table);
            cat = prop & !PICTOGRAPHIC;
            // WB4: skip Format, Extend and ZWJ (at the start they are a segment of their own).
            if state != Start && matches!(cat, EXTEND | FORMAT | ZWJ) {
                skipped_format_extend = true;
                continue;
            }
            // WB3c.
            if prev_zwj && prop & PICTOGRAPHIC != 0 {
                state = Emoji;
                continue;
            }
            state = match state {
                Start if cat == CR => {
                    // WB3, WB3a.
                    if self.next_category(idx) == Some(LF) {
                        idx += 1;
                    }
                    break;
                }
                Start => match cat {
                    ALETTER => Letter,
                    HEBREW_LETTER => HLetter,
                    NUMERIC => Numeric,
                    KATAKANA => Katakana,
                    EXTEND_NUM_LET => ExtendNumLet,
                    REGIONAL_INDICATOR => RegionalHalf,
                    LF | NEWLINE => break,
                    ZWJ => Zwj,
                    WSEG_SPACE => WSegSpace,
                    _ => {
                        if matches!(self.next_category(idx), Some(FORMAT | EXTEND | ZWJ)) {
                            FormatExtend(AcceptNone)
                        } else {
                            break; // WB999
                        }
                    }
                },
                WSegSpace => match cat {
                    WSEG_SPACE if !skipped_format_extend => WSegSpace,
                    _ => {
                        take_curr = false;
                        break;
                    }
                },
                Zwj | Emoji | RegionalFull => {
                    take_curr = false;
                    break;
                }
                Letter | HLetter => match cat {
                    ALETTER => Letter,
                    HEBREW_LETTER => HLetter,
                    NUMERIC => Numeric,
                    EXTEND_NUM_LET => ExtendNumLet,
                    DOUBLE_QUOTE if state == HLetter => {
                        saveidx = idx;
                        FormatExtend(RequireHLetter) // WB7b
                    }
                    SINGLE_QUOTE if state == HLetter => FormatExtend(AcceptQLetter), // WB7a
                    MID_LETTER | MID_NUM_LET | SINGLE_QUOTE => {
                        saveidx = idx;
                        FormatExtend(RequireLetter) // WB6
                    }
                    _ => {
                        take_curr = false;
                        break;
                    }
                },
                Numeric => match cat {
                    NUMERIC => Numeric,
                    ALETTER => Letter,
                    HEBREW_LETTER => HLetter,
                    EXTEND_NUM_LET => ExtendNumLet,
                    MID_NUM | MID_NUM_LET | SINGLE_QUOTE => {
                        saveidx = idx;
                        FormatExtend(RequireNumeric) // WB12
                    }
                    _ => {
                        take_curr = false;
                        break;
                    }
                },
                Katakana => match cat {
                    KATAKANA => Katakana,
                    EXTEND_NUM_LET => ExtendNumLet,
                    _ => {
                        take_curr = false;
                        break;
                    }
                },
                ExtendNumLet => match cat {
                    EXTEND_NUM_LET => ExtendNumLet,
                    ALETTER => Letter,
                    HEBREW_LETTER => HLetter,
                    NUMERIC => Numeric,
                    KATAKANA => Katakana,
                    _ => {
                        take_curr = false;
                        break;
                    }
                },
                RegionalHalf => match cat {
                    REGIONAL_INDICATOR => RegionalFull, // WB15, WB16
                    _ => {
                        take_curr = false;
                        break;
                    }
                },
                FormatExtend(pending) => match pending {
                    RequireNumeric if cat == NUMERIC => Numeric, // WB11
                    RequireLetter | AcceptQLetter if cat == ALETTER => Letter, // WB7
                    RequireLetter | AcceptQLetter if cat == HEBREW_LETTER => HLetter,
                    RequireHLetter if cat == HEBREW_LETTER => HLetter, // WB7c
                    AcceptNone | AcceptQLetter => {
                        take_curr = false;
                        break;
                    }
                    _ => break, // backs up below
                },
            };
        }
        if let FormatExtend(RequireLetter | RequireHLetter | RequireNumeric) = state {
            // The joining character was not followed by what it needs: the segment ends
            // before it.
            idx = saveidx;
            take_curr = false;
        }
        if take_curr {
            idx += self
                .rest
                .get(idx..)
                .and_then(|r| r.chars().next())
                .map_or(1, char::len_utf8);
        }
        if idx == 0 {
            // Cannot happen (the first character is always taken); never an empty segment.
            idx = self.rest.chars().next().map_or(1, char::len_utf8);
        }
        idx
    }
}

impl<'a> Iterator for WordBounds<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        if self.rest.is_empty() {
            return None;
        }
        let len = self.segment_len();
        let (segment, rest) = match (self.rest.get(..len), self.rest.get(len..)) {
            (Some(segment), Some(rest)) => (segment, rest),
            _ => (self.rest, ""),
        };
        let at = self.offset;
        self.rest = rest;
        self.offset += len;
        Some((at, segment))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn ours(s: &str) -> Vec<(usize, &str)> {
        word_bounds(s).collect()
    }

    fn theirs(s: &str) -> Vec<(usize, &str)> {
        s.split_word_bound_indices().collect()
    }

    #[test]
    fn values_of_known_characters() {
        let t = table();
        for (c, v) in [
            ('a', ALETTER),
            ('0', NUMERIC),
            ('\r', CR),
            ('\n', LF),
            ('\u{0B}', NEWLINE),
            (' ', WSEG_SPACE),
            ('\'', SINGLE_QUOTE),
            ('"', DOUBLE_QUOTE),
            ('.', MID_NUM_LET),
            (':', MID_LETTER),
            (',', MID_NUM),
            ('_', EXTEND_NUM_LET),
            ('\u{300}', EXTEND),
            ('\u{200D}', ZWJ),
            ('\u{AD}', FORMAT),
            ('\u{5D0}', HEBREW_LETTER),
            ('ア', KATAKANA),
            ('\u{1F1E6}', REGIONAL_INDICATOR),
            ('ب', ALETTER),
            ('٣', NUMERIC),
            ('\u{1F600}', PICTOGRAPHIC),
            ('\u{24C2}', ALETTER | PICTOGRAPHIC),
            ('-', 0),
            ('中', 0),
            ('\u{10FFFF}', 0),
        ] {
            assert_eq!(property(c, t), v, "{c:?}");
        }
    }

    /// The value of every code point is the one of `word_break.txt` (parsed here as
    /// `build.rs` parses it), whether its run predicts or not.
    #[test]
    fn every_value_is_the_text_s() {
        const NAMES: [&str; 19] = [
            "Other",
            "CR",
            "LF",
            "Newline",
            "Extend",
            "ZWJ",
            "Regional_Indicator",
            "Format",
            "Katakana",
            "Hebrew_Letter",
            "ALetter",
            "Single_Quote",
            "Double_Quote",
            "MidNumLet",
            "MidLetter",
            "MidNum",
            "Numeric",
            "ExtendNumLet",
            "WSegSpace",
        ];
        let mut want = vec![0u8; 0x11_0000];
        for line in include_str!("data/word_break.txt").lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            let Some((range, name)) = line.split_once(';') else {
                continue;
            };
            let (a, b) = range
                .trim()
                .split_once("..")
                .unwrap_or((range.trim(), range.trim()));
            let hex = |s: &str| usize::from_str_radix(s, 16).expect("hex");
            let add = match name.trim() {
                "Extended_Pictographic" => PICTOGRAPHIC,
                n => NAMES.iter().position(|x| *x == n).expect("name") as u8,
            };
            for w in &mut want[hex(a)..=hex(b)] {
                *w |= add;
            }
        }
        let t = table();
        let mut predicted = 0;
        for (cp, &w) in want.iter().enumerate() {
            if let Some(c) = char::from_u32(cp as u32) {
                assert_eq!(property(c, t), w, "{c:?}");
            }
            predicted += usize::from(
                cp >= DIRECT
                    && t.runs[t.runs.partition_point(|&r| r >> 8 <= cp as u32) - 1] & 64 != 0,
            );
        }
        assert!(predicted > 1000, "no run predicts");
    }

    #[test]
    fn segments_like_the_crate() {
        for s in [
            "",
            "The U.S. said it's 3.5% — well-known.",
            "a\r\nb\n\r",
            "\u{300}\u{300}a",
            "שב\"ק א'",
            "👨\u{200D}👩\u{200D}👧 🇫🇷🇩🇪🇮",
            "  \u{3000}x\u{200D}\u{200D} ",
            "ア_イ 1,000.5 a_1",
            "قال: «ذهبت» إلى ٣٫٥",
        ] {
            assert_eq!(ours(s), theirs(s), "{s:?}");
        }
    }

    /// Every code point of planes 0, 1 and 14 (every one with a Word_Break value or
    /// Extended_Pictographic: planes 2–13, 15 and 16 hold only Word_Break=Other, so they are
    /// sampled), in contexts that tell every value apart (Format and Extend behave the same),
    /// segments as the crate segments it. The contexts go in one string, separated by line
    /// feeds (a boundary on both sides, WB3a/WB3b), to keep the test quick.
    #[test]
    fn every_code_point_segments_like_the_crate() {
        const CONTEXTS: [(&str, &str); 15] = [
            ("", ""),
            ("a", "a"),
            ("1", "1"),
            ("\u{5D0}", "\"\u{5D0}"),
            ("\u{5D0}", "\u{5D0}"),
            ("ア", "ア"),
            ("_", "_"),
            ("\u{200D}", ""),
            ("", "\u{300}a"),
            (" ", " "),
            ("\r", ""),
            ("\u{1F1E6}", "\u{1F1E6}"),
            ("a\u{300}", "\u{AD}a"),
            ("1'", "."),
            ("x", "x\u{200D}\u{1F600}"),
        ];
        let mut s = String::new();
        let mut failures = Vec::new();
        let sampled = |cp: u32| cp < 0x2_0000 || (0xE_0000..0xF_0000).contains(&cp) || cp % 61 == 0;
        for c in (0..0x11_0000u32)
            .filter(|&cp| sampled(cp))
            .filter_map(char::from_u32)
        {
            s.clear();
            for (before, after) in CONTEXTS {
                s.push_str(before);
                s.push(c);
                s.push(c);
                s.push_str(after);
                s.push('\n');
            }
            if !word_bounds(&s).eq(s.split_word_bound_indices()) {
                failures.push(c);
                if failures.len() > 20 {
                    break;
                }
            }
        }
        assert!(failures.is_empty(), "{failures:?}");
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        /// One or two characters of every Word_Break value, and pictographs.
        const POOL: &[char] = &[
            'a',
            'Z',
            'é',
            'ب',
            '\u{5D0}',
            '0',
            '٣',
            '\r',
            '\n',
            '\u{0B}',
            ' ',
            '\u{3000}',
            '\'',
            '"',
            '.',
            ':',
            ',',
            ';',
            '_',
            '\u{203F}',
            '\u{300}',
            '\u{64B}',
            '\u{200D}',
            '\u{AD}',
            '\u{200E}',
            'ア',
            'ー',
            '\u{1F1E6}',
            '\u{1F1EB}',
            '\u{1F600}',
            '\u{2764}',
            '\u{24C2}',
            '-',
            '!',
            '中',
            '\u{FE0F}',
            '’',
            '\u{66B}',
            '\u{1F3FB}',
        ];

        proptest! {
            #[test]
            fn random_strings_segment_like_the_crate(
                picks in proptest::collection::vec(0..POOL.len(), 0..24)
            ) {
                let s: String = picks.iter().filter_map(|&i| POOL.get(i)).collect();
                prop_assert_eq!(ours(&s), theirs(&s));
            }
        }
    }
}
