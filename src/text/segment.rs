//! Segmentation: words (UAX #29), sentences (rules below, with per-language abbreviation
//! lists) and paragraphs (blocks of non-blank lines). Every function is one linear pass.

use std::ops::Range;

use super::uax29::{self, word_bounds};
use crate::lang;

/// The UAX #29 word segments of `text` that hold a letter or a digit, with their byte ranges.
///
/// Fast path: most whitespace-separated tokens of Latin, Greek, Cyrillic, Arabic and Devanagari text are
/// one plain run of letters, digits and combining marks between ordinary punctuation, and
/// UAX #29 makes exactly one word of such a run. One pass over the characters classifies each
/// token with a small state machine (leading punctuation, core, trailing punctuation); only
/// other tokens (with `.` `,` `'` `’` `:` and the like inside, or other scripts) go through the
/// full UAX #29 segmenter. Both give the same words (a property test checks it).
pub fn words(text: &str) -> impl Iterator<Item = (Range<usize>, &str)> + '_ {
    Words {
        text,
        pos: 0,
        pending: Vec::new().into_iter(),
    }
}

/// Iterator of [`words`].
struct Words<'a> {
    text: &'a str,
    /// Where the scan resumes: a char boundary after a token (or 0).
    pos: usize,
    /// Words of a token that went through the full segmenter.
    pending: std::vec::IntoIter<(Range<usize>, &'a str)>,
}

/// Where the token state machine of [`Words`] is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TokenState {
    /// Only plain punctuation so far.
    Lead,
    /// In the run of letters, digits and marks.
    Core,
    /// Plain punctuation after the core.
    Trail,
}

/// The class of a character for the fast path of [`words`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum CharClass {
    /// Separates tokens ([`is_token_separator`]).
    Separator,
    /// [`is_plain_punctuation`].
    Punctuation,
    /// [`is_simple_letter_or_digit`].
    Letter,
    /// [`is_simple_extend`].
    Extend,
    /// Anything else: the token needs the full segmenter.
    Other,
}

fn char_class(c: char) -> CharClass {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => CharClass::Letter,
        ' ' | '\t' | '\n' | '\r' | '\x0B' | '\x0C' => CharClass::Separator,
        '_' => CharClass::Other,
        '!'..='~' => CharClass::Punctuation,
        '\0'..='\x7F' => CharClass::Other,
        _ if is_token_separator(c) => CharClass::Separator,
        _ if is_simple_letter_or_digit(c) => CharClass::Letter,
        _ if is_simple_extend(c) => CharClass::Extend,
        _ if is_plain_punctuation(c) => CharClass::Punctuation,
        _ => CharClass::Other,
    }
}

/// [`char_class`] of the ASCII characters, of every two-byte character (U+0080–U+07FF: Latin,
/// Greek, Cyrillic, Hebrew, the Arabic block …) and of U+2000–U+207F (spaces, quotes and
/// dashes of General Punctuation), looked up by byte: the hot loops of [`words`] and
/// [`count_words`] decode nothing for them.
struct ClassTables {
    /// By byte value (< 0x80).
    ascii: [CharClass; 128],
    /// By (lead & 0x1F) × 64 + (second byte & 0x3F), i.e. by code point.
    two: [CharClass; 2048],
    /// By code point − 0x2000 (three-byte sequences E2 80 xx and E2 81 xx).
    punctuation: [CharClass; 128],
}

fn class_tables() -> &'static ClassTables {
    static TABLES: std::sync::OnceLock<ClassTables> = std::sync::OnceLock::new();
    TABLES.get_or_init(|| {
        let mut tables = ClassTables {
            ascii: [CharClass::Other; 128],
            two: [CharClass::Other; 2048],
            punctuation: [CharClass::Other; 128],
        };
        let fill = |slots: &mut [CharClass], first: u32| {
            for (k, slot) in (first..).zip(slots.iter_mut()) {
                *slot = char::from_u32(k).map_or(CharClass::Other, char_class);
            }
        };
        fill(&mut tables.ascii, 0);
        fill(&mut tables.two, 0);
        fill(&mut tables.punctuation, 0x2000);
        tables
    })
}

/// The class of the character at byte `i` (a char boundary of `text`) and its length.
#[inline(always)]
fn classify(text: &str, i: usize, tables: &ClassTables) -> (CharClass, usize) {
    let bytes = text.as_bytes();
    match bytes.get(i) {
        Some(&b) if b < 0x80 => (
            tables
                .ascii
                .get(usize::from(b))
                .copied()
                .unwrap_or(CharClass::Other),
            1,
        ),
        Some(&b @ 0xC2..=0xDF) => {
            let second = bytes.get(i + 1).copied().unwrap_or(0);
            let k = (usize::from(b & 0x1F) << 6) | usize::from(second & 0x3F);
            (tables.two.get(k).copied().unwrap_or(CharClass::Other), 2)
        }
        Some(&0xE2) if matches!(bytes.get(i + 1), Some(0x80 | 0x81)) => {
            let second = bytes.get(i + 1).copied().unwrap_or(0);
            let third = bytes.get(i + 2).copied().unwrap_or(0);
            let k = (usize::from(second & 1) << 6) | usize::from(third & 0x3F);
            (
                tables
                    .punctuation
                    .get(k)
                    .copied()
                    .unwrap_or(CharClass::Other),
                3,
            )
        }
        _ => match text.get(i..).and_then(|rest| rest.chars().next()) {
            Some(c) => (char_class(c), c.len_utf8()),
            None => (CharClass::Other, 1),
        },
    }
}

/// The number of [`words`] of `text`, counted without building them.
///
/// One table lookup per byte: `WordCounter` is a byte-level automaton whose states are the
/// token states of [`words`] (lead punctuation, core, trailing punctuation, needs UAX #29,
/// between tokens) combined with "inside a two-byte character after lead byte L" (and the
/// same for the General Punctuation block E2 80/81 xx), so the class of every character the
/// tables know is found without decoding it. Other characters leave the table (a special
/// state) and are decoded; tokens that need the full segmenter are found again backwards
/// from their end and segmented. Equal to `words(text).count()` (a property test checks it).
pub fn count_words(text: &str) -> usize {
    let counter = word_counter();
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut state = wc::GAP;
    let mut i = 0;
    // Where the current token was last split (see `after_trail`): the full segmenter
    // starts there at the latest.
    let mut floor = 0;
    while let Some(&b) = bytes.get(i) {
        // Four bytes per step while no special state is met (the common case: every
        // character of the tables); otherwise the byte-at-a-time path below.
        if let Some(&[b0, b1, b2, b3]) = bytes.get(i..i + 4) {
            let s0 = counter.step(state, b0);
            let s1 = counter.step(s0, b1);
            let s2 = counter.step(s1, b2);
            let s3 = counter.step(s2, b3);
            if s0.max(s1).max(s2).max(s3) < wc::SPECIAL {
                count += usize::from(s0 == wc::GAP_COUNT)
                    + usize::from(s1 == wc::GAP_COUNT)
                    + usize::from(s2 == wc::GAP_COUNT)
                    + usize::from(s3 == wc::GAP_COUNT);
                state = s3;
                i += 4;
                continue;
            }
        }
        state = counter.step(state, b);
        count += usize::from(state == wc::GAP_COUNT);
        if state >= wc::SPECIAL {
            // Decided out of the table, by [`WordCount`]: the token state before the
            // character at byte `at`, and that character's class.
            let (token, at, class) = match state {
                // A separator (ending at byte i) closed a token that needs UAX #29.
                wc::GAP_SLOW => (
                    wc::SLOW,
                    (0..=i)
                        .rev()
                        .find(|&j| text.is_char_boundary(j))
                        .unwrap_or(i),
                    WC_SEPARATOR,
                ),
                wc::SPLIT_AT => (wc::TRAIL, i, WC_LETTER),
                wc::SPLIT_PREV => (wc::TRAIL, i.saturating_sub(1), WC_LETTER),
                // The character that ends here or starts here is not in the tables.
                s => {
                    let (token, at) = if s < wc::DECODE_PREV {
                        (s - wc::DECODE_AT, i)
                    } else {
                        (s - wc::DECODE_PREV, i.saturating_sub(1))
                    };
                    let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
                        // Not a character boundary: cannot happen in a `str`; resynchronise.
                        state = wc::SLOW;
                        i += 1;
                        continue;
                    };
                    i = at + c.len_utf8() - 1;
                    (token, at, word_count_class(c))
                }
            };
            let mut w = WordCount::at(token, count, floor);
            w.char_slow(text, at, class);
            (state, count, floor) = (w.state, w.count, w.floor);
        }
        i += 1;
    }
    WordCount::at(state, count, floor).finish(text)
}

/// [`WordCount`]'s class bits of a character ([`word_count_class`]): the high four bits of a
/// byte, so that a caller's table can keep its own flags in the low four.
pub(crate) const WC_SEPARATOR: u8 = 0x10;
/// [`word_count_class`]: punctuation at a token's edge ([`is_plain_punctuation`]).
pub(crate) const WC_PUNCTUATION: u8 = 0x20;
/// [`word_count_class`]: a letter or digit ([`is_simple_letter_or_digit`]).
pub(crate) const WC_LETTER: u8 = 0x40;
/// [`word_count_class`]: a letter, a digit or a combining mark ([`is_simple_extend`]).
pub(crate) const WC_CORE: u8 = 0x80;

/// The class of `c` for [`WordCount`], as `WC_*` bits (none: a character that sends its token
/// to the full segmenter). Out of line: used by first-use table builders only.
#[inline(never)]
pub(crate) fn word_count_class(c: char) -> u8 {
    match char_class(c) {
        CharClass::Separator => WC_SEPARATOR,
        CharClass::Punctuation => WC_PUNCTUATION,
        CharClass::Letter => WC_LETTER | WC_CORE,
        CharClass::Extend => WC_CORE,
        CharClass::Other => 0,
    }
}

/// [`count_words`] fed by another pass over the text (the quote tokenizer's): the same token
/// states, taken a character or a run of word characters at a time instead of a byte at a
/// time, with the same out-of-table decisions ([`after_trail`], [`slow_token_words`]). The
/// pass gives every character of the text, in order, once ([`WordCount::char`]), or runs of
/// letters, digits and marks at once ([`WordCount::run`]); it may stop and resume anywhere
/// (the quote stage's windows), and [`WordCount::finish`] gives `count_words(text)`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordCount {
    /// A token state of `wc` (`LEAD`, `CORE`, `TRAIL`, `SLOW` or `GAP`).
    state: u8,
    count: usize,
    /// As in [`count_words`]: where the current token was last split.
    floor: usize,
    /// Natively, a pass may be told not to count ([`WordCount::none`]: `quotes::extract`, which
    /// has no use for the count). Not in the package, which always counts: no byte for it there.
    #[cfg(not(target_arch = "wasm32"))]
    off: bool,
}

impl Default for WordCount {
    fn default() -> Self {
        WordCount::at(wc::GAP, 0, 0)
    }
}

/// [`WordCount`]'s transitions, by token state (`wc`, up to 7) and class bits (`WC_*` >> 4):
/// the next state (bits 0–2), whether a word ends (`NEXT_COUNT`), or `NEXT_CALL` for the two
/// steps decided out of the table (a separator after a token for the full segmenter, a letter
/// after a token's trailing punctuation). States above `GAP` (`count_words`' `GAP_COUNT`)
/// step as `GAP` (its word was counted).
static WC_NEXT: [u8; 128] = wc_next();

/// [`WC_NEXT`]: a word ends.
const NEXT_COUNT: u8 = 8;
/// [`WC_NEXT`]: decided by [`WordCount::char_slow`].
const NEXT_CALL: u8 = 0x80;

/// Computes [`WC_NEXT`] while the crate compiles (`wc::after` of every state and class).
#[allow(clippy::indexing_slicing)] // Compile-time evaluation: an index out of range fails the build.
const fn wc_next() -> [u8; 128] {
    let mut next = [NEXT_CALL; 128];
    let mut k = 0;
    while k < 128 {
        let t = if k >> 4 > wc::GAP as usize {
            wc::GAP
        } else {
            (k >> 4) as u8
        };
        let bits = ((k & 15) << 4) as u8;
        let class = if bits & WC_SEPARATOR != 0 {
            CharClass::Separator
        } else if bits & WC_PUNCTUATION != 0 {
            CharClass::Punctuation
        } else if bits & WC_LETTER != 0 {
            CharClass::Letter
        } else if bits & WC_CORE != 0 {
            CharClass::Extend
        } else {
            CharClass::Other
        };
        next[k] = match (t, class) {
            (wc::SLOW, CharClass::Separator) | (wc::TRAIL, CharClass::Letter) => NEXT_CALL,
            (wc::CORE | wc::TRAIL, CharClass::Separator) => wc::GAP | NEXT_COUNT,
            _ => wc::after(t, class),
        };
        k += 1;
    }
    next
}

impl WordCount {
    /// A count in token state `state`, `count` words so far, the token last split at `floor`.
    #[inline(always)]
    fn at(state: u8, count: usize, floor: usize) -> Self {
        WordCount {
            state,
            count,
            floor,
            #[cfg(not(target_arch = "wasm32"))]
            off: false,
        }
    }

    /// A count the pass that feeds it does not keep ([`WordCount::counts`] is false): the
    /// quote tokenizer skips its steps (~9 % of the instructions of `quotes::extract` on big/en).
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn none() -> Self {
        WordCount {
            off: true,
            ..WordCount::default()
        }
    }

    /// Whether the pass should feed this count (always, in the package).
    #[inline(always)]
    pub(crate) fn counts(&self) -> bool {
        #[cfg(not(target_arch = "wasm32"))]
        return !self.off;
        #[cfg(target_arch = "wasm32")]
        return true;
    }

    /// The character at byte `at`, of class `class` ([`word_count_class`]; the low four bits
    /// are ignored): one look-up in [`WC_NEXT`], rarely a call.
    #[inline(always)]
    pub(crate) fn char(&mut self, text: &str, at: usize, class: u8) {
        let k = usize::from(self.state) << 4 | usize::from(class >> 4);
        let next = WC_NEXT.get(k).copied().unwrap_or(NEXT_CALL);
        if next & NEXT_CALL != 0 {
            self.char_slow(text, at, class);
        } else {
            self.state = next & 7;
            self.count += usize::from(next >> 3);
        }
    }

    /// The common case of [`WordCount::run`] then [`WordCount::char`], counted without a
    /// look-up: a run of letters, digits and marks from a gap (its first character of class
    /// `first`, the AND of all `all`), ended by a character of class `class` that is a
    /// separator: one word more. Returns false, counting nothing, in every other case (the
    /// caller takes the two steps).
    #[inline(always)]
    pub(crate) fn word_then_separator(&mut self, first: u8, all: u8, class: u8) -> bool {
        // As `WC_NEXT` reads the classes: a letter (not a separator or punctuation) in `GAP`
        // opens a `CORE`, which the others keep (`WC_CORE`) and a separator closes: a word.
        let word = self.state == wc::GAP
            && first & (WC_SEPARATOR | WC_PUNCTUATION | WC_LETTER) == WC_LETTER
            && all & WC_CORE != 0
            && class & WC_SEPARATOR != 0;
        self.count += usize::from(word);
        word
    }

    /// A run of characters from byte `start`, none of them punctuation or a separator:
    /// `first` is the class of its first character, `all` the bitwise AND of the classes of
    /// all (only its `WC_CORE` bit is read: a character of no class sends the token to the
    /// full segmenter, as `wc::step` does from `CORE`).
    #[inline(always)]
    pub(crate) fn run(&mut self, text: &str, start: usize, first: u8, all: u8) {
        self.char(text, start, first);
        if all & WC_CORE == 0 {
            self.state = wc::SLOW;
        }
    }

    /// The number of words of `text`, every character of which was given: the end of the
    /// text ends a token as a separator does.
    pub(crate) fn finish(mut self, text: &str) -> usize {
        self.char_slow(text, text.len(), WC_SEPARATOR);
        self.count
    }

    /// [`WordCount::char`] for `NEXT_CALL` (and [`count_words`]' out-of-table steps).
    #[inline(never)]
    fn char_slow(&mut self, text: &str, at: usize, class: u8) {
        let s = self.state;
        self.state = if class & WC_SEPARATOR != 0 {
            match s {
                wc::CORE | wc::TRAIL => self.count += 1,
                wc::SLOW => self.count += slow_token_words(text, self.floor, at),
                _ => {}
            }
            wc::GAP
        } else if class & WC_LETTER != 0 && s == wc::TRAIL {
            trail_letter_state(text, at, &mut self.count, &mut self.floor)
        } else {
            let k = usize::from(s.min(wc::GAP)) << 4 | usize::from(class >> 4);
            WC_NEXT.get(k).map_or(wc::SLOW, |&next| next & 7)
        };
    }
}

/// The [`count_words`] state after the letter at byte `letter`, which follows the punctuation
/// after a token's core ([`after_trail`]): when the core before was one word, it is counted
/// and the token's `floor` moves to the letter.
fn trail_letter_state(text: &str, letter: usize, count: &mut usize, floor: &mut usize) -> u8 {
    match after_trail(text, letter) {
        AfterTrail::Split => {
            // The core before the punctuation was one word; a new core starts.
            *count += 1;
            *floor = letter;
            wc::CORE
        }
        AfterTrail::Join => wc::CORE,
        AfterTrail::Slow => wc::SLOW,
    }
}

/// What a letter does to its token when it follows the punctuation after the token's core.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AfterTrail {
    /// The core before was one word, and a new one starts at the letter.
    Split,
    /// The punctuation joins the core and the letter into one word (`it's`, `U.S`, `3.5`).
    Join,
    /// Undecided here: the token takes the full segmenter.
    Slow,
}

/// Decides [`AfterTrail`] for the letter at byte `letter`, which follows the punctuation after
/// the token's core (letters, digits, marks). When every character of that punctuation is
/// [`is_hard_punctuation`], UAX #29 breaks around each of them ("well-known", "word—word",
/// "(a)b"). A single other character (`.` `'` `’` `:` `,` …) joins or not depending only on
/// its two neighbours (rules WB6/7, WB11/12, WB13a/b; WB4 skips the marks after the core's
/// last letter), so the segmenter is asked about just those characters. Anything else (two or
/// more punctuation characters, not all hard) takes the full segmenter.
fn after_trail(text: &str, letter: usize) -> AfterTrail {
    let before = text.get(..letter).unwrap_or("");
    // One punctuation character between two ASCII letters or digits ("don’t", "1,000",
    // "U.S"; ~12 K times a call on big/en): its Word_Break value tells, as the segmenter
    // would on the three characters below (hard punctuation joins nothing; session 52).
    let bytes = text.as_bytes();
    if let (Some(p), Some(y)) = (before.chars().next_back(), bytes.get(letter)) {
        let x = bytes.get((letter - p.len_utf8()).wrapping_sub(1));
        if let Some(x) = x.filter(|x| x.is_ascii_alphanumeric()) {
            if y.is_ascii_alphanumeric() && char_class(p) == CharClass::Punctuation {
                return if uax29::joins_ascii(x.is_ascii_digit(), p, y.is_ascii_digit()) {
                    AfterTrail::Join
                } else {
                    AfterTrail::Split
                };
            }
        }
    }
    let mut back = before.char_indices().rev().peekable();
    let mut trail = 0;
    let mut hard = true;
    while let Some(&(_, c)) = back.peek() {
        if char_class(c) != CharClass::Punctuation {
            break;
        }
        trail += 1;
        hard &= is_hard_punctuation(c);
        back.next();
    }
    if trail == 0 {
        return AfterTrail::Slow;
    }
    if hard {
        return AfterTrail::Split;
    }
    if trail > 1 {
        return AfterTrail::Slow;
    }
    // The core's last letter or digit (its marks skipped), and the letter after.
    let Some((base, c)) = back.find(|&(_, c)| char_class(c) != CharClass::Extend) else {
        return AfterTrail::Slow;
    };
    let end = text
        .get(letter..)
        .and_then(|rest| rest.chars().next())
        .map_or(letter, |l| letter + l.len_utf8());
    match text.get(base..end) {
        Some(window) if char_class(c) == CharClass::Letter => {
            if word_bounds(window).count() == 1 {
                AfterTrail::Join
            } else {
                AfterTrail::Split
            }
        }
        _ => AfterTrail::Slow,
    }
}

/// Punctuation ([`is_plain_punctuation`]) that UAX #29 never joins to a letter, a digit or
/// another punctuation character (Word_Break=Other): not MidLetter, MidNum, MidNumLet,
/// Single_Quote, ExtendNumLet. Found once per character by asking the segmenter itself
/// ("a-a" and "1-1" are three segments, "a--a" and "1--1" four), for the punctuation below
/// U+2080 (all of it but Arabic's few); anything above is treated as not hard.
fn is_hard_punctuation(c: char) -> bool {
    static HARD: std::sync::OnceLock<Vec<bool>> = std::sync::OnceLock::new();
    let hard = HARD.get_or_init(|| {
        (0..0x2080u32)
            .map(|cp| {
                char::from_u32(cp).is_some_and(|c| {
                    let mut utf8 = [0; 4];
                    let s = &*c.encode_utf8(&mut utf8);
                    is_plain_punctuation(c)
                        && ["a", "1"].iter().all(|x| {
                            word_bounds(&[x, s, x].concat()).count() == 3
                                && word_bounds(&[x, s, s, x].concat()).count() == 4
                        })
                })
            })
            .collect()
    });
    hard.get(c as usize).copied().unwrap_or(false)
}

/// The words of the token that ends at byte `end` (a char boundary), through the full
/// segmenter, with the separator before it as context (as in [`words`]). The token starts
/// after its separator, or at `floor` when that is later (where [`count_words`] split the
/// token and counted the words before).
fn slow_token_words(text: &str, floor: usize, end: usize) -> usize {
    let before = super::sub(text, 0, end).unwrap_or("");
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(j, _)| j >= floor)
        .find(|&(_, c)| char_class(c) == CharClass::Separator)
        .map_or(floor.min(end), |(j, c)| j + c.len_utf8());
    let context = super::sub(text, 0, start)
        .and_then(|b| b.chars().next_back())
        .map_or(start, |c| start - c.len_utf8());
    uax29_words(super::sub(text, context, end).unwrap_or(""), context).count()
}

/// State numbers of the [`WordCounter`] automaton.
mod wc {
    use super::CharClass;

    /// Token states (as in `words`): only punctuation so far.
    pub const LEAD: u8 = 0;
    /// In the run of letters, digits and marks.
    pub const CORE: u8 = 1;
    /// Punctuation after the core.
    pub const TRAIL: u8 = 2;
    /// The token needs the full segmenter.
    pub const SLOW: u8 = 3;
    /// Between tokens.
    pub const GAP: u8 = 4;
    /// Between tokens, just after a token that was one word (counted on entry).
    pub const GAP_COUNT: u8 = 5;
    /// First pending state: after lead byte C2 + k (k < 30), token state t: 6 + 5k + t.
    pub const PENDING2: u8 = 6;
    /// After E2 (token state t): 156 + t.
    pub const PENDING_E2: u8 = 156;
    /// After E2 80 or E2 81 (s = 0, 1): 161 + 5s + t.
    pub const PENDING_E2X: u8 = 161;
    /// States from here on are handled out of the table.
    pub const SPECIAL: u8 = 171;
    /// A separator closed a token that needs the full segmenter.
    pub const GAP_SLOW: u8 = 171;
    /// Decode the character starting at this byte (token state t): 172 + t.
    pub const DECODE_AT: u8 = 172;
    /// Decode the character that started one byte earlier (after E2): 177 + t.
    pub const DECODE_PREV: u8 = 177;
    /// A letter starting at this byte follows the punctuation after a token's core: decided
    /// out of the table ([`super::after_trail`]).
    pub const SPLIT_AT: u8 = 182;
    /// The same for a two-byte letter that started one byte earlier.
    pub const SPLIT_PREV: u8 = 183;

    /// The token state after a character of `class` (not a separator) in token state `t`.
    pub const fn step(t: u8, class: CharClass) -> u8 {
        let from = if t >= GAP { LEAD } else { t };
        match (from, class) {
            (LEAD, CharClass::Punctuation) => LEAD,
            (LEAD, CharClass::Letter) => CORE,
            (CORE, CharClass::Letter | CharClass::Extend) => CORE,
            (CORE | TRAIL, CharClass::Punctuation) => TRAIL,
            _ => SLOW,
        }
    }

    /// The state after a whole character of `class` in token state `t` (t ≤ GAP).
    pub const fn after(t: u8, class: CharClass) -> u8 {
        match (class, t) {
            (CharClass::Separator, CORE | TRAIL) => GAP_COUNT,
            (CharClass::Separator, SLOW) => GAP_SLOW,
            (CharClass::Separator, _) => GAP,
            (class, t) => step(t, class),
        }
    }
}

/// The transition table of [`count_words`].
struct WordCounter {
    /// `next[state][byte]`: 256 rows (those of the special states are unused), so that a
    /// `u8` state and byte index it without a bounds check.
    next: Box<[[u8; 256]; 256]>,
}

impl WordCounter {
    /// The state after `byte` in `state` (a special state gives an unused row's value).
    #[inline(always)]
    fn step(&self, state: u8, byte: u8) -> u8 {
        self.next
            .get(usize::from(state))
            .and_then(|row| row.get(usize::from(byte)))
            .copied()
            .unwrap_or(wc::GAP)
    }
}

fn word_counter() -> &'static WordCounter {
    static COUNTER: std::sync::OnceLock<WordCounter> = std::sync::OnceLock::new();
    COUNTER.get_or_init(|| {
        // The state after the character `cp` in token state `t`: [`WC_NEXT`]'s, with its
        // steps decided out of that table made special states (a letter after a token's
        // trailing punctuation: `split`).
        let after = |t: u8, cp: u32, split: u8| {
            let class = char::from_u32(cp).map_or(0, word_count_class);
            match WC_NEXT.get(usize::from(t) << 4 | usize::from(class >> 4)) {
                Some(&next) if next & NEXT_CALL == 0 => {
                    if next & NEXT_COUNT != 0 {
                        wc::GAP_COUNT
                    } else {
                        next & 7
                    }
                }
                _ if class & WC_SEPARATOR != 0 => wc::GAP_SLOW,
                _ => split,
            }
        };
        let mut next: Box<[[u8; 256]; 256]> = vec![[wc::GAP; 256]; 256]
            .into_boxed_slice()
            .try_into()
            .unwrap_or_else(|_| Box::new([[wc::GAP; 256]; 256]));
        let mut set = |state: u8, byte: usize, to: u8| {
            if let Some(slot) = next
                .get_mut(usize::from(state))
                .and_then(|row| row.get_mut(byte))
            {
                *slot = to;
            }
        };
        for t in wc::LEAD..=wc::GAP {
            let rows: &[u8] = if t == wc::GAP {
                &[wc::GAP, wc::GAP_COUNT]
            } else {
                &[t]
            };
            for byte in 0..256usize {
                let b = byte as u8;
                let to = match b {
                    0..=0x7F => after(t, u32::from(b), wc::SPLIT_AT),
                    0xC2..=0xDF => wc::PENDING2 + 5 * (b - 0xC2) + t,
                    0xE2 => wc::PENDING_E2 + t,
                    _ => wc::DECODE_AT + t,
                };
                for &row in rows {
                    set(row, byte, to);
                }
                // Second byte of a two-byte character.
                for k in 0..30u8 {
                    let cp = (u32::from((k + 0xC2) & 0x1F) << 6) | u32::from(b & 0x3F);
                    let to = if (0x80..0xC0).contains(&b) {
                        after(t, cp, wc::SPLIT_PREV)
                    } else {
                        wc::DECODE_PREV + t
                    };
                    set(wc::PENDING2 + 5 * k + t, byte, to);
                }
                // After E2.
                let to = match b {
                    0x80 => wc::PENDING_E2X + t,
                    0x81 => wc::PENDING_E2X + 5 + t,
                    _ => wc::DECODE_PREV + t,
                };
                set(wc::PENDING_E2 + t, byte, to);
                // After E2 80 / E2 81.
                for s in 0..2u8 {
                    let cp = 0x2000 + (u32::from(s) << 6) + u32::from(b & 0x3F);
                    let to = if (0x80..0xC0).contains(&b) {
                        after(t, cp, wc::SLOW)
                    } else {
                        // Not a continuation byte: cannot happen in a `str`.
                        wc::DECODE_AT + t
                    };
                    set(wc::PENDING_E2X + 5 * s + t, byte, to);
                }
            }
        }
        WordCounter { next }
    })
}

impl<'a> Iterator for Words<'a> {
    type Item = (Range<usize>, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let tables = class_tables();
        let len = self.text.len();
        loop {
            if let Some(word) = self.pending.next() {
                return Some(word);
            }
            // Skip separators to the start of the next token.
            let mut i = self.pos;
            let (first, first_len) = loop {
                if i >= len {
                    self.pos = len;
                    return None;
                }
                let (class, n) = classify(self.text, i, tables);
                if class != CharClass::Separator {
                    break (class, n);
                }
                i += n;
            };
            let start = i;
            let mut state = match first {
                CharClass::Punctuation => Some(TokenState::Lead),
                CharClass::Letter => Some(TokenState::Core),
                _ => None,
            };
            let mut core_start = start;
            let mut core_end = None;
            i += first_len;
            while i < len {
                let (class, n) = classify(self.text, i, tables);
                if class == CharClass::Separator {
                    break;
                }
                state = match (state, class) {
                    (None, _) => None,
                    (Some(TokenState::Lead), CharClass::Punctuation) => Some(TokenState::Lead),
                    (Some(TokenState::Lead), CharClass::Letter) => {
                        core_start = i;
                        Some(TokenState::Core)
                    }
                    (Some(TokenState::Core), CharClass::Letter | CharClass::Extend) => {
                        Some(TokenState::Core)
                    }
                    (Some(TokenState::Core), CharClass::Punctuation) => {
                        core_end = Some(i);
                        Some(TokenState::Trail)
                    }
                    (Some(TokenState::Trail), CharClass::Punctuation) => Some(TokenState::Trail),
                    _ => None,
                };
                i += n;
            }
            let end = i.min(len);
            self.pos = end;
            match state {
                Some(TokenState::Lead) => {}
                Some(TokenState::Core | TokenState::Trail) => {
                    let range = core_start..core_end.unwrap_or(end);
                    let word = self.text.get(range.clone()).unwrap_or("");
                    return Some((range, word));
                }
                None => {
                    // Include the separator before the token: a mark or joiner that opens the
                    // token attaches to it (UAX #29 WB4), which changes the segments.
                    // A run of horizontal white space is one segment (WB3d), so the mark
                    // attaches to all of it: the run is included whole.
                    let mut context = start;
                    let mut back = super::sub(self.text, 0, start)
                        .unwrap_or("")
                        .char_indices()
                        .rev();
                    if let Some((k, c)) = back.next() {
                        context = k;
                        if is_wseg_space(c) {
                            for (k, _) in back.take_while(|&(_, c)| is_wseg_space(c)) {
                                context = k;
                            }
                        }
                    }
                    let piece = super::sub(self.text, context, end).unwrap_or("");
                    self.pending = uax29_words(piece, context).collect::<Vec<_>>().into_iter();
                }
            }
        }
    }
}

/// The full UAX #29 words of `token` (which starts at byte `offset` of the text).
fn uax29_words(token: &str, offset: usize) -> impl Iterator<Item = (Range<usize>, &str)> + '_ {
    word_bounds(token)
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map(move |(i, w)| (offset + i..offset + i + w.len(), w))
}

/// Letters (ALetter) and digits (Numeric) of the scripts the fast path handles.
fn is_simple_letter_or_digit(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\u{00C0}'..='\u{024F}' | '\u{0370}'..='\u{03FF}' | '\u{0400}'..='\u{04FF}' => {
            c.is_alphabetic() && c != '\u{0387}'
        }
        '\u{0620}'..='\u{064A}'
        | '\u{0660}'..='\u{0669}'
        | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06EE}'..='\u{06FC}'
        | '\u{06FF}'
        | '\u{0750}'..='\u{077F}' => true,
        // Devanagari letters (Word_Break=ALetter) and digits (Numeric).
        '\u{0904}'..='\u{0939}'
        | '\u{093D}'
        | '\u{0950}'
        | '\u{0958}'..='\u{0961}'
        | '\u{0966}'..='\u{096F}'
        | '\u{0971}'..='\u{097F}' => true,
        _ => false,
    }
}

/// UAX #29 Word_Break=WSegSpace: the horizontal white space that WB3d keeps together.
fn is_wseg_space(c: char) -> bool {
    matches!(c, ' ' | '\u{1680}' | '\u{2000}'..='\u{2006}' | '\u{2008}'..='\u{200A}' | '\u{205F}' | '\u{3000}')
}

/// Combining marks (Extend) and joiners of those scripts: they never split a word.
fn is_simple_extend(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0487}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        // Devanagari signs, vowel signs, nukta, virama (Word_Break=Extend).
        | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{093C}'
        | '\u{093E}'..='\u{094F}'
        | '\u{0951}'..='\u{0957}'
        | '\u{0962}'..='\u{0963}'
        | '\u{200C}'
    )
}

/// Punctuation that, at the edge of a token, never belongs to a word: ASCII punctuation but
/// `_` (ExtendNumLet), Latin-1 punctuation but the soft hyphen (a Format character, which
/// UAX #29 attaches to the preceding letter) and the cedilla (U+00B8, Word_Break=ALetter
/// though not alphabetic: `a¸` is one word), General Punctuation quotes, dashes and dots
/// (U+2010–U+2027, U+2030–U+205E) and Arabic punctuation (but U+066B). A "mid" character such as `.` `'`
/// `’` `،` joins only *between* two letters or digits, which cannot happen at a token's edge.
/// Anything else at an edge (emoji, variation selectors, bidi marks …) sends the token to the
/// full segmenter.
fn is_plain_punctuation(c: char) -> bool {
    match c {
        '_' | '\u{00AD}' | '\u{00B8}' => false,
        c if c.is_ascii_punctuation() => true,
        '\u{00A1}'..='\u{00BF}' => !c.is_alphanumeric(),
        // Not the ties U+203F ‿, U+2040 ⁀ and U+2054 ⁔: Word_Break=ExtendNumLet, they join
        // the word before or after them even at a token's edge (`word‿` is one word).
        '\u{203F}' | '\u{2040}' | '\u{2054}' => false,
        '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' => true,
        // Not U+066B ARABIC DECIMAL SEPARATOR: UAX #29 gives it Word_Break=Numeric, so it
        // joins the digits beside it (`٣٫` is one word); tokens holding it take the full path.
        '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{066A}' | '\u{066C}' | '\u{066D}'
        | '\u{06D4}' => true,
        _ => false,
    }
}

/// Separates tokens: white space, except U+202F (see [`is_plain_punctuation`]).
fn is_token_separator(c: char) -> bool {
    c.is_whitespace() && c != '\u{202F}'
}

/// The paragraphs of `text`: maximal blocks of lines that hold something other than white
/// space. Each range runs from the first to the last non-blank line, without the final line
/// break and without leading or trailing white space.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    each_paragraph(text, |range| out.push(range));
    out
}

/// The number of [`paragraphs`] of `text`, counted without building the vector: the
/// non-blank lines that follow a blank line (or start the text). A line is looked at up to
/// its first character that is not white space; the line break after it is found eight bytes
/// at a time.
pub fn count_paragraphs(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut after_blank = true;
    let mut i = 0;
    while i < bytes.len() {
        // The line's first byte that is not white space (or its end).
        let blank = loop {
            match bytes.get(i) {
                None | Some(b'\n') => break true,
                Some(b' ' | b'\t' | b'\r' | b'\x0B' | b'\x0C') => i += 1,
                Some(&b) if b < 0x80 => break false,
                Some(_) => match text.get(i..).and_then(|r| r.chars().next()) {
                    Some(c) if c.is_whitespace() => i += c.len_utf8(),
                    _ => break false,
                },
            }
        };
        if blank {
            after_blank = true;
        } else {
            count += usize::from(after_blank);
            after_blank = false;
            i = find_newline(bytes, i);
        }
        // Past the line break.
        i += 1;
    }
    count
}

/// The first line break at or after `from` (`bytes.len()` when none): eight bytes at a time
/// (the zero-byte test of the word XOR `\n`s), then byte by byte.
fn find_newline(bytes: &[u8], from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // The bytes of `x` that are `\n` flagged by their high bit; the lowest flag is the first
    // `\n` (flags above a zero byte of `x ^ \n…` may be false).
    let newlines = |x: u64| {
        let y = x ^ (ONES * u64::from(b'\n'));
        y.wrapping_sub(ONES) & !y & HIGH
    };
    let mut i = from;
    while let Some(x) = bytes
        .get(i..i + 8)
        .and_then(|s| <[u8; 8]>::try_from(s).ok())
        .map(u64::from_le_bytes)
    {
        let zero = newlines(x);
        if zero != 0 {
            return i + (zero.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    bytes
        .get(i..)
        .and_then(|rest| rest.iter().position(|&b| b == b'\n'))
        .map_or(bytes.len(), |k| i + k)
}

/// Calls `emit` with each paragraph of `text` (see [`paragraphs`]), in order.
fn each_paragraph(text: &str, mut emit: impl FnMut(Range<usize>)) {
    let mut current: Option<Range<usize>> = None;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = crate::text::trim(line);
        if trimmed.is_empty() {
            if let Some(p) = current.take() {
                emit(p);
            }
        } else {
            let lead = line.len() - crate::text::trim_start(line).len();
            let start = line_start + lead;
            let end = start + trimmed.len();
            match current.as_mut() {
                Some(p) => p.end = end,
                None => current = Some(start..end),
            }
        }
        line_start += line.len();
    }
    if let Some(p) = current {
        emit(p);
    }
}

/// Characters that end a sentence: . ! ? … and the Arabic question mark ؟ and semicolon ؛
/// (Arabic prose uses ؛ between sentences), plus the CJK and Devanagari full stops.
fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '…'
            | '؟'
            | '؛'
            | '۔'
            | '。'
            | '！'
            | '？'
            | '।'
            | '‼'
            | '⁇'
            | '⁈'
            | '⁉'
    )
}

/// Characters that may follow a terminator and still belong to the sentence.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '»' | '«' | '”' | '“' | '’' | '‘' | '›' | ')' | ']' | '}' | '」' | '』'
    )
}

/// True when `word` (without its final period) is an abbreviation in `language`, or a single
/// letter (an initial: "J. Smith"), or dotted letters ("U.S", "e.g").
pub fn is_abbreviation(word: &str, language: &str) -> bool {
    is_abbreviation_in(word, language, &mut String::new())
}

/// [`is_abbreviation`] with a scratch buffer for the folded word (no allocation per period).
fn is_abbreviation_in(word: &str, language: &str, buf: &mut String) -> bool {
    // One pass over the characters (not `split('.')` and a count per part): whether any is not
    // a period, and whether every part between periods is one alphabetic character (asked of
    // one-character parts only: `is_alphabetic` is slow beyond ASCII). Once both are known the
    // rest of the word does not matter.
    let mut letters = 0usize;
    let mut all_single = true;
    let mut part = 0usize;
    let mut first = ' ';
    for c in word.chars() {
        // Harakat and tatweel are no letters of their own ("مُ." is one letter, as "م.").
        if lang::folds_to_nothing(c) {
            continue;
        }
        if c == '.' {
            all_single = all_single && part == 1 && first.is_alphabetic();
            part = 0;
        } else {
            if part == 0 {
                first = c;
            }
            letters += 1;
            part += 1;
            all_single &= part == 1;
        }
        if !all_single && letters > 0 {
            break;
        }
    }
    all_single = all_single && part == 1 && first.is_alphabetic();
    if letters == 0 {
        return false;
    }
    // Every part one alphabetic character: the first character is one too.
    if all_single {
        return true;
    }
    lang::is_abbreviation_in(language, word, false, buf)
}

/// The sentences of `text`, as trimmed byte ranges, in order.
///
/// A sentence ends at a terminator (`is_terminator`, with any closing quotes and brackets
/// after it) followed by white space or the end of the text, or at a paragraph break (a blank
/// line) or a line break after a line with no terminator (a headline). A period does not end a
/// sentence after an abbreviation of the language ("Dr.", "U.S.", "M.") unless the line ends
/// there, nor inside a number ("3.5"), nor when the next word starts with a lower-case letter.
pub fn sentences(text: &str, language: &str) -> Vec<Range<usize>> {
    sentences_and_paragraphs(text, language).0
}

/// [`sentences`] and [`count_paragraphs`] of `text` from one pass (the splitter stops at every
/// line break anyway).
pub(crate) fn sentences_and_paragraphs(text: &str, language: &str) -> (Vec<Range<usize>>, usize) {
    let mut out = Vec::new();
    let paragraphs = each_sentence(text, language, &mut |range| out.push(range));
    (out, paragraphs)
}

/// The number of [`sentences`] of `text`, counted without building the vector.
pub fn count_sentences(text: &str, language: &str) -> usize {
    count_sentences_and_paragraphs(text, language).0
}

/// [`count_sentences`] and [`count_paragraphs`] of `text` from one pass.
pub(crate) fn count_sentences_and_paragraphs(text: &str, language: &str) -> (usize, usize) {
    let mut count = 0;
    let paragraphs = each_sentence(text, language, &mut |_| count += 1);
    (count, paragraphs)
}

/// Calls `emit` with each sentence of `text` (see [`sentences`]), in order. ASCII is looked at
/// byte by byte (what follows a terminator, the word before a period, the next word's first
/// letter); other characters are decoded. `emit` is a trait object: one copy of the splitter
/// for [`sentences`] and [`count_sentences`] (package size). Returns the number of paragraphs
/// ([`count_paragraphs`]): each line break is a candidate, so the lines are seen here too.
fn each_sentence(text: &str, language: &str, emit: &mut dyn FnMut(Range<usize>)) -> usize {
    let bytes = text.as_bytes();
    let mut start = 0; // where the open sentence begins (untrimmed)
    let mut from = 0; // where to look for the next candidate
    let mut buf = String::new(); // scratch for is_abbreviation_in
    let mut line = 0; // where the current line begins
    let mut paragraphs = Paragraphs::default();
    while let Some((at, c)) = next_candidate(text, from) {
        if c == '\n' {
            // A line break ends the open sentence (headlines, list items, datelines).
            push_trimmed(text, start..at, emit);
            paragraphs.line(text, line..at);
            line = at + 1;
            start = at + 1;
            from = at + 1;
            continue;
        }
        // Swallow runs of terminators and closers: "?!", "...", ".»".
        let mut end = at + c.len_utf8();
        let mut lone = true; // nothing swallowed but closing brackets
        let next = loop {
            let d = match bytes.get(end) {
                Some(&b) if b < 0x80 => char::from(b),
                _ => match text.get(end..).and_then(|r| r.chars().next()) {
                    Some(d) => d,
                    None => break None,
                },
            };
            if !(is_terminator(d) || is_closer(d)) {
                break Some(d);
            }
            lone &= matches!(d, ')' | ']');
            end += d.len_utf8();
        };
        from = end;
        if next.is_some_and(|n| !(n.is_whitespace() || end == at + 1 && run_on(text, at))) {
            continue; // "3.5", "U.S.A", "example.com"
        }
        // A period alone or before closing brackets only ("(D-Ga.) said", not ".»" or ".\""):
        // abbreviations and lower-case continuations do not end sentences.
        if c == '.' && lone {
            let after = text.get(end..).unwrap_or("");
            // The common case: a space, then an ASCII character that is not white space.
            let (line_ends, lower_next) = match after.as_bytes() {
                [b' ', n, ..] if n.is_ascii() && !is_ascii_space(*n) => {
                    (false, n.is_ascii_lowercase())
                }
                _ => (
                    after
                        .trim_start_matches(|c| matches!(c, ' ' | '\t' | '\u{a0}'))
                        .chars()
                        .next()
                        .is_none_or(|n| n == '\n' || n == '\r'),
                    crate::text::trim_start(after)
                        .chars()
                        .next()
                        .is_some_and(char::is_lowercase),
                ),
            };
            if !line_ends
                && (lower_next
                    || abbreviation_goes_on(
                        word_before(text, start, at),
                        after,
                        language,
                        &mut buf,
                    ))
            {
                continue;
            }
        }
        push_trimmed(text, start..end, emit);
        start = end;
    }
    push_trimmed(text, start..text.len(), emit);
    paragraphs.line(text, line..text.len());
    paragraphs.count
}

/// [`count_paragraphs`] fed the lines of a text in order (without their line breaks).
struct Paragraphs {
    count: usize,
    after_blank: bool,
}

impl Default for Paragraphs {
    fn default() -> Self {
        Paragraphs {
            count: 0,
            after_blank: true,
        }
    }
}

impl Paragraphs {
    /// The line `range` of `text`: a non-blank line after a blank one (or first) opens a
    /// paragraph. Looked at up to its first character that is not white space.
    fn line(&mut self, text: &str, range: Range<usize>) {
        let blank = crate::text::trim_start(text.get(range).unwrap_or("")).is_empty();
        self.count += usize::from(self.after_blank && !blank);
        self.after_blank = blank;
    }
}

/// `ar/dotted_names.txt`: the words after a period without a space that continue a name
/// (بيت.كوم، أودي.أيه.جي), see [`run_on`].
const DOTTED_NAMES: &str = crate::data_str!(include_bytes!("../lang/data/ar/dotted_names.txt"));

/// True if the one-byte terminator at `at` stands between three Arabic letters and three more,
/// with no space: a typing slip that ends the sentence ("… 900 كيلومتر.وقال …"; not "أ.د",
/// "دي.سي.ان" nor "وحسين.أ", letters of an abbreviation or an initial, nor before a word of
/// [`DOTTED_NAMES`]: "بيت.كوم").
#[inline(never)]
fn run_on(text: &str, at: usize) -> bool {
    // Letters only, byte by byte: the three characters before `at` and the three after it.
    let b = text.as_bytes();
    let letter = |i: usize| arabic_letter_at(b, i);
    // The letters after `at`: the word that follows.
    let mut end = at + 1;
    while letter(end) {
        end += 2;
    }
    at >= 6
        && letter(at - 6)
        && letter(at - 4)
        && letter(at - 2)
        && end >= at + 7
        && !crate::lang::entries(DOTTED_NAMES).any(|l| b.get(at + 1..end) == Some(l.as_bytes()))
}

/// True if the bytes `b` hold at `i` the UTF-8 of an Arabic letter of [`run_on`]: hamza to
/// ghain (U+0621 ء – U+063A غ: D8 A1–BA) or feh to yeh (U+0641 ف – U+064A ي: D9 81–8A), the
/// letters of `lang::presentation_letter` too; not the tatweel U+0640 ("1437هـ.") nor the
/// later letters U+063B–U+063F. Two byte compares, no decoding (a test checks the ranges
/// against the characters).
#[inline]
fn arabic_letter_at(b: &[u8], i: usize) -> bool {
    matches!(
        (b.get(i), b.get(i + 1)),
        (Some(0xD8), Some(0xA1..=0xBA)) | (Some(0xD9), Some(0x81..=0x8A))
    )
}

/// The word before the period at `at`, in the sentence that starts at `start`: from the last
/// white space, without the characters before its first letter or digit. An ASCII word is
/// found byte by byte.
fn word_before(text: &str, start: usize, at: usize) -> &str {
    let bytes = text.as_bytes();
    let mut i = at;
    while i > start {
        match bytes.get(i - 1) {
            Some(&b) if b.is_ascii() && !is_ascii_space(b) => i -= 1,
            Some(&b) if b.is_ascii() => break,
            _ => {
                let before = text.get(start..at).unwrap_or("");
                i = before
                    .rfind(char::is_whitespace)
                    .map_or(start, |k| start + k);
                break;
            }
        }
    }
    text.get(i..at)
        .unwrap_or("")
        .trim_start_matches(|ch: char| !is_alphanumeric(ch))
}

/// The ASCII characters that `char::is_whitespace` accepts (U+0009 to U+000D and the space).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// True when a lone period after `word` does not end the sentence because `word` is an
/// abbreviation ([`is_abbreviation_in`]), unless the word after it (at the start of `after`,
/// past white space) opens a sentence anyway: "the U.S. The …", "at 9 p.m. He …" — a
/// capitalized ASCII word listed with a leading `-` in the language's `abbreviations.txt`
/// (determiners, subject pronouns and conjunctions, which cannot go on a noun phrase such as
/// "U.S. officials"). Out of line: one copy for every caller of `each_sentence` (−34 B of
/// wasm gzipped, issue #7).
#[inline(never)]
fn abbreviation_goes_on(word: &str, after: &str, language: &str, buf: &mut String) -> bool {
    // A hyphenated word ends with its last part: "then-Sen.", "ex-Gov." (no listed
    // abbreviation holds a hyphen; a last part of one letter is no initial: "grade-A.").
    let b = word.as_bytes();
    let word = match b.iter().rposition(|&c| c == b'-') {
        Some(k) if b.len() - k > 2 => word.get(k + 1..).unwrap_or(""),
        _ => word,
    };
    // An ASCII word of two characters or more without a period (most words before a period)
    // is an abbreviation only if listed: no pass over its characters for initials.
    let listed = if word.len() > 1 && word.bytes().all(|c| c.is_ascii() && c != b'.') {
        lang::is_abbreviation_in(language, word, false, buf)
    } else {
        is_abbreviation_in(word, language, buf)
    };
    if !listed {
        return false;
    }
    let next = crate::text::trim_start(after);
    let len = next
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(next.len());
    !(next.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && next
            .get(..len)
            .is_some_and(|w| lang::is_abbreviation_in(language, w, true, buf)))
}

/// Bytes that may be part of a line break or a sentence terminator: `.` `!` `?` `\n`, the
/// second byte of ؟ ؛ (D8 9F, D8 9B) and ۔ (DB 94), and the lead bytes of the three-byte
/// terminators (… ‼ ⁇ ⁈ ⁉: E2, 。: E3, ！ ？: EF, ।: E0). Arabic letters share the lead byte
/// D8 with ؟ ؛, so looking at the rare second bytes keeps the scan loop free of branches.
// Evaluated at compile time: an index out of bounds would fail the build, not a call.
#[allow(clippy::indexing_slicing)]
const CANDIDATE_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let bytes = [
        b'.', b'!', b'?', b'\n', 0x94, 0x9B, 0x9F, 0xE0, 0xE2, 0xE3, 0xEF,
    ];
    let mut i = 0;
    while i < bytes.len() {
        table[bytes[i] as usize] = true;
        i += 1;
    }
    table
};

/// The next line break or sentence terminator at or after byte `from` (a char boundary),
/// found by looking at bytes first ([`CANDIDATE_BYTES`]), decoding only the few candidates.
fn next_candidate(text: &str, from: usize) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    let mut i = from;
    let is_candidate = |b: u8| CANDIDATE_BYTES.get(usize::from(b)) == Some(&true);
    loop {
        // Eight bytes at a time while none is a candidate (one branch per eight bytes), then
        // byte by byte.
        while let Some(chunk) = bytes.get(i..i + 8) {
            if chunk.iter().fold(false, |any, &b| any | is_candidate(b)) {
                break;
            }
            i += 8;
        }
        let skip = bytes.get(i..)?.iter().position(|&b| is_candidate(b))?;
        i += skip;
        let b = bytes.get(i).copied()?;
        if b.is_ascii() {
            // `.` `!` `?` or a line break.
            return Some((i, char::from(b)));
        }
        let start = if (0x80..0xC0).contains(&b) {
            // The second byte of ؟ ؛ ۔: the character starts one byte earlier.
            let lead = i.checked_sub(1).filter(|&j| j >= from);
            match (lead.and_then(|j| bytes.get(j)), b) {
                (Some(0xD8), 0x9B | 0x9F) | (Some(0xDB), 0x94) => lead,
                _ => None,
            }
        } else {
            Some(i)
        };
        if let Some(at) = start {
            if let Some(c) = text.get(at..).and_then(|r| r.chars().next()) {
                if c == '\n' || is_terminator(c) {
                    return Some((at, c));
                }
            }
        }
        i += 1;
    }
}

/// `char::is_alphanumeric` with a fast path for the Arabic letters and digits (the standard
/// library's table search is slow outside ASCII).
fn is_alphanumeric(c: char) -> bool {
    match c {
        '\u{0620}'..='\u{064A}' | '\u{0660}'..='\u{0669}' => true,
        _ => c.is_alphanumeric(),
    }
}

fn push_trimmed(text: &str, range: Range<usize>, emit: &mut dyn FnMut(Range<usize>)) {
    let Some(slice) = text.get(range.clone()) else {
        return;
    };
    // The common case, byte by byte: ASCII white space, then an ASCII letter or digit or an
    // Arabic letter ([`arabic_letter_at`]), and an ASCII end that is no white space (neither
    // trim nor the search for a letter decodes).
    let b = slice.as_bytes();
    let lead = b.iter().take_while(|&&c| is_ascii_space(c)).count();
    // Nothing or ASCII white space only (the rest of a line after its last sentence, a blank
    // line: ~40 K a big/en text): no sentence, without the trims below.
    if lead == b.len() {
        return;
    }
    if (b.get(lead).is_some_and(u8::is_ascii_alphanumeric) || arabic_letter_at(b, lead))
        && b.last()
            .is_some_and(|&c| c.is_ascii() && !is_ascii_space(c))
    {
        emit(range.start + lead..range.end);
        return;
    }
    // One trim of the start (`str::trim` would trim it again).
    let rest = crate::text::trim_start(slice);
    let lead = slice.len() - rest.len();
    let trimmed = crate::text::trim_end(rest);
    if trimmed.chars().any(is_alphanumeric) {
        let start = range.start + lead;
        emit(start..start + trimmed.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, ranges: &[Range<usize>]) -> Vec<&'a str> {
        ranges.iter().map(|r| &text[r.clone()]).collect()
    }

    #[test]
    fn arabic_letter_bytes_are_the_letters_hamza_to_yeh_but_tatweel() {
        // Every character of the Arabic block and next to it, and a continuation byte.
        for c in ('\u{0580}'..='\u{0700}').chain(['a', 'ـ', '؟']) {
            let mut buf = [0; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            let letter = ('ء'..='ي').contains(&c) && !('\u{063B}'..='\u{0640}').contains(&c);
            assert_eq!(super::arabic_letter_at(b, 0), letter, "{c:?}");
            assert!(!super::arabic_letter_at(b, 1), "{c:?}");
        }
    }

    #[test]
    fn abbreviation_with_a_reused_buffer_agrees_with_a_fresh_fold() {
        let mut buf = String::new();
        for (w, lang) in [
            ("Dr", "en"),
            ("Washington", "en"),
            ("Jan", "en"),
            ("p.m", "en"),
            ("M", "fr"),
            ("av. J.-C", "fr"),
            ("Mme", "fr"),
            ("هـ", "ar"),
            ("Internationalization", "en"),
            ("DR", "en"),
        ] {
            let fresh = lang::is_abbreviation(lang, w) || is_abbreviation(w, lang);
            assert_eq!(is_abbreviation_in(w, lang, &mut buf), fresh, "{w}");
        }
        assert!(is_abbreviation_in("Dr", "en", &mut buf));
        assert!(!is_abbreviation_in("Washington", "en", &mut buf));
    }

    #[test]
    fn english_abbreviations_do_not_split() {
        let t = "Dr. Smith met U.S. officials on Jan. 5 at 3.5 p.m. in Washington. They agreed.";
        assert_eq!(
            texts(t, &sentences(t, "en")),
            [
                "Dr. Smith met U.S. officials on Jan. 5 at 3.5 p.m. in Washington.",
                "They agreed."
            ]
        );
    }

    #[test]
    fn arabic_period_without_a_space_after_a_word() {
        let t = "تمتد مسافة 900 كيلومتر.وقال نائب رئيس الوزراء إن الحدود آمنة.";
        assert_eq!(
            texts(t, &sentences(t, "ar")),
            [
                "تمتد مسافة 900 كيلومتر.",
                "وقال نائب رئيس الوزراء إن الحدود آمنة."
            ]
        );
        // Not inside an abbreviation, nor in Latin script.
        for t in [
            "وقال أ.د طارق الحبيب إن شركة (دي.سي.ان.اس) تنفق مليونا.",
            "وحكم على وحسين.أ يبلغ من العمر 24 عاما.",
            "وقال نائب الرئيس في بيت.كوم: «نسعى إلى ذلك».",
            "وتتوقع شركة أودي.أيه.جي نموا.",
            "Visit example.com today.",
        ] {
            assert_eq!(sentences(t, "ar").len(), 1, "{t}");
        }
    }

    #[test]
    fn a_hyphenated_abbreviation_does_not_split() {
        // Session 20: the last part of a hyphenated word ("then-Sen.") is looked up.
        let t = "She lost to then-Sen. Barack Obama in 2008. He won.";
        assert_eq!(
            texts(t, &sentences(t, "en")),
            ["She lost to then-Sen. Barack Obama in 2008.", "He won."]
        );
        // A part of one letter is no initial; a hyphenated word that is no abbreviation ends
        // a sentence (English, French, Arabic).
        let t = "It was rated grade-A. Prices rose.";
        assert_eq!(sentences(t, "en").len(), 2);
        let t = "Il vit à Aix-en-Provence. Puis il est parti à Saint-Étienne. Fin.";
        assert_eq!(sentences(t, "fr").len(), 3);
        let t = "قال الوزير إن الاتفاق تم في كوالا-لمبور. وأضاف أن الوفد عاد.";
        assert_eq!(sentences(t, "ar").len(), 2);
    }

    /// The ASCII path of [`abbreviation_goes_on`] (no pass for initials, the hyphen found
    /// byte by byte) answers as [`is_abbreviation_in`] of the word's last part.
    #[test]
    fn abbreviation_goes_on_agrees_with_the_look_up_of_the_last_part() {
        let words = [
            "Dr",
            "dr",
            "DR",
            "said",
            "then-Sen",
            "ex-Gov",
            "grade-A",
            "-Sen",
            "Sen-",
            "a-b",
            "U.S",
            "e.g",
            "J",
            "Jr",
            "Messrs",
            "approx",
            "approxi",
            "St-Jean",
            "Mme",
            "av",
            "janv",
            "etc",
            "3",
            "No",
            "p",
            "pp",
            "vs",
            "Calif",
            "co-",
            "co-op",
            "مُ",
            "م",
            "Aix-en-Provence",
            "Å",
            "Ca",
            "",
        ];
        for lang in ["en", "fr", "de", "es", "ar", "xx"] {
            for w in words {
                let last = match w.rsplit_once('-') {
                    Some((_, last)) if last.len() > 1 => last,
                    _ => w,
                };
                let want = is_abbreviation_in(last, lang, &mut String::new());
                let got = abbreviation_goes_on(w, " officials", lang, &mut String::new());
                assert_eq!(got, want, "{lang} {w}");
            }
        }
    }

    /// [`push_trimmed`]'s byte path emits what the trim and the search for a letter or digit
    /// emit.
    #[test]
    fn push_trimmed_agrees_with_a_trim() {
        let pieces = [
            "", " ", "\n", "\u{a0}", "\u{2003}", "a", "Z", "9", "é", "ب", "ـ", ".", "…", "»",
            "He said.", "قال.", "\u{64b}", "(", "x\u{a0}",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let text = format!("{a}{b}{c}");
                    let mut got = Vec::new();
                    push_trimmed(&text, 0..text.len(), &mut |r| got.push(r));
                    let t = text.trim();
                    let start = text.len() - text.trim_start().len();
                    let want: Vec<_> = (t.chars().any(char::is_alphanumeric))
                        .then(|| start..start + t.len())
                        .into_iter()
                        .collect();
                    assert_eq!(got, want, "{text:?}");
                }
            }
        }
    }

    #[test]
    fn a_period_before_a_closing_bracket_is_looked_at_as_a_lone_one() {
        // Session 20: "(D-Ga.)" before a lower-case word does not end the sentence.
        let t = "Rep. Hank Johnson (D-Ga.) said that it would fail. (It did.) Then it passed.";
        assert_eq!(
            texts(t, &sentences(t, "en")),
            [
                "Rep. Hank Johnson (D-Ga.) said that it would fail.",
                "(It did.)",
                "Then it passed."
            ]
        );
        let t = "Il l'a dit (voir p. 3.) hier. (Il est parti.) Puis il a ri.";
        assert_eq!(sentences(t, "fr").len(), 3);
        let t = "قال الوزير (في بيان.) إن الاتفاق تم. (وأضاف.) وعاد الوفد.";
        assert_eq!(sentences(t, "ar").len(), 4);
    }

    #[test]
    fn arabic_question_mark_and_semicolon() {
        let t = "هل انتهت الحرب؟ لا؛ ما زالت مستمرة. وقال بيسكوف «نرحب بذلك».";
        assert_eq!(sentences(t, "ar").len(), 4);
    }

    #[test]
    fn closing_quotes_stay_with_the_sentence() {
        let t = "He said: \"We will win.\" Then he left.";
        assert_eq!(
            texts(t, &sentences(t, "en")),
            ["He said: \"We will win.\"", "Then he left."]
        );
    }

    #[test]
    fn headline_without_period_is_a_sentence() {
        let t = "Headline here\n\nBody starts. Body ends.";
        assert_eq!(sentences(t, "en").len(), 3);
    }

    #[test]
    fn paragraphs_are_blocks_of_non_blank_lines() {
        let t = "\n  one\ntwo\n \n\nthree\r\n\t\n";
        assert_eq!(texts(t, &paragraphs(t)), ["one\ntwo", "three"]);
        assert!(paragraphs("").is_empty());
        assert!(paragraphs(" \n\t\n").is_empty());
    }

    #[test]
    fn ties_join_the_word_at_a_token_edge() {
        // UAX #29 WB13a/b: ExtendNumLet attaches to the letters beside it.
        let spans = |t: &str| words(t).map(|(r, _)| (r.start, r.end)).collect::<Vec<_>>();
        assert_eq!(spans("word‿ x"), [(0, 7), (8, 9)]);
        assert_eq!(spans("⁀word"), [(0, 7)]);
        assert_eq!(spans("(a⁔)"), [(1, 5)]);
        assert_eq!(count_words("word‿ x"), 2);
    }

    #[test]
    fn words_hold_letters_or_digits() {
        let t = "Peskov, 2025 — «نرحب» e\u{301}!";
        let w: Vec<&str> = words(t).map(|(_, w)| w).collect();
        assert_eq!(w, ["Peskov", "2025", "نرحب", "e\u{301}"]);
    }

    #[test]
    fn alphanumeric_fast_path_agrees() {
        for c in ('\u{0600}'..='\u{06FF}').chain('a'..='z') {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn initials_do_not_split() {
        let t = "J. R. R. Tolkien wrote it. Done.";
        assert_eq!(sentences(t, "en").len(), 2);
    }

    #[test]
    fn an_arabic_initial_with_a_haraka_is_still_one_letter() {
        let plain = "وقال م. سالم الحربي إن العمل بدأ. وانتهى اللقاء.";
        let marked = "وقال مُ. سالم الحربي إن العمل بدأ. وانتهى اللقاء.";
        assert_eq!(sentences(plain, "ar").len(), 2);
        assert_eq!(sentences(marked, "ar").len(), 2);
    }

    #[test]
    fn a_function_word_after_an_abbreviation_opens_a_sentence() {
        let t = "The ferry will sail to the U.S. The crew stays. We met U.S. officials at 9 p.m. \
                 He left with Dr. Hale. They met Gov. Ray in Tex. But nobody came to St. Jude.";
        assert_eq!(
            texts(t, &sentences(t, "en")),
            [
                "The ferry will sail to the U.S.",
                "The crew stays.",
                "We met U.S. officials at 9 p.m.",
                "He left with Dr. Hale.",
                "They met Gov. Ray in Tex.",
                "But nobody came to St. Jude."
            ]
        );
        // Only English lists such words; "Le" after "M." stays in the sentence in French.
        assert_eq!(sentences("Il a vu M. Le Gall.", "fr").len(), 1);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod word_props {
    use super::*;
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn reference(text: &str) -> Vec<(Range<usize>, &str)> {
        text.split_word_bound_indices()
            .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
            .map(|(i, w)| (i..i + w.len(), w))
            .collect()
    }

    /// A strategy for one of the `fixed` strings or a string that matches one of `patterns`,
    /// every string and every pattern as likely as the other (what `prop_oneof!` gives with a
    /// `Just` for each fixed string and an arm for each pattern).
    fn one_of(fixed: &'static [&'static str], patterns: &[&str]) -> BoxedStrategy<String> {
        let mut arms = vec![(
            fixed.len() as u32,
            proptest::sample::select(fixed)
                .prop_map(str::to_owned)
                .boxed(),
        )];
        for p in patterns {
            let p = proptest::string::string_regex(p).expect("a valid pattern");
            arms.push((1, p.boxed()));
        }
        proptest::strategy::Union::new_weighted(arms).boxed()
    }

    /// Pieces of text for the word count's property tests (also the quote tokenizer's).
    pub(crate) fn piece() -> impl Strategy<Value = String> {
        one_of(
            &[
                "word",
                "الكرملين",
                "مسيّرة",
                "ـ",
                "e\u{301}",
                "U.S.",
                "3.5",
                "l’homme",
                "it's",
                "5+1",
                "١٢٣",
                "٫",
                "¿",
                "ß",
                "שלום",
                "\u{00AD}",
                "\u{2007}",
                "\u{2028}",
                "\u{2060}",
                "‰",
                "⁄",
                "٬",
                "٣٫٥",
                "١٬٠٠٠",
                "Москва",
                "नमस्ते",
                "क़िला",
                "२०२६",
                "\u{093F}",
                "\u{0903}",
                "।",
                "॥",
                "\u{0970}",
                "ॐ",
                "東京",
                "😀",
                "\u{200D}",
                "\u{200C}",
                "\u{200F}",
                "\u{202F}",
                "\u{a0}",
                "_",
                "well-known",
                "a—b",
                "‼",
                "a/b+c",
                "(1)2",
                "‿",
                "⁀",
                "⁔",
                "x‿y",
            ],
            &[
                "[\u{0900}-\u{097F}]{1,4}",
                "[ \n\t.,;:'’«»\"()،؟؛!?-]{1,3}",
                "\\PC{1,4}",
            ],
        )
    }

    /// The sentence splitter as it was before its ASCII paths (session 13): the reference of
    /// `sentences_equal_the_reference`.
    fn sentences_reference(text: &str, language: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        each_sentence_reference(text, language, |r| out.push(r));
        out
    }

    fn each_sentence_reference(text: &str, language: &str, mut emit: impl FnMut(Range<usize>)) {
        let mut start = 0; // where the open sentence begins (untrimmed)
        let mut from = 0; // where to look for the next candidate
        let mut buf = String::new(); // scratch for is_abbreviation_in
        while let Some((at, c)) = next_candidate_reference(text, from) {
            if c == '\n' {
                // A line break ends the open sentence (headlines, list items, datelines).
                push_trimmed_reference(text, start..at, &mut emit);
                start = at + 1;
                from = at + 1;
                continue;
            }
            // Swallow runs of terminators and closers: "?!", "...", ".»".
            let mut end = at + c.len_utf8();
            let mut rest = text.get(end..).unwrap_or("").chars();
            let mut next = rest.next();
            while let Some(d) = next.filter(|&d| is_terminator(d) || is_closer(d)) {
                end += d.len_utf8();
                next = rest.next();
            }
            from = end;
            if next.is_some_and(|n| !(n.is_whitespace() || end == at + 1 && run_on(text, at))) {
                continue; // "3.5", "U.S.A", "example.com"
            }
            let lone = text
                .get(at + 1..end)
                .is_some_and(|r| r.chars().all(|d| d == ')' || d == ']'));
            if c == '.' && lone {
                // A lone period (or before closing brackets): abbreviations and lower-case
                // continuations do not end sentences.
                let before = text.get(start..at).unwrap_or("");
                let word = before
                    .rfind(char::is_whitespace)
                    .and_then(|i| before.get(i..))
                    .unwrap_or(before);
                let word = word.trim_start_matches(|ch: char| !is_alphanumeric(ch));
                let after = text.get(end..).unwrap_or("");
                let line_ends = after
                    .trim_start_matches(|c| matches!(c, ' ' | '\t' | '\u{a0}'))
                    .chars()
                    .next()
                    .is_none_or(|n| n == '\n' || n == '\r');
                let lower_next = after
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase);
                if !line_ends
                    && (lower_next || abbreviation_goes_on(word, after, language, &mut buf))
                {
                    continue;
                }
            }
            push_trimmed_reference(text, start..end, &mut emit);
            start = end;
        }
        push_trimmed_reference(text, start..text.len(), &mut emit);
    }

    fn next_candidate_reference(text: &str, from: usize) -> Option<(usize, char)> {
        let bytes = text.as_bytes();
        let mut i = from;
        let is_candidate = |b: u8| CANDIDATE_BYTES.get(usize::from(b)) == Some(&true);
        loop {
            // Eight bytes at a time while none is a candidate (one branch per eight bytes), then
            // byte by byte.
            while let Some(chunk) = bytes.get(i..i + 8) {
                if chunk.iter().fold(false, |any, &b| any | is_candidate(b)) {
                    break;
                }
                i += 8;
            }
            let skip = bytes.get(i..)?.iter().position(|&b| is_candidate(b))?;
            i += skip;
            let b = bytes.get(i).copied()?;
            let start = if (0x80..0xC0).contains(&b) {
                // The second byte of ؟ ؛ ۔: the character starts one byte earlier.
                let lead = i.checked_sub(1).filter(|&j| j >= from);
                match (lead.and_then(|j| bytes.get(j)), b) {
                    (Some(0xD8), 0x9B | 0x9F) | (Some(0xDB), 0x94) => lead,
                    _ => None,
                }
            } else {
                Some(i)
            };
            if let Some(at) = start {
                if let Some(c) = text.get(at..).and_then(|r| r.chars().next()) {
                    if c == '\n' || is_terminator(c) {
                        return Some((at, c));
                    }
                }
            }
            i += 1;
        }
    }

    fn push_trimmed_reference(
        text: &str,
        range: Range<usize>,
        emit: &mut impl FnMut(Range<usize>),
    ) {
        let Some(slice) = text.get(range.clone()) else {
            return;
        };
        let lead = slice.len() - slice.trim_start().len();
        let trimmed = slice.trim();
        if trimmed.chars().any(is_alphanumeric) {
            let start = range.start + lead;
            emit(start..start + trimmed.len());
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(6000))]
        /// The splitter with its ASCII paths gives the sentences of the one before them: every
        /// terminator and closer, white space of every kind around them, abbreviations and the
        /// words that open a sentence after one, initials, numbers, lower- and upper-case
        /// words of several scripts, random characters.
        #[test]
        fn sentences_equal_the_reference(
            pieces in proptest::collection::vec(one_of(&[
                ".", "!", "?", "…", "؟", "؛", "۔", "。", "！", "？", "।", "‼", "⁇", "⁈", "⁉", "...",
                "?!", ".\"", ".»", "\"", "'", "»", "«", "”", "“", "’", "‘", "›", ")", "]", "}",
                "」", "』", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "\u{a0}", "\u{2003}",
                "\u{3000}", "\u{85}", "\x0B", "\x0C", "\x1C", " \n", ". ", ". a", ". A", "Dr",
                "Dr.", "U.S.", "U.S", "e.g.", "p.m.", "Jan.", "M.", "Mme.", "av. J.-C.", "J.", "3.5",
                " The", " He", " But", "The", "Le", "١٢", "word", "Word", "said", "élan", "Élan",
                "ßtraße", "Москва", "москва", "وقال", "هـ.", "نرحب", "東京", "😀", "-", "(", "*",
                ",", "\u{301}", "x@y.com",
            ], &["[a-zA-Z .!?\n\r\t\"']{1,6}", "\\PC{1,3}"]), 0..24),
            language in proptest::sample::select(vec!["en", "fr", "de", "ar", "xx"]),
        ) {
            let text: String = pieces.concat();
            let want = sentences_reference(&text, language);
            prop_assert_eq!(count_sentences(&text, language), want.len());
            prop_assert_eq!(sentences(&text, language), want);
            let paragraphs = count_paragraphs(&text);
            prop_assert_eq!(sentences_and_paragraphs(&text, language).1, paragraphs);
            prop_assert_eq!(count_sentences_and_paragraphs(&text, language).1, paragraphs);
        }
    }

    /// The same on the fixtures and the big corpus files, whole and cut at pseudo-random
    /// character boundaries (inside words, after periods, inside line breaks).
    #[test]
    fn sentences_equal_the_reference_on_articles() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/quotes");
        let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
            .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        let big = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/big");
        for lang in ["ar", "en", "fr"] {
            files.push(format!("{big}/{lang}.txt").into());
        }
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n.max(1) as u64) as usize
        };
        for path in files {
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            for language in ["en", "ar", "fr"] {
                let want = sentences_reference(&text, language);
                assert_eq!(sentences(&text, language), want, "{}", path.display());
            }
            for _ in 0..40 {
                let mut a = next(text.len());
                while !text.is_char_boundary(a) {
                    a -= 1;
                }
                let mut b = (a + next(4096)).min(text.len());
                while !text.is_char_boundary(b) {
                    b -= 1;
                }
                let piece = &text[a..b];
                for language in ["en", "ar"] {
                    let want = sentences_reference(piece, language);
                    assert_eq!(
                        sentences(piece, language),
                        want,
                        "{} {a}..{b}",
                        path.display()
                    );
                }
            }
        }
    }

    /// `is_abbreviation_in` as it was written first: `split('.')` and a count per part.
    fn abbreviation_reference(word: &str, language: &str) -> bool {
        let mut letters = 0;
        let mut all_single = true;
        for part in word.split('.') {
            let n = part.chars().count();
            letters += n;
            if n != 1 || !part.chars().all(char::is_alphabetic) {
                all_single = false;
            }
        }
        if letters == 0 {
            return false;
        }
        if all_single && word.chars().next().is_some_and(char::is_alphabetic) {
            return true;
        }
        lang::is_abbreviation(language, word)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        /// Periods, letters of three scripts, digits, marks and listed abbreviations in any
        /// order: the one-pass test answers as the split one.
        #[test]
        fn abbreviation_test_equals_the_split_one(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                ".", "..", "a", "B", "é", "ن", "1", "-", "\u{301}", "Dr", "p.m", "av. J.-C", "Mme",
            ]), 0..6),
            language in proptest::sample::select(vec!["en", "fr", "de", "ar"]),
        ) {
            let word: String = pieces.concat();
            let mut buf = String::new();
            prop_assert_eq!(
                is_abbreviation_in(&word, language, &mut buf),
                abbreviation_reference(&word, language),
                "{:?}", word
            );
        }
    }

    /// A mark after a run of horizontal white space attaches to the whole run (WB3d keeps the
    /// run one segment, WB4 the mark with it); found by `fast_words_equal_uax29` (session 14:
    /// the pieces "  " and "ि", which the fast path cut after the first space).
    #[test]
    fn a_mark_after_white_space_takes_the_whole_run() {
        for text in [
            "  \u{93F}",
            "a  \u{93F}x",
            "\u{2000}\u{3000} \u{93F}",
            "\u{a0} \u{93F}",
            " \u{a0}\u{93F}",
            "\u{2007} \u{93F}",
            "x  \u{301}",
        ] {
            assert_eq!(words(text).collect::<Vec<_>>(), reference(text), "{text:?}");
            assert_eq!(count_words(text), reference(text).len(), "{text:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn fast_words_equal_uax29(pieces in proptest::collection::vec(piece(), 0..12)) {
            let text: String = pieces.concat();
            let fast: Vec<_> = words(&text).collect();
            prop_assert_eq!(count_words(&text), fast.len());
            prop_assert_eq!(fast, reference(&text));
        }

        /// With ExtendNumLet (`‿` joins letters and punctuation alike) next to the hard
        /// punctuation count_words splits at.
        #[test]
        fn count_words_equals_uax29(pieces in proptest::collection::vec(prop_oneof![
            piece(), Just("‿".to_owned()), Just("x‿y".to_owned()), Just("-‿".to_owned()),
        ], 0..12)) {
            let text: String = pieces.concat();
            prop_assert_eq!(count_words(&text), reference(&text).len());
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        /// The byte scan of `count_paragraphs` against the blocks of `paragraphs`, with every
        /// kind of white space and line break, past the eight-byte steps.
        #[test]
        fn count_paragraphs_equals_the_blocks(pieces in proptest::collection::vec(one_of(&[
            "\n", " ", "\t", "\r\n", "\u{a0}", "\u{3000}", "\u{85}", "\u{2028}", "\x0B", "x", "ب",
            "\u{200b}", "ten bytes.",
        ], &["\\PC{0,3}"]), 0..16)) {
            let text: String = pieces.concat();
            prop_assert_eq!(count_paragraphs(&text), paragraphs(&text).len());
        }
    }

    /// The Devanagari the fast path takes: every letter and digit joins a letter or a digit
    /// before and after it, and every sign joins the letter before it, as the full segmenter
    /// (and the `unicode-segmentation` crate) has it; the rest of the block is not taken.
    #[test]
    fn devanagari_classes_are_those_of_uax29() {
        for cp in 0x0900..=0x097Fu32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let one =
                |s: String| s.split_word_bounds().count() == 1 && word_bounds(&s).count() == 1;
            match char_class(c) {
                CharClass::Letter => {
                    for x in ["a", "1", "क", "१"] {
                        assert!(one(format!("{x}{c}")), "U+{cp:04X} after {x}");
                        assert!(one(format!("{c}{x}")), "U+{cp:04X} before {x}");
                    }
                }
                CharClass::Extend => {
                    for x in ["a", "1", "क", "१"] {
                        assert!(one(format!("{x}{c}")), "U+{cp:04X} after {x}");
                        assert!(one(format!("{x}{c}{x}")), "U+{cp:04X} between {x}");
                    }
                }
                _ => assert!(
                    matches!(cp, 0x0964 | 0x0965 | 0x0970),
                    "U+{cp:04X} not taken"
                ),
            }
        }
    }

    /// Every code point of the hand-written classes of the fast path ([`char_class`]), in
    /// every script, against the UAX #29 segmentation (the `unicode-segmentation` crate and
    /// ours, from the generated Word_Break table): a letter or digit joins letters and digits
    /// of each script on both sides, a mark or joiner joins the letter or digit before it,
    /// punctuation never joins a word at its edge, a separator splits.
    #[test]
    fn every_fast_path_class_agrees_with_uax29_at_every_code_point() {
        let contexts = ["a", "Z", "1", "é", "Ж", "ب", "١", "क", "१"];
        let words_of = |s: &str| -> Vec<String> {
            let reference: Vec<String> = reference(s)
                .into_iter()
                .map(|(_, w)| w.to_owned())
                .collect();
            let ours: Vec<String> = word_bounds(s)
                .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
                .map(|(_, w)| w.to_owned())
                .collect();
            assert_eq!(ours, reference, "{s:?}");
            let fast: Vec<String> = words(s).map(|(_, w)| w.to_owned()).collect();
            assert_eq!(fast, reference, "{s:?}");
            reference
        };
        let mut seen = [0usize; 4];
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let cp = u32::from(c);
            match char_class(c) {
                CharClass::Letter => {
                    seen[0] += 1;
                    for x in contexts {
                        assert_eq!(
                            words_of(&format!("{x}{c}")).len(),
                            1,
                            "U+{cp:04X} after {x}"
                        );
                        assert_eq!(
                            words_of(&format!("{c}{x}")).len(),
                            1,
                            "U+{cp:04X} before {x}"
                        );
                    }
                }
                CharClass::Extend => {
                    seen[1] += 1;
                    for x in contexts {
                        assert_eq!(
                            words_of(&format!("{x}{c}")).len(),
                            1,
                            "U+{cp:04X} after {x}"
                        );
                        assert_eq!(
                            words_of(&format!("{x}{c}{x}")).len(),
                            1,
                            "U+{cp:04X} in {x}"
                        );
                    }
                }
                CharClass::Punctuation => {
                    seen[2] += 1;
                    for x in contexts {
                        assert_eq!(words_of(&format!(" {x}{c} ")), [x], "U+{cp:04X} after {x}");
                        assert_eq!(words_of(&format!(" {c}{x} ")), [x], "U+{cp:04X} before {x}");
                    }
                }
                CharClass::Separator => {
                    seen[3] += 1;
                    for x in contexts {
                        assert_eq!(words_of(&format!("{x}{c}{x}")), [x, x], "U+{cp:04X} in {x}");
                    }
                }
                CharClass::Other => {}
            }
        }
        // Letters and digits, marks and joiners, punctuation, separators.
        assert!(seen.iter().all(|&n| n > 20), "{seen:?}");
    }

    #[test]
    fn find_newline_finds_the_first_line_break() {
        let t = b"0123456789abcdef\n\n0123";
        for from in 0..=t.len() {
            let want = t
                .iter()
                .skip(from)
                .position(|&b| b == b'\n')
                .map_or(t.len(), |k| from + k);
            assert_eq!(find_newline(t, from), want, "{from}");
        }
        // Bytes that differ from '\n' in one bit, and '\n' + 0x80, are not line breaks.
        assert_eq!(find_newline(b"\x0B\x08\x8A\x0E\x1A\x4A\x02\x0A", 0), 7);
    }

    fn naive_candidate(text: &str, from: usize) -> Option<(usize, char)> {
        text[from..]
            .char_indices()
            .find(|&(_, c)| c == '\n' || is_terminator(c))
            .map(|(i, c)| (from + i, c))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]
        #[test]
        fn byte_scan_finds_the_same_candidates(pieces in proptest::collection::vec(
            one_of(&[
                "؟", "؛", "۔", "ٔ", "ڔ", "؛؟", "…", "。", "？", "।", "“”", "بت",
            ], &["[ \n.!?a]{1,3}", "\\PC{1,4}"]), 0..12)) {
            let text: String = pieces.concat();
            for (from, _) in text.char_indices().chain([(text.len(), ' ')]) {
                prop_assert_eq!(next_candidate(&text, from), naive_candidate(&text, from));
            }
        }
    }

    #[test]
    fn fast_words_equal_uax29_on_fixtures() {
        for text in [
            include_str!("../../tests/fixtures/seed-ar.txt"),
            include_str!("../../tests/fixtures/quotes/en-001.txt"),
            include_str!("../../tests/fixtures/quotes/fr-001.txt"),
            include_str!("../../tests/fixtures/quotes/ar-001.txt"),
        ] {
            assert_eq!(words(text).collect::<Vec<_>>(), reference(text));
            assert_eq!(count_words(text), reference(text).len());
        }
    }

    #[test]
    fn count_words_splits_at_hard_punctuation_only() {
        for (text, n) in [
            ("well-known", 2),
            ("well--known", 2),
            ("a—b—c", 3),
            ("(a)b", 2),
            ("5+1", 2),
            ("U.S.", 1),
            ("it's", 1),
            ("a.-b", 2),
            ("x‿y", 1),
            ("x-‿y", 2),
            ("well-known's", 2),
            ("3,5-7,9", 2),
            ("مسيّرة-بت", 2),
        ] {
            assert_eq!(reference(text).len(), n, "{text}");
            assert_eq!(count_words(text), n, "{text}");
            let padded = format!(" «{text}» {text}\n");
            assert_eq!(count_words(&padded), reference(&padded).len(), "{padded}");
        }
        assert!(is_hard_punctuation('-') && is_hard_punctuation('—') && is_hard_punctuation('('));
        for c in ['.', '\'', '’', ':', ',', ';', '‿', '٬'] {
            assert!(!is_hard_punctuation(c), "{c:?}");
        }
    }

    #[test]
    fn count_words_equals_uax29_around_every_punctuation_pair() {
        let sides = [
            "a", "Z9", "7", "e\u{301}", "ن", "نَ", "٣", "۴", "é", "Ж", "Ω",
        ];
        let marks = [
            ".", ",", ";", ":", "'", "’", "‘", "\"", "-", "—", "/", "+", "(", ")", "«", "!", "?",
            "٬", "،", "؛", "…", "‧", "·", "‿", "&", "%", "@", "#", "*", "،.", ".-", "''", "--",
            "'-",
        ];
        for x in sides {
            for p in marks {
                for y in sides {
                    for text in [
                        format!("{x}{p}{y}"),
                        format!(" {x}{p}{y}{p}{x} "),
                        format!("{x}{p}{y}'s"),
                    ] {
                        assert_eq!(count_words(&text), reference(&text).len(), "{text:?}");
                    }
                }
            }
        }
    }

    /// `after_trail` asks `uax29::joins_ascii` of one punctuation character between ASCII
    /// letters and digits: every such character (all below U+2080) agrees with the segmenter.
    #[test]
    fn one_punctuation_character_between_ascii_letters_and_digits_agrees_with_uax29() {
        let mut n = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if char_class(c) != CharClass::Punctuation {
                continue;
            }
            assert!((c as u32) < 0x2080, "{c:?}");
            for x in ["a", "Z", "1", "x9"] {
                for y in ["b", "T", "7", "7c"] {
                    for text in [format!("{x}{c}{y}"), format!(" {x}{c}{y}{c}{x} ")] {
                        assert_eq!(count_words(&text), reference(&text).len(), "{text:?}");
                    }
                }
            }
            n += 1;
        }
        assert!(n > 100, "{n}");
    }

    /// The big development files when `../shared` is present (skipped otherwise).
    #[test]
    fn count_words_equals_uax29_on_the_big_files() {
        for name in ["ar", "en", "fr"] {
            let path = format!(
                "{}/../shared/corpus/big/{name}.txt",
                env!("CARGO_MANIFEST_DIR")
            );
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            assert_eq!(count_words(&text), words(&text).count(), "{path}");
        }
    }
}
