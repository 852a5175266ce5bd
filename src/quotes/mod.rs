//! Quote extraction (issue #5). PLACEHOLDER: finds nothing until the real extractor lands;
//! the types below are the ones the rest of the crate builds on.

use crate::Span;

/// The kind of a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A quoted sentence or clause.
    Direct,
    /// A quoted fragment inside the reporter's own sentence.
    Partial,
    /// Reported speech without quotation marks.
    Indirect,
}

/// One quotation, with byte spans into the analysed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// The quoted or reported words, without the quotation marks.
    pub content: Span,
    /// The nearest naming mention of who said it.
    pub speaker: Option<Span>,
    /// The attribution cue (قال، said, selon …).
    pub cue: Option<Span>,
}

/// Extracts the quotations of `text`, written in `language` (a BCP 47 primary tag).
pub fn extract(text: &str, language: &str) -> Vec<Quote> {
    let _ = (text, language);
    Vec::new()
}
