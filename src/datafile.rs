//! Data files without their comments, at compile time.
//!
//! Every data file names its sources in `#` comment lines, and some annotate entries with a
//! trailing `# NAME` (the Unicode character names in `normalize/data`). Those comments are
//! documentation: shipping them would add about 11 KB to the gzipped WebAssembly module.
//! [`data_str!`](crate::data_str) keeps a file's entries and drops its comments while the
//! crate compiles (a `const fn`; the raw bytes are only read by the compiler), so the binary
//! carries the entries alone.
//!
//! The rule, applied line by line: a line that is blank or whose first non-blank character
//! is `#` is dropped; in the other lines, a `#` preceded by a space or tab starts a comment
//! that runs to the end of the line; trailing spaces and tabs are dropped. Entries that
//! themselves start with `#` are therefore impossible, as they already were for
//! [`crate::lang::entries`].

// These functions run in the compiler (const evaluation) on the crate's own files, never on
// input: an index out of bounds there fails the build, it cannot panic at run time.
#![allow(clippy::indexing_slicing)]

/// The text of a data file without its comments, as a `&'static str` computed at compile time:
/// `data_str!(include_bytes!("data/ar/stopwords.txt"))`. See the [module docs](crate::datafile).
#[macro_export]
#[doc(hidden)]
macro_rules! data_str {
    ($bytes:expr) => {{
        const RAW: &[u8] = $bytes;
        const LEN: usize = $crate::datafile::stripped_len(RAW);
        const OUT: [u8; LEN] = $crate::datafile::strip::<LEN>(RAW);
        const TEXT: &str = $crate::datafile::utf8(&OUT);
        TEXT
    }};
}

/// [`data_str!`](crate::data_str)'s text without the first word of each line (its name), at
/// compile time: `data_unnamed!(TEXT)` for a file whose line names are read while the crate
/// compiles (`quotes::lexicon`'s function words: each line's role), so that the binary carries
/// the words alone. A line without a word after its name fails the build.
#[macro_export]
#[doc(hidden)]
macro_rules! data_unnamed {
    ($text:expr) => {{
        const TEXT: &str = $text;
        const LEN: usize = $crate::datafile::unnamed_len(TEXT.as_bytes());
        const OUT: [u8; LEN] = $crate::datafile::unnamed::<LEN>(TEXT.as_bytes());
        const UNNAMED: &str = $crate::datafile::utf8(&OUT);
        UNNAMED
    }};
}

/// [`data_str!`](crate::data_str)'s text of a file of `word tag` lines regrouped by tag at
/// compile time: `data_grouped!(TEXT)`. Each tag once, on a line of its own that opens with
/// [`GROUP`] (in the order of the tags' first lines, `""` for the lines without a tag), then
/// the words of its lines in their order. [`crate::lang::tagged`] reads both forms to the same
/// entries when no word has lines under two tags whose groups come in the other order (a test
/// of each grouped file compares them); the binary carries each tag once instead of once a line.
#[macro_export]
#[doc(hidden)]
macro_rules! data_grouped {
    ($text:expr) => {{
        const TEXT: &str = $text;
        const LEN: usize = $crate::datafile::grouped_len(TEXT.as_bytes());
        const OUT: [u8; LEN] = $crate::datafile::grouped::<LEN>(TEXT.as_bytes());
        const GROUPED: &str = $crate::datafile::utf8(&OUT);
        GROUPED
    }};
}

/// A compile-time `&str` (a word that [`line_word`] found in a data file) in an allocation of
/// its own: a word that points into its file would ship the whole stripped file in the binary,
/// where this ships its bytes alone. `data_word!(line_word(FILE, "article"))`.
#[macro_export]
#[doc(hidden)]
macro_rules! data_word {
    ($word:expr) => {{
        const WORD: &str = $word;
        const BYTES: [u8; WORD.len()] = $crate::datafile::copied(WORD);
        const OWN: &str = $crate::datafile::utf8(&BYTES);
        OWN
    }};
}

/// The bytes of `word` as an array (`N` must be its length), for [`data_word!`](crate::data_word).
pub const fn copied<const N: usize>(word: &str) -> [u8; N] {
    let mut out = [0u8; N];
    let b = word.as_bytes();
    let mut i = 0;
    while i < N {
        out[i] = b[i];
        i += 1;
    }
    out
}

/// Where the kept part of the line `raw[start..end]` ends (`start` when the line is dropped).
const fn kept_end(raw: &[u8], start: usize, end: usize) -> usize {
    // First non-blank character.
    let mut i = start;
    while i < end && (raw[i] == b' ' || raw[i] == b'\t' || raw[i] == b'\r') {
        i += 1;
    }
    if i == end || raw[i] == b'#' {
        return start;
    }
    // Cut at a `#` that follows a blank.
    let mut cut = end;
    let mut j = i + 1;
    while j < end {
        if raw[j] == b'#' && (raw[j - 1] == b' ' || raw[j - 1] == b'\t') {
            cut = j;
            break;
        }
        j += 1;
    }
    // Drop trailing blanks.
    while cut > start && (raw[cut - 1] == b' ' || raw[cut - 1] == b'\t' || raw[cut - 1] == b'\r') {
        cut -= 1;
    }
    cut
}

/// The end of the line that starts at `start` (the index of its `\n`, or `raw.len()`).
pub(crate) const fn line_end(raw: &[u8], start: usize) -> usize {
    let mut end = start;
    while end < raw.len() && raw[end] != b'\n' {
        end += 1;
    }
    end
}

/// `bytes` as text, at compile time (the macros' output): a file that is not UTF-8 fails the
/// build.
#[allow(clippy::panic)]
pub const fn utf8(bytes: &[u8]) -> &str {
    match core::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => panic!("a data file is not valid UTF-8"),
    }
}

/// The length of `raw` once stripped (each kept line ends with `\n`).
pub const fn stripped_len(raw: &[u8]) -> usize {
    let mut len = 0;
    let mut start = 0;
    while start < raw.len() {
        let end = line_end(raw, start);
        let kept = kept_end(raw, start, end);
        if kept > start {
            len += kept - start + 1;
        }
        start = end + 1;
    }
    len
}

/// `raw` stripped of its comments and blank lines; `N` must be [`stripped_len`]`(raw)`.
pub const fn strip<const N: usize>(raw: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    let mut o = 0;
    let mut start = 0;
    while start < raw.len() {
        let end = line_end(raw, start);
        let kept = kept_end(raw, start, end);
        let mut k = start;
        while k < kept {
            out[o] = raw[k];
            o += 1;
            k += 1;
        }
        if kept > start {
            out[o] = b'\n';
            o += 1;
        }
        start = end + 1;
    }
    out
}

/// The first byte of a tag's line in a [`data_grouped!`](crate::data_grouped) text (a control
/// character: no entry holds it, [`grouped_len`] checks).
pub const GROUP: u8 = 0x01;

/// The entry of the stripped line `text[start..end]` as [`crate::lang::tagged`] splits it:
/// (word start, word end, tag start) with the tag running to `end` (word end = tag start =
/// `end` when there is no space); `None` for a line that is no entry (blank, or a comment).
const fn tagged_entry(text: &[u8], start: usize, end: usize) -> Option<(usize, usize, usize)> {
    let mut a = start;
    while a < end && (blank(text[a]) || text[a] == b'\r') {
        a += 1;
    }
    if a == end || text[a] == b'#' {
        return None;
    }
    let mut b = a;
    while b < end && text[b] != b' ' {
        assert!(text[b] != GROUP, "a data file holds the group byte");
        b += 1;
    }
    let mut t = b;
    if t < end {
        t += 1;
    }
    let mut k = t;
    while k < end {
        assert!(text[k] != GROUP, "a data file holds the group byte");
        k += 1;
    }
    Some((a, b, t))
}

/// Whether `text[a..b]` and `text[c..d]` are the same bytes.
const fn same(text: &[u8], a: usize, b: usize, c: usize, d: usize) -> bool {
    b - a == d - c && bytes_at(text.split_at(b).0.split_at(a).1, text, c)
}

/// Whether an entry before the line at `start` has the tag `text[t..e]` (so the tag's group
/// is already out).
const fn tag_seen(text: &[u8], start: usize, t: usize, e: usize) -> bool {
    let mut s = 0;
    while s < start {
        let end = line_end(text, s);
        if let Some((_, _, u)) = tagged_entry(text, s, end) {
            if same(text, u, end, t, e) {
                return true;
            }
        }
        s = end + 1;
    }
    false
}

/// The length of [`grouped`]`(text)` (`text`: a stripped data file of `word tag` lines).
pub const fn grouped_len(text: &[u8]) -> usize {
    let mut len = 0;
    let mut start = 0;
    while start < text.len() {
        let end = line_end(text, start);
        if let Some((a, b, t)) = tagged_entry(text, start, end) {
            len += b - a + 1;
            if !tag_seen(text, start, t, end) {
                len += end - t + 2;
            }
        }
        start = end + 1;
    }
    len
}

/// The stripped data file `text` regrouped by tag (see [`data_grouped!`](crate::data_grouped));
/// `N` must be [`grouped_len`]`(text)`.
pub const fn grouped<const N: usize>(text: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    let mut o = 0;
    let mut start = 0;
    while start < text.len() {
        let end = line_end(text, start);
        if let Some((_, _, t)) = tagged_entry(text, start, end) {
            if !tag_seen(text, start, t, end) {
                // The group: its tag line, then the word of each line from here with that tag.
                out[o] = GROUP;
                o += 1;
                let mut k = t;
                while k < end {
                    out[o] = text[k];
                    o += 1;
                    k += 1;
                }
                out[o] = b'\n';
                o += 1;
                let mut s = start;
                while s < text.len() {
                    let e = line_end(text, s);
                    if let Some((a, b, u)) = tagged_entry(text, s, e) {
                        if same(text, u, e, t, end) {
                            let mut k = a;
                            while k < b {
                                out[o] = text[k];
                                o += 1;
                                k += 1;
                            }
                            out[o] = b'\n';
                            o += 1;
                        }
                    }
                    s = e + 1;
                }
            }
        }
        start = end + 1;
    }
    out
}

/// True for a blank between the words of a line.
const fn blank(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

/// The name of the line `raw[start..end]` (its first word): where it begins and ends.
pub(crate) const fn line_name(raw: &[u8], start: usize, end: usize) -> (usize, usize) {
    let mut a = start;
    while a < end && blank(raw[a]) {
        a += 1;
    }
    let mut b = a;
    while b < end && !blank(raw[b]) {
        b += 1;
    }
    (a, b)
}

/// Where the words after the name of the line `raw[start..end]` begin.
const fn after_name(raw: &[u8], start: usize, end: usize) -> usize {
    let mut i = line_name(raw, start, end).1;
    while i < end && blank(raw[i]) {
        i += 1;
    }
    i
}

/// Whether `raw[at..]` starts with `word` (compile time).
pub(crate) const fn bytes_at(word: &[u8], raw: &[u8], at: usize) -> bool {
    if at + word.len() > raw.len() {
        return false;
    }
    let mut i = 0;
    while i < word.len() {
        if word[i] != raw[at + i] {
            return false;
        }
        i += 1;
    }
    true
}

/// How many lines `raw` holds (its `\n`s: each line of a stripped data file ends with one).
pub(crate) const fn line_count(raw: &[u8]) -> usize {
    let mut n = 0;
    let mut start = 0;
    while start < raw.len() {
        n += 1;
        start = line_end(raw, start) + 1;
    }
    n
}

/// The length of [`unnamed`]`(text)` (`text`: a stripped data file, each line ending with
/// `\n`).
pub const fn unnamed_len(text: &[u8]) -> usize {
    let mut len = 0;
    let mut start = 0;
    while start < text.len() {
        let end = line_end(text, start);
        let from = after_name(text, start, end);
        assert!(
            from < end,
            "a line of a data file has no word after its name"
        );
        len += end - from + 1;
        start = end + 1;
    }
    len
}

/// The stripped data file `text` without the first word of each line and the blanks after it;
/// `N` must be [`unnamed_len`]`(text)`.
pub const fn unnamed<const N: usize>(text: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    let mut o = 0;
    let mut start = 0;
    while start < text.len() {
        let end = line_end(text, start);
        let mut k = after_name(text, start, end);
        while k < end {
            out[o] = text[k];
            o += 1;
            k += 1;
        }
        out[o] = b'\n';
        o += 1;
        start = end + 1;
    }
    out
}

/// The words after `name` on the line of the stripped data file `text` that opens with `name`
/// and a blank, then empty strings: `[&str; N]` at compile time (`en/suffixes.txt`, where the
/// rules' constants are its lines). A missing line, or one of more than `N` words, fails the
/// build.
#[allow(clippy::panic)]
pub const fn line_words<const N: usize>(text: &'static str, name: &str) -> [&'static str; N] {
    let raw = text.as_bytes();
    let name = name.as_bytes();
    let mut start = 0;
    while start < raw.len() {
        let end = line_end(raw, start);
        let i = name.len();
        if start + i < end && bytes_at(name, raw, start) && blank(raw[start + i]) {
            let mut out = [""; N];
            let mut n = 0;
            let mut j = start + i;
            while j < end {
                while j < end && blank(raw[j]) {
                    j += 1;
                }
                let word = j;
                while j < end && !blank(raw[j]) {
                    j += 1;
                }
                if j > word {
                    let (_, rest) = raw.split_at(word);
                    let (bytes, _) = rest.split_at(j - word);
                    out[n] = match core::str::from_utf8(bytes) {
                        Ok(w) => w,
                        Err(_) => panic!("a data file is not valid UTF-8"),
                    };
                    n += 1;
                }
            }
            return out;
        }
        start = end + 1;
    }
    panic!("no line of the data file opens with the name")
}

/// The one word after `name` on its line of the stripped data file `text` (see [`line_words`]),
/// at compile time (`ar/affixes.txt`). A missing line, or one of more words, fails the build.
#[allow(clippy::panic)]
pub const fn line_word(text: &'static str, name: &str) -> &'static str {
    let [word] = line_words::<1>(text, name);
    if word.is_empty() {
        panic!("a data file line has no word")
    }
    word
}

/// The one character after `name` on its line of the stripped data file `text` (see
/// [`line_word`]), at compile time, for rules that compare a letter (`starts_with('ل')`). A
/// word of more or fewer than one character fails the build.
#[allow(clippy::panic)]
pub const fn line_char(text: &'static str, name: &str) -> char {
    let b = line_word(text, name).as_bytes();
    // UTF-8 of one character: its length from the first byte, then six bits a byte.
    let (len, mut c) = match b[0] {
        0x00..=0x7F => (1, b[0] as u32),
        0xC0..=0xDF => (2, (b[0] & 0x1F) as u32),
        0xE0..=0xEF => (3, (b[0] & 0x0F) as u32),
        _ => (4, (b[0] & 0x07) as u32),
    };
    if b.len() != len {
        panic!("a data file line has more than one character")
    }
    let mut i = 1;
    while i < len {
        c = (c << 6) | (b[i] & 0x3F) as u32;
        i += 1;
    }
    match char::from_u32(c) {
        Some(c) => c,
        None => panic!("a data file is not valid UTF-8"),
    }
}

#[cfg(test)]
mod tests {
    /// `data_grouped!` writes each tag once, in the order of its first line, with the words of
    /// its lines after it; `lang::tagged` reads the same entries from both forms.
    #[test]
    fn grouped_writes_each_tag_once() {
        const MADE: &str = crate::data_str!(b"# h\nb x\n a\nc y z\nd x\ne\n");
        const GROUPED: &str = crate::data_grouped!(MADE);
        assert_eq!(GROUPED, "\u{1}x\nb\nd\n\u{1}\na\ne\n\u{1}y z\nc\n");
        let mut raw: Vec<_> = crate::lang::tagged(MADE).collect();
        let mut read: Vec<_> = crate::lang::tagged(GROUPED).collect();
        raw.sort_unstable();
        read.sort_unstable();
        assert_eq!(read, raw);
    }

    /// `data_unnamed!` keeps each line's words after its name (blanks and comments as
    /// `data_str!` leaves them).
    #[test]
    fn unnamed_drops_each_line_s_name() {
        const TEXT: &str = crate::data_unnamed!(crate::data_str!(
            b"# header\nrole  a b\n  other\tc # note\n\n"
        ));
        assert_eq!(TEXT, "a b\nc\n");
    }

    /// The line walk that `quotes::lexicon`'s compile-time role table shares with
    /// [`unnamed`]: a line's name, the count of lines, a word at a place.
    #[test]
    fn line_name_line_count_and_bytes_at() {
        const RAW: &[u8] = b"  role a b\nother\tc\n";
        let end = super::line_end(RAW, 0);
        assert_eq!(end, 10);
        assert_eq!(super::line_name(RAW, 0, end), (2, 6));
        assert_eq!(
            super::line_name(RAW, end + 1, super::line_end(RAW, end + 1)),
            (11, 16)
        );
        assert_eq!(super::line_count(RAW), 2);
        assert_eq!(super::line_count(b""), 0);
        assert!(super::bytes_at(b"role", RAW, 2) && !super::bytes_at(b"role", RAW, 3));
        assert!(!super::bytes_at(b"c\n!", RAW, 17));
    }

    #[test]
    fn drops_comment_lines_blank_lines_and_trailing_comments() {
        const TEXT: &str = crate::data_str!(
            "# Source: somewhere\n\n  # indented\nقال\n0640 ; 0627  # ARABIC TATWEEL\r\nsaid\t# verb\nx#y\n   \nlast"
                .as_bytes()
        );
        assert_eq!(TEXT, "قال\n0640 ; 0627\nsaid\nx#y\nlast\n");
    }

    #[test]
    fn line_words_reads_the_named_line() {
        const TEXT: &str = "past ed\nparticiple ing\npastry x\nlatin\tus  is\n";
        use super::line_words;
        const ING: [&str; 2] = line_words(TEXT, "participle");
        assert_eq!(ING, ["ing", ""]);
        assert_eq!(line_words::<2>(TEXT, "past"), ["ed", ""]);
        assert_eq!(line_words::<2>(TEXT, "pastry"), ["x", ""]);
        assert_eq!(line_words::<3>(TEXT, "latin"), ["us", "is", ""]);
    }

    #[test]
    fn line_word_and_line_char_read_one_entry() {
        const TEXT: &str = "article ال\nand و\nletter s\nlong ṩ\nplural ون\n";
        const AND: char = super::line_char(TEXT, "and");
        assert_eq!(AND, 'و');
        assert_eq!(super::line_char(TEXT, "letter"), 's');
        assert_eq!(super::line_char(TEXT, "long"), 'ṩ');
        assert_eq!(super::line_word(TEXT, "article"), "ال");
        assert_eq!(super::line_word(TEXT, "plural"), "ون");
    }

    #[test]
    fn the_macro_strips_at_compile_time() {
        const TEXT: &str = crate::data_str!(b"# header\nalpha  # note\n\nbeta\n");
        assert_eq!(TEXT, "alpha\nbeta\n");
        const EMPTY: &str = crate::data_str!(b"# only a comment\n");
        assert_eq!(EMPTY, "");
    }

    /// Every data file under `src/` (any `data/` folder) starts with a comment naming its
    /// source; the comments exist only in the source tree, so this reads the files on disk.
    #[test]
    fn every_data_file_names_its_source() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut stack = vec![root];
        let mut seen = 0;
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "txt")
                    && path.components().any(|c| c.as_os_str() == "data")
                {
                    let text = std::fs::read_to_string(&path).unwrap();
                    assert!(
                        text.starts_with("# "),
                        "{} has no header comment",
                        path.display()
                    );
                    seen += 1;
                }
            }
        }
        assert!(seen >= 90, "found only {seen} data files");
    }

    #[test]
    fn every_data_file_keeps_its_entries() {
        // The entries `lang::entries` sees are the same with and without the comments.
        let raw = include_str!("lang/data/ar/stopwords.txt");
        let stripped = crate::data_str!(include_bytes!("lang/data/ar/stopwords.txt"));
        let a: Vec<&str> = crate::lang::entries(raw).collect();
        let b: Vec<&str> = crate::lang::entries(stripped).collect();
        assert_eq!(a, b);
        assert!(stripped.len() < raw.len());
    }
}
