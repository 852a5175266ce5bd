//! The Arabic prefixes, endings and single words the quote rules compare: `ar/affixes.txt`
//! and `ar/rule_words.txt`, one named line each, read while the crate compiles
//! ([`crate::datafile::line_char`], [`line_word`], [`line_words`]). A rule tests a constant
//! (`fold.starts_with(ARTICLE)`, `matches!(c, AND | THEN)`), the same comparison as when the
//! letters were literals in code; no table is read at run time. The Arabic letter range
//! (`'ء'..='ي'`), tatweel and Arabic punctuation are facts of the script and stay in code.

use crate::datafile::{line_char, line_word, line_words};

macro_rules! ar {
    ($file:literal) => {
        crate::data_str!(include_bytes!(concat!("../lang/data/ar/", $file)))
    };
}

/// The words of an array of [`line_words`] each in an allocation of its own
/// ([`crate::data_word!`]), by index.
macro_rules! own_words {
    ($words:expr, $($i:literal)*) => {{
        const LIST: [&str; [$($i),*].len()] = $words;
        [$(crate::data_word!(LIST[$i])),*]
    }};
}

/// `words` when none is empty (a line with fewer words than the constant's length would give
/// an empty ending, which every word has): else the build fails.
#[allow(clippy::panic, clippy::indexing_slicing)]
const fn full<const N: usize>(words: [&'static str; N]) -> [&'static str; N] {
    let mut i = 0;
    while i < N {
        if words[i].is_empty() {
            panic!("an ar/affixes.txt line has fewer words than its constant")
        }
        i += 1;
    }
    words
}

/// `ar/affixes.txt` without its comments.
const AFFIXES: &str = ar!("affixes.txt");
/// `ar/rule_words.txt` without its comments.
const WORDS: &str = ar!("rule_words.txt");
/// `ar/titles.txt` without its comments.
const TITLES: &str = ar!("titles.txt");

/// The conjunction و "and" (`and`).
pub(crate) const AND: char = line_char(AFFIXES, "and");
/// The conjunction ف "so, then" (`then`).
pub(crate) const THEN: char = line_char(AFFIXES, "then");
/// [`AND`] as a string.
pub(crate) const AND_WORD: &str = crate::data_word!(line_word(AFFIXES, "and"));
/// [`THEN`] as a string.
pub(crate) const THEN_WORD: &str = crate::data_word!(line_word(AFFIXES, "then"));
/// A set of Arabic letters of U+0620..=U+065F (bit `c - U+0620`), for [`strip_letter`] and
/// [`strip_last_letter`]; a letter out of that range fails the build.
#[allow(clippy::panic, clippy::indexing_slicing)]
pub(crate) const fn letters(list: &[char]) -> u64 {
    let mut set = 0;
    let mut i = 0;
    while i < list.len() {
        let c = list[i] as u32;
        if c < 0x620 || c >= 0x660 {
            panic!("a letter set holds a letter out of U+0620..=U+065F")
        }
        set |= 1 << (c - 0x620);
        i += 1;
    }
    set
}
/// Whether the two bytes `lead`, `next` of a character encode a letter of `set` ([`letters`]).
fn in_set(set: u64, lead: u8, next: u8) -> bool {
    // A two-byte character (the lead byte 110xxxxx), its code point less U+0620.
    let c = (u32::from(lead & 0x1F) << 6 | u32::from(next & 0x3F)).wrapping_sub(0x620);
    lead & 0xE0 == 0xC0 && c < 64 && set >> c & 1 == 1
}
/// `w` without its first letter when `set` ([`letters`]) holds it. One out-of-line copy that
/// reads two bytes: a predicate pattern (`w.strip_prefix(|c| c == AND || c == THEN)`) inlined a
/// UTF-8 decoder at each call site (session 53).
#[inline(never)]
pub(crate) fn strip_letter(w: &str, set: u64) -> Option<&str> {
    match w.as_bytes() {
        [lead, next, ..] if in_set(set, *lead, *next) => w.get(2..),
        _ => None,
    }
}
/// `w` without its last letter when `set` ([`letters`]) holds it (as [`strip_letter`]).
#[inline(never)]
pub(crate) fn strip_last_letter(w: &str, set: u64) -> Option<&str> {
    match w.as_bytes() {
        [.., lead, next] if *next & 0xC0 == 0x80 && in_set(set, *lead, *next) => {
            w.get(..w.len().saturating_sub(2))
        }
        _ => None,
    }
}
/// Whether `w` holds a letter of `set` ([`letters`]) anywhere (a lead byte and the next: in
/// UTF-8 no other pair reads as a two-byte letter). Out of line, as [`strip_letter`]:
/// `chars().any(|c| c == …)` inlined a decoder and `str::contains` std's searcher (+4.9 KB gz).
#[inline(never)]
pub(crate) fn has_letter(w: &str, set: u64) -> bool {
    let mut b = w.as_bytes();
    while let [lead, next, rest @ ..] = b {
        if in_set(set, *lead, *next) {
            return true;
        }
        // (After a two-byte lead, the next byte opens no character: stepped over.)
        b = if lead & 0xE0 == 0xC0 {
            rest
        } else {
            b.get(1..).unwrap_or_default()
        };
    }
    false
}
/// The conjunctions و and ف ([`letters`]).
pub(crate) const CONJUNCTIONS: u64 = letters(&[AND, THEN]);
/// The one-letter proclitics و، ف، ب، ل، ك ([`letters`]).
pub(crate) const PROCLITICS: u64 = letters(&[AND, THEN, BY, TO, LIKE]);
/// The tanween ً alone, for [`has_letter`] ("مصدراً": an adverbial accusative, no name).
pub(crate) const TANWEENS: u64 = letters(&[TANWEEN]);
/// `w` without its conjunction و or ف, if it opens with one ([`strip_letter`]).
pub(crate) fn strip_conjunction(w: &str) -> Option<&str> {
    strip_letter(w, CONJUNCTIONS)
}
/// The preposition ب (`by`).
pub(crate) const BY: char = line_char(AFFIXES, "by");
/// [`BY`] as a string.
pub(crate) const BY_WORD: &str = crate::data_word!(line_word(AFFIXES, "by"));
/// The preposition ل (`to`).
pub(crate) const TO: char = line_char(AFFIXES, "to");
/// [`TO`] as a string (and as a word: the cue لـ written apart).
pub(crate) const TO_WORD: &str = crate::data_word!(line_word(AFFIXES, "to"));
/// The preposition ك (`like`).
pub(crate) const LIKE: char = line_char(AFFIXES, "like");
/// The definite article ال, folded (`article`).
pub(crate) const ARTICLE: &str = crate::data_word!(line_word(AFFIXES, "article"));
/// A plain alef: the article's as written, the last letter of ها (`alef`).
pub(crate) const ALEF: char = line_char(AFFIXES, "alef");
/// ل + the article: لل (`to_article`).
pub(crate) const TO_ARTICLE: &str = crate::data_word!(line_word(AFFIXES, "to_article"));
/// ب + the article: بال (`by_article`).
pub(crate) const BY_ARTICLE: &str = crate::data_word!(line_word(AFFIXES, "by_article"));
/// و + the article: وال (`and_article`).
pub(crate) const AND_ARTICLE: &str = crate::data_word!(line_word(AFFIXES, "and_article"));
/// ب + a plain alef as written: با (`by_alef`).
pub(crate) const BY_ALEF: &str = crate::data_word!(line_word(AFFIXES, "by_alef"));
/// An alef with hamza below, first letter of a word as written (إمام, not أمام).
pub(crate) const HAMZA_BELOW: char = line_char(AFFIXES, "hamza_below");
/// ب + an alef with hamza below as written: بإ (`by_hamza_below`).
pub(crate) const BY_HAMZA_BELOW: &str = crate::data_word!(line_word(AFFIXES, "by_hamza_below"));
/// ل + an alef with hamza above as written: لأ (`to_hamza_above`).
pub(crate) const TO_HAMZA_ABOVE: &str = crate::data_word!(line_word(AFFIXES, "to_hamza_above"));
/// ل + an alef with hamza below as written: لإ (`to_hamza_below`).
pub(crate) const TO_HAMZA_BELOW: &str = crate::data_word!(line_word(AFFIXES, "to_hamza_below"));
/// The feminine ending ة as written (`feminine`).
pub(crate) const FEMININE: char = line_char(AFFIXES, "feminine");
/// The feminine ت (`feminine_t`).
pub(crate) const FEMININE_T: char = line_char(AFFIXES, "feminine_t");
/// The feminine ending folded: ه (`feminine_folded`).
pub(crate) const FEMININE_FOLDED: char = line_char(AFFIXES, "feminine_folded");
/// [`FEMININE_FOLDED`] as a string.
pub(crate) const FEMININE_FOLDED_STR: &str =
    crate::data_word!(line_word(AFFIXES, "feminine_folded"));
/// The nisba ending ي (`nisba`).
pub(crate) const NISBA: char = line_char(AFFIXES, "nisba");
/// The sound masculine plural and the imperfect's plural: ون (`plural`).
pub(crate) const PLURAL: &str = crate::data_word!(line_word(AFFIXES, "plural"));
/// The sound feminine plural ات as written (`feminine_plural`).
pub(crate) const FEMININE_PLURAL: &str = crate::data_word!(line_word(AFFIXES, "feminine_plural"));
/// The accusative tanween as written (`tanween`).
pub(crate) const TANWEEN: char = line_char(AFFIXES, "tanween");
/// The past tense's plural: وا (`verb_plural`).
pub(crate) const VERB_PLURAL: &str = crate::data_word!(line_word(AFFIXES, "verb_plural"));
/// The suffixed pronoun ه "him, his" (`him`).
pub(crate) const HIM: char = line_char(AFFIXES, "him");
/// The suffixed pronoun ها "her" (`her`).
pub(crate) const HER: &str = crate::data_word!(line_word(AFFIXES, "her"));
/// The suffixed pronoun هم "them" (`them`).
pub(crate) const THEM: &str = crate::data_word!(line_word(AFFIXES, "them"));
/// The imperfect's prefix ي, third person masculine (`imperfect_he`).
pub(crate) const IMPERFECT_HE: char = line_char(AFFIXES, "imperfect_he");
/// [`IMPERFECT_HE`] as a string, for building a form.
pub(crate) const IMPERFECT_HE_STR: &str = crate::data_word!(line_word(AFFIXES, "imperfect_he"));
/// و + the imperfect's ي: وي (`and_imperfect_he`).
pub(crate) const AND_IMPERFECT_HE: &str = crate::data_word!(line_word(AFFIXES, "and_imperfect_he"));
/// The imperfect's prefix ت, third person feminine (`imperfect_she`).
pub(crate) const IMPERFECT_SHE: char = line_char(AFFIXES, "imperfect_she");
/// [`IMPERFECT_SHE`] as a string, for building a form.
pub(crate) const IMPERFECT_SHE_STR: &str = crate::data_word!(line_word(AFFIXES, "imperfect_she"));
/// A damma written on the imperfect's ت (`imperfect_damma`).
pub(crate) const IMPERFECT_DAMMA: char = line_char(AFFIXES, "imperfect_damma");
/// The endings tried after a listed speech verb (`verb_suffixes`).
pub(crate) const VERB_SUFFIXES: [&str; 10] =
    own_words!(full(line_words(AFFIXES, "verb_suffixes")), 0 1 2 3 4 5 6 7 8 9);
/// The endings tried after a listed participle (`participle_endings`).
pub(crate) const PARTICIPLE_ENDINGS: [&str; 7] =
    own_words!(full(line_words(AFFIXES, "participle_endings")), 0 1 2 3 4 5 6);

/// من "from" (`from`).
pub(crate) const W_FROM: &str = crate::data_word!(line_word(WORDS, "from"));
/// في "in" (`in`).
pub(crate) const W_IN: &str = crate::data_word!(line_word(WORDS, "in"));
/// باسم "in the name of" (`in_name_of`).
pub(crate) const W_IN_NAME_OF: &str = crate::data_word!(line_word(WORDS, "in_name_of"));
/// Verbs whose object takes ب (`by_verbs`).
pub(crate) const BY_VERBS: [&str; 5] = own_words!(full(line_words(WORDS, "by_verbs")), 0 1 2 3 4);
/// الله (`god`).
pub(crate) const W_GOD: &str = crate::data_word!(line_word(WORDS, "god"));
/// بالقول "by saying" (`by_the_saying`).
pub(crate) const W_BY_THE_SAYING: &str = crate::data_word!(line_word(WORDS, "by_the_saying"));
/// بقول "by the saying of" (`by_saying`).
pub(crate) const W_BY_SAYING: &str = crate::data_word!(line_word(WORDS, "by_saying"));
/// بدور "in (his) turn" (`in_turn`).
pub(crate) const W_IN_TURN: &str = crate::data_word!(line_word(WORDS, "in_turn"));
/// الذي "who", masculine (`who_he`).
pub(crate) const W_WHO_HE: &str = crate::data_word!(line_word(WORDS, "who_he"));
/// التي "who", feminine (`who_she`).
pub(crate) const W_WHO_SHE: &str = crate::data_word!(line_word(WORDS, "who_she"));
/// صاحب "holder of" (`holder`).
pub(crate) const W_HOLDER: &str = crate::data_word!(line_word(WORDS, "holder"));
/// فقد "so indeed" (`so_indeed`).
pub(crate) const W_SO_INDEED: &str = crate::data_word!(line_word(WORDS, "so_indeed"));
/// ما "what" (`what`).
pub(crate) const W_WHAT: &str = crate::data_word!(line_word(WORDS, "what"));
/// لما "according to what" (`to_what`).
pub(crate) const W_TO_WHAT: &str = crate::data_word!(line_word(WORDS, "to_what"));
/// آية, a feminine word that opens a name (`name_opener`).
pub(crate) const W_NAME_OPENER: &str = crate::data_word!(line_word(WORDS, "name_opener"));
/// حيث "where, as" (`where`).
pub(crate) const W_WHERE: &str = crate::data_word!(line_word(WORDS, "where"));
/// جاء "came" (`came`).
pub(crate) const W_CAME: &str = crate::data_word!(line_word(WORDS, "came"));
/// "here", "there", "there is": هنا، هناك، ثمة (`deictics`), a phrase's first word that opens
/// no subject.
pub(crate) const DEICTICS: [&str; 3] = own_words!(full(line_words(WORDS, "deictics")), 0 1 2);
/// "while", "after": فيما، بينما، بعدما (`clause_openers`), a conjunction whose clause runs to its
/// comma before the sentence's verb.
pub(crate) const CLAUSE_OPENERS: [&str; 3] =
    own_words!(full(line_words(WORDS, "clause_openers")), 0 1 2);
/// "then", "likewise", "also": ثم، كذلك، أيضا (`verb_openers`), a word that links its
/// sentence to the one before, its verb next.
pub(crate) const VERB_OPENERS: [&str; 3] =
    own_words!(full(line_words(WORDS, "verb_openers")), 0 1 2);
/// "other", "second": أخرى، ثانية, folded (`other`), closing an opening phrase after من and a
/// noun (من جهة أخرى).
pub(crate) const OTHER: [&str; 2] = own_words!(full(line_words(WORDS, "other")), 0 1);
/// The copulas يكون، تكون، كان، كانت (`copulas`).
pub(crate) const COPULAS: [&str; 4] = own_words!(full(line_words(WORDS, "copulas")), 0 1 2 3);
/// The heads of construct titles that a name follows, folded (`heads` of `ar/titles.txt`:
/// رئيس، وزير …).
pub(crate) const TITLE_HEADS: [&str; 20] = own_words!(full(line_words(TITLES, "heads")), 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19);
/// Title words that name the same office, in pairs, the first read as the second
/// (`synonyms` of `ar/titles.txt`: حكومه → وزراء).
pub(crate) const TITLE_SYNONYMS: [&str; 6] =
    own_words!(full(line_words(TITLES, "synonyms")), 0 1 2 3 4 5);
/// Honorifics written before a title, folded (`honorifics` of `ar/titles.txt`: معالي، سمو …).
pub(crate) const HONORIFICS: [&str; 5] =
    own_words!(full(line_words(TITLES, "honorifics")), 0 1 2 3 4);

#[cfg(test)]
mod tests {
    use super::*;

    /// The constants hold the lines of the files (a few spot checks), and every line of the
    /// files is read by a constant of this module (no line is left unused).
    #[test]
    fn constants_read_every_line() {
        assert_eq!((ARTICLE, TO_ARTICLE, AND, THEN), ("ال", "لل", 'و', 'ف'));
        assert_eq!((FEMININE, PLURAL, HER, W_GOD), ('ة', "ون", "ها", "الله"));
        assert_eq!(VERB_SUFFIXES[9], "تها");
        assert_eq!(
            PARTICIPLE_ENDINGS,
            ["ا", "ه", "ين", "ون", "ات", "تين", "ان"]
        );
        let code = include_str!("affixes.rs");
        let code = code.split("#[cfg(test)]").next().unwrap_or("");
        for text in [AFFIXES, WORDS, TITLES] {
            for line in text.lines() {
                let name = line.split(' ').next().unwrap_or("");
                assert!(
                    code.contains(&format!("\"{name}\")")),
                    "{name} is read by no constant"
                );
            }
        }
    }

    /// The out-of-line letter strippers give what the predicate patterns of `strip_prefix` /
    /// `strip_suffix` they replace gave, on empty, one-letter, ASCII, mixed and Arabic words.
    #[test]
    fn letter_strippers_equal_the_patterns() {
        let words = [
            "",
            "و",
            "ف",
            "وقال",
            "فقال",
            "ووصف",
            "قال",
            "a",
            "ab",
            "é",
            "وé",
            "éو",
            "بالة",
            "كالمدرسة",
            "مدرسة",
            "مصري",
            "قالت",
            "x\u{10348}",
            "\u{10348}",
        ];
        for w in words {
            assert_eq!(
                strip_conjunction(w),
                w.strip_prefix(|c| c == AND || c == THEN),
                "{w}"
            );
            assert_eq!(
                strip_letter(w, letters(&[BY, LIKE, TO])),
                w.strip_prefix(|c| c == BY || c == LIKE || c == TO),
                "{w}"
            );
            assert_eq!(
                strip_last_letter(w, letters(&[FEMININE, NISBA])),
                w.strip_suffix(|c| c == FEMININE || c == NISBA),
                "{w}"
            );
        }
        // (A tanween or ة after characters of one to four bytes, and at every odd and even
        // offset: the scan steps over a two-byte character's second byte.)
        let more = [
            "مصدراً",
            "ًا",
            "اً",
            "aً",
            "aéً",
            "€ً",
            "\u{10348}ًة",
            "aaة",
            "ééé",
            "x€ة",
        ];
        for w in words.iter().chain(&more) {
            assert_eq!(
                has_letter(w, letters(&[TANWEEN, FEMININE])),
                w.chars().any(|c| c == TANWEEN || c == FEMININE),
                "{w}"
            );
        }
        assert_eq!(strip_conjunction("وقال"), Some("قال"));
        assert_eq!(
            strip_last_letter("مدرسة", letters(&[FEMININE])),
            Some("مدرس")
        );
        assert_eq!(strip_letter("قال", 0), None);
        assert_eq!(
            strip_letter("ءا", letters(&['ء', 'ٟ'])),
            Some("ا"),
            "the ends of the range"
        );
        assert_eq!(strip_last_letter("اٟ", letters(&['ء', 'ٟ'])), Some("ا"));
        // Characters out of the range (U+061F, U+0660 at its ends): no match.
        for w in ["؟", "٠", "ۀ", "ߊ", "Ā", "ࠀ", "a"] {
            assert_eq!(strip_letter(w, u64::MAX), None, "{w}");
            assert_eq!(strip_last_letter(w, u64::MAX), None, "{w}");
        }
    }
}
