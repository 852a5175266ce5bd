//! Per-language quote-extraction knowledge, read from the data files under
//! `src/lang/data/<code>/` (quotation marks, speech verbs, participles, verbless cues,
//! complementizers, term nouns, noun-phrase boundaries, pronouns, auxiliaries).
//!
//! Every word is stored after [`lang::light_fold`], and looked up the same way.

use std::sync::OnceLock;

use crate::datafile;
use crate::fxhash::{FxMap, FxSet};
use crate::lang;

use super::affixes as ar;
use super::tokens::Token;

/// One pair of quotation marks of a language.
#[derive(Debug, Clone)]
pub(crate) struct MarkPair {
    /// Index of the opening mark in [`Lexicon::marks`].
    pub open: usize,
    /// Index of the closing mark in [`Lexicon::marks`].
    pub close: usize,
    /// The pair counts only right after a colon (Arabic `قال: (…)`).
    pub after_colon: bool,
    /// The opening mark opens only right after a line break (English `” … ,” he said`).
    pub line_start: bool,
}

/// A verbless attribution cue (بحسب، according to, selon …).
#[derive(Debug, Clone)]
pub(crate) struct VerblessCue {
    /// Folded words; a final `ل` (Arabic) means "the next word starts with لـ".
    pub words: Vec<String>,
    /// Counts only when a clause or a mark follows.
    pub ambiguous: bool,
    /// Counts only at the start of a sentence.
    pub initial_only: bool,
}

impl VerblessCue {
    /// False when the folded word `w` cannot be the cue's first word by its length and last
    /// byte alone (the word itself, in Arabic also after و/ف, two bytes more; any word for the
    /// lone لـ): the cheap test before the cue's words are matched one by one.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn may_start(&self, w: &str, arabic: bool) -> bool {
        let first = self.words.first().map_or(&[][..], |f| f.as_bytes());
        let n = first.len();
        // (A one-letter Arabic cue: the lone لـ, and any other, passes.)
        (w.len() == n || arabic && w.len() == n + 2) && w.as_bytes().last() == first.last()
            || arabic && n == 2 && self.words.len() == 1
    }
}

/// Arabic: the subject a verb agrees with, one of three (the dual and the feminine plural
/// are rare in reports and not told apart).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Agreement {
    /// Masculine singular (قال، يقول).
    Masculine,
    /// Feminine singular (قالت، تقول): a woman, an organisation (الوزارة), a country.
    Feminine,
    /// Plural (قالوا، يقولون; المسؤولون).
    Plural,
}

/// Everything quote extraction knows about one language.
#[derive(Debug)]
pub(crate) struct Lexicon {
    /// Arabic morphology (و/ف proclitics, ت, object pronouns) applies.
    pub arabic: bool,
    /// The English rules apply: the data came from `"en"` (which also stands in for languages
    /// without data). A flag, not a string compare, in the rules that ask it per cue.
    pub english: bool,
    /// The German rules apply: the data came from `"de"`.
    pub german: bool,
    /// A quotation of at most three words is speech anywhere in its cue's reach, not only
    /// right after the cue (`short-partial-anywhere` in `quote_settings.txt`).
    pub short_partial_anywhere: bool,
    /// Distinct mark strings.
    pub marks: Vec<&'static str>,
    /// Mark pairs (indices into `marks`).
    pub pairs: Vec<MarkPair>,
    /// The first characters of the marks of the pairs that count anywhere (not only after a
    /// colon): a punctuation token that is one of them is a quotation mark.
    mark_chars: Vec<char>,
    verbs: Words<bool>,
    /// Verbs that label someone's words (`~` in `speech_verbs.txt`).
    labels: Words<bool>,
    participles: Words<bool>,
    /// Verbless cues.
    pub cues: Vec<VerblessCue>,
    /// The word sets of the language's files, indexed by the `LANG_*` constants
    /// (complementizers, term nouns, noun-phrase boundaries, pronouns, auxiliaries,
    /// subjunctives): see [`Lexicon::complementizer`] ….
    lang_sets: [Words<bool>; LANG_SETS],
    /// Arabic nouns of an unnamed source (`anonymous_sources.txt`, folded; `1` for a plural,
    /// tagged `many`, else `0`): see [`Lexicon::anonymous_source`].
    anonymous_sources: Words<u8>,
    /// Arabic nouns of speech (`speech_nouns.txt`, folded; `1` unless tagged `construct`, else
    /// `0`): see [`Lexicon::speech_noun`].
    speech_nouns: Words<u8>,
    /// The Arabic word sets of [`AR_SETS`] (folded; empty in the other languages), indexed by
    /// the `SET_*` constants: see the look-ups named after them ([`Lexicon::anaphor`] …).
    ar_sets: [Words<bool>; AR_SETS.len()],
    /// The Arabic `word [tag]` lists of [`AR_LISTS`] (read once with [`tag_list`]; empty in the
    /// other languages), indexed by the `LIST_*` constants: see [`Lexicon::final_source`] ….
    ar_lists: [Vec<(&'static str, &'static str)>; AR_LISTS.len()],
    /// The words of `ar/final_sources.txt` tagged `close` (دون، بدون: "without"), then empty strings,
    /// after which a complementizer is none ("…، من دون أن يعرف …": the tokenizer); a fixed
    /// array (no vector of strings in the package for one list), taken once from the list.
    pub close_words: [&'static str; MAX_CLOSE],
    /// English words between a speech verb and its clause (`en/adverbials.txt`), each with its
    /// [`Adverbial`] as a number (`a as u8`: the maps of [`tagged`] hold bytes).
    adverbials: Words<u8>,
    /// English words that classify a speaker mention (`en/mentions.txt`), each with its
    /// [`MentionWord`] as a number (`m as u8`).
    mention_words: Words<u8>,
    /// The `C_*` bits of every folded word that [`Lexicon::adverbial`],
    /// [`Lexicon::complementizer`], [`Lexicon::boundary`], [`Lexicon::pronoun`],
    /// [`Lexicon::auxiliary`] or [`Lexicon::licenser`] accepts: the tokenizer looks each word
    /// up once ([`Lexicon::word_info_hashed`]) and the rules read the bits on the token.
    classes: ClassTable,
    /// The [`Role`]s of each function-word id ([`C_FUNCTION_WORD`]; 0: none), the same in
    /// every lexicon ([`function_words`]).
    roles: [Role; 256],
    /// Every folded word that may start a cue: the verbs, participles and first words of
    /// verbless cues with the inflections and conjunctions their look-ups accept (a superset:
    /// the look-ups decide).
    cue_forms: FxSet<String>,
    /// [`filter_key`] bits of `cue_forms`: most words are rejected without hashing.
    cue_filter: Vec<u64>,
    /// A verbless cue is the lone preposition لـ: any word starting with ل may start it.
    cue_prefix_l: bool,
}

/// Bits in [`Lexicon::cue_filter`] (8 KB: stays in the L1 cache while the tokenizer asks it
/// about every word).
const FILTER_BITS: usize = 1 << 16;

/// The hash of a word for the cue filter: a multiplicative hash of its length and of its first
/// and last bytes (at most two loads, no loop: the tokenizer asks it for every word). Any function of the word would be correct (the filter only rejects);
/// this one spreads Arabic words, whose lead bytes are all alike, by their last bytes too.
/// [`Words`] uses it too.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
fn filter_hash(w: &str) -> u64 {
    let (head, tail) = filter_parts(w.as_bytes());
    mix(head, tail, w.len())
}

/// The bytes [`filter_hash`] reads: the first and last eight (four for a word of four to
/// seven bytes; the first, middle and last of a shorter word, in `head`). For a word of at
/// most 16 bytes they hold every byte, so with the length they tell the word.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
pub(crate) fn filter_parts(b: &[u8]) -> (u64, u64) {
    let n = b.len();
    let load8 = |at: usize| {
        b.get(at..at + 8)
            .and_then(|s| <[u8; 8]>::try_from(s).ok())
            .map_or(0, u64::from_le_bytes)
    };
    let load4 = |at: usize| {
        b.get(at..at + 4)
            .and_then(|s| <[u8; 4]>::try_from(s).ok())
            .map_or(0, |w| u64::from(u32::from_le_bytes(w)))
    };
    if n >= 8 {
        (load8(0), load8(n - 8))
    } else if n >= 4 {
        (load4(0), load4(n - 4))
    } else if n > 0 {
        // One to three bytes: the first, the middle and the last (every byte of such a word,
        // with the length), three loads and no loop.
        let at = |k: usize| u64::from(b.get(k).copied().unwrap_or(0));
        (at(0) << 16 | at(n / 2) << 8 | at(n - 1), 0)
    } else {
        (0, 0)
    }
}

/// [`filter_hash`] of a word of `n` bytes whose [`filter_parts`] are `head` and `tail`.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
pub(crate) fn mix(head: u64, tail: u64, n: usize) -> u64 {
    (head ^ (n as u64) << 58).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        ^ tail.wrapping_mul(0xC2B2_AE3D_27D4_EB4F)
}

/// [`filter_hash`] folded to [`FILTER_BITS`].
#[cfg_attr(not(target_arch = "wasm32"), inline)]
fn filter_key(w: &str) -> usize {
    (filter_hash(w) >> 48) as usize % FILTER_BITS
}

/// Folded words of a data file (a set: `T = bool`, always true, so that the table shares
/// the code of the crate's other 16-byte `String` entries; or a map to `T`) with a bit filter in
/// front: most words the rules ask about are not listed, and the filter turns them away with
/// [`filter_hash`] (two loads and two multiplies) instead of hashing every byte and probing.
/// A bit is set for every listed word, so the answers are those of the map.
#[derive(Debug)]
pub(crate) struct Words<T> {
    map: FxMap<String, T>,
    /// 32 bits per word, rounded up to a power of two (at least 64).
    bits: Vec<u64>,
}

/// The filter bit of `w` among `n` (a power of two).
#[cfg_attr(not(target_arch = "wasm32"), inline)]
fn filter_bit(w: &str, n: usize) -> usize {
    (filter_hash(w) >> 32) as usize & (n - 1)
}

/// The filter of [`Words`] for `len` words: 32 bits per word, rounded up to a power of two (at
/// least 64), a bit set for each of `words`. Not generic (one copy for every `Words<T>`).
#[inline(never)]
fn filter_bits(len: usize, words: &mut dyn Iterator<Item = &String>) -> Vec<u64> {
    let n = (len * 32).next_power_of_two().max(64);
    let mut bits = vec![0u64; n / 64];
    for w in words {
        let k = filter_bit(w, n);
        if let Some(b) = bits.get_mut(k / 64) {
            *b |= 1 << (k % 64);
        }
    }
    bits
}

impl<T> Words<T> {
    #[inline(never)]
    fn new(map: FxMap<String, T>) -> Self {
        let bits = filter_bits(map.len(), &mut map.keys());
        Words { map, bits }
    }

    /// The value listed for `w`.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn get(&self, w: &str) -> Option<&T> {
        let k = filter_bit(w, self.bits.len() * 64);
        let maybe = self
            .bits
            .get(k / 64)
            .is_some_and(|b| b & (1 << (k % 64)) != 0);
        if maybe {
            self.map.get(w)
        } else {
            None
        }
    }

    /// True if `w` is listed.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn contains(&self, w: &str) -> bool {
        self.get(w).is_some()
    }

    fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    #[cfg(test)]
    fn keys(&self) -> impl Iterator<Item = &String> {
        self.map.keys()
    }
}

/// The `C_*` bits of the words listed for them ([`word_classes`]), looked up by the tokenizer
/// for every word: the bit filter of [`Words`] in front, then open addressing keyed by
/// [`filter_hash`] (already computed for the filter; no second hash over the bytes).
#[derive(Debug)]
struct ClassTable {
    /// Filter bits: 32 per word, rounded up to a power of two (at least 64).
    bits: Vec<u64>,
    /// `bits.len() * 64 - 1`.
    bit_mask: usize,
    /// A power of two of slots, at most half full.
    slots: Vec<ClassSlot>,
}

/// A word of [`ClassTable`]: its [`filter_parts`] and length (a word of at most 16 bytes is
/// compared by them, without a byte loop), its bits (0: an empty slot; every listed word has
/// a bit) and the word.
#[derive(Debug, Clone, Default)]
struct ClassSlot {
    head: u64,
    tail: u64,
    len: usize,
    class: u32,
    word: Box<str>,
}

impl ClassTable {
    fn new(map: FxMap<String, u32>) -> Self {
        // The filter of `Words` (the same bits: `get` reads them with `filter_hash`).
        let bits = filter_bits(map.len(), &mut map.keys());
        let size = (map.len() * 2).next_power_of_two().max(2);
        let mut slots = vec![ClassSlot::default(); size];
        for (w, class) in map {
            let (head, tail) = filter_parts(w.as_bytes());
            let hash = mix(head, tail, w.len());
            let mut i = Self::slot(hash, size);
            while slots.get(i).is_some_and(|s| s.class != 0) {
                i = (i + 1) & (size - 1);
            }
            if let Some(s) = slots.get_mut(i) {
                *s = ClassSlot {
                    head,
                    tail,
                    len: w.len(),
                    class,
                    word: w.into_boxed_str(),
                };
            }
        }
        ClassTable {
            bit_mask: bits.len() * 64 - 1,
            bits,
            slots,
        }
    }

    /// The first slot to probe for `hash` among `size` (a power of two).
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn slot(hash: u64, size: usize) -> usize {
        (hash >> 20) as usize & (size - 1)
    }

    /// The bits of `w` (0 when not listed), given its [`filter_parts`] and [`filter_hash`].
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn get(&self, w: &str, (head, tail): (u64, u64), hash: u64) -> u32 {
        let k = (hash >> 32) as usize & self.bit_mask;
        if self
            .bits
            .get(k / 64)
            .is_none_or(|b| b & (1 << (k % 64)) == 0)
        {
            return 0;
        }
        let size = self.slots.len();
        let mut i = Self::slot(hash, size);
        // At most half full: the probe ends at an empty slot.
        while let Some(s) = self.slots.get(i) {
            if s.class == 0 {
                return 0;
            }
            if s.head == head
                && s.tail == tail
                && s.len == w.len()
                && (w.len() <= 16 || *s.word == *w)
            {
                return s.class;
            }
            i = (i + 1) & (size - 1);
        }
        0
    }

    #[cfg(test)]
    fn keys(&self) -> impl Iterator<Item = &str> {
        self.slots.iter().filter(|s| s.class != 0).map(|s| &*s.word)
    }
}

struct Files {
    code: &'static str,
    marks: &'static str,
    verbs: &'static str,
    participles: &'static str,
    cues: &'static str,
    complementizers: &'static str,
    term_nouns: &'static str,
    boundaries: &'static str,
    pronouns: &'static str,
    auxiliaries: &'static str,
    subjunctives: &'static str,
    /// `quote_settings.txt`: the names of the settings that are on, one a line.
    settings: &'static str,
    /// Word lists read as class bits: each file with the `C_*` bit its words get (exact
    /// folded words, no proclitics stripped).
    class_lists: &'static [(&'static str, u32)],
}

macro_rules! data {
    ($code:literal, $file:literal) => {
        crate::data_str!(include_bytes!(concat!("../lang/data/", $code, "/", $file)))
    };
}

/// The English files: a language of [`FILES`], and the words of the fallback lexicon.
const ENGLISH: Files = Files {
    code: "en",
    marks: data!("en", "quote_marks.txt"),
    verbs: crate::data_grouped!(data!("en", "speech_verbs.txt")),
    participles: "",
    cues: data!("en", "cues.txt"),
    complementizers: data!("en", "complementizers.txt"),
    term_nouns: data!("en", "term_nouns.txt"),
    boundaries: data!("en", "np_boundaries.txt"),
    pronouns: data!("en", "pronouns.txt"),
    auxiliaries: data!("en", "auxiliaries.txt"),
    subjunctives: data!("en", "backshifted.txt"),
    settings: data!("en", "quote_settings.txt"),
    class_lists: &[
        (data!("en", "bare_reports.txt"), C_BARE_REPORT),
        (data!("en", "beliefs.txt"), C_BELIEF),
        (data!("en", "first_persons.txt"), C_FIRST_PERSON),
        (data!("en", "clause_prepositions.txt"), C_CLAUSE_PREP),
        (data!("en", "head_relatives.txt"), C_HEAD_RELATIVE),
        (data!("en", "expletives.txt"), C_EXPLETIVE),
        (data!("en", "quoting_verbs.txt"), C_QUOTING),
    ],
};

/// How many languages have a lexicon ([`FILES`]).
const LEXICONS: usize = 6;

static FILES: [Files; LEXICONS] = [
    Files {
        code: "ar",
        marks: data!("ar", "quote_marks.txt"),
        verbs: crate::data_grouped!(data!("ar", "speech_verbs.txt")),
        participles: data!("ar", "participles.txt"),
        cues: data!("ar", "cues.txt"),
        complementizers: data!("ar", "complementizers.txt"),
        term_nouns: data!("ar", "term_nouns.txt"),
        boundaries: data!("ar", "np_boundaries.txt"),
        pronouns: data!("ar", "pronouns.txt"),
        auxiliaries: "",
        subjunctives: "",
        settings: "",
        class_lists: &[
            (data!("ar", "subject_first.txt"), C_SUBJECT_FIRST),
            (data!("ar", "preverbal_particles.txt"), C_PREVERBAL),
            (data!("ar", "name_particles.txt"), C_NAME_PARTICLE),
            (data!("ar", "subject_openers.txt"), C_SUBJECT_OPENER),
            (data!("ar", "source_prepositions.txt"), C_SOURCE),
            (
                data!("ar", "bare_complementizers.txt"),
                C_BARE_COMPLEMENTIZER,
            ),
            (data!("ar", "adjunct_prepositions.txt"), C_ADJUNCT),
            (data!("ar", "adverbs.txt"), C_ADVERB),
        ],
    },
    ENGLISH,
    Files {
        code: "fr",
        marks: data!("fr", "quote_marks.txt"),
        verbs: crate::data_grouped!(data!("fr", "speech_verbs.txt")),
        participles: "",
        cues: data!("fr", "cues.txt"),
        complementizers: data!("fr", "complementizers.txt"),
        term_nouns: data!("fr", "term_nouns.txt"),
        boundaries: data!("fr", "np_boundaries.txt"),
        pronouns: data!("fr", "pronouns.txt"),
        auxiliaries: data!("fr", "auxiliaries.txt"),
        subjunctives: "",
        settings: "",
        class_lists: &[],
    },
    Files {
        code: "de",
        marks: data!("de", "quote_marks.txt"),
        verbs: crate::data_grouped!(data!("de", "speech_verbs.txt")),
        participles: "",
        cues: data!("de", "cues.txt"),
        complementizers: data!("de", "complementizers.txt"),
        term_nouns: data!("de", "term_nouns.txt"),
        boundaries: data!("de", "np_boundaries.txt"),
        pronouns: data!("de", "pronouns.txt"),
        auxiliaries: data!("de", "auxiliaries.txt"),
        subjunctives: data!("de", "subjunctives.txt"),
        settings: "",
        class_lists: &[(data!("de", "expletives.txt"), C_EXPLETIVE)],
    },
    Files {
        code: "es",
        marks: data!("es", "quote_marks.txt"),
        verbs: crate::data_grouped!(data!("es", "speech_verbs.txt")),
        participles: "",
        cues: data!("es", "cues.txt"),
        complementizers: data!("es", "complementizers.txt"),
        term_nouns: data!("es", "term_nouns.txt"),
        boundaries: data!("es", "np_boundaries.txt"),
        pronouns: data!("es", "pronouns.txt"),
        auxiliaries: data!("es", "auxiliaries.txt"),
        subjunctives: "",
        settings: "",
        class_lists: &[],
    },
    Files {
        code: "ru",
        marks: data!("ru", "quote_marks.txt"),
        verbs: crate::data_grouped!(data!("ru", "speech_verbs.txt")),
        participles: "",
        cues: data!("ru", "cues.txt"),
        complementizers: data!("ru", "complementizers.txt"),
        term_nouns: data!("ru", "term_nouns.txt"),
        boundaries: data!("ru", "np_boundaries.txt"),
        pronouns: data!("ru", "pronouns.txt"),
        auxiliaries: data!("ru", "auxiliaries.txt"),
        subjunctives: "",
        settings: "",
        class_lists: &[],
    },
];

/// The `speech_verbs.txt` of `code` as the lexicon holds it (regrouped by tag; `""` for a
/// language without a lexicon): the keyword extractor's reporting verbs read this text, not
/// a copy of their own.
pub(crate) fn speech_verbs(code: &str) -> &'static str {
    FILES
        .iter()
        .find(|f| f.code == code)
        .map_or("", |f| f.verbs)
}

/// The lexicon of `language`; languages without data use the English lexicon with the marks of
/// every language (so that quotations are still found).
pub(crate) fn get(language: &str) -> &'static Lexicon {
    // The lexicons of `FILES` in their order, then the fallback, each built on its first use:
    // a text needs only its language's (building all six took ~4× the instructions).
    static CACHE: [OnceLock<Lexicon>; LEXICONS + 1] = [const { OnceLock::new() }; LEXICONS + 1];
    let [langs @ .., fallback] = &CACHE;
    let pos = FILES.iter().position(|f| f.code == language);
    let slot = pos.and_then(|p| langs.get(p)).unwrap_or(fallback);
    slot.get_or_init(|| match pos.and_then(|p| FILES.get(p)) {
        Some(f) => build(f, None),
        None => {
            // The fallback: English words, all marks.
            let all_marks: String = FILES.iter().map(|f| f.marks).collect::<Vec<_>>().join("\n");
            let leaked: &'static str = Box::leak(all_marks.into_boxed_str());
            build(&ENGLISH, Some(leaked))
        }
    })
}

/// The role of a word listed in `adverbials.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Adverbial {
    /// A time or manner word ("Tuesday", "earlier").
    Word,
    /// A preposition that opens an adverbial phrase ("in a statement").
    Prep,
    /// A determiner that opens a noun phrase ("the", "his").
    Det,
    /// An object pronoun ("him", "them").
    Obj,
    /// A form of be before a participle: the passive ("it was reported").
    Passive,
    /// A speech verb whose report may be a to-infinitive ("vowed to …").
    Infinitive,
    /// A preposition whose object a following "that" modifies ("tweeted about the riots that
    /// followed"): no complement clause after it.
    Rel,
    /// A subordinator opening an adverbial clause ("When Trump tweeted that …, Twitter …").
    Sub,
    /// A word after which a past form is an adjective, not a verb ("related to alleged abuse").
    Adj,
    /// A coordinating conjunction ("…, but later reversed himself").
    Conj,
    /// A form of say: its object is a clause ("said the plan makes sense").
    Say,
    /// A noun that sums up a report in an apposition after it (", a claim that …", ", a
    /// stance that …"): the reporter's comment, not the report.
    Comment,
    /// An irregular past-tense verb ("fell", "rose", "died"): the finite verb of a reported
    /// clause ("said manufacturing output fell 0.1%").
    Past,
    /// A speech verb whose report may be a gerund clause ("suggested closing the plant").
    Gerund,
}

/// [`Lexicon::word_info_hashed`]: the word's [`Adverbial`] plus one (0: not listed).
pub(crate) const C_ADVERBIAL: u32 = 0xF;
/// [`Lexicon::word_info_hashed`]: [`Lexicon::complementizer`] accepts the word.
pub(crate) const C_COMPLEMENTIZER: u32 = 1 << 4;
/// [`Lexicon::word_info_hashed`]: [`Lexicon::boundary`] accepts the word.
pub(crate) const C_BOUNDARY: u32 = 1 << 5;
/// [`Lexicon::word_info_hashed`]: [`Lexicon::pronoun`] accepts the word.
pub(crate) const C_PRONOUN: u32 = 1 << 6;
/// [`Lexicon::word_info_hashed`]: [`Lexicon::auxiliary`] accepts the word.
pub(crate) const C_AUXILIARY: u32 = 1 << 7;
/// [`Lexicon::word_info_hashed`]: [`Lexicon::licenser`] accepts the word.
pub(crate) const C_LICENSER: u32 = 1 << 8;
/// [`Lexicon::word_info_hashed`]: a word after which the subject stands before the verb
/// (`subject_first.txt`: Arabic كان، لكن; إلا and غير before a complementizer).
pub(crate) const C_SUBJECT_FIRST: u32 = 1 << 9;
/// [`Lexicon::word_info_hashed`], English only (the bit of the Arabic-only [`C_SUBJECT_FIRST`]):
/// an ambiguous speech-verb form that opens a clause without "that" after its subject
/// (`en/bare_reports.txt`: "X claims the plan failed").
pub(crate) const C_BARE_REPORT: u32 = C_SUBJECT_FIRST;
/// [`Lexicon::word_info_hashed`]: a particle between that subject and the verb
/// (`preverbal_particles.txt`: Arabic قد).
pub(crate) const C_PREVERBAL: u32 = 1 << 10;
/// [`Lexicon::word_info_hashed`]: a name particle after which a name goes on
/// (`name_particles.txt`: Arabic بن، أبو).
pub(crate) const C_NAME_PARTICLE: u32 = 1 << 11;
/// [`Lexicon::word_info_hashed`]: a word that may stand right before a subject that precedes
/// its verb (`subject_openers.txt`: Arabic أما).
pub(crate) const C_SUBJECT_OPENER: u32 = 1 << 12;
/// [`Lexicon::word_info_hashed`]: a preposition before the source of a report
/// (`source_prepositions.txt`: Arabic عن in "نقلت X عن Y").
pub(crate) const C_SOURCE: u32 = 1 << 13;
/// [`Lexicon::word_info_hashed`]: a complementizer with no pronoun attached
/// (`bare_complementizers.txt`: Arabic أن، فإن).
pub(crate) const C_BARE_COMPLEMENTIZER: u32 = 1 << 14;
/// [`Lexicon::word_info_hashed`]: a preposition (or a noun of time taking a genitive) that opens
/// an adjunct between a speech verb and its subject, with its object (`adjunct_prepositions.txt`:
/// Arabic في، خلال، أمام، مساء in "وقال في مؤتمر صحفي وزير …").
pub(crate) const C_ADJUNCT: u32 = 1 << 15;
// English only: the classes below share the bits of Arabic-only ones (from session 27 the class
// word is a u32 whose low [`CLASS_BITS`] the tokenizer caches; these stay shared, as their rules
// are tested on these bits). Every rule that reads those
// Arabic bits runs on Arabic text only (under `lex.arabic`, or reached only from such a rule),
// and `C_BARE_COMPLEMENTIZER` is read elsewhere only on complementizers, which none of its
// English words is (a test checks it).
/// [`Lexicon::word_info_hashed`], English only (the bit of the Arabic-only [`C_PREVERBAL`]): an
/// ambiguous speech-verb form of belief, cognition or asking (`en/beliefs.txt`: think, found,
/// wonder, ask), no report after "I", "we", "you" even with "that" after it.
pub(crate) const C_BELIEF: u32 = C_PREVERBAL;
/// [`Lexicon::word_info_hashed`], English only (the bit of the Arabic-only
/// [`C_BARE_COMPLEMENTIZER`]): a subject pronoun of the first or second person
/// (`en/first_persons.txt`: I, we, you).
pub(crate) const C_FIRST_PERSON: u32 = C_BARE_COMPLEMENTIZER;
/// [`Lexicon::word_info_hashed`], English only (the bit of the Arabic-only [`C_SOURCE`]): a
/// preposition that also opens an adverbial clause (`en/clause_prepositions.txt`: after, before).
pub(crate) const C_CLAUSE_PREP: u32 = C_SOURCE;
/// [`Lexicon::word_info_hashed`], English only (the bit of the Arabic-only
/// [`C_SUBJECT_OPENER`]): a relative pronoun that follows its head noun
/// (`en/head_relatives.txt`: which, that, who, whom).
pub(crate) const C_HEAD_RELATIVE: u32 = C_SUBJECT_OPENER;
/// [`Lexicon::word_info_hashed`], English only (the bit of the Arabic-only [`C_ADJUNCT`]): an
/// expletive subject that opens a clause (`en/expletives.txt`: there).
pub(crate) const C_EXPLETIVE: u32 = C_ADJUNCT;
/// [`Lexicon::word_info_hashed`], English only (the bit of the Arabic-only
/// [`C_NAME_PARTICLE`]): a verb whose object is the person it quotes
/// (`en/quoting_verbs.txt`: "quoted X as saying").
pub(crate) const C_QUOTING: u32 = C_NAME_PARTICLE;
/// [`Lexicon::word_info_hashed`]: all four bits of [`C_ADVERBIAL`], a value no [`Adverbial`]
/// takes (Arabic, the only language with this list, has no `adverbials.txt`): an adverb of time
/// or manner that may stand alone between a speech verb and its subject (`adverbs.txt`: Arabic
/// أمس، أيضا in "وقال أمس وزير …").
pub(crate) const C_ADVERB: u32 = C_ADVERBIAL;
/// [`Lexicon::word_info_hashed`], bits 16–23: the word's id among the function words of
/// `FUNCTION_WORDS` (0: none); [`Lexicon::roles`] holds each id's [`Role`]s (a word may have
/// several: "who", "it", "de").
pub(crate) const C_FUNCTION_WORD: u32 = 0xFF << FUNCTION_WORD_SHIFT;
/// Every class bit (`C_COMMA_WORD` … `C_ADJUNCT`, bits 0–15): a word of some class.
pub(crate) const C_ANY_CLASS: u32 = 0xFFFF;
/// Where [`C_FUNCTION_WORD`] starts.
pub(crate) const FUNCTION_WORD_SHIFT: u32 = 16;
/// How many low bits of a word's classes the tokenizer's cached word keeps: every `C_*` bit
/// lies below (a test checks it).
pub(crate) const CLASS_BITS: u32 = 24;

/// A set of roles of function words (`<code>/function_words.txt`), one bit each: the rules
/// ask [`Lexicon::is`] of a token or [`Lexicon::word_roles`] of a word instead of comparing
/// words in code.
pub(crate) type Role = u64;
/// Role `possessive` of `en/function_words.txt`: the clitic of a possessive "'s" ("CNN's Gloria Borger").
pub(crate) const R_POSSESSIVE: Role = 1 << 0;
/// Role `negative_preposition` of `en/function_words.txt`: a preposition after which a speech verb reports nothing ("without").
pub(crate) const R_NEGATIVE_PREP: Role = 1 << 1;
/// Role `object_preposition` of `en/function_words.txt`: a preposition whose object a participle cue after it is ("for", "in").
pub(crate) const R_OBJECT_PREP: Role = 1 << 2;
/// Role `comma_relative` of `en/function_words.txt`: a relative pronoun that opens a relative clause after a comma ("who", "which").
pub(crate) const R_COMMA_RELATIVE: Role = 1 << 3;
/// Role `possessive_relative` of `en/function_words.txt`: a possessive relative pronoun ("whose").
pub(crate) const R_POSSESSIVE_RELATIVE: Role = 1 << 4;
/// Role `free_relative` of `en/function_words.txt`: a free relative pronoun, with no head noun ("what").
pub(crate) const R_FREE_RELATIVE: Role = 1 << 5;
/// Role `clause_subject` of `en/function_words.txt`: a subject word that opens a clause though no pronoun list holds it ("it", "there").
pub(crate) const R_CLAUSE_SUBJECT: Role = 1 << 6;
/// Role `definite` of `en/function_words.txt`: the English definite article ("the").
pub(crate) const R_DEFINITE: Role = 1 << 7;
/// Role `indefinite` of `en/function_words.txt`: the English indefinite articles ("a", "an").
pub(crate) const R_INDEFINITE: Role = 1 << 8;
/// Role `possessive_determiner` of `en/function_words.txt`: an English possessive determiner ("his", "their").
pub(crate) const R_POSSESSIVE_DET: Role = 1 << 9;
/// Role `subject_relative` of `en/function_words.txt`: the English relative pronoun of a subject ("who").
pub(crate) const R_SUBJECT_RELATIVE: Role = 1 << 10;
/// Role `neuter_pronoun` of `en/function_words.txt`: the English neuter pronoun ("it").
pub(crate) const R_NEUTER: Role = 1 << 11;
/// Role `likeness` of `en/function_words.txt`: the preposition "like".
pub(crate) const R_LIKE: Role = 1 << 12;
/// Role `genitive` of `en/function_words.txt`: the English preposition "of".
pub(crate) const R_OF: Role = 1 << 13;
/// Role `head_preposition` of `en/function_words.txt`: a preposition after which a person noun's phrase goes on ("from", "for", "at").
pub(crate) const R_HEAD_PREP: Role = 1 << 14;
/// Role `programme_preposition` of `en/function_words.txt`: the preposition before a programme's title ("on").
pub(crate) const R_ON: Role = 1 << 15;
/// Role `agent_preposition` of `en/function_words.txt`: the preposition of a byline ("by").
pub(crate) const R_BY: Role = 1 << 16;
/// Role `coordinator` of `en/function_words.txt`: the conjunction of a coordinated subject ("and").
pub(crate) const R_AND: Role = 1 << 17;
/// Role `male_pronoun` of `en/function_words.txt`: a pronoun of a man ("he").
pub(crate) const R_HE: Role = 1 << 18;
/// Role `female_pronoun` of `en/function_words.txt`: a pronoun of a woman ("she").
pub(crate) const R_SHE: Role = 1 << 19;
/// Role `plural_pronoun` of `en/function_words.txt`: a pronoun of several or of an organisation ("they").
pub(crate) const R_THEY: Role = 1 << 20;
/// Role `subject_pronoun` of `en/function_words.txt`: an English subject pronoun that stands for a speaker between fragments.
pub(crate) const R_SUBJECT_PRONOUN: Role = 1 << 21;
/// Role `definite_singular` of `fr/function_words.txt`: a French singular definite article ("le", "la", "l").
pub(crate) const R_FR_DEFINITE_SG: Role = 1 << 22;
/// Role `definite_plural` of `fr/function_words.txt`: the French plural definite article ("les").
pub(crate) const R_FR_DEFINITE_PL: Role = 1 << 23;
/// Role `indefinite` of `fr/function_words.txt`: a French indefinite article ("un", "une").
pub(crate) const R_FR_INDEFINITE: Role = 1 << 24;

/// The articles of English and French (the, a, an; le, la, l', les, un, une, des): a noun
/// phrase opens with one of them. German's are [`R_DE_ARTICLE`].
pub(crate) const R_ARTICLES: Role =
    R_FR_DEFINITE_SG | R_FR_DEFINITE_PL | R_DEFINITE | R_INDEFINITE | R_FR_INDEFINITE;
/// Role `genitive` of `fr/function_words.txt`: French "de" and its contractions ("du", "des").
pub(crate) const R_FR_OF: Role = 1 << 25;
/// Role `subject_relative` of `fr/function_words.txt`: the French relative pronoun of a subject ("qui").
pub(crate) const R_FR_SUBJECT_RELATIVE: Role = 1 << 26;
/// Role `euphonic_t` of `fr/function_words.txt`: the euphonic t of the French inversion ("a-t-il").
pub(crate) const R_FR_EUPHONIC_T: Role = 1 << 27;
/// Role `subject_pronoun` of `fr/function_words.txt`: a French subject pronoun that stands for a speaker between fragments.
pub(crate) const R_FR_SUBJECT_PRONOUN: Role = 1 << 28;
/// Role `subject_pronoun` of `de/function_words.txt`: a German subject pronoun that stands for a speaker between fragments.
pub(crate) const R_DE_SUBJECT_PRONOUN: Role = 1 << 29;
/// Role `name_particle` of `names/function_words.txt`: a lowercase particle inside a name ("bin", "van", "de").
pub(crate) const R_NAME_PARTICLE: Role = 1 << 30;
/// Role `name_particle_minor` of `names/function_words.txt`: a name particle only where any may stand ("da", "di", "el").
pub(crate) const R_NAME_PARTICLE_MINOR: Role = 1 << 31;
/// Role `infinitive_to` of `en/function_words.txt`: "to" of an infinitive or a prepositional object.
pub(crate) const R_TO: Role = 1 << 32;
/// Role `that` of `en/function_words.txt`: "that" (complementizer, relative or demonstrative).
pub(crate) const R_THAT: Role = 1 << 33;
/// Role `demonstrative` of `en/function_words.txt`: the demonstrative "this".
pub(crate) const R_THIS: Role = 1 << 34;
/// Role `comparative_as` of `en/function_words.txt`: "as" of a comparison.
pub(crate) const R_AS: Role = 1 << 35;
/// Role `conditional_if` of `en/function_words.txt`: "if" of an indirect question.
pub(crate) const R_IF: Role = 1 << 36;
/// Role `topic_about` of `en/function_words.txt`: "about" of a question's topic.
pub(crate) const R_ABOUT: Role = 1 << 37;
/// Role `having` of `en/function_words.txt`: the gerund "having".
pub(crate) const R_HAVING: Role = 1 << 38;
/// Role `compared` of `en/function_words.txt`: "compared" of a second figure.
pub(crate) const R_COMPARED: Role = 1 << 39;
/// Role `relative_where` of `en/function_words.txt`: "where" of a relative clause on a place.
pub(crate) const R_WHERE: Role = 1 << 40;
/// Role `temporal_before` of `en/function_words.txt`: "before" of the subject's next act.
pub(crate) const R_BEFORE: Role = 1 << 41;
/// Role `contrast` of `en/function_words.txt`: a conjunction of a contrast ("but", "while", "however").
pub(crate) const R_CONTRAST: Role = 1 << 42;
/// Role `ordinal` of `en/function_words.txt`: an ordinal of "for the first time" ("first", "second", "third").
pub(crate) const R_ORDINAL: Role = 1 << 43;
/// Role `quantifier_at` of `en/function_words.txt`: "at" of "at least", "at most".
pub(crate) const R_AT: Role = 1 << 44;
/// Role `superlative` of `en/function_words.txt`: the second word of a quantifier ("least", "most").
pub(crate) const R_SUPERLATIVE: Role = 1 << 45;
/// Role `preposition_for` of `en/function_words.txt`: the preposition "for".
pub(crate) const R_FOR: Role = 1 << 46;
/// Role `tell` of `en/function_words.txt`: a form of "tell" ("told", "tell", "tells").
pub(crate) const R_TELL: Role = 1 << 47;
/// Role `telling` of `en/function_words.txt`: the participle "telling".
pub(crate) const R_TELLING: Role = 1 << 48;
/// Role `bare_tell` of `en/function_words.txt`: the bare form "tell".
pub(crate) const R_BARE_TELL: Role = 1 << 49;
/// Role `ask` of `en/function_words.txt`: a form of "ask" ("asked", "ask", "asks", "asking").
pub(crate) const R_ASK: Role = 1 << 50;
/// Role `interrogative` of `en/function_words.txt`: a word that opens an indirect question ("if", "whether", "why", …).
pub(crate) const R_INTERROGATIVE: Role = 1 << 51;
/// Role `relative_which` of `en/function_words.txt`: the relative pronoun "which".
pub(crate) const R_WHICH: Role = 1 << 52;
/// Role `relative_whom` of `en/function_words.txt`: the relative pronoun "whom".
pub(crate) const R_WHOM: Role = 1 << 53;
/// Role `even` of `en/function_words.txt`: "even" before a subordinator.
pub(crate) const R_EVEN: Role = 1 << 54;
/// Role `negation` of `en/function_words.txt`: a negation of an infinitive ("not", "never").
pub(crate) const R_NEGATION: Role = 1 << 55;
/// Role `disjunction` of `en/function_words.txt`: the conjunction "or".
pub(crate) const R_OR: Role = 1 << 56;
/// Role `article_a` of `en/function_words.txt`: the indefinite article "a" alone (not "an").
pub(crate) const R_A: Role = 1 << 57;
/// Role `definite` of `de/function_words.txt`: a German definite article ("der", "die", "das").
pub(crate) const R_DE_DEFINITE: Role = 1 << 58;
/// Role `article` of `de/function_words.txt`: a German article in any case ("der", "dem",
/// "des", "einem"), inside a source's noun phrase after a verbless cue ("Laut einem Sprecher
/// der Polizei wurden …").
pub(crate) const R_DE_ARTICLE: Role = 1 << 60;
/// Role `genitive` of `de/function_words.txt`: a German article that may open a genitive
/// after a noun ("der Sprecher des Ministeriums", "die Chefin der Partei"); the others ("den",
/// "dem", "die" …) open the next phrase, an object ("verteidigte der Minister den Einsatz").
pub(crate) const R_DE_GENITIVE: Role = 1 << 61;
/// Role `quantity_pro_form` of `en/function_words.txt`: the quantity that stands for a
/// report after "as" ("said as much").
pub(crate) const R_QUANTITY_PRO_FORM: Role = 1 << 62;
/// Role `concessive` of `en/function_words.txt`: "despite" after a comma, the reporter's
/// concession on a report (", despite claims to the contrary").
pub(crate) const R_DESPITE: Role = 1 << 63;
/// Role `name_in_h` of `names/function_words.txt`: an Arabic given name ending in ه, no
/// possessive suffix ("نزيه النصر").
pub(crate) const R_NAME_IN_H: Role = 1 << 59;

/// The function-word files: each line a role name and its words. Read for every language (the
/// rules that compare them run on every language but Arabic's own, and an English word keeps
/// its effect in a text of another language, as when the words were literals in the code).
const FUNCTION_WORDS: &[(&str, &str)] = &[
    ("en", data!("en", "function_words.txt")),
    ("fr", data!("fr", "function_words.txt")),
    ("de", data!("de", "function_words.txt")),
    ("names", data!("names", "function_words.txt")),
];

/// The [`Role`] of each (file, role name) of [`FUNCTION_WORDS`].
const ROLES: &[(&str, &str, Role)] = &[
    ("en", "possessive", R_POSSESSIVE),
    ("en", "negative_preposition", R_NEGATIVE_PREP),
    ("en", "object_preposition", R_OBJECT_PREP),
    ("en", "comma_relative", R_COMMA_RELATIVE),
    ("en", "possessive_relative", R_POSSESSIVE_RELATIVE),
    ("en", "free_relative", R_FREE_RELATIVE),
    ("en", "clause_subject", R_CLAUSE_SUBJECT),
    ("en", "definite", R_DEFINITE),
    ("en", "indefinite", R_INDEFINITE),
    ("en", "possessive_determiner", R_POSSESSIVE_DET),
    ("en", "subject_relative", R_SUBJECT_RELATIVE),
    ("en", "neuter_pronoun", R_NEUTER),
    ("en", "likeness", R_LIKE),
    ("en", "genitive", R_OF),
    ("en", "head_preposition", R_HEAD_PREP),
    ("en", "programme_preposition", R_ON),
    ("en", "agent_preposition", R_BY),
    ("en", "coordinator", R_AND),
    ("en", "male_pronoun", R_HE),
    ("en", "female_pronoun", R_SHE),
    ("en", "plural_pronoun", R_THEY),
    ("en", "subject_pronoun", R_SUBJECT_PRONOUN),
    ("fr", "definite_singular", R_FR_DEFINITE_SG),
    ("fr", "definite_plural", R_FR_DEFINITE_PL),
    ("fr", "indefinite", R_FR_INDEFINITE),
    ("fr", "genitive", R_FR_OF),
    ("fr", "subject_relative", R_FR_SUBJECT_RELATIVE),
    ("fr", "euphonic_t", R_FR_EUPHONIC_T),
    ("fr", "subject_pronoun", R_FR_SUBJECT_PRONOUN),
    ("de", "subject_pronoun", R_DE_SUBJECT_PRONOUN),
    ("names", "name_particle", R_NAME_PARTICLE),
    ("names", "name_particle_minor", R_NAME_PARTICLE_MINOR),
    ("names", "name_in_h", R_NAME_IN_H),
    ("en", "infinitive_to", R_TO),
    ("en", "that", R_THAT),
    ("en", "demonstrative", R_THIS),
    ("en", "comparative_as", R_AS),
    ("en", "conditional_if", R_IF),
    ("en", "topic_about", R_ABOUT),
    ("en", "having", R_HAVING),
    ("en", "compared", R_COMPARED),
    ("en", "relative_where", R_WHERE),
    ("en", "temporal_before", R_BEFORE),
    ("en", "contrast", R_CONTRAST),
    ("en", "ordinal", R_ORDINAL),
    ("en", "quantifier_at", R_AT),
    ("en", "superlative", R_SUPERLATIVE),
    ("en", "preposition_for", R_FOR),
    ("en", "tell", R_TELL),
    ("en", "telling", R_TELLING),
    ("en", "bare_tell", R_BARE_TELL),
    ("en", "ask", R_ASK),
    ("en", "interrogative", R_INTERROGATIVE),
    ("en", "relative_which", R_WHICH),
    ("en", "relative_whom", R_WHOM),
    ("en", "even", R_EVEN),
    ("en", "negation", R_NEGATION),
    ("en", "disjunction", R_OR),
    ("en", "article_a", R_A),
    ("de", "definite", R_DE_DEFINITE),
    ("de", "article", R_DE_ARTICLE),
    ("de", "genitive", R_DE_GENITIVE),
    ("en", "quantity_pro_form", R_QUANTITY_PRO_FORM),
    ("en", "concessive", R_DESPITE),
];

/// How many lines the files of [`FUNCTION_WORDS`] hold together.
// Compile-time evaluation: an index out of bounds fails the build, never a run.
#[allow(clippy::indexing_slicing)]
const FUNCTION_WORD_LINES: usize = {
    let mut n = 0;
    let mut f = 0;
    while f < FUNCTION_WORDS.len() {
        n += datafile::line_count(FUNCTION_WORDS[f].1.as_bytes());
        f += 1;
    }
    n
};

/// The [`Role`] of each line of the [`FUNCTION_WORDS`] files, in their order: the line's name
/// ([`datafile::line_name`]) looked up in [`ROLES`] while the crate compiles (0 for a name it
/// does not know), so that neither that table (24 bytes a role, ~1.5 KB) nor its names are in
/// the binary (−0.5 KB gzipped of the wasm, session 50).
// Compile-time evaluation: an index out of bounds fails the build, never a run.
#[allow(clippy::indexing_slicing)]
const LINE_ROLES: [Role; FUNCTION_WORD_LINES] = {
    let mut out = [0; FUNCTION_WORD_LINES];
    let mut n = 0;
    let mut f = 0;
    while f < FUNCTION_WORDS.len() {
        let (code, file) = FUNCTION_WORDS[f];
        let raw = file.as_bytes();
        let mut start = 0;
        while start < raw.len() {
            let end = datafile::line_end(raw, start);
            let (a, b) = datafile::line_name(raw, start, end);
            let mut r = 0;
            while r < ROLES.len() {
                let (c, name, role) = ROLES[r];
                if c.len() == code.len()
                    && datafile::bytes_at(c.as_bytes(), code.as_bytes(), 0)
                    && name.len() == b - a
                    && datafile::bytes_at(name.as_bytes(), raw, a)
                {
                    out[n] = role;
                    break;
                }
                r += 1;
            }
            n += 1;
            start = end + 1;
        }
        f += 1;
    }
    out
};

/// The files of [`FUNCTION_WORDS`] without their role names (each line its words alone; the
/// roles are [`LINE_ROLES`]): the text the binary carries (−0.3 KB gzipped, session 50).
// Compile-time evaluation: an index out of bounds fails the build, never a run.
#[allow(clippy::indexing_slicing)]
const FUNCTION_WORD_TEXTS: [&str; 4] = [
    crate::data_unnamed!(FUNCTION_WORDS[0].1),
    crate::data_unnamed!(FUNCTION_WORDS[1].1),
    crate::data_unnamed!(FUNCTION_WORDS[2].1),
    crate::data_unnamed!(FUNCTION_WORDS[3].1),
];
const _: () = assert!(FUNCTION_WORD_TEXTS.len() == FUNCTION_WORDS.len());

/// The words of [`FUNCTION_WORDS`] with their ids ([`C_FUNCTION_WORD`], from 1 in order of
/// first appearance) and each id's [`Role`]s (the same for every lexicon: read once), each
/// line's words from [`FUNCTION_WORD_TEXTS`] and its role from [`LINE_ROLES`]. A role name
/// that [`ROLES`] does not know gives its words no role (a test checks that every line is
/// known).
fn function_words() -> &'static (FxMap<String, u32>, [Role; 256]) {
    static WORDS: OnceLock<(FxMap<String, u32>, [Role; 256])> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words: FxMap<String, u32> = FxMap::default();
        let mut roles = [0; 256];
        let mut line_roles = LINE_ROLES.iter();
        for file in FUNCTION_WORD_TEXTS {
            for line in lang::entries(file) {
                let role = line_roles.next().copied().unwrap_or(0);
                for w in line.split_whitespace().map(lang::light_fold) {
                    let next = words.len() as u32 + 1;
                    let id = *words.entry(w).or_insert(next);
                    if let Some(r) = roles.get_mut(id as usize) {
                        *r |= role;
                    }
                }
            }
        }
        (words, roles)
    })
}

/// A set of roles of English word endings (`en/suffixes.txt`), one bit each: the rules ask
/// [`ends`] of a word instead of testing endings written in code.
pub(crate) type Suffix = u8;
/// Suffix role `participle` of `en/suffixes.txt`: "-ing".
pub(crate) const S_ING: Suffix = 1 << 0;
/// Suffix role `past` of `en/suffixes.txt`: "-ed".
pub(crate) const S_ED: Suffix = 1 << 1;
/// Suffix role `adverb` of `en/suffixes.txt`: "-ly".
pub(crate) const S_LY: Suffix = 1 << 2;
/// Suffix role `plural` of `en/suffixes.txt`: "-s".
pub(crate) const S_S: Suffix = 1 << 3;
/// Suffix role `double_s` of `en/suffixes.txt`: "-ss", no plural.
pub(crate) const S_SS: Suffix = 1 << 4;
/// Suffix role `latin_singular` of `en/suffixes.txt`: "-us", "-is", no plural.
pub(crate) const S_LATIN: Suffix = 1 << 5;
/// Suffix role `news` of `en/suffixes.txt`: "-ws", no plural.
pub(crate) const S_WS: Suffix = 1 << 6;
/// Suffix role `pronoun_thing` of `en/suffixes.txt`: "-thing", no participle.
pub(crate) const S_THING: Suffix = 1 << 7;

/// The role names of `en/suffixes.txt`, the name of [`Suffix`] bit `b` at index `b`.
const SUFFIX_ROLES: [&str; 8] = [
    "participle",
    "past",
    "adverb",
    "plural",
    "double_s",
    "latin_singular",
    "news",
    "pronoun_thing",
];

/// The most endings of one role (a longer line fails the build).
const MAX_SUFFIXES: usize = 2;

/// The endings of each [`Suffix`] bit (index `b`: the line of `SUFFIX_ROLES[b]` in
/// `en/suffixes.txt`, then empty strings), read from the file while the crate compiles: the
/// rules test constant endings, as when they were literals (no table is read at run time).
// Compile-time evaluation: an index out of bounds fails the build, never a run.
#[allow(clippy::indexing_slicing)]
const SUFFIXES: [[&str; MAX_SUFFIXES]; 8] = {
    const FILE: &str = data!("en", "suffixes.txt");
    let mut out = [[""; MAX_SUFFIXES]; 8];
    let mut b = 0;
    while b < 8 {
        out[b] = crate::datafile::line_words(FILE, SUFFIX_ROLES[b]);
        b += 1;
    }
    out
};

/// True if the word `w` ends with an ending of one of `roles` ([`Suffix`]: `en/suffixes.txt`,
/// the same for every language; `w` as the caller has it, folded or as written).
#[cfg_attr(not(target_arch = "wasm32"), inline)]
pub(crate) fn ends(roles: Suffix, w: &str) -> bool {
    SUFFIXES.iter().enumerate().any(|(b, endings)| {
        roles & (1 << b) != 0 && endings.iter().any(|e| !e.is_empty() && w.ends_with(e))
    })
}

/// The [`Adverbial`]s in declaration order: `ADVERBIALS[a as usize] == a`.
const ADVERBIALS: [Adverbial; 14] = [
    Adverbial::Word,
    Adverbial::Prep,
    Adverbial::Det,
    Adverbial::Obj,
    Adverbial::Passive,
    Adverbial::Infinitive,
    Adverbial::Rel,
    Adverbial::Sub,
    Adverbial::Adj,
    Adverbial::Conj,
    Adverbial::Say,
    Adverbial::Comment,
    Adverbial::Past,
    Adverbial::Gerund,
];

impl Adverbial {
    /// The [`Adverbial`] in the [`C_ADVERBIAL`] bits of `class`.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub(crate) fn from_class(class: u32) -> Option<Adverbial> {
        let code = ((class & C_ADVERBIAL) as usize).checked_sub(1)?;
        ADVERBIALS.get(code).copied()
    }
}

/// The `C_*` bits of every word the look-ups behind them accept (their lists, and in Arabic
/// the forms with the proclitic و/ف each look-up strips).
fn word_classes(lex: &Lexicon, class_lists: &[(&'static str, u32)]) -> ClassTable {
    let mut map: FxMap<String, u32> = FxMap::default();
    let mut add = |w: String, bit: u32| *map.entry(w).or_insert(0) |= bit;
    for (w, &a) in &lex.adverbials.map {
        add(w.clone(), u32::from(a) + 1);
    }
    // (list, class, proclitics stripped, fewest characters of the whole word to strip them)
    let lists: [(&Words<bool>, u32, &[&str], usize); 5] = [
        (
            &lex.lang_sets[LANG_COMPLEMENTIZERS],
            C_COMPLEMENTIZER,
            &[ar::AND_WORD],
            3,
        ),
        (
            &lex.lang_sets[LANG_BOUNDARIES],
            C_BOUNDARY,
            &[ar::AND_WORD, ar::THEN_WORD],
            3,
        ),
        (
            &lex.lang_sets[LANG_PRONOUNS],
            C_PRONOUN,
            &[ar::AND_WORD, ar::THEN_WORD],
            0,
        ),
        (&lex.lang_sets[LANG_AUXILIARIES], C_AUXILIARY, &[], 0),
        (&lex.ar_sets[SET_LICENSERS], C_LICENSER, &[], 0),
    ];
    for (list, bit, proclitics, min_chars) in lists {
        for w in list.map.keys() {
            add(w.clone(), bit);
            if !lex.arabic {
                continue;
            }
            for p in proclitics {
                let v = [p, w.as_str()].concat();
                if v.chars().count() >= min_chars {
                    add(v, bit);
                }
            }
        }
    }
    for (w, &id) in &function_words().0 {
        add(w.clone(), id << FUNCTION_WORD_SHIFT);
    }
    for &(file, bit) in class_lists {
        for w in lang::entries(file) {
            add(lang::light_fold(w), bit);
        }
    }
    ClassTable::new(map)
}

fn adverbials(file: &'static str) -> Words<u8> {
    tagged(file, &ADVERBIAL_TAGS, Adverbial::Word as u8)
}

/// The tags of `en/adverbials.txt` and their [`Adverbial`]s (any other tag: [`Adverbial::Word`]).
const ADVERBIAL_TAGS: [(&str, u8); 13] = [
    ("prep", Adverbial::Prep as u8),
    ("det", Adverbial::Det as u8),
    ("obj", Adverbial::Obj as u8),
    ("pass", Adverbial::Passive as u8),
    ("inf", Adverbial::Infinitive as u8),
    ("rel", Adverbial::Rel as u8),
    ("sub", Adverbial::Sub as u8),
    ("adj", Adverbial::Adj as u8),
    ("conj", Adverbial::Conj as u8),
    ("say", Adverbial::Say as u8),
    ("comment", Adverbial::Comment as u8),
    ("past", Adverbial::Past as u8),
    ("ger", Adverbial::Gerund as u8),
];

/// The `word [tag]` lines of a data file ([`lang::tagged`]; `""` for no tag) as a map, the
/// word light-folded, its value the one `roles` gives its tag (the first entry of that tag),
/// else `other` (a line whose value is [`LEFT_OUT`] is left out). A table rather than a
/// closure per list: each closure's instance inlined its own copy of the loop into [`build`];
/// and bytes rather than a generic value: one copy for the four lists (each enum's instance,
/// with one caller, was inlined there too).
#[inline(never)]
fn tagged(file: &'static str, roles: &[(&str, u8)], other: u8) -> Words<u8> {
    let mut map = FxMap::default();
    for (w, tag) in lang::tagged(file) {
        let role = roles.iter().find(|r| r.0 == tag).map_or(other, |r| r.1);
        if role != LEFT_OUT {
            map.insert(lang::light_fold(w), role);
        }
    }
    Words::new(map)
}

/// The value of [`tagged`] for a line left out.
const LEFT_OUT: u8 = u8::MAX;

/// What a word of `mentions.txt` says about the mention holding it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MentionWord {
    /// An organisation ("ministry", "broadcaster").
    Org,
    /// A man ("Mr", "spokesman", a given name).
    Male,
    /// A woman ("Mrs", "spokeswoman", a given name).
    Female,
    /// A person of either sex ("president", "Dr").
    Person,
    /// Several people ("officials", "counterparts").
    Plural,
}

impl MentionWord {
    /// True for a person ("spokesperson", "Mr", a given name), whatever the gender.
    pub(crate) fn is_person(self) -> bool {
        matches!(
            self,
            MentionWord::Person | MentionWord::Male | MentionWord::Female
        )
    }
}

fn mention_words(file: &'static str) -> Words<u8> {
    tagged(file, &MENTION_TAGS, MentionWord::Person as u8)
}

/// The [`MentionWord`]s in declaration order: `MENTION_WORDS[m as usize] == m`.
const MENTION_WORDS: [MentionWord; 5] = [
    MentionWord::Org,
    MentionWord::Male,
    MentionWord::Female,
    MentionWord::Person,
    MentionWord::Plural,
];

/// The tags of `en/mentions.txt` and what they say (no tag: nothing, the line is left out; any
/// other tag: [`MentionWord::Person`]).
const MENTION_TAGS: [(&str, u8); 5] = [
    ("", LEFT_OUT),
    ("org", MentionWord::Org as u8),
    ("m", MentionWord::Male as u8),
    ("f", MentionWord::Female as u8),
    ("plural", MentionWord::Plural as u8),
];

#[inline(never)]
fn set(file: &'static str) -> FxMap<String, bool> {
    lang::entries(file)
        .map(|w| (lang::light_fold(w), true))
        .collect()
}

/// The `word [tag]` entries of a data file ([`lang::tagged`]) as a list: one out-of-line
/// reader for the lexicon's tagged lists (the collect inlined at each field cost ~170 B raw).
#[inline(never)]
fn tag_list(file: &'static str) -> Vec<(&'static str, &'static str)> {
    // (A push loop: less code than collect's size-hinted first allocation.)
    let mut list = Vec::new();
    for e in lang::tagged(file) {
        list.push(e);
    }
    list
}

/// The most words [`Lexicon::close_words`] holds (a test checks the data file against it).
pub(crate) const MAX_CLOSE: usize = 4;

/// The words tagged `close` in `sources` (`ar/final_sources.txt`), then empty strings.
fn close_words(sources: &[(&'static str, &'static str)]) -> [&'static str; MAX_CLOSE] {
    let mut close = [""; MAX_CLOSE];
    let words = sources.iter().filter(|e| e.1 == "close").map(|e| e.0);
    for (slot, w) in close.iter_mut().zip(words) {
        *slot = w;
    }
    close
}

/// The folded Arabic word `folded` without up to two proclitics و/ف/ب/ل/ك (each only when
/// three letters or more remain).
fn proclitics_off(folded: &str) -> &str {
    let mut w = folded;
    for _ in 0..2 {
        if let Some(r) = proclitic_off(w) {
            w = r;
        }
    }
    w
}

/// The folded Arabic word `w` without its first letter, when that is a proclitic و/ف/ب/ل/ك and
/// three letters or more remain.
fn proclitic_off(w: &str) -> Option<&str> {
    ar::strip_letter(w, ar::PROCLITICS).filter(|r| r.chars().count() >= 3)
}

/// The complementizers in [`Lexicon::lang_sets`] ([`Files::complementizers`]).
const LANG_COMPLEMENTIZERS: usize = 0;
/// The term nouns in [`Lexicon::lang_sets`] ([`Files::term_nouns`]).
const LANG_TERM_NOUNS: usize = 1;
/// The noun-phrase boundaries in [`Lexicon::lang_sets`] ([`Files::boundaries`]).
const LANG_BOUNDARIES: usize = 2;
/// The subject pronouns in [`Lexicon::lang_sets`] ([`Files::pronouns`]).
const LANG_PRONOUNS: usize = 3;
/// The auxiliaries in [`Lexicon::lang_sets`] ([`Files::auxiliaries`]).
const LANG_AUXILIARIES: usize = 4;
/// The subjunctive forms in [`Lexicon::lang_sets`] ([`Files::subjunctives`]).
const LANG_SUBJUNCTIVES: usize = 5;
/// How many sets [`Lexicon::lang_sets`] holds (the `LANG_*` constants are their indices).
const LANG_SETS: usize = LANG_SUBJUNCTIVES + 1;

/// The files of [`Lexicon::ar_sets`], in the order of the `SET_*` constants (read with [`words`]).
const AR_SETS: [&str; 11] = [
    data!("ar", "licensers.txt"),
    data!("ar", "anaphors.txt"),
    data!("ar", "epithets.txt"),
    data!("ar", "documents.txt"),
    data!("ar", "institutions.txt"),
    data!("ar", "title_places.txt"),
    data!("ar", "impersonal_frames.txt"),
    data!("ar", "far_verbs.txt"),
    data!("ar", "contrast_pronouns.txt"),
    data!("ar", "topic_openers.txt"),
    data!("ar", "kin_nouns.txt"),
];
/// Arabic words that license an ambiguous verb before them (`licensers.txt`, folded): see
/// [`Lexicon::licenser`].
const SET_LICENSERS: usize = 0;
/// Arabic ordinal anaphors (`anaphors.txt`, folded): see [`Lexicon::anaphor`].
const SET_ANAPHORS: usize = 1;
/// Arabic head nouns of an epithet (`epithets.txt`, folded): see [`Lexicon::epithet`].
const SET_EPITHETS: usize = 2;
/// Arabic nouns of documents (`documents.txt`, folded): see [`Lexicon::document`].
const SET_DOCUMENTS: usize = 3;
/// Arabic class nouns of institutions (`institutions.txt`, folded): see
/// [`Lexicon::institution`].
const SET_INSTITUTIONS: usize = 4;
/// Arabic prepositions between a title and its place before the name (`ar/title_places.txt`,
/// folded): see [`Lexicon::title_place`].
const SET_TITLE_PLACES: usize = 5;
/// Arabic words before an impersonal frame's verb (`impersonal_frames.txt`, folded): see
/// [`Lexicon::impersonal`].
const SET_IMPERSONAL: usize = 6;
/// Arabic ambiguous verb forms that a complementizer anywhere in the clause's window
/// licenses (`far_verbs.txt`, folded): see [`Lexicon::far_verb`].
const SET_FAR_VERBS: usize = 7;
/// Arabic لكن with a subject pronoun (`ar/contrast_pronouns.txt`, folded): see
/// [`Lexicon::contrast_pronoun`].
const SET_CONTRAST_PRONOUNS: usize = 8;
/// Arabic words opening a new interview topic after a comma (`ar/topic_openers.txt`,
/// folded): see [`Lexicon::topic_opener`].
const SET_TOPIC_OPENERS: usize = 9;
/// Arabic kin nouns before a possessive suffix (`ar/kin_nouns.txt`, folded): see
/// [`Lexicon::kin_noun`].
const SET_KIN: usize = 10;

/// The files of [`Lexicon::ar_lists`], in the order of the `LIST_*` constants (read with
/// [`tag_list`]).
const AR_LISTS: [&str; 6] = [
    data!("ar", "final_sources.txt"),
    data!("ar", "boundary_nouns.txt"),
    data!("ar", "object_first_verbs.txt"),
    data!("ar", "norms.txt"),
    data!("ar", "question_openers.txt"),
    data!("ar", "report_tails.txt"),
];
/// Arabic words before a speech verb that make it a postposed source, each with its tag
/// (`ar/final_sources.txt`, read once with [`lang::tagged`]): see [`Lexicon::final_source`].
const LIST_FINAL_SOURCES: usize = 0;
/// Nouns spelled, as written, like no boundary word but folded like one
/// (`boundary_nouns.txt`, read once with [`tag_list`], no tags): see
/// [`Lexicon::boundary_noun`].
const LIST_BOUNDARY_NOUNS: usize = 1;
/// Arabic speech verbs whose object stands before their ب complement
/// (`object_first_verbs.txt`, read once with [`tag_list`], no tags): see
/// [`Lexicon::object_first_verb`].
const LIST_OBJECT_FIRST_VERBS: usize = 2;
/// Arabic nouns of a rule or a circumstance (`norms.txt`, read once with [`tag_list`]):
/// see [`Lexicon::norm`].
const LIST_NORMS: usize = 3;
/// The forms of تساءل (tag `v`) and the words opening its question (`ar/question_openers.txt`,
/// read once with [`lang::tagged`]): see [`Lexicon::question_opener`].
const LIST_QUESTION_OPENERS: usize = 4;
/// The first two words of the reporter's addition after a report (`ar/report_tails.txt`,
/// read once with [`lang::tagged`]): see [`Lexicon::report_tail`].
const LIST_REPORT_TAILS: usize = 5;

#[inline(never)]
fn words(file: &'static str) -> Words<bool> {
    Words::new(set(file))
}

fn build(f: &Files, marks_override: Option<&'static str>) -> Lexicon {
    let mut marks: Vec<&'static str> = Vec::new();
    let mut pairs = Vec::new();
    let id = |m: &'static str, marks: &mut Vec<&'static str>| -> usize {
        match marks.iter().position(|x| *x == m) {
            Some(i) => i,
            None => {
                marks.push(m);
                marks.len() - 1
            }
        }
    };
    for line in lang::entries(marks_override.unwrap_or(f.marks)) {
        let mut parts = line.split_whitespace();
        let (Some(open), Some(close)) = (parts.next(), parts.next()) else {
            continue;
        };
        let flag = parts.next();
        let after_colon = flag == Some("after-colon");
        if marks.len() >= 30 {
            break; // bitmasks in the scanner hold 32 marks
        }
        let open = id(open, &mut marks);
        let close = id(close, &mut marks);
        if pairs
            .iter()
            .any(|p: &MarkPair| p.open == open && p.close == close)
        {
            continue;
        }
        pairs.push(MarkPair {
            open,
            close,
            after_colon,
            line_start: flag == Some("line-start"),
        });
    }
    let mut verbs = FxMap::default();
    let mut labels = FxMap::default();
    // `word ~`: a label verb; `word ?`: an ambiguous one (grouped by tag, `data_grouped!`).
    for (word, tag) in lang::tagged(f.verbs) {
        if tag == "~" {
            labels.insert(lang::light_fold(word), true);
            continue;
        }
        verbs.entry(lang::light_fold(word)).or_insert(tag == "?");
    }
    let cues: Vec<VerblessCue> = lang::entries(f.cues)
        .map(|line| {
            let mut ambiguous = false;
            let mut initial_only = false;
            let mut words = Vec::new();
            for w in line.split_whitespace() {
                match w {
                    "?" => ambiguous = true,
                    "^" => initial_only = true,
                    w => words.extend(super::tokens::fold_words(w)),
                }
            }
            VerblessCue {
                words,
                ambiguous,
                initial_only,
            }
        })
        .filter(|c| !c.words.is_empty())
        .collect();
    let arabic = f.code == "ar";
    let participles = set(f.participles);
    let (cue_forms, cue_prefix_l) = cue_forms(arabic, &verbs, &participles, &cues);
    let mut cue_filter = vec![0u64; FILTER_BITS / 64];
    for f in &cue_forms {
        let k = filter_key(f);
        if let Some(w) = cue_filter.get_mut(k / 64) {
            *w |= 1 << (k % 64);
        }
    }
    let mut mark_chars: Vec<char> = Vec::new();
    for p in pairs.iter().filter(|p| !p.after_colon) {
        for m in [p.open, p.close] {
            if let Some(c) = marks.get(m).and_then(|m| m.chars().next()) {
                if !mark_chars.contains(&c) {
                    mark_chars.push(c);
                }
            }
        }
    }
    // The Arabic-only and English-only files: empty for the other languages.
    let english = f.code == "en";
    let ar = |file: &'static str| if arabic { file } else { "" };
    let en = |file: &'static str| if english { file } else { "" };
    // (One loop over a table each: a field each inlined its call and its move into [`build`].)
    let ar_lists = AR_LISTS.map(|file| tag_list(ar(file)));
    let mut lex = Lexicon {
        arabic,
        english,
        german: f.code == "de",
        short_partial_anywhere: lang::tagged(f.settings).any(|e| e.0 == "short-partial-anywhere"),
        marks,
        pairs,
        mark_chars,
        verbs: Words::new(verbs),
        labels: Words::new(labels),
        participles: Words::new(participles),
        cues,
        lang_sets: [
            f.complementizers,
            f.term_nouns,
            f.boundaries,
            f.pronouns,
            f.auxiliaries,
            f.subjunctives,
        ]
        .map(words),
        anonymous_sources: tagged(ar(data!("ar", "anonymous_sources.txt")), &[("", 0)], 1),
        speech_nouns: tagged(ar(data!("ar", "speech_nouns.txt")), &[("", 1)], 0),
        close_words: close_words(&ar_lists[LIST_FINAL_SOURCES]),
        ar_sets: AR_SETS.map(|file| words(ar(file))),
        ar_lists,
        adverbials: adverbials(en(crate::data_grouped!(data!("en", "adverbials.txt")))),
        mention_words: mention_words(en(crate::data_grouped!(data!("en", "mentions.txt")))),
        classes: ClassTable::new(FxMap::default()),
        roles: function_words().1,
        cue_forms,
        cue_filter,
        cue_prefix_l,
    };
    lex.classes = word_classes(&lex, f.class_lists);
    lex
}

/// Every folded form that [`Lexicon::verb`], [`Lexicon::participle`] or the first word of a
/// verbless cue can accept (a superset; generated from the inverse of the look-ups), and
/// whether a lone-ل verbless cue exists.
fn cue_forms(
    arabic: bool,
    verbs: &FxMap<String, bool>,
    participles: &FxMap<String, bool>,
    cues: &[VerblessCue],
) -> (FxSet<String>, bool) {
    let mut forms = FxSet::default();
    let mut prefix_l = false;
    let add = |forms: &mut FxSet<String>, w: String| {
        if arabic {
            forms.insert([ar::AND_WORD, &w].concat());
            forms.insert([ar::THEN_WORD, &w].concat());
        }
        forms.insert(w);
    };
    for cue in cues {
        let Some(first) = cue.words.first() else {
            continue;
        };
        if arabic && cue.words.len() == 1 && first == ar::TO_WORD {
            prefix_l = true;
        }
        add(&mut forms, first.clone());
    }
    for v in verbs.keys() {
        add(&mut forms, v.clone());
        if !arabic {
            continue;
        }
        for suffix in AR_VERB_SUFFIXES {
            add(&mut forms, [v.as_str(), suffix].concat());
        }
        // Imperfect ت… for ي… (with the same suffixes).
        if let Some(rest) = v.strip_prefix(ar::IMPERFECT_HE) {
            add(&mut forms, [ar::IMPERFECT_SHE_STR, rest].concat());
            for suffix in AR_VERB_SUFFIXES {
                add(&mut forms, [ar::IMPERFECT_SHE_STR, rest, suffix].concat());
            }
        }
    }
    for p in participles.keys() {
        for ending in AR_PARTICIPLE_ENDINGS {
            add(&mut forms, [p.as_str(), ending].concat());
        }
    }
    (forms, prefix_l)
}

/// Arabic suffixes tried when looking a verb up: feminine ت, plural وا/ون/ن, object pronouns.
const AR_VERB_SUFFIXES: &[&str] = &ar::VERB_SUFFIXES;
/// Arabic participle endings: accusative ا, feminine ة (folded ه), plurals.
const AR_PARTICIPLE_ENDINGS: &[&str] = &ar::PARTICIPLE_ENDINGS;

impl Lexicon {
    /// False when no cue can start with the folded word `folded` (one hash look-up; when true,
    /// the cue look-ups decide). Every word that [`Lexicon::verb`] or [`Lexicon::participle`]
    /// accepts passes (the forms are listed: test `cue_forms_cover_every_cue_lookup`).
    pub fn may_cue(&self, folded: &str) -> bool {
        let k = filter_key(folded);
        let maybe = self
            .cue_filter
            .get(k / 64)
            .is_some_and(|w| w & (1 << (k % 64)) != 0);
        maybe && self.cue_forms.contains(folded) || self.cue_prefix_l && folded.starts_with(ar::TO)
    }

    /// True if the word token `t` has one of `roles` ([`Role`]: its folded form is listed for
    /// one of them in a `function_words.txt`).
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub(crate) fn is(&self, roles: Role, t: &Token) -> bool {
        self.roles
            .get(usize::from(t.function_word()))
            .is_some_and(|r| r & roles != 0)
    }

    /// The [`Role`]s of the word `w` (compared as it is: a folded form, or a word lowered by
    /// the caller).
    pub(crate) fn word_roles(&self, w: &str) -> Role {
        let parts = filter_parts(w.as_bytes());
        let hash = mix(parts.0, parts.1, w.len());
        let id = (self.classes.get(w, parts, hash) & C_FUNCTION_WORD) >> FUNCTION_WORD_SHIFT;
        self.roles.get(id as u8 as usize).copied().unwrap_or(0)
    }

    /// Of a folded word: [`Lexicon::may_cue`] and its `C_*` bits (one hash of the word for
    /// both); the tokenizer calls [`Lexicon::word_info_hashed`] with the hash it has.
    #[cfg(test)]
    pub fn word_info(&self, folded: &str) -> (bool, u32) {
        let parts = filter_parts(folded.as_bytes());
        let hash = mix(parts.0, parts.1, folded.len());
        self.word_info_hashed(folded, parts, hash)
    }

    /// For the tokenizer, of each folded word: whether a cue may start with it, and its `C_*`
    /// bits, given the word's [`filter_parts`] and their [`mix`] (one hash of the word for
    /// both, which the tokenizer has already for a word that folds to itself).
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub(crate) fn word_info_hashed(
        &self,
        folded: &str,
        parts: (u64, u64),
        hash: u64,
    ) -> (bool, u32) {
        let k = (hash >> 48) as usize % FILTER_BITS;
        let maybe = self
            .cue_filter
            .get(k / 64)
            .is_some_and(|w| w & (1 << (k % 64)) != 0);
        let cue = maybe && self.cue_forms.contains(folded)
            || self.cue_prefix_l && folded.starts_with(ar::TO);
        let class = self.classes.get(folded, parts, hash);
        (cue, class)
    }

    /// Folded word without one Arabic proclitic و/ف (only for words of 4+ letters).
    fn arabic_stems<'a>(&self, folded: &'a str) -> impl Iterator<Item = &'a str> {
        // (`nth`: four characters decoded at most, not a count of the word's: ~28 K calls a
        // big/ar call.)
        let stripped = if self.arabic && folded.chars().nth(3).is_some() {
            folded
                .strip_prefix(ar::AND)
                .or_else(|| folded.strip_prefix(ar::THEN))
        } else {
            None
        };
        std::iter::once(folded).chain(stripped)
    }

    /// True if a punctuation token `c` is a quotation mark of a pair that counts anywhere.
    pub fn mark_char(&self, c: char) -> bool {
        self.mark_chars.contains(&c)
    }

    /// The characters of [`Lexicon::mark_char`].
    pub fn mark_chars(&self) -> &[char] {
        &self.mark_chars
    }

    /// If `folded` is a speech verb: `Some(ambiguous)`.
    pub fn verb(&self, folded: &str) -> Option<bool> {
        if !self.arabic {
            return self.verbs.get(folded).copied();
        }
        self.arabic_stems(folded)
            .find_map(|stem| self.verb_stem(stem))
    }

    /// True if `folded` labels someone's words ("branded it a "…"", "accused him of "…""; `~`
    /// in `speech_verbs.txt`): a cue only for a short quotation after it in its clause.
    pub fn label_verb(&self, folded: &str) -> bool {
        self.labels.contains(folded)
    }

    /// True if the language lists any [`Lexicon::label_verb`] (Arabic and French list none).
    pub fn has_label_verbs(&self) -> bool {
        !self.labels.is_empty()
    }

    /// True if `folded` is a speech verb without removing a conjunction و/ف.
    pub fn verb_exact(&self, folded: &str) -> bool {
        if !self.arabic {
            return self.verbs.contains(folded);
        }
        self.verb_stem(folded).is_some()
    }

    fn verb_stem(&self, stem: &str) -> Option<bool> {
        if let Some(&a) = self.verbs.get(stem) {
            return Some(a);
        }
        for suffix in AR_VERB_SUFFIXES {
            // (The last bytes first: most words end otherwise, and `strip_suffix` is a call.)
            if stem.as_bytes().last() != suffix.as_bytes().last() {
                continue;
            }
            if let Some(base) = stem.strip_suffix(suffix) {
                if base.chars().count() >= 2 {
                    if let Some(&a) = self.verbs.get(base) {
                        return Some(a);
                    }
                }
            }
        }
        // Imperfect feminine/second person: ت… for ي….
        if let Some(rest) = stem.strip_prefix(ar::IMPERFECT_SHE) {
            let masc = [ar::IMPERFECT_HE_STR, rest].concat();
            if let Some(&a) = self.verbs.get(&masc) {
                return Some(a);
            }
            for suffix in AR_VERB_SUFFIXES {
                if let Some(base) = masc.strip_suffix(suffix) {
                    if let Some(&a) = self.verbs.get(base) {
                        return Some(a);
                    }
                }
            }
        }
        None
    }

    /// True if `folded` is a same-speaker participle (قائلا، مشيرة، مؤكدين …).
    pub fn participle(&self, folded: &str) -> bool {
        !self.participles.is_empty()
            && self
                .arabic_stems(folded)
                .any(|stem| self.participle_stem(stem))
    }

    /// Arabic: the agreement of `stem` (folded, without و/ف) when it is a form of a listed
    /// speech verb: [`Agreement::Plural`] with وا/ون (قالوا، يقولون), [`Agreement::Feminine`]
    /// for the feminine (قالت، تقول), [`Agreement::Masculine`] for another listed form (قال،
    /// يقول، لفت، تابع); `None` otherwise (and for other languages).
    pub fn arabic_verb_agreement(&self, stem: &str) -> Option<Agreement> {
        if !self.arabic {
            return None;
        }
        let listed = |base: &str| self.verbs.contains(base);
        if [
            stem.strip_suffix(ar::VERB_PLURAL),
            stem.strip_suffix(ar::PLURAL),
        ]
        .into_iter()
        .flatten()
        .any(listed)
        {
            return Some(Agreement::Plural);
        }
        // Before the listed forms: some feminine ones are listed too (قالت).
        let past = stem.strip_suffix(ar::FEMININE_T).is_some_and(listed);
        let imperfect = stem
            .strip_prefix(ar::IMPERFECT_SHE)
            .is_some_and(|rest| listed(&[ar::IMPERFECT_HE_STR, rest].concat()));
        if past || imperfect {
            return Some(Agreement::Feminine);
        }
        listed(stem).then_some(Agreement::Masculine)
    }

    /// True if `folded` is a participle without removing a conjunction و/ف.
    pub fn participle_exact(&self, folded: &str) -> bool {
        !self.participles.is_empty() && self.participle_stem(folded)
    }

    fn participle_stem(&self, stem: &str) -> bool {
        // (The last bytes first, as in `verb_stem`: `strip_suffix` is a call of `memcmp`.)
        let last = stem.as_bytes().last();
        AR_PARTICIPLE_ENDINGS.iter().any(|ending| {
            last == ending.as_bytes().last()
                && stem.strip_suffix(ending).is_some_and(|base| {
                    base.chars().count() >= 3 && self.participles.contains(base)
                })
        })
    }

    /// True if `folded` is a complementizer (أن/إن, that, que, dass). (The rules read
    /// [`super::tokens::Token::complementizer`], set from this list.)
    #[allow(dead_code)]
    pub fn complementizer(&self, folded: &str) -> bool {
        self.lang_sets[LANG_COMPLEMENTIZERS].contains(folded)
            || (self.arabic
                && folded.chars().count() >= 3
                && folded
                    .strip_prefix(ar::AND)
                    .is_some_and(|r| self.lang_sets[LANG_COMPLEMENTIZERS].contains(r)))
    }

    /// True if `folded` names a kind of title or name (صحيفة، the film …), also with Arabic
    /// prefixes و/ب/ل/ف/ك and the article ال.
    pub fn term_noun(&self, folded: &str) -> bool {
        if self.lang_sets[LANG_TERM_NOUNS].contains(folded) {
            return true;
        }
        if !self.arabic {
            return false;
        }
        let w = proclitics_off(folded);
        let w = w.strip_prefix(ar::ARTICLE).unwrap_or(w);
        self.lang_sets[LANG_TERM_NOUNS].contains(w)
    }

    /// `Some` if the folded Arabic word `folded` is a noun of speech (تصريحات، حديث، كلمة،
    /// قول: `ar/speech_nouns.txt`), after the proclitics و/ف/ب/ل/ك, not articled: `Some(true)`
    /// when its speaker may also follow with ل (تصريحات للمدير), `Some(false)` for a verbal
    /// noun whose agent is only its genitive (tagged `construct`: سؤال للشخص asks him). The
    /// word is looked up as written first, then after each proclitic taken off, so a listed
    /// noun that opens like a proclitic (بيان) is found.
    pub fn speech_noun(&self, folded: &str) -> Option<bool> {
        let mut w = folded;
        for _ in 0..2 {
            if let Some(&to_agent) = self.speech_nouns.get(w) {
                return Some(to_agent != 0);
            }
            w = proclitic_off(w)?;
        }
        self.speech_nouns.get(w).map(|&to_agent| to_agent != 0)
    }

    /// True if the folded Arabic word `folded` names a document (تقرير، بيان، رسالة:
    /// `ar/documents.txt`, accusative forms listed), after proclitics (each stage tried: the ب
    /// of برقية and بيان is no proclitic).
    pub fn document(&self, folded: &str) -> bool {
        let mut w = Some(folded);
        while let Some(v) = w {
            if self.ar_sets[SET_DOCUMENTS].contains(v) {
                return true;
            }
            w = proclitic_off(v);
        }
        false
    }

    /// True if the folded Arabic word `folded` is a kin noun with a possessive suffix
    /// (والدها، والدته، ابوه: `ar/kin_nouns.txt` once ه or ها is taken off).
    pub fn kin_noun(&self, folded: &str) -> bool {
        folded
            .strip_suffix(ar::HER)
            .or_else(|| folded.strip_suffix(ar::HIM))
            .is_some_and(|w| self.ar_sets[SET_KIN].contains(w))
    }

    /// True if the folded Arabic word `folded`, as written (no proclitic taken off), is a
    /// document (`ar/documents.txt`: بيانا، رساله، خطابا) or a noun of speech
    /// (`ar/speech_nouns.txt`: كلمه، تصريح): after a subject, the verb's object
    /// ("ثم ألقى الفنان X كلمة …").
    pub fn object_noun(&self, folded: &str) -> bool {
        // (No word of either file opens with the article, a test checks it: an articled word,
        // as most of a subject's are, is out before the two look-ups.)
        !folded.starts_with(ar::ARTICLE)
            && (self.ar_sets[SET_DOCUMENTS].contains(folded)
                || self.speech_nouns.get(folded).is_some())
    }

    /// The tag of the folded Arabic word `folded` in `ar/norms.txt` (a rule, a plan or a
    /// circumstance: الاستراتيجية، لقرارات، للاتفاق), without the article (ال، لل) or a ل before
    /// it: its first byte (`0` for a rule, `b'n'` for a circumstance, `b'a'` for a verb form
    /// read after ما: نصت "stipulated"), `None` when it is not listed.
    pub fn norm(&self, folded: &str) -> Option<u8> {
        let bare = |w: &'_ str| -> Option<u8> {
            let w = w
                .strip_prefix(ar::ARTICLE)
                .or_else(|| w.strip_prefix(ar::TO_ARTICLE))
                .unwrap_or(w);
            tag_of(&self.ar_lists[LIST_NORMS], w)
        };
        bare(folded).or_else(|| bare(folded.strip_prefix(ar::TO)?))
    }

    /// True if `folded` ends a speaker noun phrase.
    pub fn boundary(&self, folded: &str) -> bool {
        self.lang_sets[LANG_BOUNDARIES].contains(folded)
            || self.arabic
                && folded.chars().count() >= 3
                && ar::strip_conjunction(folded)
                    .is_some_and(|r| self.lang_sets[LANG_BOUNDARIES].contains(r))
    }

    /// True if `folded` is a subject pronoun.
    pub fn pronoun(&self, folded: &str) -> bool {
        self.lang_sets[LANG_PRONOUNS].contains(folded)
            || self.arabic
                && ar::strip_conjunction(folded)
                    .is_some_and(|r| self.lang_sets[LANG_PRONOUNS].contains(r))
    }

    /// True if `folded` marks a reported clause without complementizer (German Konjunktiv:
    /// sei, habe, werde …; English: a past auxiliary or modal of `en/backshifted.txt`, was,
    /// would …).
    pub fn subjunctive(&self, folded: &str) -> bool {
        self.lang_sets[LANG_SUBJUNCTIVES].contains(folded)
    }

    /// True if `folded` licenses an ambiguous verb before it (Arabic عن: عبر عن، أعرب عن).
    /// (The rules read [`super::tokens::Token::licenser`], set from this list.)
    #[allow(dead_code)]
    pub fn licenser(&self, folded: &str) -> bool {
        self.ar_sets[SET_LICENSERS].contains(folded)
    }

    /// True if the folded word `folded` (after one و/ف) is an ambiguous Arabic verb form that
    /// a complementizer licenses anywhere in the window after it, past a long subject ("وذكر
    /// بيان لسلطات ولاية شرناق جنوب شرق تركيا، أن …"), not only within seven tokens.
    pub fn far_verb(&self, folded: &str) -> bool {
        self.arabic_stems(folded)
            .any(|s| self.ar_sets[SET_FAR_VERBS].contains(s))
    }

    /// True if the folded word `folded` is an ordinal anaphor (Arabic الأول، الأخير: "the
    /// former", "the latter"), which stands for a person named before and names nobody.
    pub fn anaphor(&self, folded: &str) -> bool {
        self.ar_sets[SET_ANAPHORS].contains(folded)
    }

    /// True if the folded word `folded` is an epithet's head noun (Arabic المدرب، النجمة: "the
    /// coach", "the star"), which with articled modifiers describes a person named before.
    pub fn epithet(&self, folded: &str) -> bool {
        self.ar_sets[SET_EPITHETS].contains(folded)
    }

    /// Whether the folded word `folded` (without the article) is a noun of an unnamed
    /// source (Arabic مصدر، مسؤول: "a source", "an official"), and if so whether it is a
    /// plural (مصادر).
    pub fn anonymous_source(&self, folded: &str) -> Option<bool> {
        self.anonymous_sources.get(folded).map(|&many| many != 0)
    }

    /// True if the folded word `folded` (without the article) is the class noun of an
    /// institution (Arabic شركة، منظمة: "company", "organisation").
    pub fn institution(&self, folded: &str) -> bool {
        self.ar_sets[SET_INSTITUTIONS].contains(folded)
    }

    /// True if the folded word `folded` is an Arabic preposition between a title and its place
    /// before the name (في، لدى: "رئيس المجلس البلدي في جدة الدكتور X"، "السفير لدى الأمم
    /// المتحدة X").
    pub fn title_place(&self, folded: &str) -> bool {
        self.ar_sets[SET_TITLE_PLACES].contains(folded)
    }

    /// True if the folded word `folded` before a speech verb makes it the reporter's impersonal
    /// frame (Arabic "الجدير ذكره أن" "it is worth mentioning that"), no report.
    pub fn impersonal(&self, folded: &str) -> bool {
        self.ar_sets[SET_IMPERSONAL].contains(folded)
    }

    /// The tag of the folded word `folded` in `ar/final_sources.txt`, its first byte (`0` for
    /// a word listed without one; `b'a'` after, `b'b'` before, `b's'` skip, `b'c'` close),
    /// `None` when it is not listed.
    pub fn final_source(&self, folded: &str) -> Option<u8> {
        tag_of(&self.ar_lists[LIST_FINAL_SOURCES], folded)
    }

    /// The tag of the folded word `folded` in `ar/question_openers.txt` (`b'v'` a form of
    /// تساءل, `0` هل, `b'w'` ما / عما and `b'x'` إذا after them), `None` when it is not listed.
    pub fn question_opener(&self, folded: &str) -> Option<u8> {
        tag_of(&self.ar_lists[LIST_QUESTION_OPENERS], folded)
    }

    /// The tag of the folded word `folded` in `ar/report_tails.txt`, its first byte (two words
    /// with the same tag open the reporter's addition: في إشارة، وجاء ذلك), `None` when it is
    /// not listed.
    pub fn report_tail(&self, folded: &str) -> Option<u8> {
        tag_of(&self.ar_lists[LIST_REPORT_TAILS], folded)
    }

    /// True if the folded word `folded` opens a new interview topic after a comma (أما، وعن،
    /// وحول …: `ar/topic_openers.txt`).
    pub fn topic_opener(&self, folded: &str) -> bool {
        self.ar_sets[SET_TOPIC_OPENERS].contains(folded)
    }

    /// True if the folded word `folded` is Arabic لكن with a subject pronoun (لكنه، ولكنها …:
    /// `ar/contrast_pronouns.txt`).
    pub fn contrast_pronoun(&self, folded: &str) -> bool {
        self.ar_sets[SET_CONTRAST_PRONOUNS].contains(folded)
    }

    /// True if `word`, as written (but its harakat and tatweel), is a noun or name folded like
    /// a boundary word (`boundary_nouns.txt`: Arabic إمام، علي).
    pub fn boundary_noun(&self, word: &str) -> bool {
        let w = word.as_bytes();
        for e in &self.ar_lists[LIST_BOUNDARY_NOUNS] {
            let e = e.0.as_bytes();
            // (The word is as long as the entry at least: most boundary words are shorter than
            // every entry, في، من.)
            if w.len() < e.len() {
                continue;
            }
            // Byte by byte over the word, past harakat and tatweel (U+064B–U+065F, U+0670,
            // U+0640: D9 and 8B–9F, B0, 80 in UTF-8). (A plain loop: smaller in the wasm.)
            let (mut i, mut k) = (0, 0);
            while let Some(&b) = w.get(i) {
                if b == 0xD9 && matches!(w.get(i + 1), Some(0x80 | 0x8B..=0x9F | 0xB0)) {
                    i += 2;
                    continue;
                }
                if e.get(k) != Some(&b) {
                    break;
                }
                i += 1;
                k += 1;
            }
            if i == w.len() && k == e.len() {
                return true;
            }
        }
        false
    }

    /// True if the folded form `f` of an Arabic speech verb (without و/ف) ends with one whose
    /// object stands before its ب complement (`object_first_verbs.txt`: وصف، يصف، تصف).
    pub fn object_first_verb(&self, f: &str) -> bool {
        self.ar_lists[LIST_OBJECT_FIRST_VERBS]
            .iter()
            .any(|w| f.ends_with(w.0))
    }

    /// True if `folded` is an auxiliary or adverb that may stand between speaker and cue.
    pub fn auxiliary(&self, folded: &str) -> bool {
        self.lang_sets[LANG_AUXILIARIES].contains(folded)
    }

    /// The role of `folded` between a speech verb and its clause ("said Tuesday the …",
    /// "said in a statement the …", "told them …"), if listed.
    pub fn adverbial(&self, folded: &str) -> Option<Adverbial> {
        let code = self.adverbials.get(folded)?;
        ADVERBIALS.get(usize::from(*code)).copied()
    }

    /// What the folded word says about a speaker mention holding it (English).
    pub fn mention_word(&self, folded: &str) -> Option<MentionWord> {
        let code = self.mention_words.get(folded)?;
        MENTION_WORDS.get(usize::from(*code)).copied()
    }
}

/// The tag of `folded` in a list of [`tag_list`], its first byte (`0` for a word without
/// one; the tags of one file differ in it, a test checks it: a byte compares in fewer bytes
/// of code than a string at each use), `None` when it is not listed.
fn tag_of(list: &[(&'static str, &'static str)], folded: &str) -> Option<u8> {
    list.iter()
        .find(|e| e.0 == folded)
        .map(|e| e.1.bytes().next().unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// With the length, `filter_parts` tells every word of at most 16 bytes from every other
    /// (the word cache and `ClassTable` compare nothing else): all words of one and two bytes,
    /// and of three bytes from a set of bytes that differ in each position.
    #[test]
    fn filter_parts_tell_short_words_apart() {
        let mut seen = FxMap::default();
        let bytes = [0u8, 1, 0x20, 0x61, 0x7F, 0x80, 0xD8, 0xFF];
        let mut words: Vec<Vec<u8>> = (0..=255u8).map(|a| vec![a]).collect();
        for a in 0..=255u8 {
            words.extend((0..=255u8).map(|b| vec![a, b]));
        }
        for &a in &bytes {
            for &b in &bytes {
                words.extend(bytes.iter().map(|&c| vec![a, b, c]));
            }
        }
        words.push(b"abcd".to_vec());
        words.push(b"abdc".to_vec());
        for w in &words {
            let key = (filter_parts(w), w.len());
            assert_eq!(seen.insert(key, w.clone()), None, "{w:?}");
        }
    }

    /// The speech verb files regrouped by tag give the verbs and labels the files as written
    /// give (read as before the grouping: `~` and `?` endings, the first line of a word wins).
    #[test]
    fn grouped_speech_verbs_read_as_written() {
        fn read(file: &'static str) -> (FxMap<String, bool>, FxMap<String, bool>) {
            let (mut verbs, mut labels) = (FxMap::default(), FxMap::default());
            for line in lang::entries(file) {
                if let Some(w) = line.strip_suffix('~') {
                    labels.insert(lang::light_fold(crate::text::trim(w)), true);
                    continue;
                }
                let (word, ambiguous) = match line.strip_suffix('?') {
                    Some(w) => (crate::text::trim(w), true),
                    None => (line, false),
                };
                verbs.entry(lang::light_fold(word)).or_insert(ambiguous);
            }
            (verbs, labels)
        }
        let raw = [
            data!("ar", "speech_verbs.txt"),
            data!("en", "speech_verbs.txt"),
            data!("fr", "speech_verbs.txt"),
            data!("de", "speech_verbs.txt"),
            data!("es", "speech_verbs.txt"),
            data!("ru", "speech_verbs.txt"),
        ];
        for (f, raw) in FILES.iter().zip(raw) {
            let lex = get(f.code);
            let (verbs, labels) = read(raw);
            assert_eq!(lex.verbs.map, verbs, "{}", f.code);
            assert_eq!(lex.labels.map, labels, "{}", f.code);
            assert_eq!(speech_verbs(f.code), f.verbs);
        }
    }

    /// The English tagged files regrouped by tag (`data_grouped!`) give every word the tag of
    /// its last line, as the files as written do (a word under two tags keeps the later one).
    #[test]
    fn grouped_files_read_as_written() {
        fn last_tags(file: &'static str) -> FxMap<&'static str, &'static str> {
            lang::tagged(file).collect()
        }
        let adverbials = data!("en", "adverbials.txt");
        let mentions = data!("en", "mentions.txt");
        for (raw, grouped) in [
            (
                adverbials,
                crate::data_grouped!(data!("en", "adverbials.txt")),
            ),
            (mentions, crate::data_grouped!(data!("en", "mentions.txt"))),
        ] {
            assert_eq!(last_tags(grouped), last_tags(raw));
            assert_eq!(lang::tagged(grouped).count(), lang::tagged(raw).count());
            assert!(grouped.len() < raw.len());
        }
    }

    #[test]
    fn has_label_verbs_follows_the_lists() {
        // English marks "branded" with `~`; Arabic and French mark none (label_before skips).
        assert!(get("en").has_label_verbs() && get("en").label_verb("branded"));
        assert!(!get("ar").has_label_verbs() && !get("fr").has_label_verbs());
    }

    /// The English classes that share Arabic bits: read from their files; no word with the bit
    /// of `C_BARE_COMPLEMENTIZER` is a complementizer (the quotation rules read that bit on
    /// complementizers in every language); the belief forms are ambiguous speech-verb forms.
    #[test]
    fn english_classes_on_arabic_bits_hold_their_files() {
        let en = get("en");
        let bits = |w: &str| en.word_info(w).1;
        for (file, bit) in ENGLISH.class_lists {
            for w in lang::entries(file) {
                assert!(bits(w) & bit != 0, "{w}");
                assert!(bit & C_FIRST_PERSON == 0 || !en.complementizer(w), "{w}");
                assert!(*bit != C_BELIEF || en.verb(w) == Some(true), "{w}");
            }
        }
        assert!(bits("think") & C_BELIEF != 0 && bits("claim") & C_BELIEF == 0);
        assert!(bits("we") & C_FIRST_PERSON != 0 && bits("they") & C_FIRST_PERSON == 0);
        assert!(bits("that") & C_HEAD_RELATIVE != 0 && bits("what") & C_HEAD_RELATIVE == 0);
        assert!(bits("after") & C_CLAUSE_PREP != 0 && bits("there") & C_EXPLETIVE != 0);
    }

    /// The function-word files (session 27: words the rules once compared in code): every
    /// line names a known role, every word of a file reaches its line's role in every
    /// lexicon, from the file, and exactly the listed roles (a few checked by hand too).
    #[test]
    fn function_words_reach_their_roles() {
        let mut expected: Vec<(String, Role)> = Vec::new();
        for &(code, file) in FUNCTION_WORDS {
            assert!(lang::entries(file).count() > 0, "{code}");
            for line in lang::entries(file) {
                let mut parts = line.split_whitespace();
                let name = parts.next().unwrap_or("");
                let role = ROLES.iter().find(|r| r.0 == code && r.1 == name);
                let role = role
                    .map(|r| r.2)
                    .unwrap_or_else(|| panic!("{code}: {name}"));
                let words: Vec<&str> = parts.collect();
                assert!(!words.is_empty(), "{code}: {name}");
                for w in words {
                    let w = lang::light_fold(w);
                    match expected.iter_mut().find(|e| e.0 == w) {
                        Some(e) => e.1 |= role,
                        None => expected.push((w, role)),
                    }
                }
            }
        }
        // Every role is some file's, each bit once; the ids fit their byte.
        let all = ROLES.iter().fold(0, |acc, r| {
            assert_eq!(acc & r.2, 0);
            acc | r.2
        });
        assert_eq!(expected.iter().fold(0, |acc, e| acc | e.1), all);
        assert!(expected.len() < 256);
        for code in ["ar", "en", "fr", "de", "es", "ru", "xx"] {
            let lex = get(code);
            for (w, role) in &expected {
                assert_eq!(lex.word_roles(w), *role, "{code}: {w}");
            }
            for w in [
                "whose'", "these", "s'", "out", "with", "ss", "The", "He", "lesson", "", "an'",
                "Told", "tolds", "der'",
            ] {
                assert_eq!(lex.word_roles(w), 0, "{code}: {w}");
            }
        }
        let en = get("en");
        assert_eq!(
            en.word_roles("who"),
            R_COMMA_RELATIVE | R_SUBJECT_RELATIVE | R_INTERROGATIVE
        );
        // The words of the indirect-speech rules (session 27 en-words3): each its role, and
        // the roles it shares with other lines.
        let indirect = [
            ("to", R_TO),
            ("that", R_THAT),
            ("this", R_THIS),
            ("as", R_AS),
            ("if", R_IF | R_INTERROGATIVE),
            ("about", R_ABOUT),
            ("having", R_HAVING),
            ("compared", R_COMPARED),
            ("where", R_WHERE | R_INTERROGATIVE),
            ("before", R_BEFORE),
            ("however", R_CONTRAST),
            ("while", R_CONTRAST),
            ("third", R_ORDINAL),
            ("at", R_HEAD_PREP | R_AT),
            ("most", R_SUPERLATIVE),
            ("for", R_OBJECT_PREP | R_HEAD_PREP | R_FOR),
            ("told", R_TELL),
            ("tell", R_TELL | R_BARE_TELL),
            ("telling", R_TELLING),
            ("asking", R_ASK),
            ("whether", R_INTERROGATIVE),
            ("what", R_FREE_RELATIVE | R_INTERROGATIVE),
            ("which", R_COMMA_RELATIVE | R_INTERROGATIVE | R_WHICH),
            ("whom", R_WHOM),
            ("even", R_EVEN),
            ("never", R_NEGATION),
            ("or", R_OR),
            ("a", R_INDEFINITE | R_A),
            ("an", R_INDEFINITE),
            ("das", R_DE_DEFINITE | R_DE_ARTICLE),
            ("einem", R_DE_ARTICLE),
        ];
        for (w, role) in indirect {
            assert_eq!(en.word_roles(w), role, "{w}");
        }
        assert_eq!(en.word_roles("it"), R_CLAUSE_SUBJECT | R_NEUTER);
        assert_eq!(en.word_roles("de"), R_FR_OF | R_NAME_PARTICLE);
        assert_eq!(en.word_roles("he"), R_HE | R_SUBJECT_PRONOUN);
        assert_eq!(en.word_roles("les"), R_FR_DEFINITE_PL);
        assert_eq!(en.word_roles("da"), R_NAME_PARTICLE_MINOR);
    }

    /// `en/suffixes.txt` (session 27 en-suffix: endings the rules once tested in code): every
    /// line names a role of [`SUFFIX_ROLES`] and its endings are that role's, in order; every
    /// role has a line; [`ends`] tests exactly its roles' endings.
    #[test]
    fn suffixes_reach_their_roles() {
        let file = data!("en", "suffixes.txt");
        let mut seen = 0;
        for line in lang::entries(file) {
            let mut parts = line.split_whitespace();
            let name = parts.next().unwrap_or("");
            let b = SUFFIX_ROLES.iter().position(|r| *r == name);
            let b = b.unwrap_or_else(|| panic!("{name}"));
            let endings: Vec<&str> = parts.collect();
            assert!(
                !endings.is_empty() && endings.len() <= MAX_SUFFIXES,
                "{name}"
            );
            let mut table = SUFFIXES[b].to_vec();
            table.retain(|e| !e.is_empty());
            assert_eq!(table, endings, "{name}");
            let role = 1 << b;
            assert_eq!(seen & role, 0, "{name}");
            seen |= role;
            for e in endings {
                assert!(
                    ends(role, e) && ends(role, &format!("xy{e}")),
                    "{name}: {e}"
                );
                // The other roles: as `ends_with` of their endings ("thing" is "-ing" too).
                let w = format!("xy{e}");
                let other = SUFFIXES
                    .iter()
                    .enumerate()
                    .any(|(c, es)| c != b && es.iter().any(|x| !x.is_empty() && w.ends_with(x)));
                assert_eq!(ends(!role, &w), other, "{name}: {e}");
                assert!(!ends(role, &e[1..]), "{name}: {e}");
            }
        }
        assert_eq!(seen, Suffix::MAX);
        // By hand: the endings the rules test.
        assert!(ends(S_ING, "saying") && !ends(S_ING, "said") && ends(S_ED, "warned"));
        assert!(ends(S_LY, "famously") && ends(S_S, "voters") && ends(S_SS, "class"));
        assert!(ends(S_LATIN, "status") && ends(S_LATIN, "crisis") && ends(S_WS, "news"));
        assert!(ends(S_THING, "something") && ends(S_ING | S_ED, "asked"));
        assert!(!ends(S_SS | S_LATIN | S_WS, "voters") && !ends(0, "saying"));
        assert!(!ends(S_S, "") && !ends(Suffix::MAX, "") && !ends(S_THING, "thin"));
    }

    /// The rule files whose code [`literal_findings`] scans.
    const RULE_FILES: &[(&str, &str)] = &[
        ("attribution.rs", include_str!("attribution.rs")),
        ("classify.rs", include_str!("classify.rs")),
        ("indirect.rs", include_str!("indirect.rs")),
        ("lexicon.rs", include_str!("lexicon.rs")),
        ("link.rs", include_str!("link.rs")),
        ("marks.rs", include_str!("marks.rs")),
        ("mod.rs", include_str!("mod.rs")),
        ("tokens.rs", include_str!("tokens.rs")),
        ("transcript.rs", include_str!("transcript.rs")),
    ];

    /// True for an Arabic letter (U+0621–U+063A, U+0641–U+064A, U+0671–U+06D3): not tatweel,
    /// harakat, digits or punctuation (، ؛ ؟), which are facts of the script.
    fn arabic_letter(c: char) -> bool {
        matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0671}'..='\u{06D3}')
    }

    /// The lines of the code of the rule file `text` (before its tests) that compare a word or
    /// an ending with a literal (see [`rules_compare_no_word_literals`]), as `name:line: …`.
    fn literal_findings(name: &str, text: &str) -> Vec<String> {
        const ALLOWED: &[&str] = &["ar", "en", "de", "close", "short-partial-anywhere"];
        // Facts of the script, not of the language: the range of the Arabic letters, and the
        // letters `light_fold` rewrites (the tokenizer's test of a word that folds to itself).
        const SCRIPT: &[&str] = &["('ء'..='ي')", "'أ' | 'إ' | 'آ' | 'ٱ' | 'ى' | 'ة'"];
        let word =
            |w: &str| w.starts_with(|c: char| c.is_ascii_lowercase()) && !ALLOWED.contains(&w);
        let mut found = Vec::new();
        let code = text.split("#[cfg(test)]\nmod tests").next().unwrap_or("");
        for (n, line) in code.lines().enumerate() {
            let line = line.trim_start();
            if line.starts_with("//") || SCRIPT.iter().any(|s| line.contains(s)) {
                continue;
            }
            let mut bad = false;
            // The literals of the line with the text just before and after each.
            let parts: Vec<&str> = line.split('"').collect();
            for k in (1..parts.len().saturating_sub(1)).step_by(2) {
                let (before, w, after) = (parts[k - 1].trim_end(), parts[k], parts[k + 1]);
                let compared = before.ends_with("==")
                    || before.ends_with("!=")
                    || before.ends_with('|')
                    || after.trim_start().starts_with('|')
                        && !after.trim_start().starts_with("||")
                    || after.starts_with("].contains")
                    || before.ends_with('[') && line.contains("].contains")
                    || before.ends_with("ends_with(")
                    || (before.ends_with('[') || before.ends_with(','))
                        && line.contains("ends_with(")
                    // A `matches!` of one literal: `matches!(w, "said")`, `Some("said")`.
                    || (before.ends_with(',') || before.ends_with("Some("))
                        && line.contains("matches!(");
                bad |= compared && word(w);
                // Arabic letters in any string literal of the code (a prefix, an ending, a
                // word: `ar/affixes.txt`, `ar/rule_words.txt`).
                bad |= w.chars().any(arabic_letter);
            }
            // An ending written as a character ("ends_with('s')"): `en/suffixes.txt`.
            bad |= line
                .split("ends_with('")
                .skip(1)
                .any(|rest| rest.starts_with(|c: char| c.is_ascii_lowercase()));
            // An Arabic letter as a character literal ('و', 'ة').
            let chars: Vec<char> = line.chars().collect();
            bad |= chars
                .windows(3)
                .any(|w| w[0] == '\'' && w[2] == '\'' && arabic_letter(w[1]));
            if bad {
                found.push(format!("{name}:{}: {line}", n + 1));
            }
        }
        found
    }

    /// No rule compares a word with a string literal (session 27 en-words3: the words live in
    /// `<code>/function_words.txt` as roles). Scans the code of the rule files (before their
    /// tests) for `== "w"`, `!= "w"`, and `"w" |` / `| "w"` of a `matches!` pattern, a
    /// `matches!` of one literal, or `["w", …].contains` with a lowercase ASCII `w`, and for
    /// English endings tested in code (`ends_with("ing")`, `ends_with('s')`, `["ed", …]` with
    /// `ends_with`: session 27 en-suffix, `en/suffixes.txt`); the language codes and tags of
    /// `ALLOWED` are no words. Since session 28 (ar-affix) also for any Arabic letter in a
    /// string or character literal of the code (the prefixes, endings and words of
    /// `ar/affixes.txt` and `ar/rule_words.txt`; on the code before them it finds 91 lines),
    /// except the script facts of `SCRIPT`.
    #[test]
    fn a_speech_noun_that_opens_like_a_proclitic_is_found() {
        // بيان opens with the letter of the proclitic ب: found as written and after proclitics
        // (it was looked up as يان only).
        let lex = get("ar");
        for w in ["بيان", "وبيان", "ببيان", "وتصريحات"] {
            assert_eq!(lex.speech_noun(w), Some(true), "{w}");
        }
        assert_eq!(lex.speech_noun("يان"), None);
    }

    #[test]
    fn rules_compare_no_word_literals() {
        let found: Vec<String> = RULE_FILES
            .iter()
            .flat_map(|&(name, text)| literal_findings(name, text))
            .collect();
        assert!(found.is_empty(), "{}", found.join("\n"));
    }

    /// The scan catches what it is meant to: Arabic letters in literals, a `matches!` of one
    /// word; not the script facts, punctuation or tatweel.
    #[test]
    fn literal_scan_flags_arabic_and_single_matches() {
        let flagged = |line: &str| !literal_findings("x.rs", line).is_empty();
        assert!(flagged("f.starts_with(\"ال\")") && flagged("w.ends_with('ة')"));
        assert!(flagged("f.strip_prefix(['و', 'ف'])") && flagged("f == \"من\""));
        assert!(flagged("matches!(w, \"said\")") && flagged("matches!(w, Some(\"said\"))"));
        assert!(!flagged("t.is_char('،') || r.ends_with('ـ')"));
        assert!(!flagged("matches!(lang, \"en\")") && !flagged("matches!(c, '.' | '،')"));
        assert!(!flagged("// f.starts_with(\"ال\")"));
        assert!(!flagged(
            "c.starts_with(|c: char| ('ء'..='ي').contains(&c))"
        ));
    }

    /// Every class bit fits in the tokenizer's cached word ([`CLASS_BITS`]), and the
    /// function-word id has its own bits above them.
    /// Every function word's id fits the byte of [`C_FUNCTION_WORD`]: a 256th word would
    /// spill into the bits above it and lose its roles ([`function_words`] would not say so).
    #[test]
    fn function_word_ids_fit_their_byte() {
        let (words, _) = function_words();
        assert!(!words.is_empty());
        assert!(
            words.values().all(|&id| (1..=0xFF).contains(&id)),
            "{}",
            words.len()
        );
    }

    #[test]
    fn classes_fit_the_cached_word() {
        let classes = [
            C_ADVERBIAL,
            C_COMPLEMENTIZER,
            C_BOUNDARY,
            C_PRONOUN,
            C_AUXILIARY,
            C_LICENSER,
            C_SUBJECT_FIRST,
            C_PREVERBAL,
            C_NAME_PARTICLE,
            C_SUBJECT_OPENER,
            C_SOURCE,
            C_BARE_COMPLEMENTIZER,
            C_ADJUNCT,
        ];
        let old = classes.iter().fold(0, |acc, b| acc | b);
        assert_eq!(old, C_ANY_CLASS);
        assert_eq!(old & C_FUNCTION_WORD, 0);
        assert_eq!(C_FUNCTION_WORD >> FUNCTION_WORD_SHIFT, 0xFF);
        assert_eq!((old | C_FUNCTION_WORD) >> CLASS_BITS, 0);
    }

    #[test]
    fn boundary_nouns_and_object_first_verbs_are_read_once() {
        let ar = get("ar");
        // As written, past harakat and tatweel; not the boundary word, nor a longer word.
        assert!(ar.boundary_noun("إمام") && ar.boundary_noun("إِمَام") && ar.boundary_noun("علـي"));
        assert!(
            !ar.boundary_noun("أمام") && !ar.boundary_noun("على") && !ar.boundary_noun("إمامه")
        );
        assert!(!ar.boundary_noun("في") && !get("en").boundary_noun("علي"));
        // A form ending with a listed verb.
        assert!(ar.object_first_verb("وصف") && ar.object_first_verb("تصف"));
        assert!(!ar.object_first_verb("قال") && !get("en").object_first_verb("وصف"));
        // Words alone (read with the tagged lists' reader, no tag).
        let lists = [
            &ar.ar_lists[LIST_BOUNDARY_NOUNS],
            &ar.ar_lists[LIST_OBJECT_FIRST_VERBS],
        ];
        assert!(
            ar.ar_lists[LIST_BOUNDARY_NOUNS].len() == 4
                && ar.ar_lists[LIST_OBJECT_FIRST_VERBS].len() == 6
        );
        assert!(lists.iter().all(|l| l.iter().all(|e| e.1.is_empty())));
    }

    #[test]
    fn final_sources_are_read_with_their_tags() {
        let ar = get("ar");
        // A word alone, a tagged word, and a word the data does not list.
        assert_eq!(ar.final_source("كما"), Some(0));
        assert_eq!(ar.final_source("لما"), Some(b'a'));
        assert_eq!(ar.final_source("علي"), Some(b'b'));
        assert_eq!(ar.final_source("وذلك"), Some(b's'));
        assert_eq!(ar.final_source("بدون"), Some(b'c'));
        // Not a prefix of a listed word ("ما" of "كما" is its own line), nor an unlisted one.
        assert_eq!(ar.final_source("كم"), None);
        assert_eq!(ar.final_source("قال"), None);
        assert_eq!(get("en").final_source("كما"), None);
        // The words tagged `close`, once, in the order of the file; every one fits in the array.
        assert_eq!(ar.close_words, ["دون", "بدون", "", ""]);
        let tagged = ar.ar_lists[LIST_FINAL_SOURCES]
            .iter()
            .filter(|e| e.1 == "close")
            .count();
        assert!((1..=MAX_CLOSE).contains(&tagged));
        assert_eq!(get("en").close_words, [""; MAX_CLOSE]);
        assert!(ar.contrast_pronoun("ولكنها") && !ar.contrast_pronoun("لكن"));
        // The settings are tagged words too.
        assert!(get("en").short_partial_anywhere);
        assert!(!ar.short_partial_anywhere);
    }

    /// `ar/title_places.txt`'s words, Arabic only.
    #[test]
    fn title_places() {
        let ar = get("ar");
        assert!(ar.title_place("في") && ar.title_place("لدي"));
        assert!(!ar.title_place("خلال") && !ar.title_place("من"));
        assert!(!get("en").title_place("في"));
        // Each is an adjunct preposition too (`Doc::title_place` tests that class bit first).
        for w in lang::entries(data!("ar", "title_places.txt")) {
            assert!(ar.word_info(w).1 & C_ADJUNCT != 0, "{w}");
        }
    }

    /// The tag look-ups return a tag's first byte: the tags of one file must differ in it.
    #[test]
    fn tags_of_a_file_differ_in_their_first_byte() {
        for file in [
            data!("ar", "final_sources.txt"),
            data!("ar", "question_openers.txt"),
            data!("ar", "report_tails.txt"),
        ] {
            let mut tags: Vec<&str> = lang::tagged(file).map(|e| e.1).collect();
            tags.sort_unstable();
            tags.dedup();
            let mut firsts: Vec<u8> = tags.iter().map(|t| t.bytes().next().unwrap_or(0)).collect();
            firsts.dedup();
            assert_eq!(firsts.len(), tags.len(), "{tags:?}");
            assert!(tags.len() > 1);
        }
    }

    /// `indirect.rs` tests bytes before it looks up two of these lists (cheaper at each cue and
    /// each comma): every تساءل form (tag `v`) of `ar/question_openers.txt` holds ء (its UTF-8
    /// 0xD8 0xA1), and every first word of `ar/report_tails.txt` (its tags' first entries) ends
    /// in ي or ء (0x8A / 0xA1). A word added to either list must keep that true.
    #[test]
    fn byte_pre_tests_hold_for_the_lists() {
        for (w, tag) in lang::tagged(data!("ar", "question_openers.txt")) {
            assert!(tag != "v" || w.contains('ء'), "{w}");
        }
        let tails: Vec<_> = lang::tagged(data!("ar", "report_tails.txt")).collect();
        for (i, (w, tag)) in tails.iter().enumerate() {
            // A first word: one whose tag is followed by a second word with the same tag.
            let first = tails[i + 1..].iter().any(|e| e.1 == *tag);
            let last = w.as_bytes().last().copied();
            assert!(!first || matches!(last, Some(0x8A | 0xA1)), "{w}");
        }
    }

    /// The bits of `Files::class_lists` of the folded word `w`, from the data files.
    fn speaker_classes(lex: &Lexicon, w: &str) -> u32 {
        // The fallback lexicon ("und") is built from the English files.
        let f = (FILES.iter())
            .find(|f| std::ptr::eq(get(f.code), lex))
            .unwrap_or(&ENGLISH);
        let id = function_words().0.get(w).copied().unwrap_or(0);
        (f.class_lists.iter())
            .filter(|(file, _)| lang::entries(file).any(|e| lang::light_fold(e) == w))
            .fold(id << FUNCTION_WORD_SHIFT, |acc, (_, b)| acc | b)
    }

    /// The `C_*` bits of `w` as the look-ups answer.
    fn classes_by_lookup(lex: &Lexicon, w: &str) -> u32 {
        lex.adverbial(w).map_or(0, |a| a as u32 + 1)
            | if lex.complementizer(w) {
                C_COMPLEMENTIZER
            } else {
                0
            }
            | if lex.boundary(w) { C_BOUNDARY } else { 0 }
            | if lex.pronoun(w) { C_PRONOUN } else { 0 }
            | if lex.auxiliary(w) { C_AUXILIARY } else { 0 }
            | if lex.licenser(w) { C_LICENSER } else { 0 }
            | speaker_classes(lex, w)
    }

    #[test]
    fn word_classes_agree_with_the_lookups() {
        for (i, m) in MENTION_WORDS.iter().enumerate() {
            assert_eq!(*m as usize, i);
        }
        for (i, a) in ADVERBIALS.iter().enumerate() {
            assert_eq!(*a as usize, i);
            assert_eq!(Adverbial::from_class(*a as u32 + 1), Some(*a));
        }
        assert_eq!(Adverbial::from_class(0), None);
        for code in FILES.iter().map(|f| f.code).chain(["und"]) {
            let lex = get(code);
            let mut words: Vec<String> = Vec::new();
            for list in [
                &lex.lang_sets[LANG_COMPLEMENTIZERS],
                &lex.lang_sets[LANG_BOUNDARIES],
                &lex.lang_sets[LANG_PRONOUNS],
                &lex.lang_sets[LANG_AUXILIARIES],
                &lex.ar_sets[SET_LICENSERS],
                &lex.lang_sets[LANG_TERM_NOUNS],
                &lex.participles,
            ] {
                words.extend(list.keys().cloned());
            }
            words.extend(lex.adverbials.keys().cloned());
            words.extend(lex.classes.keys().map(String::from));
            words.extend(lex.verbs.keys().cloned());
            if let Some(f) = FILES.iter().find(|f| f.code == code) {
                for (file, _) in f.class_lists {
                    words.extend(lang::entries(file).map(lang::light_fold));
                }
                words.extend(function_words().0.keys().cloned());
            }
            // Every word with one or two proclitics added or its first letter removed, and
            // the words of a text.
            let more: Vec<String> = words
                .iter()
                .flat_map(|w| {
                    let tail: String = w.chars().skip(1).collect();
                    ["و", "ف", "وو", "فو", "ب", ""]
                        .map(|p| format!("{p}{w}"))
                        .into_iter()
                        .chain([tail])
                })
                .collect();
            words.extend(more);
            let text = "وقال إن الذي هو وهو فهو وأن فإن أنه said that the he his a an to in ,";
            words.extend(text.split(' ').map(lang::light_fold));
            for w in &words {
                let info = lex.word_info(w);
                assert_eq!(info.1, classes_by_lookup(lex, w), "{code}: {w}");
                assert_eq!(info.0, lex.may_cue(w), "{code}: {w}");
            }
            // The lists hold words: a punctuation token (one character that is no word
            // character) is in none of them.
            for w in lex.classes.keys() {
                let mut chars = w.chars();
                if let (Some(c), None) = (chars.next(), chars.next()) {
                    assert!(super::super::tokens::is_alphanumeric(c), "{code}: {w}");
                }
            }
        }
    }

    #[test]
    fn arabic_verb_morphology() {
        let ar = get("ar");
        for w in [
            "قال",
            "وقال",
            "قالت",
            "وأضافت",
            "أكدوا",
            "يقول",
            "تقول",
            "يصفها",
            "فأشار",
        ] {
            assert!(ar.verb(&lang::light_fold(w)).is_some(), "{w}");
        }
        assert_eq!(ar.verb(&lang::light_fold("ذكر")), Some(true));
        assert!(ar.verb(&lang::light_fold("الكرملين")).is_none());
    }

    #[test]
    fn arabic_participles() {
        let ar = get("ar");
        for w in ["قائلا", "مضيفاً", "مشيرة", "مؤكدين", "لافتين", "مشيرًا"]
        {
            assert!(ar.participle(&lang::light_fold(w)), "{w}");
        }
        assert!(!ar.participle(&lang::light_fold("مشروع")));
    }

    #[test]
    fn filtered_words_answer_like_their_maps() {
        // Every listed word passes its filter; unlisted words get no answer.
        for code in ["ar", "en", "fr", "de", "es", "ru", "xx"] {
            let lex = get(code);
            let sets: [&Words<bool>; 8] = [
                &lex.participles,
                &lex.lang_sets[LANG_COMPLEMENTIZERS],
                &lex.lang_sets[LANG_TERM_NOUNS],
                &lex.lang_sets[LANG_BOUNDARIES],
                &lex.lang_sets[LANG_PRONOUNS],
                &lex.lang_sets[LANG_AUXILIARIES],
                &lex.lang_sets[LANG_SUBJUNCTIVES],
                &lex.ar_sets[SET_LICENSERS],
            ];
            for set in sets {
                assert!(set.bits.len().is_power_of_two());
                for w in set.keys() {
                    assert!(set.contains(w), "{code}: {w}");
                }
                assert!(!set.contains("zzqx-not-a-word"));
            }
            for (w, &a) in &lex.verbs.map {
                assert_eq!(lex.verbs.get(w), Some(&a), "{code}: {w}");
            }
            for (w, &a) in &lex.adverbials.map {
                assert_eq!(lex.adverbial(w).map(|a| a as u8), Some(a), "{code}: {w}");
            }
            for (w, &m) in &lex.mention_words.map {
                assert_eq!(lex.mention_word(w).map(|m| m as u8), Some(m), "{code}: {w}");
            }
        }
        assert!(get("en").adverbials.keys().count() > 10);
    }

    #[test]
    fn cue_forms_cover_every_cue_lookup() {
        // Every word the look-ups accept passes the cheap filter: the fixture articles' words,
        // and every verb and participle with conjunctions, suffixes and ت for ي.
        let texts = [
            include_str!("../../tests/fixtures/seed-ar.txt"),
            include_str!("../../tests/fixtures/quotes/ar-001.txt"),
            include_str!("../../tests/fixtures/quotes/ar-002.txt"),
            include_str!("../../tests/fixtures/quotes/en-001.txt"),
            include_str!("../../tests/fixtures/quotes/fr-001.txt"),
        ];
        for code in ["ar", "en", "fr", "de", "es", "ru", "xx"] {
            let lex = get(code);
            let mut words: Vec<String> = texts
                .iter()
                .flat_map(|t| super::super::tokens::fold_words(t))
                .collect();
            for v in lex.verbs.keys().chain(lex.participles.keys()) {
                for p in ["", "و", "ف"] {
                    words.push(format!("{p}{v}"));
                    for s in AR_VERB_SUFFIXES.iter().chain(AR_PARTICIPLE_ENDINGS) {
                        words.push(format!("{p}{v}{s}"));
                        if let Some(r) = v.strip_prefix('ي') {
                            words.push(format!("{p}ت{r}{s}"));
                        }
                    }
                }
            }
            for w in &words {
                if lex.verb(w).is_some() || lex.participle(w) {
                    assert!(lex.may_cue(w), "{code}: {w}");
                }
            }
            for c in &lex.cues {
                let first = c.words.first().map_or("", String::as_str);
                assert!(lex.may_cue(first), "{code}: {first}");
            }
        }
    }

    #[test]
    fn a_verbless_cue_s_length_test_keeps_the_words_that_start_it() {
        // What `Doc::match_words` accepts as the first word passes `may_start`: the word, in
        // Arabic after و/ف, any word starting with ل for the lone لـ; a longer word, or one of
        // the same length with another last letter, does not.
        for code in ["ar", "en", "fr", "de", "es", "ru", "xx"] {
            let lex = get(code);
            assert!(!lex.cues.is_empty(), "{code}");
            for c in &lex.cues {
                let first = c.words.first().map_or("", String::as_str);
                assert!(c.may_start(first, lex.arabic), "{code}: {first}");
                let lone_l = lex.arabic && c.words.len() == 1 && first.len() == 2;
                for p in ["و", "ف"] {
                    let with = format!("{p}{first}");
                    assert_eq!(c.may_start(&with, lex.arabic), lex.arabic, "{code}: {with}");
                }
                let longer = format!("{first}xyz");
                assert_eq!(c.may_start(&longer, lex.arabic), lone_l, "{code}: {longer}");
                // The same length, another last letter.
                let mut other: Vec<char> = first.chars().collect();
                if let Some(last) = other.last_mut() {
                    *last = match (last.len_utf8(), *last) {
                        (1, 'x') => 'q',
                        (1, _) => 'x',
                        (_, 'ث') => 'ذ',
                        _ => 'ث',
                    };
                }
                let other: String = other.into_iter().collect();
                if other.len() == first.len() {
                    assert_eq!(c.may_start(&other, lex.arabic), lone_l, "{code}: {other}");
                }
            }
        }
        let lone = VerblessCue {
            words: vec!["ل".into()],
            ambiguous: false,
            initial_only: false,
        };
        assert!(lone.may_start(&lang::light_fold("للمرة"), true));
        assert!(!lone.may_start(&lang::light_fold("للمرة"), false));
    }

    #[test]
    fn marks_tables_load() {
        assert!(get("ar").marks.contains(&"«"));
        assert!(get("de").marks.contains(&"„"));
        assert!(get("xx").marks.contains(&"„"));
        assert!(get("fr").term_noun("film"));
        assert!(get("en").short_partial_anywhere && get("xx").short_partial_anywhere);
        assert!(!get("fr").short_partial_anywhere && !get("ar").short_partial_anywhere);
        assert!(get("ar").term_noun(&lang::light_fold("صحيفة")));
        assert!(get("ar").term_noun(&lang::light_fold("بصحيفة")));
    }

    #[test]
    fn no_object_noun_opens_with_the_article() {
        // `Lexicon::object_noun` turns articled words away before its look-ups.
        let lex = get("ar");
        let listed: Vec<&String> = lex.ar_sets[SET_DOCUMENTS]
            .keys()
            .chain(lex.speech_nouns.keys())
            .collect();
        assert!(listed.len() > 20);
        for w in listed {
            assert!(!w.starts_with(ar::ARTICLE), "{w}");
            assert!(lex.object_noun(w), "{w}");
        }
        assert!(lex.object_noun(&lang::light_fold("كلمة")));
        assert!(!lex.object_noun(&lang::light_fold("الكلمة")));
    }
}
