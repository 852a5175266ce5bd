//! Segmentation: words (UAX #29), sentences (rules below, with per-language abbreviation
//! lists) and paragraphs (blocks of non-blank lines). Every function is one linear pass.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::lang;

/// The UAX #29 word segments of `text` that hold a letter or a digit, with their byte ranges.
///
/// Fast path: most whitespace-separated tokens of Latin, Greek, Cyrillic and Arabic text are
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

/// [`char_class`] of the ASCII characters and of the Arabic block (U+0600–U+06FF, the two-byte
/// sequences with lead bytes D8–DB), looked up by byte: the hot loop of [`words`] decodes
/// nothing for them.
struct ClassTables {
    /// By byte value (< 0x80).
    ascii: [CharClass; 256],
    /// By (lead − 0xD8) × 64 + (second byte & 0x3F).
    arabic: [CharClass; 256],
}

fn class_tables() -> &'static ClassTables {
    static TABLES: std::sync::OnceLock<ClassTables> = std::sync::OnceLock::new();
    TABLES.get_or_init(|| {
        let mut tables = ClassTables {
            ascii: [CharClass::Other; 256],
            arabic: [CharClass::Other; 256],
        };
        for (b, slot) in (0u32..).zip(tables.ascii.iter_mut()).take(0x80) {
            *slot = char::from_u32(b).map_or(CharClass::Other, char_class);
        }
        for (k, slot) in (0u32..).zip(tables.arabic.iter_mut()) {
            *slot = char::from_u32(0x0600 + k).map_or(CharClass::Other, char_class);
        }
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
        Some(&b @ 0xD8..=0xDB) => {
            let second = bytes.get(i + 1).copied().unwrap_or(0);
            let k = (usize::from(b - 0xD8) << 6) | usize::from(second & 0x3F);
            (tables.arabic.get(k).copied().unwrap_or(CharClass::Other), 2)
        }
        _ => match text.get(i..).and_then(|rest| rest.chars().next()) {
            Some(c) => (char_class(c), c.len_utf8()),
            None => (CharClass::Other, 1),
        },
    }
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
                    let context = self
                        .text
                        .get(..start)
                        .and_then(|before| before.chars().next_back())
                        .map_or(start, |c| start - c.len_utf8());
                    let piece = self.text.get(context..end).unwrap_or("");
                    self.pending = uax29_words(piece, context).collect::<Vec<_>>().into_iter();
                }
            }
        }
    }
}

/// The full UAX #29 words of `token` (which starts at byte `offset` of the text).
fn uax29_words(token: &str, offset: usize) -> impl Iterator<Item = (Range<usize>, &str)> + '_ {
    token
        .split_word_bound_indices()
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
        _ => false,
    }
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
        | '\u{200C}'
    )
}

/// Punctuation that, at the edge of a token, never belongs to a word: ASCII punctuation but
/// `_` (ExtendNumLet), Latin-1 punctuation but the soft hyphen (a Format character, which
/// UAX #29 attaches to the preceding letter), General Punctuation quotes, dashes and dots
/// (U+2010–U+2027, U+2030–U+205E) and Arabic punctuation. A "mid" character such as `.` `'`
/// `’` `،` joins only *between* two letters or digits, which cannot happen at a token's edge.
/// Anything else at an edge (emoji, variation selectors, bidi marks …) sends the token to the
/// full segmenter.
fn is_plain_punctuation(c: char) -> bool {
    match c {
        '_' | '\u{00AD}' => false,
        c if c.is_ascii_punctuation() => true,
        '\u{00A1}'..='\u{00BF}' => !c.is_alphanumeric(),
        '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' => true,
        '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{066A}'..='\u{066D}' | '\u{06D4}' => true,
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
    let mut current: Option<Range<usize>> = None;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(p) = current.take() {
                out.push(p);
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            let start = line_start + lead;
            let end = start + trimmed.len();
            match current.as_mut() {
                Some(p) => p.end = end,
                None => current = Some(start..end),
            }
        }
        line_start += line.len();
    }
    out.extend(current);
    out
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

/// The sentences of `text`, as trimmed byte ranges, in order.
///
/// A sentence ends at a terminator (`is_terminator`, with any closing quotes and brackets
/// after it) followed by white space or the end of the text, or at a paragraph break (a blank
/// line) or a line break after a line with no terminator (a headline). A period does not end a
/// sentence after an abbreviation of the language ("Dr.", "U.S.", "M.") unless the line ends
/// there, nor inside a number ("3.5"), nor when the next word starts with a lower-case letter.
pub fn sentences(text: &str, language: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0; // where the open sentence begins (untrimmed)
    let mut from = 0; // where to look for the next candidate
    while let Some((at, c)) = next_candidate(text, from) {
        if c == '\n' {
            // A line break ends the open sentence (headlines, list items, datelines).
            push_trimmed(text, start..at, &mut out);
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
        if next.is_some_and(|n| !n.is_whitespace()) {
            continue; // "3.5", "U.S.A", "example.com"
        }
        if c == '.' && end == at + 1 {
            // A lone period: abbreviations and lower-case continuations do not end sentences.
            let before = text.get(start..at).unwrap_or("");
            let word = before
                .rfind(char::is_whitespace)
                .and_then(|i| before.get(i..))
                .unwrap_or(before);
            let word = word.trim_start_matches(|ch: char| !ch.is_alphanumeric());
            let after = text.get(end..).unwrap_or("");
            let line_ends = after
                .trim_start_matches([' ', '\t', '\u{a0}'])
                .chars()
                .next()
                .is_none_or(|n| n == '\n' || n == '\r');
            let lower_next = after
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
            if !line_ends && (lower_next || is_abbreviation(word, language)) {
                continue;
            }
        }
        push_trimmed(text, start..end, &mut out);
        start = end;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
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
    loop {
        let skip = bytes
            .get(i..)?
            .iter()
            .position(|&b| CANDIDATE_BYTES.get(usize::from(b)) == Some(&true))?;
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

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let Some(slice) = text.get(range.clone()) else {
        return;
    };
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if trimmed.chars().any(char::is_alphanumeric) {
        let start = range.start + lead;
        out.push(start..start + trimmed.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, ranges: &[Range<usize>]) -> Vec<&'a str> {
        ranges.iter().map(|r| &text[r.clone()]).collect()
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
    fn words_hold_letters_or_digits() {
        let t = "Peskov, 2025 — «نرحب» e\u{301}!";
        let w: Vec<&str> = words(t).map(|(_, w)| w).collect();
        assert_eq!(w, ["Peskov", "2025", "نرحب", "e\u{301}"]);
    }

    #[test]
    fn initials_do_not_split() {
        let t = "J. R. R. Tolkien wrote it. Done.";
        assert_eq!(sentences(t, "en").len(), 2);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod word_props {
    use super::*;
    use proptest::prelude::*;

    fn reference(text: &str) -> Vec<(Range<usize>, &str)> {
        text.split_word_bound_indices()
            .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
            .map(|(i, w)| (i..i + w.len(), w))
            .collect()
    }

    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("word".to_owned()),
            Just("الكرملين".to_owned()),
            Just("مسيّرة".to_owned()),
            Just("ـ".to_owned()),
            Just("e\u{301}".to_owned()),
            Just("U.S.".to_owned()),
            Just("3.5".to_owned()),
            Just("l’homme".to_owned()),
            Just("it's".to_owned()),
            Just("5+1".to_owned()),
            Just("١٢٣".to_owned()),
            Just("Москва".to_owned()),
            Just("東京".to_owned()),
            Just("😀".to_owned()),
            Just("\u{200D}".to_owned()),
            Just("\u{200C}".to_owned()),
            Just("\u{200F}".to_owned()),
            Just("\u{202F}".to_owned()),
            Just("\u{a0}".to_owned()),
            Just("_".to_owned()),
            "[ \n\t.,;:'’«»\"()،؟؛!?-]{1,3}",
            "\\PC{1,4}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn fast_words_equal_uax29(pieces in proptest::collection::vec(piece(), 0..12)) {
            let text: String = pieces.concat();
            let fast: Vec<_> = words(&text).collect();
            prop_assert_eq!(fast, reference(&text));
        }
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
            prop_oneof![
                Just("؟".to_owned()), Just("؛".to_owned()), Just("۔".to_owned()),
                Just("ٔ".to_owned()), Just("ڔ".to_owned()), Just("؛؟".to_owned()),
                Just("…".to_owned()), Just("。".to_owned()), Just("？".to_owned()),
                Just("।".to_owned()), Just("“”".to_owned()), Just("بت".to_owned()),
                "[ \n.!?a]{1,3}", "\\PC{1,4}",
            ], 0..12)) {
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
        }
    }
}
