//! UTF-8 ↔ UTF-16 offset conversion.
//!
//! The core works on `&str` (UTF-8); JavaScript indexes strings in UTF-16 code units. A
//! [`Utf16Index`] is built once per text in one linear pass and then answers "which UTF-16
//! index does this byte offset have" in O(1) amortised time: it stores the UTF-16 position of
//! every 64th byte (a checkpoint) and scans at most 63 bytes from the nearest one.

/// Distance in bytes between two checkpoints.
const STRIDE: usize = 64;

/// Converts UTF-8 byte offsets of one text into UTF-16 code-unit offsets.
///
/// ```
/// use article_analyzer::text::Utf16Index;
/// let text = "a😀بc";
/// let index = Utf16Index::new(text);
/// assert_eq!(index.utf16(0), 0);
/// assert_eq!(index.utf16(1), 1); // after "a"
/// assert_eq!(index.utf16(5), 3); // after the emoji: 4 bytes, 2 units
/// assert_eq!(index.utf16(7), 4); // after ب: 2 bytes, 1 unit
/// assert_eq!(index.utf16(text.len()), 5);
/// ```
#[derive(Debug, Clone)]
pub struct Utf16Index<'a> {
    text: &'a str,
    /// `checkpoints[k]` = (byte, utf16) of the last char boundary at or before `k * STRIDE`.
    checkpoints: Vec<(u32, u32)>,
}

impl<'a> Utf16Index<'a> {
    /// Builds the index in one pass over `text`.
    pub fn new(text: &'a str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut utf16 = 0u32;
        let mut next = 0usize;
        for (byte, ch) in text.char_indices() {
            // Every slot whose first byte falls inside this char starts at this char.
            while next < byte + ch.len_utf8() {
                checkpoints.push((byte as u32, utf16));
                next += STRIDE;
            }
            utf16 += ch.len_utf16() as u32;
        }
        while text.len() >= next {
            checkpoints.push((text.len() as u32, utf16));
            next += STRIDE;
        }
        Utf16Index { text, checkpoints }
    }

    /// The UTF-16 offset of byte offset `byte`. A `byte` inside a character is rounded down
    /// to that character's start; a `byte` past the end gives the UTF-16 length.
    pub fn utf16(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let slot = (byte / STRIDE).min(self.checkpoints.len().saturating_sub(1));
        let (mut at, mut units) = match self.checkpoints.get(slot) {
            Some(&(b, u)) => (b as usize, u as usize),
            None => (0, 0),
        };
        // Checkpoints sit on char boundaries at or before slot * STRIDE, so `at <= byte`.
        if let Some(rest) = self.text.get(at..) {
            for ch in rest.chars() {
                let next = at + ch.len_utf8();
                if next > byte {
                    break;
                }
                at = next;
                units += ch.len_utf16();
            }
        }
        units
    }

    /// The UTF-16 length of the whole text.
    pub fn len_utf16(&self) -> usize {
        self.utf16(self.text.len())
    }

    /// Converts a byte range into a UTF-16 range.
    pub fn range(&self, range: &std::ops::Range<usize>) -> std::ops::Range<usize> {
        self.utf16(range.start)..self.utf16(range.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(text: &str, byte: usize) -> usize {
        text[..byte].encode_utf16().count()
    }

    #[test]
    fn matches_naive_on_every_boundary() {
        let text = "Peskov «نرحب بذلك» 😀 e\u{301} ".repeat(20);
        let index = Utf16Index::new(&text);
        for (byte, _) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            assert_eq!(index.utf16(byte), naive(&text, byte), "byte {byte}");
        }
        assert_eq!(index.len_utf16(), text.encode_utf16().count());
    }

    #[test]
    fn inside_a_char_rounds_down() {
        let text = "😀x";
        let index = Utf16Index::new(text);
        assert_eq!(index.utf16(1), 0);
        assert_eq!(index.utf16(3), 0);
        assert_eq!(index.utf16(4), 2);
        assert_eq!(index.utf16(99), 3);
    }

    #[test]
    fn empty_text() {
        let index = Utf16Index::new("");
        assert_eq!(index.utf16(0), 0);
        assert_eq!(index.len_utf16(), 0);
    }
}
