//! Text plumbing shared by every stage: offsets (UTF-8 ↔ UTF-16), segmentation into words,
//! sentences and paragraphs, and the article statistics.
//!
//! All ranges are UTF-8 byte ranges into the text given.

mod offsets;
mod segment;

pub use offsets::{Utf16Cursor, Utf16Index, Utf16Offsets};
pub use segment::{is_abbreviation, paragraphs, sentences, words};

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
/// sentence splitter.
pub fn stats(text: &str, language: &str) -> Stats {
    Stats {
        characters: text.chars().count(),
        words: words(text).count(),
        sentences: sentences(text, language).len(),
        paragraphs: paragraphs(text).len(),
    }
}
