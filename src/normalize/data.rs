//! The data files of the normalizer (`src/normalize/data/*.txt`), parsed by `build.rs` into
//! static tables (a test parses the text here and compares).
//!
//! Each file names its source in `#` lines at the top; entries are `CODE[..CODE] [; VALUE]`
//! with an optional `# comment`. The parsed data is only consulted while the lookup pages of
//! [`super::table`] are built, never in the per-character hot path.

use std::sync::OnceLock;

/// Arabic marks deleted by `search`.
#[cfg(test)]
pub(crate) const ARABIC_MARKS: &str = crate::data_str!(include_bytes!("data/arabic_marks.txt"));
/// Generic combining diacritics deleted by `search` after decomposition.
#[cfg(test)]
pub(crate) const DIACRITICS: &str = crate::data_str!(include_bytes!("data/diacritics.txt"));
/// Invisible format characters and tatweel, with the kind of treatment.
#[cfg(test)]
pub(crate) const INVISIBLE: &str = crate::data_str!(include_bytes!("data/invisible.txt"));
/// Arabic-script letter foldings of `search`.
#[cfg(test)]
pub(crate) const ARABIC_LETTERS: &str = crate::data_str!(include_bytes!("data/arabic_letters.txt"));
/// Digit foldings of `search`.
#[cfg(test)]
pub(crate) const DIGITS: &str = crate::data_str!(include_bytes!("data/digits.txt"));
/// Blocks where compatibility decomposition applies, per profile.
#[cfg(test)]
pub(crate) const COMPATIBILITY: &str = crate::data_str!(include_bytes!("data/compatibility.txt"));
/// Full case foldings that differ from `char::to_lowercase`: stored compactly by `build.rs`
/// and read with [`crate::ucd::casefold`]; the text is only compiled into the tests.
#[cfg(test)]
pub(crate) const CASEFOLD: &str = crate::data_str!(include_bytes!("data/casefold.txt"));
/// Starters that NFC may compose with the preceding character.
#[cfg(test)]
pub(crate) const NFC_MAYBE: &str = crate::data_str!(include_bytes!("data/nfc_maybe.txt"));
/// Expansions of word ligatures without a decomposition (﷽).
#[cfg(test)]
pub(crate) const EXPANSIONS: &str = crate::data_str!(include_bytes!("data/expansions.txt"));
/// Languages where ZWNJ is orthographic.
#[cfg(test)]
pub(crate) const ZWNJ_LANGUAGES: &str = crate::data_str!(include_bytes!("data/zwnj_languages.txt"));
/// Letters only the ZWNJ languages use that `search` leaves unchanged.
#[cfg(test)]
pub(crate) const ZWNJ_LETTERS: &str = crate::data_str!(include_bytes!("data/zwnj_letters.txt"));

/// What a profile does with an invisible character (column 2 of `invisible.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Invisible {
    /// Deleted by both profiles.
    Delete,
    /// LRM, RLM, ALM.
    Bidi,
    /// Embeddings, overrides, isolates and their terminators.
    Embed,
    /// ZERO WIDTH JOINER.
    Zwj,
    /// ZERO WIDTH NON-JOINER.
    Zwnj,
}

// The tables `build.rs` writes from the data files (`ARABIC_MARKS_TABLE`, …), parsed there as
// `parse_text` (tests) parses the text here: the module carries neither the text nor a parser.
include!(concat!(env!("OUT_DIR"), "/normalize_data.rs"));

/// All the data, parsed (by `build.rs`, except the case foldings).
#[derive(Debug)]
pub(crate) struct Data {
    // The code points of these tables are all below U+10000 (a larger one fails the build:
    // `overflowing_literals`): `u16`s, half the bytes of `u32`s (session 51).
    pub arabic_marks: &'static [(u16, u16)],
    pub diacritics: &'static [(u16, u16)],
    pub invisible: &'static [(u16, u16, Invisible)],
    /// `(code, target)`.
    pub arabic_letters: &'static [(u16, u16)],
    /// `(first, last, target of first)`.
    pub digits: &'static [(u16, u16, u16)],
    /// Digit separators, folded only between digits: `(code, target)`.
    pub separators: &'static [(u32, char)],
    /// `(first, last, applies to search, applies to clean)`.
    pub compatibility: &'static [(u16, u16, bool, bool)],
    /// Sorted by code.
    pub casefold: Vec<(u32, String)>,
    pub expansions: &'static [(u32, &'static str)],
    /// Sorted.
    pub nfc_maybe: Vec<u32>,
    pub zwnj_languages: &'static [&'static str],
    /// Sorted.
    pub zwnj_letters: Vec<u32>,
}

/// The data (the case foldings decoded on first use).
pub(crate) fn data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| Data {
        arabic_marks: &ARABIC_MARKS_TABLE,
        diacritics: &DIACRITICS_TABLE,
        invisible: &INVISIBLE_TABLE,
        arabic_letters: &ARABIC_LETTERS_TABLE,
        digits: &DIGITS_TABLE,
        separators: &SEPARATORS_TABLE,
        compatibility: &COMPATIBILITY_TABLE,
        casefold: crate::ucd::casefold(),
        expansions: &EXPANSIONS_TABLE,
        nfc_maybe: crate::ucd::sums(&NFC_MAYBE_DELTAS, NFC_MAYBE_LEN),
        zwnj_languages: &ZWNJ_LANGUAGES_TABLE,
        zwnj_letters: crate::ucd::sums(&ZWNJ_LETTERS_DELTAS, ZWNJ_LETTERS_LEN),
    })
}

/// Entry lines of a data file with their trailing `# comments` removed.
#[cfg(test)]
pub(crate) fn lines(file: &'static str) -> impl Iterator<Item = &'static str> {
    crate::lang::entries(file)
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

#[cfg(test)]
fn hex(s: &str) -> Option<u32> {
    u32::from_str_radix(s.trim(), 16).ok()
}

/// `FIRST[..LAST]` → `(first, last)`.
#[cfg(test)]
fn range(s: &str) -> Option<(u32, u32)> {
    match s.split_once("..") {
        Some((a, b)) => Some((hex(a)?, hex(b)?)),
        None => hex(s).map(|a| (a, a)),
    }
}

/// `KEY ; VALUE` → `(KEY, VALUE)`; `KEY` alone → `(KEY, "")`.
#[cfg(test)]
fn split(line: &str) -> (&str, &str) {
    match line.split_once(';') {
        Some((k, v)) => (k.trim(), v.trim()),
        None => (line.trim(), ""),
    }
}

#[cfg(test)]
fn codes(s: &str) -> Option<String> {
    s.split_whitespace()
        .map(|h| hex(h).and_then(char::from_u32))
        .collect()
}

/// The data files parsed at run time, as this module did before `build.rs` wrote the tables:
/// the reference of the test that the tables equal the text.
#[cfg(test)]
#[derive(Debug, Default, PartialEq)]
struct Parsed {
    arabic_marks: Vec<(u32, u32)>,
    diacritics: Vec<(u32, u32)>,
    invisible: Vec<(u32, u32, Invisible)>,
    arabic_letters: Vec<(u32, char)>,
    digits: Vec<(u32, u32, u32)>,
    separators: Vec<(u32, char)>,
    compatibility: Vec<(u32, u32, bool, bool)>,
    expansions: Vec<(u32, String)>,
    nfc_maybe: Vec<u32>,
    zwnj_languages: Vec<&'static str>,
    zwnj_letters: Vec<u32>,
}

#[cfg(test)]
fn parse_text() -> Parsed {
    let mut d = Parsed {
        arabic_marks: lines(ARABIC_MARKS).filter_map(range).collect(),
        diacritics: lines(DIACRITICS).filter_map(range).collect(),
        ..Parsed::default()
    };
    for line in lines(INVISIBLE) {
        let (k, v) = split(line);
        let kind = match v {
            "bidi" => Invisible::Bidi,
            "embed" => Invisible::Embed,
            "zwj" => Invisible::Zwj,
            "zwnj" => Invisible::Zwnj,
            _ => Invisible::Delete,
        };
        if let Some((a, b)) = range(k) {
            d.invisible.push((a, b, kind));
        }
    }
    for line in lines(ARABIC_LETTERS) {
        let (k, v) = split(line);
        if let (Some(k), Some(t)) = (hex(k), hex(v).and_then(char::from_u32)) {
            d.arabic_letters.push((k, t));
        }
    }
    for line in lines(DIGITS) {
        let (k, v) = split(line);
        match (range(k), hex(v)) {
            (Some((a, b)), Some(t)) if a == b => {
                if let Some(t) = char::from_u32(t) {
                    d.separators.push((a, t));
                }
            }
            (Some((a, b)), Some(t)) => d.digits.push((a, b, t)),
            _ => {}
        }
    }
    for line in lines(COMPATIBILITY) {
        let (k, v) = split(line);
        if let Some((a, b)) = range(k) {
            let search = v.split_whitespace().any(|p| p == "search");
            let clean = v.split_whitespace().any(|p| p == "clean");
            d.compatibility.push((a, b, search, clean));
        }
    }
    for line in lines(EXPANSIONS) {
        let (k, v) = split(line);
        if let (Some(k), Some(v)) = (hex(k), codes(v)) {
            d.expansions.push((k, v));
        }
    }
    d.nfc_maybe = lines(NFC_MAYBE).filter_map(hex).collect();
    d.nfc_maybe.sort_unstable();
    d.zwnj_languages = lines(ZWNJ_LANGUAGES).collect();
    d.zwnj_letters = lines(ZWNJ_LETTERS).filter_map(hex).collect();
    d.zwnj_letters.sort_unstable();
    d
}

/// True if `cp` lies in one of `ranges`.
pub(crate) fn in_ranges(ranges: &[(u16, u16)], cp: u32) -> bool {
    ranges.iter().any(|&(a, b)| in_range(a, b, cp))
}

/// True if `a <= cp <= b`.
fn in_range(a: u16, b: u16, cp: u32) -> bool {
    (u32::from(a)..=u32::from(b)).contains(&cp)
}

impl Data {
    /// The invisible-character kind of `cp`, if it is listed.
    pub(crate) fn invisible(&self, cp: u32) -> Option<Invisible> {
        self.invisible
            .iter()
            .find(|&&(a, b, _)| in_range(a, b, cp))
            .map(|&(_, _, k)| k)
    }

    /// The ASCII digit (or other target) of a digit `cp`.
    pub(crate) fn digit(&self, cp: u32) -> Option<char> {
        self.digits
            .iter()
            .find(|&&(a, b, _)| in_range(a, b, cp))
            .and_then(|&(a, _, t)| char::from_u32(u32::from(t) + (cp - u32::from(a))))
    }

    /// The full case folding of `cp` when it differs from the lowercase mapping.
    pub(crate) fn casefold(&self, cp: u32) -> Option<&str> {
        self.casefold
            .binary_search_by_key(&cp, |e| e.0)
            .ok()
            .and_then(|i| self.casefold.get(i))
            .map(|e| e.1.as_str())
    }

    /// Whether compatibility decomposition applies to `cp` in `search` / `clean`.
    pub(crate) fn compatibility(&self, cp: u32, clean: bool) -> bool {
        self.compatibility
            .iter()
            .any(|&(a, b, s, c)| in_range(a, b, cp) && if clean { c } else { s })
    }

    /// True if `language` (a BCP 47 tag) writes ZWNJ inside words.
    pub(crate) fn zwnj_language(&self, language: &str) -> bool {
        crate::lang::primary_subtag(language)
            .is_some_and(|p| self.zwnj_languages.iter().any(|&l| l == p))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_keeps_entries_without_comments() {
        for f in [
            ARABIC_MARKS,
            DIACRITICS,
            INVISIBLE,
            ARABIC_LETTERS,
            DIGITS,
            COMPATIBILITY,
            CASEFOLD,
            NFC_MAYBE,
            ZWNJ_LANGUAGES,
            ZWNJ_LETTERS,
            EXPANSIONS,
        ] {
            // The header comments are stripped at compile time (`crate::datafile`), and
            // `datafile::tests` checks them on disk; here: every file keeps entries.
            assert!(!f.is_empty() && !f.starts_with('#'));
        }
    }

    /// `build.rs` parsed every file as this module parses the text: same entries, same order.
    #[test]
    fn tables_equal_the_text() {
        let d = data();
        let t = parse_text();
        let w = u32::from;
        let ranges = |v: &[(u16, u16)]| -> Vec<(u32, u32)> {
            v.iter().map(|&(a, b)| (w(a), w(b))).collect()
        };
        assert_eq!(ranges(d.arabic_marks), t.arabic_marks);
        assert_eq!(ranges(d.diacritics), t.diacritics);
        let invisible: Vec<_> = d
            .invisible
            .iter()
            .map(|&(a, b, k)| (w(a), w(b), k))
            .collect();
        assert_eq!(invisible, t.invisible);
        let letters: Vec<_> = (d.arabic_letters.iter())
            .map(|&(k, t)| (w(k), char::from_u32(w(t)).unwrap_or('\0')))
            .collect();
        assert_eq!(letters, t.arabic_letters);
        let digits: Vec<_> = d
            .digits
            .iter()
            .map(|&(a, b, t)| (w(a), w(b), w(t)))
            .collect();
        assert_eq!(digits, t.digits);
        assert_eq!(d.separators, t.separators);
        let compatibility: Vec<_> = (d.compatibility.iter())
            .map(|&(a, b, s, c)| (w(a), w(b), s, c))
            .collect();
        assert_eq!(compatibility, t.compatibility);
        let expansions: Vec<(u32, String)> = d
            .expansions
            .iter()
            .map(|&(c, e)| (c, e.to_string()))
            .collect();
        assert_eq!(expansions, t.expansions);
        assert_eq!(d.nfc_maybe, t.nfc_maybe);
        assert_eq!(d.zwnj_languages, t.zwnj_languages);
        assert_eq!(d.zwnj_letters, t.zwnj_letters);
        assert!(!t.expansions.is_empty() && t.nfc_maybe.len() > 50);
    }

    #[test]
    fn files_parse_completely() {
        let d = data();
        assert_eq!(d.arabic_marks.len(), lines(ARABIC_MARKS).count());
        assert_eq!(d.diacritics.len(), lines(DIACRITICS).count());
        assert_eq!(d.invisible.len(), lines(INVISIBLE).count());
        assert_eq!(d.arabic_letters.len(), lines(ARABIC_LETTERS).count());
        assert_eq!(d.digits.len() + d.separators.len(), lines(DIGITS).count());
        assert_eq!(d.compatibility.len(), lines(COMPATIBILITY).count());
        assert_eq!(d.casefold.len(), lines(CASEFOLD).count());
        assert_eq!(d.nfc_maybe.len(), lines(NFC_MAYBE).count());
        assert_eq!(d.expansions.len(), lines(EXPANSIONS).count());
        assert_eq!(d.zwnj_languages, ["fa", "ur", "ps", "ckb"]);
        assert_eq!(d.zwnj_letters.len(), lines(ZWNJ_LETTERS).count());
        assert_eq!(d.casefold(0xDF), Some("ss"));
        assert_eq!(d.digit(0x0663), Some('3'));
        assert_eq!(d.digit(0x06F9), Some('9'));
        assert!(d.zwnj_language("fa-IR") && !d.zwnj_language("ar"));
    }

    /// The compact case-folding table `build.rs` writes is `casefold.txt` as this module
    /// parsed it before: same entries, same order.
    #[test]
    fn casefold_table_equals_the_text() {
        let mut from_text: Vec<(u32, String)> = lines(CASEFOLD)
            .filter_map(|line| {
                let (k, v) = split(line);
                Some((hex(k)?, codes(v)?))
            })
            .collect();
        crate::sort::sort_by_key(&mut from_text, |e| e.0);
        assert!(from_text.len() > 250);
        assert_eq!(data().casefold, from_text);
        assert_eq!(data().casefold(0x1E9E), Some("ss"));
        assert_eq!(data().casefold(0x41), None);
    }

    /// Every starter that ends a canonical decomposition is in `nfc_maybe.txt`, so the
    /// list (derived from an older Unicode version) is complete for the tables in use.
    #[test]
    fn nfc_maybe_list_is_complete() {
        use unicode_normalization::char::{canonical_combining_class, decompose_canonical};
        let d = data();
        let mut missing = std::collections::BTreeSet::new();
        for cp in 0..0x11_0000u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let mut parts = Vec::new();
            decompose_canonical(c, |p| parts.push(p));
            if parts.len() >= 2 {
                let last = *parts.last().unwrap();
                if canonical_combining_class(last) == 0
                    && d.nfc_maybe.binary_search(&(last as u32)).is_err()
                {
                    missing.insert(last as u32);
                }
            }
        }
        let missing: Vec<String> = missing.iter().map(|m| format!("{m:04X}")).collect();
        assert!(
            missing.is_empty(),
            "missing in nfc_maybe.txt: {}",
            missing.join(" ")
        );
    }
}
