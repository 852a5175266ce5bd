//! Text plumbing shared by every stage: offsets (UTF-8 ↔ UTF-16), segmentation into words,
//! sentences and paragraphs, and the article statistics.
//!
//! All ranges are UTF-8 byte ranges into the text given.

mod offsets;
mod segment;
mod uax29;

pub use offsets::{Utf16Cursor, Utf16Index, Utf16Offsets};

#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) use segment::word_props::piece as word_count_piece;
#[cfg(test)]
pub(crate) use segment::WC_PUNCTUATION;
pub use segment::{
    count_paragraphs, count_sentences, count_words, is_abbreviation, paragraphs, sentences, words,
};
pub(crate) use segment::{sentences_and_paragraphs, word_count_class, WordCount, WC_SEPARATOR};

/// The largest char boundary of `text` at or below `at` (`at` past the end: the end).
pub(crate) fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut end = at.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// `s.trim_start()`: without leading [`char::is_whitespace`] characters. The crate's one copy
/// of the trims (std's `str::trim`, `trim_start` and `trim_end` were three instances of its
/// generic char searchers, ~1.3 KB of WebAssembly: issue #7); out of line.
#[inline(never)]
pub(crate) fn trim_start(s: &str) -> &str {
    let mut i = 0;
    // ASCII bytes one at a time, a longer character decoded.
    while let Some(&b) = s.as_bytes().get(i) {
        let n = if b < 0x80 {
            usize::from(matches!(b, b' ' | b'\t'..=b'\r'))
        } else {
            s.get(i..)
                .and_then(|r| r.chars().next())
                .filter(|c| c.is_whitespace())
                .map_or(0, char::len_utf8)
        };
        if n == 0 {
            break;
        }
        i += n;
    }
    s.get(i..).unwrap_or("")
}

/// `s.trim_end()`: without trailing [`char::is_whitespace`] characters; out of line.
#[inline(never)]
pub(crate) fn trim_end(s: &str) -> &str {
    let mut end = s.len();
    while let Some(&b) = end.checked_sub(1).and_then(|i| s.as_bytes().get(i)) {
        let n = if b < 0x80 {
            usize::from(matches!(b, b' ' | b'\t'..=b'\r'))
        } else {
            s.get(..end)
                .and_then(|r| r.chars().next_back())
                .filter(|c| c.is_whitespace())
                .map_or(0, char::len_utf8)
        };
        if n == 0 {
            break;
        }
        end -= n;
    }
    s.get(..end).unwrap_or("")
}

/// `s.get(start..end)`: the char-boundary checks of a `&str` slice by a range, one out-of-line
/// copy for callers off the hot paths (each inlined `get` is ~70 B of WebAssembly, issue #7).
#[inline(never)]
pub(crate) fn sub(s: &str, start: usize, end: usize) -> Option<&str> {
    s.get(start..end)
}

/// `s.trim()`: [`trim_start`] then [`trim_end`].
pub(crate) fn trim(s: &str) -> &str {
    trim_end(trim_start(s))
}

/// White space inside a line: [`char::is_whitespace`] without the line breaks (U+000A–U+000D,
/// U+0085, U+2028, U+2029). The space, the tab, the no-break space U+00A0 that some outlets
/// write between all words, U+202F (French « »), U+2009 … count alike.
pub(crate) fn is_line_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// Counts of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Stats {
    /// Unicode scalar values.
    pub characters: usize,
    /// UAX #29 word segments that hold a letter or a digit.
    pub words: usize,
    /// Sentences (see [`sentences`]).
    pub sentences: usize,
    /// Blocks of non-blank lines.
    pub paragraphs: usize,
}

/// Computes the [`Stats`] of `text`; `language` selects the abbreviation list used by the
/// sentence splitter. Counts only: no vector of words, sentences or paragraphs is built.
pub fn stats(text: &str, language: &str) -> Stats {
    stats_counting(text, language, true)
}

/// [`stats`], with `characters` left at 0 unless `characters` (the wasm boundary counts them
/// in its UTF-16 pass, `Utf16Offsets::characters`).
pub(crate) fn stats_counting(text: &str, language: &str, characters: bool) -> Stats {
    let (sentences, paragraphs) = segment::count_sentences_and_paragraphs(text, language);
    stats_with_counts(text, characters, count_words(text), sentences, paragraphs)
}

/// [`Stats`] when the caller already has the numbers of words ([`count_words`]), sentences and
/// paragraphs of `text` (the quote stage counts the words as it tokenizes; the sentence
/// splitter counts the paragraphs); the characters are counted if `characters`, else 0.
pub(crate) fn stats_with_counts(
    text: &str,
    characters: bool,
    words: usize,
    sentences: usize,
    paragraphs: usize,
) -> Stats {
    Stats {
        characters: if characters { text.chars().count() } else { 0 },
        words,
        sentences,
        paragraphs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_trims_are_std_s() {
        for s in [
            "",
            " ",
            "a",
            " \t a b \r\n",
            "\u{a0}\u{3000}نص\u{2029}\u{85}",
            "\u{1c}x\u{1f}",
            "\u{200b}x\u{200b}",
            "\u{feff} y \u{202f}",
            "é \u{b}\u{c}",
            "\u{2028}",
        ] {
            assert_eq!(trim_start(s), s.trim_start(), "{s:?}");
            assert_eq!(trim_end(s), s.trim_end(), "{s:?}");
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
        for c in '\0'..='\u{3001}' {
            let s = format!("{c}x{c}");
            assert_eq!(trim(&s), s.trim(), "{c:?}");
        }
    }

    #[test]
    fn sub_is_get() {
        let s = "aé نص\u{1f600}";
        for start in 0..=s.len() + 1 {
            for end in 0..=s.len() + 1 {
                assert_eq!(sub(s, start, end), s.get(start..end), "{start}..{end}");
            }
        }
    }

    #[test]
    fn counts_equal_the_vectors() {
        let t = "Dr. Smith met U.S. officials.\n\nهل انتهت الحرب؟ لا؛ ٣٫٥ مليون.\n  third  ";
        let s = stats(t, "en");
        assert_eq!(s.words, words(t).count());
        assert_eq!(s.sentences, sentences(t, "en").len());
        assert_eq!(s.paragraphs, paragraphs(t).len());
        assert_eq!((s.sentences, s.paragraphs), (5, 2));
    }
}
