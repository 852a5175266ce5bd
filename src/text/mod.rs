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
    let (sentences, paragraphs) = segment::count_sentences_and_paragraphs(text, language);
    stats_with_counts(text, count_words(text), sentences, paragraphs)
}

/// [`Stats`] when the caller already has the numbers of words ([`count_words`]), sentences and
/// paragraphs of `text` (the quote stage counts the words as it tokenizes; the sentence
/// splitter counts the paragraphs).
pub(crate) fn stats_with_counts(
    text: &str,
    words: usize,
    sentences: usize,
    paragraphs: usize,
) -> Stats {
    Stats {
        characters: text.chars().count(),
        words,
        sentences,
        paragraphs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
