//! UTF-8 ↔ UTF-16 offset conversion.
//!
//! The core works on `&str` (UTF-8); JavaScript indexes strings in UTF-16 code units. One
//! mechanism answers "which UTF-16 index does this byte offset have" for many offsets in any
//! order: [`Utf16Offsets`] counts the UTF-16 length of every 32-byte block once (eight bytes
//! at a time) and then each offset from its block. [`Utf16Index`] is that table over a whole
//! text; [`Utf16Cursor`] is the forward pass for sorted offsets, with no table.

/// Converts UTF-8 byte offsets of one text into UTF-16 code-unit offsets: a [`Utf16Offsets`]
/// table over the whole text, a byte inside a character rounded down to its start.
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
    offsets: Utf16Offsets<'a>,
}

impl<'a> Utf16Index<'a> {
    /// Builds the index in one pass over `text`.
    pub fn new(text: &'a str) -> Self {
        Utf16Index {
            text,
            offsets: Utf16Offsets::new(text, [text.len()]),
        }
    }

    /// The UTF-16 offset of byte offset `byte`. A `byte` inside a character is rounded down
    /// to that character's start; a `byte` past the end gives the UTF-16 length.
    pub fn utf16(&self, byte: usize) -> usize {
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        self.offsets.utf16(byte)
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

/// Converts a non-decreasing sequence of byte offsets into UTF-16 offsets in one forward
/// pass: each call counts only the bytes since the previous one (a byte that does not start a
/// UTF-8 sequence adds nothing; a 4-byte sequence adds two units). A smaller offset than the
/// previous one restarts from the beginning, so any order is correct, sorted order is linear.
///
/// ```
/// use article_analyzer::text::Utf16Cursor;
/// let mut cursor = Utf16Cursor::new("😀 قال");
/// assert_eq!(cursor.utf16(4), 2);
/// assert_eq!(cursor.utf16(5), 3);
/// assert_eq!(cursor.utf16(11), 6);
/// ```
#[derive(Debug, Clone)]
pub struct Utf16Cursor<'a> {
    bytes: &'a [u8],
    byte: usize,
    utf16: usize,
}

impl<'a> Utf16Cursor<'a> {
    /// A cursor at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        Utf16Cursor {
            bytes: text.as_bytes(),
            byte: 0,
            utf16: 0,
        }
    }

    /// The UTF-16 offset of byte offset `byte` (a char boundary of the text; past the end
    /// counts as the end).
    pub fn utf16(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        if byte < self.byte {
            self.byte = 0;
            self.utf16 = 0;
        }
        if let Some(run) = self.bytes.get(self.byte..byte) {
            self.utf16 += utf16_units(run);
        }
        self.byte = byte;
        self.utf16
    }
}

/// The UTF-16 length of UTF-8 `bytes` (whole characters): one unit per byte that is not a
/// continuation byte (`10xxxxxx`), one more per four-byte lead (`11110xxx`). Eight bytes at a
/// time (two masks and two popcounts per word), the tail one byte at a time.
fn utf16_units(bytes: &[u8]) -> usize {
    let mut words = bytes.chunks_exact(8);
    let mut units = 0usize;
    for word in &mut words {
        units += word_units(word, 8);
    }
    units
        + words
            .remainder()
            .iter()
            .map(|&b| usize::from((b as i8) >= -0x40) + usize::from(b >= 0xF0))
            .sum::<usize>()
}

/// The UTF-16 units of the first `n` (1 to 8) bytes of the eight-byte `word`.
#[inline]
fn word_units(word: &[u8], n: usize) -> usize {
    let (continuation, four) = word_masks(word, n);
    n - continuation + four
}

/// The continuation bytes (`10xxxxxx`) and the four-byte leads (`11110xxx`) among the first
/// `n` (1 to 8) bytes of the eight-byte `word`.
#[inline]
fn word_masks(word: &[u8], n: usize) -> (usize, usize) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let x = u64::from_le_bytes(word.try_into().unwrap_or([0; 8]));
    // The first `n` bytes are the low ones.
    let keep = HIGH & (u64::MAX >> (64 - 8 * n.clamp(1, 8)));
    // Bit 7 of each byte: set for a continuation byte (bit 7 set, bit 6 clear) …
    let continuation = x & !(x << 1) & keep;
    // … and for a four-byte lead (bits 7 to 4 set): bit 7 of `two` is bit 7 and bit 6, its
    // bit 5 is bit 5 and bit 4, shifted into bit 7 of the same byte; what crosses into the
    // next byte lands below bit 7 (masked off).
    let two = x & (x << 1);
    let four = two & (two << 2) & keep;
    (
        continuation.count_ones() as usize,
        four.count_ones() as usize,
    )
}

/// True if the `BLOCK` bytes of `block` are all ASCII (one OR of its four words).
#[inline]
fn ascii(block: &[u8]) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    block
        .chunks_exact(8)
        .map(|word| u64::from_le_bytes(word.try_into().unwrap_or([0; 8])))
        .fold(0, |any, x| any | x)
        & HIGH
        == 0
}

/// Bytes between two entries of the table of [`Utf16Offsets`].
const BLOCK: usize = 32;

/// UTF-16 offsets of a known set of byte offsets, in any order: the UTF-16 length of every
/// 32-byte block (`BLOCK`) of the text up to the largest of them is counted once (eight bytes at
/// a time), then each offset is its block's entry plus the units of at most `BLOCK - 1` bytes
/// (eight at a time, the last word masked). No sort and no search: for the quote spans of a
/// long article (~100,000 offsets in 4.8 MB) sorting the offsets and searching each cost
/// several times the pass over the text. Nothing is read after the largest offset; the table
/// takes one `usize` per block (12.5 % of the text's size on wasm32; 64-byte blocks took as
/// much CPU and 90 bytes more of the package).
///
/// ```
/// use article_analyzer::text::Utf16Offsets;
/// let text = "😀 قال";
/// let offsets = Utf16Offsets::new(text, [11, 4, 5]);
/// assert_eq!(offsets.utf16(4), 2);
/// assert_eq!(offsets.utf16(11), 6);
/// ```
#[derive(Debug, Clone)]
pub struct Utf16Offsets<'a> {
    bytes: &'a [u8],
    /// `blocks[k]`: the UTF-16 length of the first `k * BLOCK` bytes (`blocks[0]` = 0), for
    /// the blocks that end at or before the largest offset given.
    blocks: Vec<usize>,
    /// The four-byte characters (two UTF-16 units each) of those blocks, counted by the same
    /// pass ([`Utf16Offsets::characters`]).
    pairs: usize,
}

impl<'a> Utf16Offsets<'a> {
    /// Prepares the conversion of `bytes` (char boundaries of `text`; only their largest is
    /// used here).
    pub fn new(text: &'a str, bytes: impl IntoIterator<Item = usize>) -> Self {
        let all = text.as_bytes();
        let last = bytes.into_iter().max().unwrap_or(0).min(all.len());
        let mut blocks = Vec::with_capacity(last / BLOCK + 1);
        let mut units = 0usize;
        let mut pairs = 0usize;
        blocks.push(units);
        // One `extend` (no capacity test per block).
        blocks.extend(
            all.get(..last)
                .unwrap_or(&[])
                .chunks_exact(BLOCK)
                .map(|block| {
                    // An ASCII block (most of an English text) is BLOCK units: one test of
                    // its bytes' high bits instead of the masks of its words.
                    if ascii(block) {
                        units += BLOCK;
                    } else {
                        for word in block.chunks_exact(8) {
                            let (continuation, four) = word_masks(word, 8);
                            units += 8 - continuation + four;
                            pairs += four;
                        }
                    }
                    units
                }),
        );
        Utf16Offsets {
            bytes: all,
            blocks,
            pairs,
        }
    }

    /// The number of characters (Unicode scalar values) of the whole text, as
    /// `chars().count()`: the table's units less its four-byte characters (counted by the same
    /// pass), then the characters after the table one byte at a time (less than a block when
    /// the table was asked for the end of the text). The wasm boundary's `stats.characters`:
    /// `chars().count()` reads four bytes at a time in wasm32, ~11 M instructions a 4.8 MB text.
    ///
    /// ```
    /// use article_analyzer::text::Utf16Offsets;
    /// let text = "😀 قال";
    /// assert_eq!(Utf16Offsets::new(text, [text.len()]).characters(), 5);
    /// assert_eq!(Utf16Offsets::new(text, [0]).characters(), 5);
    /// ```
    pub fn characters(&self) -> usize {
        let tabled = (self.blocks.len() - 1) * BLOCK;
        let rest = self.bytes.get(tabled..).unwrap_or(&[]);
        let units = self.blocks.last().copied().unwrap_or(0);
        units - self.pairs + rest.iter().filter(|&&b| (b as i8) >= -0x40).count()
    }

    /// The UTF-16 offset of `byte` (a char boundary; past the end counts as the end), as
    /// [`Utf16Cursor::utf16`] gives it. An offset past the largest one given is also right, at
    /// the cost of counting the bytes from the table's last block. Inlined into the wasm
    /// boundary's quote loop: its 122 K calls a big/en text lose the call, and the package
    /// gzips 80 B smaller (session 57).
    #[inline(always)]
    pub fn utf16(&self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        let k = (byte / BLOCK).min(self.blocks.len().saturating_sub(1));
        let mut at = k * BLOCK;
        let mut units = self.blocks.get(k).copied().unwrap_or(0);
        // In an ASCII block every byte is one unit. Such a block has BLOCK units: the next
        // entry rules out most others with one compare (and exists only if `byte` lies in
        // this block, not past a table that stops before it).
        if self.blocks.get(k + 1) == Some(&(units + BLOCK))
            && self.bytes.get(at..at + BLOCK).is_some_and(ascii)
        {
            return units + (byte - at);
        }
        // Whole words, the last one masked to the bytes before `byte`; near the text's end,
        // where no whole word is left, byte by byte.
        while at < byte {
            let n = (byte - at).min(8);
            match self.bytes.get(at..at + 8) {
                Some(word) => units += word_units(word, n),
                None => return units + self.bytes.get(at..byte).map_or(0, utf16_units),
            }
            at += n;
        }
        units
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
    fn cursor_matches_naive_in_any_order() {
        let text = "Peskov «نرحب بذلك» 😀 e\u{301} ".repeat(5);
        let mut cursor = Utf16Cursor::new(&text);
        let mut offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        offsets.push(text.len());
        for &byte in &offsets {
            assert_eq!(cursor.utf16(byte), naive(&text, byte));
        }
        for &byte in offsets.iter().rev().step_by(7) {
            assert_eq!(cursor.utf16(byte), naive(&text, byte));
        }
    }

    #[test]
    fn utf16_units_counts_every_byte_pattern() {
        // Every one-, two-, three- and four-byte character at every alignment of the 8-byte
        // words, in runs long and short.
        let chars = [
            'a',
            '\u{7F}',
            '\u{80}',
            'é',
            'ن',
            '\u{7FF}',
            '\u{800}',
            '«',
            '\u{FFFD}',
            '\u{FFFF}',
            '😀',
            '\u{10000}',
            '\u{10FFFF}',
        ];
        let mut text = String::new();
        for (i, c) in chars.iter().cycle().take(600).enumerate() {
            text.push(*c);
            if i % 7 == 0 {
                text.push_str("xy");
            }
        }
        for start in 0..24 {
            for end in (start..text.len()).step_by(5).chain([text.len()]) {
                if let Some(run) = text.get(start..end) {
                    assert_eq!(
                        utf16_units(run.as_bytes()),
                        run.encode_utf16().count(),
                        "{start}..{end}"
                    );
                }
            }
        }
        let mut cursor = Utf16Cursor::new(&text);
        assert_eq!(cursor.utf16(text.len()), text.encode_utf16().count());
    }

    #[test]
    fn offsets_match_naive_in_any_order() {
        let text = "Peskov «نرحب بذلك» 😀 e\u{301} ".repeat(5);
        let mut wanted: Vec<usize> = text.char_indices().map(|(i, _)| i).step_by(3).collect();
        wanted.push(text.len());
        wanted.reverse();
        let offsets = Utf16Offsets::new(&text, wanted.iter().copied());
        for &byte in &wanted {
            assert_eq!(offsets.utf16(byte), naive(&text, byte));
        }
    }

    /// The offsets of [`Utf16Offsets`] equal those of a [`Utf16Cursor`] from the start, for
    /// every offset (char boundaries, bytes inside a character, past the largest offset given
    /// and past the end) of texts of every kind of character at every block alignment.
    fn offsets_agree_with_the_cursor(text: &str, given: &[usize]) {
        let offsets = Utf16Offsets::new(text, given.iter().copied());
        assert_eq!(offsets.characters(), text.chars().count(), "{given:?}");
        for byte in 0..text.len() + 3 {
            let mut cursor = Utf16Cursor::new(text);
            assert_eq!(
                offsets.utf16(byte),
                cursor.utf16(byte),
                "byte {byte} of {given:?}"
            );
        }
    }

    #[test]
    fn offsets_agree_with_the_cursor_on_every_byte() {
        let pieces = [
            "a",
            "é",
            "ن",
            "«",
            "\u{FFFD}",
            "😀",
            "\u{10FFFF}",
            " ",
            "\n",
        ];
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        // Texts of any kind of character, then mostly ASCII (whole ASCII blocks, and blocks
        // with one other character).
        for (len, rare) in [0usize, 1, 7, 127, 128, 129, 300, 700]
            .into_iter()
            .flat_map(|len| [(len, false), (len, true)])
        {
            let mut text = String::new();
            while text.len() < len {
                let r = next() as usize;
                let piece = if rare && r % 24 != 0 {
                    "word "
                } else {
                    pieces[r / 24 % pieces.len()]
                };
                text.push_str(piece);
            }
            let n = text.len();
            offsets_agree_with_the_cursor(&text, &[]);
            offsets_agree_with_the_cursor(&text, &[n]);
            offsets_agree_with_the_cursor(&text, &[n / 2, 0]);
            offsets_agree_with_the_cursor(&text, &[n + 50]);
            let some: Vec<usize> = (0..5).map(|_| next() as usize % (n + 1)).collect();
            offsets_agree_with_the_cursor(&text, &some);
        }
    }

    #[test]
    fn empty_text() {
        let index = Utf16Index::new("");
        assert_eq!(index.utf16(0), 0);
        assert_eq!(index.len_utf16(), 0);
    }
}
