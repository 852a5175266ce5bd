//! Normalization with an origin map (issue #3). PLACEHOLDER: identity until the real
//! normalizer lands; the API below is the one the rest of the crate builds on.

use crate::Span;

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
/// offset in the input of the character it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    /// `origin[i]` is the byte offset in the input of the character that produced byte `i`
    /// of `text`. Monotone (non-decreasing), each value on a char boundary of the input.
    pub origin: Vec<u32>,
    /// How many edits were made (0 when the input was already normal).
    pub changes: usize,
}

/// Normalizes `text` with `profile`.
pub fn normalize(text: &str, profile: Profile) -> Normalized {
    let _ = profile;
    let mut origin = Vec::with_capacity(text.len());
    for (i, ch) in text.char_indices() {
        origin.extend(std::iter::repeat_n(i as u32, ch.len_utf8()));
    }
    Normalized {
        text: text.to_owned(),
        origin,
        changes: 0,
    }
}

impl Normalized {
    /// Maps a byte range of the normalized text back to the input, covering whole characters.
    pub fn source_range(&self, input: &str, folded: Span) -> Span {
        let start = self
            .origin
            .get(folded.start)
            .map_or(input.len(), |&o| o as usize);
        let end = if folded.end == 0 {
            start
        } else {
            let last = self
                .origin
                .get(folded.end - 1)
                .map_or(input.len(), |&o| o as usize);
            input
                .get(last..)
                .and_then(|rest| rest.chars().next())
                .map_or(input.len(), |c| last + c.len_utf8())
        };
        start..end.max(start)
    }
}
