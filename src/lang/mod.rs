//! Languages: the per-language data files and language detection.
//!
//! Language knowledge lives in data files under `src/lang/data/<code>/`, one file per kind of
//! knowledge (`stopwords.txt`, `abbreviations.txt`, …), each naming its source in `#` comment
//! lines at the top, loaded with `include_str!` by [`data`]. Adding a language means adding its
//! folder, one line to [`LANGUAGES`], and tests.
//!
//! Detection ([`detect`]) looks at the writing system first (Arabic script, Cyrillic, Greek,
//! Hebrew, Han, kana, Hangul, Devanagari, Thai …), then, where a script is shared by several
//! languages (Latin; Arabic script for ar/fa/ur), counts stop words of each candidate and
//! letters only one candidate uses. When the evidence is too thin it answers `"und"`.

use crate::fxhash::{FxMap, FxSet};
use std::sync::OnceLock;

/// The data of one language, as written in its data files.
#[derive(Debug)]
pub struct LanguageData {
    /// BCP 47 primary language subtag.
    pub code: &'static str,
    /// The writing system that detection associates with it.
    pub script: Script,
    /// `stopwords.txt`: one word per line, `#` comments.
    pub stopwords: &'static str,
    /// `abbreviations.txt`: words that end with a period but not a sentence.
    pub abbreviations: &'static str,
    /// `letters.txt`: letters characteristic of the language among those of its script.
    pub letters: &'static str,
}

/// The writing systems that detection tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    /// Latin letters.
    Latin,
    /// Arabic letters (Arabic, Persian, Urdu …).
    Arabic,
    /// Cyrillic letters.
    Cyrillic,
}

/// A data file of a language: `data_file!("fr", "stopwords.txt")`.
macro_rules! data_file {
    ($code:literal, $name:literal) => {
        crate::data_str!(include_bytes!(concat!("data/", $code, "/", $name)))
    };
}

/// Every language with data files.
pub static LANGUAGES: &[LanguageData] = &[
    LanguageData {
        code: "ar",
        script: Script::Arabic,
        stopwords: data_file!("ar", "stopwords.txt"),
        abbreviations: "",
        letters: "",
    },
    LanguageData {
        code: "fa",
        script: Script::Arabic,
        stopwords: data_file!("fa", "stopwords.txt"),
        abbreviations: "",
        letters: "",
    },
    LanguageData {
        code: "ur",
        script: Script::Arabic,
        stopwords: data_file!("ur", "stopwords.txt"),
        abbreviations: "",
        letters: "",
    },
    LanguageData {
        code: "en",
        script: Script::Latin,
        stopwords: data_file!("en", "stopwords.txt"),
        abbreviations: data_file!("en", "abbreviations.txt"),
        letters: "",
    },
    LanguageData {
        code: "fr",
        script: Script::Latin,
        stopwords: data_file!("fr", "stopwords.txt"),
        abbreviations: data_file!("fr", "abbreviations.txt"),
        letters: data_file!("fr", "letters.txt"),
    },
    LanguageData {
        code: "de",
        script: Script::Latin,
        stopwords: data_file!("de", "stopwords.txt"),
        abbreviations: data_file!("de", "abbreviations.txt"),
        letters: data_file!("de", "letters.txt"),
    },
    LanguageData {
        code: "es",
        script: Script::Latin,
        stopwords: data_file!("es", "stopwords.txt"),
        abbreviations: data_file!("es", "abbreviations.txt"),
        letters: data_file!("es", "letters.txt"),
    },
    LanguageData {
        code: "it",
        script: Script::Latin,
        stopwords: data_file!("it", "stopwords.txt"),
        abbreviations: "",
        letters: data_file!("it", "letters.txt"),
    },
    LanguageData {
        code: "pt",
        script: Script::Latin,
        stopwords: data_file!("pt", "stopwords.txt"),
        abbreviations: "",
        letters: data_file!("pt", "letters.txt"),
    },
    LanguageData {
        code: "nl",
        script: Script::Latin,
        stopwords: data_file!("nl", "stopwords.txt"),
        abbreviations: "",
        letters: "",
    },
    LanguageData {
        code: "ru",
        script: Script::Cyrillic,
        stopwords: data_file!("ru", "stopwords.txt"),
        abbreviations: "",
        letters: "",
    },
];

/// The data of language `code` (a primary subtag such as `"ar"`), if we have any.
pub fn data(code: &str) -> Option<&'static LanguageData> {
    LANGUAGES.iter().find(|l| l.code == code)
}

/// The entries of a data file: trimmed non-empty lines that are not `#` comments. (Split at
/// `\n`: with the trim and the empty lines left out, the same as `lines()`, whose own code
/// the wasm then does not carry.)
pub fn entries(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.split('\n')
        .map(crate::text::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The entries of a data file of tagged words, each as (word, tag): an entry is a word, or a
/// word, a space and its tag (the tag `""` when there is none). The one reader of that form
/// (`ar/final_sources.txt`, `<lang>/quote_settings.txt`); a scan of the file: read it once
/// (the quote lexicon keeps the entries), never inside a loop over the tokens. Also the same
/// entries of a file regrouped by tag ([`crate::data_grouped!`]): a line opening with
/// [`crate::datafile::GROUP`] gives the tag of the words after it.
pub fn tagged(file: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    let mut group = "";
    entries(file).filter_map(
        move |l| match l.strip_prefix(char::from(crate::datafile::GROUP)) {
            Some(tag) => {
                group = tag;
                None
            }
            None => Some(l.split_once(' ').unwrap_or((l, group))),
        },
    )
}

/// A light fold used to compare words with the data files during detection and sentence
/// splitting: lower case; Arabic harakat and tatweel dropped; alef, yeh and teh marbuta
/// variants unified. (Matching uses the full [`crate::normalize::normalize`] instead.)
pub fn light_fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        light_fold_char(c, &mut out);
    }
    out
}

/// True if [`light_fold_char`] drops `c` (harakat, superscript alef, tatweel).
pub(crate) fn folds_to_nothing(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

/// Appends the [`light_fold`] of one character to `out` (for callers that fold into a buffer).
pub(crate) fn light_fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        // The lower case of ASCII is ASCII (no iterator): the sentence splitter folds the word
        // before every period.
        out.push(c.to_ascii_lowercase());
        return;
    }
    match c {
        c if folds_to_nothing(c) => {}
        // Arabic Presentation Forms-B (text copied from a PDF, or written in shaped letters:
        // ﻗﺎﻝ): their letter, folded; the lam-alef ligatures لا; the isolated harakat nothing.
        '\u{FE70}'..='\u{FE7F}' => {}
        '\u{FE80}'..='\u{FEF4}' => light_fold_char(presentation_letter(c), out),
        '\u{FEF5}'..='\u{FEFC}' => out.push_str("لا"),
        'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
        'ى' => out.push('ي'),
        'ة' => out.push('ه'),
        '’' => out.push('\''),
        c => match low_tables().lower.get(c as usize) {
            Some(&Some(l)) => out.push(l),
            _ => out.extend(crate::ucd::to_lowercase(c)),
        },
    }
}

/// The letter of an Arabic presentation form of U+FE80–U+FEF4: the forms of the letters
/// U+0621–U+064A in order, one for hamza, two (isolated, final) for a letter that joins on
/// the right only, four for the others.
pub(crate) fn presentation_letter(c: char) -> char {
    let mut k = (c as u32).wrapping_sub(0xFE80);
    for b in 0x621..=0x64A {
        let n = match b {
            0x63B..=0x640 => 0,
            0x621 => 1,
            0x622..=0x625 | 0x627 | 0x629 | 0x62F..=0x632 | 0x648 | 0x649 => 2,
            _ => 4,
        };
        if k < n {
            return char::from_u32(b).unwrap_or(c);
        }
        k -= n;
    }
    c
}

struct Sets {
    stopwords: Vec<FxSet<String>>,
    abbreviations: Vec<FxSet<String>>,
    /// The byte length of the longest entry of each abbreviation set and its filter
    /// ([`abbreviation_bit`] of every entry): the sentence splitter asks at every period
    /// followed by a capital, and most words before one are no abbreviation.
    abbreviation_filters: Vec<(usize, [u64; 16])>,
    /// For language detection: each folded stop word → the languages listing it (bit i =
    /// `LANGUAGES[i]`), so that a word costs one look-up, not one per candidate language.
    /// The mask as `u32` (`LANGUAGES` has at most 32 entries: a test checks it): laid out as
    /// the quote lexicon's `(String, u16)` entries, so the wasm keeps one copy of the table's
    /// code for both (with `u64`, a copy of its own).
    stopword_languages: FxMap<String, u32>,
    /// The same for the characteristic letters (`letters.txt`): a few dozen, so a list (one
    /// hash-table type less in the wasm), looked through only up to the highest letter.
    letter_languages: Vec<(char, u64)>,
    /// The highest letter of `letter_languages` (`'\0'` when there is none).
    letter_max: char,
}

/// Bit of `LANGUAGES[i]` in a language mask (`LANGUAGES` has at most 32 entries: a test
/// checks it).
fn language_bit(i: usize) -> u64 {
    1u64.checked_shl(i as u32).unwrap_or(0)
}

fn sets() -> &'static Sets {
    static SETS: OnceLock<Sets> = OnceLock::new();
    SETS.get_or_init(|| {
        let stopwords: Vec<FxSet<String>> =
            LANGUAGES.iter().map(|l| folded_set(l.stopwords)).collect();
        let abbreviations: Vec<FxSet<String>> = LANGUAGES
            .iter()
            .map(|l| folded_set(l.abbreviations))
            .collect();
        let abbreviation_filters = abbreviations
            .iter()
            .map(|set| {
                let mut bits = [0u64; 16];
                for w in set.iter() {
                    let k = abbreviation_bit(w.as_bytes());
                    if let Some(b) = bits.get_mut(k / 64) {
                        *b |= 1 << (k % 64);
                    }
                }
                (set.iter().map(String::len).max().unwrap_or(0), bits)
            })
            .collect();
        let mut stopword_languages = FxMap::default();
        for (i, set) in stopwords.iter().enumerate() {
            for w in set {
                *stopword_languages.entry(w.clone()).or_insert(0) |= language_bit(i) as u32;
            }
        }
        let mut letter_languages: Vec<(char, u64)> = Vec::new();
        for (i, l) in LANGUAGES.iter().enumerate() {
            for c in entries(l.letters).filter_map(|e| e.chars().next()) {
                match letter_languages.iter_mut().find(|(x, _)| *x == c) {
                    Some((_, mask)) => *mask |= language_bit(i),
                    None => letter_languages.push((c, language_bit(i))),
                }
            }
        }
        let letter_max = letter_languages
            .iter()
            .map(|&(c, _)| c)
            .max()
            .unwrap_or('\0');
        Sets {
            stopwords,
            abbreviations,
            abbreviation_filters,
            stopword_languages,
            letter_languages,
            letter_max,
        }
    })
}

/// The [`light_fold`]s of a data file's entries: one out-of-line copy of the set-building
/// code for the stop words and the abbreviations of every language (issue #7).
#[inline(never)]
fn folded_set(file: &'static str) -> FxSet<String> {
    entries(file).map(light_fold).collect()
}

/// The bit of a folded abbreviation (non-empty bytes) in its language's filter (1,024 bits):
/// from its length and its first and last bytes ([`abbreviation_key`]).
fn abbreviation_bit(w: &[u8]) -> usize {
    match (w.first(), w.last()) {
        (Some(&first), Some(&last)) => abbreviation_key(w.len(), first, last),
        _ => 0,
    }
}

/// [`abbreviation_bit`] of a word of `n` bytes from `first` to `last`.
fn abbreviation_key(n: usize, first: u8, last: u8) -> usize {
    let x = u32::from(first) | u32::from(last) << 8 | (n as u32) << 16;
    (x.wrapping_mul(0x9E37_79B1) >> 22) as usize
}

fn index(code: &str) -> Option<usize> {
    LANGUAGES.iter().position(|l| l.code == code)
}

/// True if `word` (already without its final period) is a listed abbreviation of `language`.
pub fn is_abbreviation(language: &str, word: &str) -> bool {
    is_abbreviation_in(language, word, false, &mut String::new())
}

/// [`is_abbreviation`] folding into the caller's scratch buffer `buf` (the sentence splitter
/// asks at every period): no allocation, and no hashing once the folded word is longer than
/// every entry. With `opener`, whether `word` is listed with a leading `-` instead: a word that
/// opens a sentence even after an abbreviation (`text::segment`).
pub(crate) fn is_abbreviation_in(
    language: &str,
    word: &str,
    opener: bool,
    buf: &mut String,
) -> bool {
    let sets = sets();
    let Some(i) = index(language) else {
        return false;
    };
    let (Some(set), Some((longest, filter))) =
        (sets.abbreviations.get(i), sets.abbreviation_filters.get(i))
    else {
        return false;
    };
    // An ASCII word folds to its lower case: its length, first and last folded bytes are
    // known without folding it, and most words are turned away by length or filter.
    let b = word.as_bytes();
    if let (true, Some(&first), Some(&last)) = (word.is_ascii(), b.first(), b.last()) {
        let first = if opener {
            b'-'
        } else {
            first.to_ascii_lowercase()
        };
        let n = b.len() + usize::from(opener);
        let k = abbreviation_key(n, first, last.to_ascii_lowercase());
        if n > *longest || filter.get(k / 64).is_none_or(|&w| w & 1 << (k % 64) == 0) {
            return false;
        }
    }
    let longest = *longest;
    buf.clear();
    if opener {
        buf.push('-');
    }
    for c in word.chars() {
        // The common case without a call (`light_fold_char` is out of line).
        if c.is_ascii() {
            buf.push(c.to_ascii_lowercase());
        } else {
            light_fold_char(c, buf);
        }
        if buf.len() > longest {
            return false;
        }
    }
    set.contains(buf.as_str())
}

/// True if `word` is a stop word of `language` (compared after [`light_fold`]).
pub fn is_stopword(language: &str, word: &str) -> bool {
    index(language)
        .and_then(|i| sets().stopwords.get(i))
        .is_some_and(|set| set.contains(&light_fold(word)))
}

/// The primary language subtag of a BCP 47 tag, lower-cased (`"fr-CA"` → `"fr"`), or `None`
/// when `tag` is not shaped like a language tag.
pub fn primary_subtag(tag: &str) -> Option<String> {
    // One pass over the bytes (every subtag: 1–8 ASCII letters or digits; the first: 2–8
    // letters), not `split` and `chars` iterators: a third of the code in the wasm.
    let mut primary = None;
    let mut part = 0usize;
    for (i, b) in tag.bytes().chain([b'-']).enumerate() {
        if b == b'-' || b == b'_' {
            if part == 0 || part > 8 {
                return None;
            }
            primary = primary.or(Some(i));
            part = 0;
        } else if b.is_ascii_alphabetic() || (b.is_ascii_digit() && primary.is_some()) {
            part += 1;
        } else {
            return None;
        }
    }
    let primary = tag.get(..primary?)?;
    (primary.len() >= 2).then(|| primary.to_ascii_lowercase())
}

/// How much text detection looks at: enough for certainty, bounded for speed on 64 MB.
const SAMPLE_BYTES: usize = 64 * 1024;

/// Detects the language of `text`; `"und"` when unsure.
///
/// ```
/// use article_analyzer::lang::detect;
/// assert_eq!(detect("أكد الكرملين أن موقف الولايات المتحدة متوازن"), "ar");
/// assert_eq!(detect("The Kremlin said on Monday that the talks would go on."), "en");
/// assert_eq!(detect("Le Kremlin a déclaré que les discussions continueraient."), "fr");
/// assert_eq!(detect("12345 !!!"), "und");
/// ```
pub fn detect(text: &str) -> &'static str {
    let end = crate::text::floor_char_boundary(text, SAMPLE_BYTES);
    let sample = text.get(..end).unwrap_or(text);

    let mut counts = ScriptCounts::default();
    for c in sample.chars() {
        counts.add(c);
    }
    let Some(script) = counts.dominant() else {
        return "und";
    };
    match script {
        Dominant::Arabic => arabic_script_language(sample, &counts),
        Dominant::Latin => by_stopwords(sample, Script::Latin, 2).unwrap_or("und"),
        Dominant::Cyrillic => {
            if counts.ukrainian_letters > counts.cyrillic / 50 && counts.ukrainian_letters >= 3 {
                "uk"
            } else {
                "ru"
            }
        }
        Dominant::Other(code) => code,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dominant {
    Latin,
    Arabic,
    Cyrillic,
    Other(&'static str),
}

#[derive(Default)]
struct ScriptCounts {
    latin: usize,
    arabic: usize,
    cyrillic: usize,
    greek: usize,
    hebrew: usize,
    han: usize,
    kana: usize,
    hangul: usize,
    devanagari: usize,
    thai: usize,
    armenian: usize,
    georgian: usize,
    /// Letters only Persian uses among the Arabic-script languages we know: پ چ ژ گ ک ی.
    persian_letters: usize,
    /// Letters only Urdu uses: ٹ ڈ ڑ ں ے ہ ھ.
    urdu_letters: usize,
    /// Letters only Arabic uses: ة ى ي ك.
    arabic_letters: usize,
    /// Letters only Ukrainian uses: і ї є ґ.
    ukrainian_letters: usize,
}

/// `char::is_alphabetic` and the single-character lowercase (`ucd::to_lowercase`) of U+0000–
/// U+07FF (ASCII, Latin, Greek, Cyrillic, Hebrew, Arabic), looked up by code point: language
/// detection asks both of every character of its sample, and std's and `ucd`'s look-ups are
/// searches (`alphabetic::lookup_slow` alone was a quarter of `detect` on Arabic text).
struct LowTables {
    alphabetic: Vec<bool>,
    /// `None` where the lowercase is several characters (U+0130).
    lower: Vec<Option<char>>,
}

const LOW_TABLES_END: u32 = 0x800;

fn low_tables() -> &'static LowTables {
    static TABLES: OnceLock<LowTables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let chars = || (0..LOW_TABLES_END).map(|cp| char::from_u32(cp).unwrap_or('\0'));
        LowTables {
            alphabetic: chars().map(char::is_alphabetic).collect(),
            lower: chars()
                .map(|c| {
                    let mut lower = crate::ucd::to_lowercase(c);
                    match (lower.next(), lower.next()) {
                        (Some(l), None) => Some(l),
                        _ => None,
                    }
                })
                .collect(),
        }
    })
}

impl ScriptCounts {
    fn add(&mut self, c: char) {
        let alphabetic = match low_tables().alphabetic.get(c as usize) {
            Some(&a) => a,
            None => c.is_alphabetic(),
        };
        if !alphabetic {
            return;
        }
        match c {
            'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => {
                self.latin += 1
            }
            '\u{0600}'..='\u{06FF}'
            | '\u{0750}'..='\u{077F}'
            | '\u{08A0}'..='\u{08FF}'
            | '\u{FB50}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFF}' => {
                self.arabic += 1;
                match c {
                    'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی' => self.persian_letters += 1,
                    'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ے' | 'ہ' | 'ھ' => self.urdu_letters += 1,
                    'ة' | 'ى' | 'ي' | 'ك' => self.arabic_letters += 1,
                    _ => {}
                }
            }
            '\u{0400}'..='\u{04FF}' => {
                self.cyrillic += 1;
                if matches!(c, 'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ') {
                    self.ukrainian_letters += 1;
                }
            }
            '\u{0370}'..='\u{03FF}' => self.greek += 1,
            '\u{0590}'..='\u{05FF}' => self.hebrew += 1,
            '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' => self.han += 1,
            '\u{3040}'..='\u{30FF}' => self.kana += 1,
            '\u{AC00}'..='\u{D7AF}' | '\u{1100}'..='\u{11FF}' => self.hangul += 1,
            '\u{0900}'..='\u{097F}' => self.devanagari += 1,
            '\u{0E00}'..='\u{0E7F}' => self.thai += 1,
            '\u{0530}'..='\u{058F}' => self.armenian += 1,
            '\u{10A0}'..='\u{10FF}' => self.georgian += 1,
            _ => {}
        }
    }

    fn dominant(&self) -> Option<Dominant> {
        let cjk = self.han + self.kana;
        let candidates = [
            (self.latin, Dominant::Latin),
            (self.arabic, Dominant::Arabic),
            (self.cyrillic, Dominant::Cyrillic),
            (self.greek, Dominant::Other("el")),
            (self.hebrew, Dominant::Other("he")),
            // Japanese text mixes kana with Han; kana alone decides.
            (
                cjk,
                if self.kana * 10 >= cjk && self.kana > 0 {
                    Dominant::Other("ja")
                } else {
                    Dominant::Other("zh")
                },
            ),
            (self.hangul, Dominant::Other("ko")),
            (self.devanagari, Dominant::Other("hi")),
            (self.thai, Dominant::Other("th")),
            (self.armenian, Dominant::Other("hy")),
            (self.georgian, Dominant::Other("ka")),
        ];
        let (count, dominant) = candidates
            .iter()
            .copied()
            .max_by_key(|&(n, _)| n)
            .unwrap_or((0, Dominant::Latin));
        // Too few letters to say anything: a number, a date, an emoji.
        (count >= 3).then_some(dominant)
    }
}

/// Arabic, Persian or Urdu: letters only one of them uses, then stop words.
fn arabic_script_language(sample: &str, counts: &ScriptCounts) -> &'static str {
    let by_words = by_stopwords(sample, Script::Arabic, 1);
    let letters = [
        (counts.arabic_letters, "ar"),
        (counts.persian_letters, "fa"),
        (counts.urdu_letters, "ur"),
    ];
    // Urdu uses Persian letters too: its own letters decide first.
    if counts.urdu_letters * 20 > counts.arabic && counts.urdu_letters >= 2 {
        return by_words.filter(|&l| l != "ar").unwrap_or("ur");
    }
    match by_words {
        Some(code) => code,
        None => letters
            .iter()
            .max_by_key(|(n, _)| *n)
            .map_or("ar", |&(_, code)| code),
    }
}

/// The language of `script` with the most evidence in `sample`, if it has at least
/// `min_hits` worth of it and more than any other candidate.
///
/// Evidence is weighted by specificity: a stop word listed for k candidate languages gives
/// each of them 1/k (so "la" or "que", shared by Romance languages, count less than "les" or
/// "était"), and a characteristic letter (`letters.txt`) listed for k languages gives 0.25/k.
fn by_stopwords(sample: &str, script: Script, min_hits: usize) -> Option<&'static str> {
    let sets = sets();
    let candidates: Vec<usize> = LANGUAGES
        .iter()
        .enumerate()
        .filter(|(_, l)| l.script == script)
        .map(|(i, _)| i)
        .collect();
    let candidate_mask = candidates
        .iter()
        .fold(0u64, |mask, &i| mask | language_bit(i));
    let mut scores = vec![0f64; LANGUAGES.len()];
    // Adds `weight` / (number of holders) to each holder of `mask` (the candidates listing a
    // word or letter).
    let mut credit = |mask: u64, weight: f64| {
        let share = weight / f64::from(mask.count_ones());
        let mut rest = mask;
        while rest != 0 {
            if let Some(s) = scores.get_mut(rest.trailing_zeros() as usize) {
                *s += share;
            }
            rest &= rest - 1;
        }
    };
    let mut hits = 0usize;
    let mut folded = String::new();
    for (_, word) in crate::text::words(sample) {
        folded.clear();
        // `light_fold` of the word, by tables (no call per character).
        crate::quotes::light_fold_into(word, &mut folded);
        let holders = sets
            .stopword_languages
            .get(folded.as_str())
            .map_or(0, |&m| u64::from(m) & candidate_mask);
        if holders != 0 {
            hits += 1;
            credit(holders, 1.0);
        }
    }
    // Each non-ASCII character of the lowercased sample (ASCII lowercases to ASCII).
    let low = low_tables();
    let mut letter = |c: char| {
        let holders = if c > sets.letter_max {
            0
        } else {
            sets.letter_languages
                .iter()
                .find(|&&(x, _)| x == c)
                .map_or(0, |&(_, m)| m & candidate_mask)
        };
        if holders != 0 {
            credit(holders, 0.25);
        }
    };
    for c in sample.chars().filter(|c| !c.is_ascii()) {
        match low.lower.get(c as usize) {
            Some(&Some(l)) => letter(l),
            _ => crate::ucd::to_lowercase(c)
                .filter(|l| !l.is_ascii())
                .for_each(&mut letter),
        }
    }
    if hits < min_hits {
        return None;
    }
    let mut ranked: Vec<(f64, &'static str)> = candidates
        .iter()
        .filter_map(|&i| Some((*scores.get(i)?, LANGUAGES.get(i)?.code)))
        .collect();
    crate::sort::sort_by(&mut ranked, |a, b| b.0.total_cmp(&a.0));
    let (best, code) = *ranked.first()?;
    let second = ranked.get(1).map_or(0.0, |r| r.0);
    (best > second).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The filter in front of the abbreviation sets turns away no listed word (every entry of
    /// every language, as written, upper-cased and as an opener), and the answers for words
    /// near the entries (one byte more, less, changed) are the sets' own.
    #[test]
    fn the_abbreviation_filter_keeps_the_answers_of_the_sets() {
        let sets = sets();
        for (l, set) in LANGUAGES.iter().zip(&sets.abbreviations) {
            for e in entries(l.abbreviations) {
                let (opener, word) = match e.strip_prefix('-') {
                    Some(w) => (true, w),
                    None => (false, e),
                };
                let upper = word.to_uppercase();
                for w in [word, upper.as_str()] {
                    assert!(
                        is_abbreviation_in(l.code, w, opener, &mut String::new()),
                        "{e}"
                    );
                }
                let near = [
                    format!("{word}s"),
                    format!("x{word}"),
                    word.chars().skip(1).collect(),
                    word.replacen(|c: char| c.is_ascii_lowercase(), "q", 1),
                ];
                for w in &near {
                    let folded = format!("{}{}", if opener { "-" } else { "" }, light_fold(w));
                    let got = is_abbreviation_in(l.code, w, opener, &mut String::new());
                    assert_eq!(got, set.contains(folded.as_str()), "{w}");
                }
            }
        }
        let filters = sets.abbreviation_filters.iter();
        let set_bits = filters.map(|(_, f)| f.iter().map(|w| w.count_ones()).sum::<u32>());
        // A filter with most bits clear (or the sets would answer every word).
        assert!(set_bits.max().is_some_and(|n| n < 512));
    }

    /// `entries` splits at `\n`: the same entries as the `lines()` it replaced, for CRLF,
    /// blank and comment lines, a last line without a line break, and every language's files.
    #[test]
    fn tagged_entries_split_at_their_first_space() {
        let made = "# c\nكما\nما after\n a b c \n";
        let got: Vec<_> = tagged(made).collect();
        assert_eq!(got, [("كما", ""), ("ما", "after"), ("a", "b c")]);
    }

    #[test]
    fn entries_are_the_trimmed_lines() {
        fn by_lines(file: &'static str) -> Vec<&'static str> {
            file.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect()
        }
        let made = "a\r\n b \n\n# c\r\n\r\n\rd\r\r\n\t e f\n\n\r";
        assert_eq!(entries(made).collect::<Vec<_>>(), ["a", "b", "d", "e f"]);
        assert_eq!(entries(made).collect::<Vec<_>>(), by_lines(made));
        for l in LANGUAGES {
            for file in [l.stopwords, l.abbreviations, l.letters] {
                assert_eq!(
                    entries(file).collect::<Vec<_>>(),
                    by_lines(file),
                    "{}",
                    l.code
                );
            }
        }
    }

    #[test]
    fn languages_fit_a_mask() {
        // 32: the stop-word table keeps the mask as `u32`.
        assert!(LANGUAGES.len() <= 32);
    }

    #[test]
    fn low_tables_agree_with_the_lookups() {
        let low = low_tables();
        for cp in 0..LOW_TABLES_END {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            assert_eq!(low.alphabetic.get(cp as usize), Some(&c.is_alphabetic()));
            let lower: Vec<char> = crate::ucd::to_lowercase(c).collect();
            match low.lower.get(cp as usize) {
                Some(Some(l)) => assert_eq!(lower, [*l]),
                _ => assert!(lower.len() > 1, "{c:?}"),
            }
        }
    }

    #[test]
    fn every_language_has_stop_words() {
        for l in LANGUAGES {
            // Source headers are checked on disk by `datafile::tests` (the compiled-in text
            // has its comments stripped).
            assert!(entries(l.stopwords).count() >= 30, "{}", l.code);
        }
    }

    #[test]
    fn detects_languages_by_script_and_stop_words() {
        let cases = [
            (
                "وقال الناطق باسم الكرملين إن الولايات المتحدة تتخذ موقفا أكثر توازنا",
                "ar",
            ),
            (
                "وزیر امور خارجه ایران گفت که این توافق برای منطقه مهم است",
                "fa",
            ),
            (
                "وزیر اعظم نے کہا کہ حکومت عوام کے مسائل حل کرے گی اور ملک ترقی کرے گا",
                "ur",
            ),
            (
                "The minister said that the agreement was important for the region.",
                "en",
            ),
            (
                "Le ministre a déclaré que l'accord était important pour la région.",
                "fr",
            ),
            (
                "Der Minister sagte, dass das Abkommen für die Region wichtig sei.",
                "de",
            ),
            (
                "El ministro dijo que el acuerdo era importante para la región.",
                "es",
            ),
            (
                "Министр заявил, что соглашение важно для региона и его жителей.",
                "ru",
            ),
            (
                "Міністр заявив, що угода є важливою для регіону і його мешканців.",
                "uk",
            ),
            ("Ο υπουργός δήλωσε ότι η συμφωνία είναι σημαντική.", "el"),
            ("השר אמר כי ההסכם חשוב לאזור.", "he"),
            ("外相は合意が地域にとって重要だと述べた。", "ja"),
            ("外交部长表示该协议对该地区很重要。", "zh"),
            ("장관은 합의가 지역에 중요하다고 말했다.", "ko"),
            ("", "und"),
            ("2025-03-01 12:00 😀", "und"),
            ("Xyzzy plugh", "und"),
        ];
        for (text, want) in cases {
            assert_eq!(detect(text), want, "{text}");
        }
    }

    #[test]
    fn primary_subtags() {
        assert_eq!(primary_subtag("ar").as_deref(), Some("ar"));
        assert_eq!(primary_subtag("fr-CA").as_deref(), Some("fr"));
        assert_eq!(primary_subtag("zh_Hant_TW").as_deref(), Some("zh"));
        assert_eq!(primary_subtag("EN").as_deref(), Some("en"));
        assert_eq!(primary_subtag("x"), None);
        assert_eq!(primary_subtag("not a tag"), None);
        assert_eq!(primary_subtag("ar--"), None);
        assert_eq!(primary_subtag("a1-x"), None);
        assert_eq!(primary_subtag("en-123456789"), None);
        assert_eq!(primary_subtag("abcdefghi"), None);
        assert_eq!(primary_subtag("sr-Latn-RS1").as_deref(), Some("sr"));
        assert_eq!(primary_subtag("é"), None);
        assert_eq!(primary_subtag(""), None);
    }

    #[test]
    fn presentation_forms_fold_like_their_letters() {
        // Every Arabic presentation form of U+FE80–U+FEF4 is a form of its letter (their
        // decompositions agree), the ligatures U+FEF5–U+FEFC fold like لا.
        let decomposed = |c: char| {
            let mut d = String::new();
            crate::ucd::decompose_compatible(c, |x| d.push(x));
            d
        };
        for cp in 0xFE80..=0xFEFC {
            let c = char::from_u32(cp).unwrap();
            if cp <= 0xFEF4 {
                assert_eq!(decomposed(c), decomposed(presentation_letter(c)), "{cp:X}");
            } else {
                assert_eq!(
                    light_fold(&c.to_string()),
                    light_fold(&decomposed(c)),
                    "{cp:X}"
                );
            }
        }
        assert_eq!(light_fold("ﻗﺎﻝ ﺍﻟﻤﺘﺤﺪﺙ"), light_fold("قال المتحدث"));
    }

    #[test]
    fn light_fold_unifies_arabic_variants() {
        assert_eq!(light_fold("إلى"), light_fold("الي"));
        assert_eq!(light_fold("مسيّرة"), "مسيره");
        assert_eq!(light_fold("The"), "the");
    }
}
