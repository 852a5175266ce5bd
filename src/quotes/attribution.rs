//! Attribution without a parser: cue detection (speech verbs, same-speaker participles,
//! verbless cues) and speaker finding (the naming mention next to the cue: after it in Arabic
//! verb–subject order and after a postposed cue, before it in subject–verb order), plus the
//! shared document view ([`Doc`]) the other stages work on.

use std::ops::Range;

use super::affixes as ar;
use super::lexicon::{
    ends, Adverbial, Agreement, Lexicon, MentionWord, Role, C_ADJUNCT, C_ADVERB, C_ANY_CLASS,
    C_BARE_COMPLEMENTIZER, C_EXPLETIVE, C_NAME_PARTICLE, C_PREVERBAL, C_QUOTING, C_SOURCE,
    C_SUBJECT_FIRST, C_SUBJECT_OPENER, R_AND, R_ARTICLES, R_AS, R_DEFINITE, R_DE_ARTICLE,
    R_DE_DEFINITE, R_DE_GENITIVE, R_FR_DEFINITE_PL, R_FR_DEFINITE_SG, R_FR_EUPHONIC_T, R_FR_OF,
    R_FR_SUBJECT_RELATIVE, R_HE, R_HEAD_PREP, R_INDEFINITE, R_LIKE, R_NAME_IN_H, R_NAME_PARTICLE,
    R_NAME_PARTICLE_MINOR, R_NEUTER, R_OF, R_POSSESSIVE, R_POSSESSIVE_DET, R_SHE,
    R_SUBJECT_RELATIVE, R_THEY, S_ED, S_ING, S_LATIN, S_LY, S_S, S_SS,
};
use super::marks::Marked;
use super::tokens::{Token, Tokens};

/// The text with everything the stages share.
///
/// (`repr(C)`: the fields in this order, the ones the rules read most first. A wasm load
/// takes its field's offset as an unsigned LEB128 immediate, one byte below 128: left to
/// itself the compiler put `lex` and `text`, read by every rule, at 144–152 and the `Tokens`
/// at 12; −61 B gz. No `Cell` or `RefCell` field, even an unused one: a `Doc` with interior
/// mutability is no longer read-only memory behind `&Doc` to the compiler, so every rule
/// reloads the fields it reads after each call, +1.1 KB gz of wasm (session 53; the same in
/// `Tokens`). Cells behind a pointer, e.g. a `Vec<Cell<_>>`, do not have that cost.)
#[repr(C)]
pub(crate) struct Doc<'a> {
    pub lex: &'static Lexicon,
    pub text: &'a str,
    pub tokens: Vec<Token>,
    /// The cue starting at each token that starts one, by token (`cue_at` is asked often).
    cues: Vec<(usize, Cue)>,
    /// For each marked quotation, [`Doc::token_at`] of its opening mark, content start,
    /// content end and closing mark's end (content end when unclosed); u32 like the tokens'
    /// offsets (see [`Doc::marked_toks`]).
    marked_toks: Vec<[u32; 4]>,
    /// [`Doc::token_at`]'s index: for each block of `1 << TOKEN_BLOCK_BITS` bytes from the
    /// first token's start, the first token that starts in it or later.
    blocks: Vec<u32>,
    /// For each sentence, its first and one-past-last token.
    sentence_tokens: Vec<(u32, u32)>,
    pub marked: Vec<Marked>,
    /// The folded forms of the tokens.
    folds: Tokens,
}

/// The bytes per entry of [`Doc::token_at`]'s index, as a power of two (256: a 64th of the
/// window's bytes in `u32`s; a block holds at most 256 tokens, ~30 of news text).
const TOKEN_BLOCK_BITS: u32 = 8;

/// The UTF-8 length of an Arabic letter: in Arabic text, [`Doc::name_dot`] takes a folded word
/// of this many bytes before a period for a one-letter title (م. عبدالله، د. سالم; so are two
/// ASCII letters, "Dr.").
const ARABIC_LETTER_BYTES: usize = 2;

/// How far from a token the stages look for the start or end of its sentence, in tokens (a
/// bound that keeps every look-around constant-time on megabyte-long "sentences").
const SENTENCE_REACH: usize = 400;

/// What kind of cue a token starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueKind {
    /// A speech verb (قال، said, a déclaré).
    Verb,
    /// A same-speaker participle (قائلا، مشيرا).
    Participle,
    /// A verbless cue of this many words (بحسب، according to, selon).
    Verbless(usize),
}

/// A cue found at a token.
#[derive(Debug, Clone)]
pub(crate) struct Cue {
    pub kind: CueKind,
    pub ambiguous: bool,
    pub initial_only: bool,
    /// Byte span of the cue (an Arabic verb without its و/ف conjunction).
    pub span: Range<usize>,
    /// Index of the first token after the cue.
    pub next: usize,
}

/// What a speaker mention names, as far as cheap cues tell (titles, given names,
/// organisation nouns, plural nouns, coordination): which pronouns may refer back to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Referent {
    /// A man ("Mr", "spokesman", "Crown Prince Mohammad").
    Male,
    /// A woman ("Mrs", "spokeswoman", "Hatice Cengiz").
    Female,
    /// A person of either sex ("the minister").
    Person,
    /// An organisation ("the ministry", "PBS", "a UN report").
    Org,
    /// Several ("officials", "X and his counterparts").
    Plural,
    /// No capitalized word and nothing above ("The previous day"): nobody.
    Thing,
    /// A name without a listed title or given name: fits every pronoun.
    Unknown,
}

/// Who said it, before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Speaker {
    /// A naming mention.
    Named(Range<usize>),
    /// A pronoun or an implicit subject: the previous speaker.
    Inherit,
    /// Same speaker as the sentence's subject (participles).
    SentenceSubject,
    /// Nobody.
    Unknown,
}

/// How far back (in tokens) [`Doc::title_holder`] looks for its title.
const TITLE_REACH: usize = 300;

impl<'a> Doc<'a> {
    pub fn new(
        text: &'a str,
        lex: &'static Lexicon,
        mut folds: Tokens,
        marked: Vec<Marked>,
    ) -> Self {
        let mut tokens = std::mem::take(&mut folds.list);
        let sentence_tokens = std::mem::take(&mut folds.sentence_tokens);
        let candidates = std::mem::take(&mut folds.cue_candidates);
        // `token_at` of every position of the quotations, with one forward cursor (the
        // positions are in text order): sixteen tokens at a time over the stretches between
        // and inside quotations (the starts are in order: all sixteen are before `pos`), then
        // one by one (~2.8 M instructions a big/en call walking every token).
        let mut cursor = 0usize;
        // There are fewer tokens than bytes, and `tokenize` keeps the text below 4 GiB.
        let mut at = |pos: usize| {
            while tokens.get(cursor + 16).is_some_and(|t| t.start() < pos) {
                cursor += 16;
            }
            while tokens.get(cursor).is_some_and(|t| t.start() < pos) {
                cursor += 1;
            }
            cursor as u32
        };
        let marked_toks: Vec<[u32; 4]> = marked
            .iter()
            .map(|m| {
                let open = at(m.open().start);
                let first = at(m.content().start);
                let end = at(m.content().end);
                let close = m.close().map_or(end, |c| at(c.end));
                [open, first, end, close]
            })
            .collect();
        // The tokens that start inside a quotation's content.
        for &[_, first, end, _] in &marked_toks {
            for t in tokens
                .get_mut(first as usize..end as usize)
                .unwrap_or(&mut [])
            {
                t.set_quoted();
            }
        }
        // (A search per block within the next 256 tokens: no step per token.)
        let base = tokens.first().map_or(0, Token::start);
        let span = tokens.last().map_or(0, |t| t.start() - base);
        let mut k = 0;
        let blocks = (0..=span >> TOKEN_BLOCK_BITS)
            .map(|b| {
                let at = base + (b << TOKEN_BLOCK_BITS);
                let next = tokens.get(k..).unwrap_or(&[]);
                k += next
                    .get(..next.len().min(1 << TOKEN_BLOCK_BITS))
                    .unwrap_or(next)
                    .partition_point(|t| t.start() < at);
                k as u32
            })
            .collect();
        let mut doc = Doc {
            text,
            lex,
            tokens,
            folds,
            marked,
            sentence_tokens,
            cues: Vec::new(),
            marked_toks,
            blocks,
        };
        // Narrow the tokens flagged by the tokenizer (whose folded form may start a cue) to
        // those that start one, and keep their cues.
        let mut cues = Vec::new();
        for &i in &candidates {
            match doc.find_cue(i) {
                Some(c) if !doc.nominal_cue(i, &c) => cues.push((i, c)),
                _ => {
                    if let Some(t) = doc.tokens.get_mut(i) {
                        t.clear_cue();
                    }
                }
            }
        }
        doc.cues = cues;
        doc.folds.cue_candidates = candidates;
        doc
    }

    /// The tokens back, for the next window to reuse their allocations.
    pub fn into_tokens(self) -> Tokens {
        let mut folds = self.folds;
        folds.list = self.tokens;
        folds.sentence_tokens = self.sentence_tokens;
        folds
    }

    /// The tokens that start a cue, with their cues, in text order.
    pub fn cues(&self) -> &[(usize, Cue)] {
        &self.cues
    }

    /// For each marked quotation (in the order of `marked`), [`Doc::token_at`] of its opening
    /// mark, content start, content end and closing mark's end (content end when unclosed).
    pub fn marked_toks(&self) -> impl Iterator<Item = [usize; 4]> + '_ {
        self.marked_toks.iter().map(|m| m.map(|k| k as usize))
    }

    /// The tokens that start a line (or the text).
    pub fn line_starts(&self) -> &[usize] {
        &self.folds.line_starts
    }

    pub fn tok(&self, i: usize) -> Option<&Token> {
        self.tokens.get(i)
    }

    /// The folded form of token `t`.
    pub fn f(&self, t: &Token) -> &str {
        self.folds.fold(self.text, t)
    }

    /// The index of the marked quotation whose content holds token `i`.
    pub fn quote_of(&self, i: usize) -> Option<usize> {
        if !self.quoted(i) {
            return None;
        }
        self.marked_toks
            .partition_point(|m| m[1] as usize <= i)
            .checked_sub(1)
    }

    /// Index of the first token starting at or after byte `pos`: a byte span's first token is
    /// `token_at(start)` when it starts on a token (a position inside a token gives the next
    /// one), its last is `token_at(end) - 1` (`token_at(end - 1)` is the token after it).
    /// (The block of `pos` in the index, then a walk within it from the token where `pos`
    /// falls in proportion to its offset in the block: tokens are spread about evenly over
    /// a block's bytes, so the walk takes a step or two where a binary search took ~6 (it
    /// cost ~105 instructions a call, ~50 K calls a big/en call). Out of line: one copy for
    /// its ~20 callers.)
    #[inline(never)]
    pub fn token_at(&self, pos: usize) -> usize {
        let base = self.tokens.first().map_or(0, Token::start);
        let off = pos.saturating_sub(base);
        let b = off >> TOKEN_BLOCK_BITS;
        let block = |b: usize| {
            self.blocks
                .get(b)
                .map_or(self.tokens.len(), |&k| k as usize)
        };
        let (from, to) = (block(b), block(b + 1));
        let rest = off & ((1 << TOKEN_BLOCK_BITS) - 1);
        let mut k = from + ((to.saturating_sub(from) * rest) >> TOKEN_BLOCK_BITS);
        while k > from && self.tokens.get(k - 1).is_some_and(|t| t.start() >= pos) {
            k -= 1;
        }
        while k < to && self.tokens.get(k).is_some_and(|t| t.start() < pos) {
            k += 1;
        }
        k
    }

    pub fn quoted(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.quoted())
    }

    /// The first token at or after `i` that starts in no quotation's content (`i` when it is
    /// not quoted): from the quotation index, the content end of the last quotation opening
    /// at or before `i`, then on over the tokens of one that nests it (rare), not a step per
    /// quoted token.
    #[inline(never)]
    pub fn quoted_run_end(&self, i: usize) -> usize {
        let mut k = i;
        if let Some(m) = self.quote_of(k).and_then(|q| self.marked_toks.get(q)) {
            // The tokens from that quotation's start to its end are all quoted.
            k = k.max(m[2] as usize);
        }
        while self.quoted(k) {
            k += 1;
        }
        k
    }

    /// The folded form of token `i` ("" past the end).
    pub fn fold(&self, i: usize) -> &str {
        // ([`Tokens::fold`]'s body inlined: one call, not two, in the wasm.)
        self.tok(i)
            .map_or("", |t| self.folds.fold_inline(self.text, t))
    }

    /// Arabic: the text of token `i` as written without the harakat and tatweel that end it
    /// (its last letter as written: ة and ه, ى and ي apart, which the fold merges).
    pub fn bare_end(&self, i: usize) -> &str {
        // ([`crate::lang::folds_to_nothing`]'s characters are U+064B–U+065F, U+0670 and
        // U+0640: D9 and 8B–9F, B0 or 80 in UTF-8, and D9 opens a two-byte character: a
        // pattern over the last two bytes, not `trim_end_matches`' decoder.)
        let raw = self.raw(i);
        let mut b = raw.as_bytes();
        while let [rest @ .., 0xD9, 0x80 | 0x8B..=0x9F | 0xB0] = b {
            b = rest;
        }
        raw.get(..b.len()).unwrap_or("")
    }

    /// Arabic: the word at token `i` ends in the feminine ة as written (not ه).
    pub fn feminine_noun(&self, i: usize) -> bool {
        self.bare_end(i).ends_with(ar::FEMININE)
    }

    /// Arabic: the word at token `i` opens with the article ال as written (over harakat and
    /// tatweel; not آل، ألـ، إلى, which fold alike).
    pub fn articled(&self, i: usize) -> bool {
        // (The token looked up once, not by `raw` and `fold`: ~70 K calls a big/ar call.)
        self.tok(i).is_some_and(|t| {
            self.text
                .get(t.span())
                .is_some_and(|r| r.starts_with(ar::ALEF))
                && self.f(t).starts_with(ar::ARTICLE)
        })
    }

    /// [`Token::adverbial`] of token `i`.
    fn adverbial_at(&self, i: usize) -> Option<Adverbial> {
        self.tok(i).and_then(Token::adverbial)
    }

    /// [`Token::complementizer`] of token `i`.
    fn complementizer_at(&self, i: usize) -> bool {
        self.tok(i).is_some_and(Token::complementizer)
    }

    /// [`Token::boundary`] of token `i`.
    fn boundary_at(&self, i: usize) -> bool {
        self.tok(i).is_some_and(Token::boundary)
    }

    /// [`Token::pronoun`] of token `i`.
    fn pronoun_at(&self, i: usize) -> bool {
        self.tok(i).is_some_and(Token::pronoun)
    }

    /// [`Token::auxiliary`] of token `i`.
    fn auxiliary_at(&self, i: usize) -> bool {
        self.tok(i).is_some_and(Token::auxiliary)
    }

    /// [`Token::licenser`] of token `i`.
    fn licenser_at(&self, i: usize) -> bool {
        self.tok(i).is_some_and(Token::licenser)
    }

    /// Arabic: whether token `i` is إذا (`ar/question_openers.txt`, tag x), which opens a
    /// condition or an indirect question.
    #[inline(never)]
    fn idha_at(&self, i: usize) -> bool {
        self.lex.question_opener(self.fold(i)) == Some(b'x')
    }

    /// True if token `i` is an Arabic preposition between a title and its place
    /// ([`Lexicon::title_place`]); the class bit first: each is a [`C_ADJUNCT`] preposition
    /// too, and most tokens are none (one hash of the word only for those).
    fn title_place(&self, i: usize) -> bool {
        self.class_at(i, C_ADJUNCT) && self.lex.title_place(self.fold(i))
    }

    /// Arabic: whether the word at token `k` is an honorific, an articled name particle of
    /// `ar/name_particles.txt` (الدكتور، الأمير: a name follows it).
    #[inline(never)]
    pub(super) fn honorific(&self, k: usize) -> bool {
        self.class_at(k, C_NAME_PARTICLE) && self.articled(k)
    }

    /// Whether token `k` ends a subject's name or its apposition: a comma, a colon or a
    /// complementizer ("… محمد العمرة، أن"، "… الدكتور X أن"; "said Jane Roe, 58, that").
    fn closes_name(&self, k: usize) -> bool {
        self.is_comma(k) || self.is_punct(k, ":") || self.complementizer_at(k)
    }

    /// Arabic: whether the subject word at token `k` reads as a given name: three letters or
    /// more, no article, no ل, no feminine ة or ات, not a title head (`ar/titles.txt`: مدير،
    /// رئيس), an institution's noun, a noun that introduces a quoted name (`ar/term_nouns.txt`:
    /// صحيفة، موقع …) nor an epithet's head (`ar/epithets.txt`: مدرب; with the article there):
    /// their quoted name names. A quoted phrase after a name, or a word
    /// before one, describes that person ("وأبان علي الناصر "وسيط عقاري""، "وبين نبيل «عم
    /// أفراح»"، "تقول دلال كعكي، منسقة "مبادرة بلدي""): the name is the subject.
    #[inline(never)]
    fn given_name(&self, k: usize) -> bool {
        if !self.lex.arabic {
            return false;
        }
        let f = self.fold(k);
        let end = self.bare_end(k);
        f.len() > 4
            && !self.articled(k)
            && !end.ends_with(ar::FEMININE)
            && !end.ends_with(ar::FEMININE_PLURAL)
            && !self.raw(k).starts_with(ar::TO)
            && !ar::TITLE_HEADS.contains(&f)
            && !self.lex.institution(f)
            && !self.lex.term_noun(f)
            && !self.lex.epithet(&[ar::ARTICLE, f].concat())
    }

    /// The `C_*` bit `bit` of token `i` ([`Token::class`]).
    pub(super) fn class_at(&self, i: usize, bit: u32) -> bool {
        self.tok(i).is_some_and(|t| t.class(bit))
    }

    /// True if token `i` is a word with one of `roles` ([`Lexicon::is`]).
    pub fn is_at(&self, i: usize, roles: Role) -> bool {
        self.tok(i).is_some_and(|t| self.lex.is(roles, t))
    }

    fn is_word(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.word())
    }

    fn sentence(&self, i: usize) -> Option<usize> {
        self.tok(i).map(|t| t.sentence())
    }

    /// True if token `i` is the punctuation character `c`.
    #[inline(never)]
    pub fn is_punct(&self, i: usize, c: &str) -> bool {
        // A punctuation token is one character, its own folded form.
        let mut chars = c.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => self.tok(i).is_some_and(|t| t.is_char(c)),
            _ => false,
        }
    }

    /// True if token `i` is a dash with a space before it (" - ", " – "), not a hyphen.
    fn spaced_dash(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            (t.is_char('-') || t.is_char('–') || t.is_char('—'))
                && self
                    .text
                    .as_bytes()
                    .get(..t.start())
                    .is_some_and(|h| matches!(h, [.., b'\t'..=b'\r' | b' '] | [.., 0xC2, 0xA0]))
        })
    }

    /// True if token `i` is a comma (`,` or `،`).
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn is_comma(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.is_char(',') || t.is_char('،'))
    }

    /// True if token `i` is a quotation mark of the language.
    pub fn is_mark(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.mark())
    }

    /// True if a sentence-initial-only cue at token `j` stands where it may ("Pour le …,").
    pub fn initial_cue_ok(&self, j: usize, cue: &Cue) -> bool {
        !cue.initial_only
            || self.sentence_start(j) == j
                && self
                    .tok(cue.next)
                    .is_some_and(|t| self.lex.is(R_FR_DEFINITE_SG | R_FR_DEFINITE_PL, t))
    }

    /// The cue starting at token `i`, if any (tokens inside quotations are never cues).
    pub fn cue_at(&self, i: usize) -> Option<Cue> {
        if !self.tok(i).is_some_and(|t| t.cue()) {
            return None;
        }
        let k = self.cues.binary_search_by_key(&i, |(j, _)| *j).ok()?;
        self.cues.get(k).map(|(_, c)| c.clone())
    }

    /// True if token `i` stands in a short English headline in title case ("Mayor Says Ferry
    /// Will Stay"): a sentence of at most 24 tokens whose words of four letters or more (three
    /// at least) are all capitalized (session 11).
    fn title_case(&self, i: usize) -> bool {
        let (a, b) = (self.sentence_start(i), self.sentence_end(i));
        if !self.lex.english || b > a + 24 {
            return false;
        }
        let mut long = 0;
        for k in a..=b {
            let Some(t) = self.tok(k).filter(|t| t.word() && self.f(t).len() > 3) else {
                continue;
            };
            if !t.capital() {
                return false;
            }
            long += 1;
        }
        long > 2
    }

    fn find_cue(&self, i: usize) -> Option<Cue> {
        let t = self.tok(i)?;
        if !t.word() || !t.cue() || self.quoted(i) {
            return None;
        }
        let lex = self.lex;
        let fold = self.f(t);
        // Verbless cues first (they may be several words).
        for cue in lex.cues.iter().filter(|c| c.may_start(fold, lex.arabic)) {
            if let Some(n) = self.match_words(i, &cue.words) {
                let end = self.tok(i + n - 1).map_or(t.end(), |l| l.end());
                let start = self.strip_conjunction(i, cue.words.first().map(String::as_str));
                return Some(Cue {
                    kind: CueKind::Verbless(n),
                    ambiguous: cue.ambiguous,
                    initial_only: cue.initial_only,
                    span: start..end,
                    next: i + n,
                });
            }
        }
        // Latin scripts: a capitalized word inside a sentence is a name ("the United States"),
        // but in an English headline in title case a verb too ("Mayor Says Ferry Will Stay").
        if !lex.arabic && t.capital() && self.sentence_start(i) != i && !self.title_case(i) {
            return None;
        }
        let raw = self.text.get(t.span()).unwrap_or("");
        let noun_ending = lex.arabic && raw.ends_with(ar::FEMININE);
        if let Some(ambiguous) = lex.verb(fold).filter(|_| !noun_ending) {
            let start = self.strip_conjunction(i, None);
            // Arabic: an ambiguous form that is also a preposition (عبر، بين), without و/ف, right
            // after a word of its sentence is the preposition ("تنقل عبر الجمعيات"): a verb
            // opens its clause.
            if ambiguous
                && lex.arabic
                && t.boundary()
                && start == t.start()
                && i > 0
                && self.is_word(i - 1)
                && self.sentence(i - 1) == Some(t.sentence())
            {
                return None;
            }
            // "saying", "adding": same-speaker participles.
            let participle = !lex.arabic && ends(S_ING, fold);
            return Some(Cue {
                kind: if participle {
                    CueKind::Participle
                } else {
                    CueKind::Verb
                },
                ambiguous,
                initial_only: false,
                span: start..t.end(),
                next: i + 1,
            });
        }
        // Not the noun "spokeswoman" (متحدثة باسم الشرطة), nor an adjective after a copula
        // ("قد يكون مفيدًا لشخص …").
        if lex.participle(fold)
            && self.raw(i + 1) != ar::W_IN_NAME_OF
            && !ar::COPULAS.contains(&self.fold(i.wrapping_sub(1)))
        {
            return Some(Cue {
                kind: CueKind::Participle,
                ambiguous: false,
                initial_only: false,
                span: self.strip_conjunction(i, None)..t.end(),
                next: i + 1,
            });
        }
        None
    }

    /// The start of token `i` without an Arabic conjunction و/ف, when the word needs it
    /// stripped to be a cue (وقال → قال; not وصف, not وفقا).
    pub(super) fn strip_conjunction(&self, i: usize, entry: Option<&str>) -> usize {
        let Some(t) = self.tok(i) else { return 0 };
        if !self.lex.arabic {
            return t.start();
        }
        let fold = self.f(t);
        // (A word with no و/ف, or of fewer than four letters, keeps its start whatever the
        // look-ups say: those are tested first, the look-ups only for the others.)
        if ar::strip_conjunction(fold).is_none() || fold.chars().count() < 4 {
            return t.start();
        }
        let entry_has_it = entry.is_some_and(|e| e == fold);
        let lex = self.lex;
        let whole_is_cue = entry_has_it
            || (entry.is_none() && (lex.verb_exact(fold) || lex.participle_exact(fold)));
        if whole_is_cue {
            return t.start();
        }
        // و/ف folded (ﻭ in presentation forms), its length as written.
        let raw = self.text.get(t.span()).unwrap_or("");
        raw.chars()
            .next()
            .map_or(t.start(), |c| t.start() + c.len_utf8())
    }

    /// Matches the folded words of a verbless cue at token `i`; returns how many tokens.
    fn match_words(&self, i: usize, words: &[String]) -> Option<usize> {
        let mut n = 0;
        for (k, w) in words.iter().enumerate() {
            let fold = self.fold(i + k);
            if !self.is_word(i + k) {
                return None;
            }
            let last = k + 1 == words.len();
            let ok = if self.lex.arabic && last && w == ar::TO_WORD {
                fold.starts_with(ar::TO) && fold.chars().count() > 1 || fold == ar::TO_WORD
            } else if self.lex.arabic && k == 0 {
                fold == w || ar::strip_conjunction(fold).is_some_and(|r| r == w.as_str())
            } else {
                fold == w
            };
            if !ok {
                return None;
            }
            n += 1;
        }
        // "وفقا لـ": the ل belongs to the next word, which is not part of the cue.
        if self.lex.arabic
            && words.last().is_some_and(|w| w == ar::TO_WORD)
            && !self.fold(i + n - 1).eq(ar::TO_WORD)
        {
            n -= 1;
        }
        (n > 0).then_some(n)
    }

    /// True if the verb form of the cue at `i` is a noun or an adjective here: after a
    /// determiner ("the stated goals", "the estimated cost", "his claims"), for a past form
    /// after a word tagged `adj` ("related to alleged abuse"), for an ambiguous form after a
    /// preposition or a number ("in states where", "12 reports"). Words in the `adverbials`
    /// data.
    pub fn nominal_cue(&self, i: usize, cue: &Cue) -> bool {
        if matches!(cue.kind, CueKind::Verbless(_)) || i == 0 || self.sentence_start(i) == i {
            return false;
        }
        if !self.is_word(i - 1) || self.sentence(i - 1) != self.sentence(i) {
            return false;
        }
        match self.adverbial_at(i - 1) {
            Some(Adverbial::Det) => true,
            Some(Adverbial::Adj) => ends(S_ED, self.fold(i)),
            // "in states where …", "one of six states that …" (session 19): an ambiguous
            // form after a preposition or a number is a noun (not a gerund: "for calling").
            Some(Adverbial::Prep | Adverbial::Rel) => cue.ambiguous && cue.kind == CueKind::Verb,
            _ => cue.ambiguous && self.numeral(i - 1),
        }
    }

    /// True if an ambiguous cue at `i` is licensed: a complementizer, a colon or a quotation
    /// mark within the next few tokens.
    pub fn licensed(&self, cue: &Cue, i: usize) -> bool {
        if !cue.ambiguous {
            return true;
        }
        let s = self.sentence(i);
        // (A plain loop: smaller in the wasm than the iterator adapters.)
        let mut j = cue.next;
        while j < cue.next + 7 && self.tok(j).is_some() && self.sentence(j) == s {
            if self.is_punct(j, ":")
                || self.is_mark(j)
                || self.complementizer_at(j)
                || self.licenser_at(j)
            {
                return true;
            }
            j += 1;
        }
        false
    }

    fn stops_np(&self, j: usize) -> bool {
        let Some(t) = self.tok(j) else { return true };
        // (The flags of the token in hand; `cue_at` only for a word flagged as a cue.)
        !t.word()
            || t.quoted()
            || t.boundary() && !self.boundary_noun(j)
            // A proclitic written apart with a tatweel (ما وصفه بـ «…»، لـ«عكاظ»).
            || self.lex.arabic && self.text.get(t.span()).is_some_and(|r| r.ends_with('ـ'))
            || t.complementizer()
            // (A token flagged `cue` starts one: `Doc::new` cleared the others.)
            || t.cue()
    }

    /// German: a definite article listed as a boundary (`de/np_boundaries.txt`: das, for the
    /// demonstrative "Das sagte er") that opens a noun phrase, a capitalized word after it
    /// ("„…“, erklärte das Auswärtige Amt", "teilte das Ministerium mit").
    fn article_opens_np(&self, j: usize) -> bool {
        self.lex.german && self.article_before_noun(j, R_DE_DEFINITE)
    }

    /// German: token `k` has one of the article `roles` and a capitalized word (a noun) follows.
    pub fn article_before_noun(&self, k: usize, roles: Role) -> bool {
        self.is_at(k, roles) && self.tok(k + 1).is_some_and(|t| t.word() && t.capital())
    }

    /// German: after a capitalized word (a noun or a name), a lowercase word other than a
    /// genitive article or a name particle is no longer the noun phrase ("Nach Angaben der
    /// Polizei handelte es sich …": the verb; "verteidigte der Minister den Einsatz": the
    /// object); a genitive ("der Sprecher des Ministeriums") and "von" in a name go on. (Asked
    /// in German text only: the caller tests the language.)
    fn german_noun_ends(&self, j: usize) -> bool {
        j > 0
            && self.tok(j - 1).is_some_and(|t| t.word() && t.capital())
            && self.tok(j).is_some_and(|t| {
                t.word() && !t.capital() && !self.lex.is(R_DE_GENITIVE | R_NAME_PARTICLE, t)
            })
    }

    /// True if token `j` is a noun that folds like a boundary word ([`Lexicon::boundary_noun`]
    /// of the word as written): Arabic إمام "imam", folded like the preposition أمام "in front
    /// of" ("أكد إمام المسجد …" names), or the name علي, folded like the preposition على
    /// ("وقال علي الشهري").
    fn boundary_noun(&self, j: usize) -> bool {
        self.tok(j)
            .and_then(|t| self.text.get(t.span()))
            .is_some_and(|r| self.lex.boundary_noun(r))
    }

    /// Arabic "وكان X قد قال …" / "لكن X أكد …": after a [`C_SUBJECT_FIRST`] word the subject
    /// stands before the verb. The words between that word and the cue at token `i` (over a
    /// final [`C_PREVERBAL`] particle قد and a comma right before it or the verb: "وكان X، قد
    /// أكد"، "يذكر أن X، أكدت"), at most ten.
    fn kan_subject(&self, i: usize) -> Option<Range<usize>> {
        let s = self.sentence(i);
        let mut end = i;
        let qad = end > 0 && self.class_at(end - 1, C_PREVERBAL);
        if qad {
            end -= 1;
        }
        // A comma before قد ("وكان X، قد أكد"), or before the verb after a complementizer
        // ("يذكر أن X، أكدت أن …"; not "لكن X، وهو …، كشف": an apposition runs on).
        let comma = end > 0 && self.is_comma(end - 1);
        if comma {
            end -= 1;
        }
        let mut k = end;
        while k > 0 && k + 11 > end {
            k -= 1;
            if !self.is_word(k) || self.quoted(k) || self.sentence(k) != s {
                return None;
            }
            // After إلا/غير the complementizer comes first ("إلا أن X أكد"). Not "لكن في …
            // قال X": a phrase, not a subject.
            // A bare أن/إن (`ar/bare_complementizers.txt`), not "كما أنه …" (the pronoun is
            // the subject).
            let after = self.class_at(k, C_SUBJECT_FIRST) && (qad || !comma)
                || k > 0
                    && self.class_at(k, C_BARE_COMPLEMENTIZER)
                    && self.class_at(k - 1, C_SUBJECT_FIRST);
            // Not a كان after إذا (`ar/question_openers.txt`, tag x) with no قد: a condition or
            // an indirect question, whose words are no subject of the verb after it ("وردا على
            // سؤال ما إذا كان سيترشح … قال X"; but "إذا كان X قد قال").
            if after && !qad && k > 0 && self.idha_at(k - 1) {
                return None;
            }
            if after {
                return if k + 1 < end && !self.stops_np(k + 1) {
                    self.span(k + 1, end - 1)
                } else {
                    None
                };
            }
            if self.complementizer_at(k) {
                return None;
            }
        }
        None
    }

    /// The naming mention right after token `from` (verb–subject order, or after a postposed
    /// cue), up to `limit` (exclusive), in the sentence of `from`. An apposition set off by
    /// commas right after it (الناطق باسم الكرملين، دميتري بيسكوف،) is preferred: it names;
    /// not an articled one after an unarticled name.
    pub fn np_after(&self, from: usize, limit: usize) -> Option<Range<usize>> {
        let s = self.sentence(from)?;
        let mut j = from;
        let mut first: Option<usize> = None;
        let mut last = from;
        while j < limit && self.sentence(j) == Some(s) && j < from + 8 {
            // The word after a hyphen belongs to the compound ("the 30-year-old").
            let compound = first.is_some()
                && j > from
                && self.is_punct(j - 1, "-")
                && self.is_word(j)
                && !self.quoted(j);
            if self.stops_np(j) && !compound && !(first.is_none() && self.article_opens_np(j)) {
                // Hyphenated names (Jean-Marie, فرانك- فالتر) and abbreviation periods inside
                // a name (Sen. Chuck Schumer, Znak.com) go on.
                if first.is_some()
                    && (self.is_punct(j, "-") || self.name_dot(j))
                    && self.is_word(j + 1)
                    && !self.quoted(j + 1)
                {
                    j += 1;
                    continue;
                }
                break;
            }
            // Arabic: the verb's object after its definite subject ("وترك الهاكر تغريدة …"),
            // or a document or speech noun after any subject ("ألقى الفنان X كلمة": no name).
            if first.is_some()
                && (self.object_opens(j)
                    || by_object(self, from.wrapping_sub(1), j)
                    || self.lex.arabic && self.lex.object_noun(self.fold(j)))
            {
                break;
            }
            if self.lex.german && first.is_some() && self.german_noun_ends(j) {
                break;
            }
            first.get_or_insert(j);
            last = j;
            j += 1;
        }
        let first = first?;
        if self.lex.arabic {
            // A subject cut by the eight-word reach that ends within six more words at a
            // colon, a comma, a complementizer or the reported words ("وقال المتحدث الإعلامي
            // باسم … بالنيابة سالم فهد العتيبي:"): all of it; within twelve when a name of at
            // most five words after an honorific ends it, before في or خلال too (session 53).
            // And a title, في/لدى and its place, then the name ("رئيس المجلس البلدي في جدة
            // الدكتور X Y،", "السفير لدى الأمم المتحدة X Y"): the place read as an adjunct ([`Doc::skip_adjuncts`]: its
            // title الدكتور too), the name two to five words that close there or at the next
            // في ("… أبو عمر النهدي في خطاب …"), with no possessive suffix, number or adverb
            // from the place on ("في لقائه بنظيره …"، "في مؤتمر عقده …"، "مساء اليوم …": an
            // adjunct of the verb, not a title's place).
            let cut = j == from + 8;
            // A title cut by the reach that runs on to its place (at most three more words:
            // "… ورئيس اللجنة العليا للحج في المنطقة الشرقية اللواء X"): the place path.
            let mut at = j;
            while cut && at < limit.min(j + 3) && !self.stops_np(at) {
                at += 1;
            }
            let place = at < limit && self.title_place(at);
            let cut = cut && !place;
            if cut || place {
                // The name starts at `p` (after the place), runs for up to `reach` words and
                // has at least `min`.
                let (p, reach, min) = if cut {
                    (j, 12, 1)
                } else {
                    (self.skip_adjuncts(at, limit), 5, 2)
                };
                // A title head (سفير، وزير: `ar/titles.txt`), its place one word with no
                // article (a country, a city), then the name, unarticled first, which the
                // place's object ran over ("نفى سفير المملكة في لبنان علي عواض عسيري في اتصال …"): tried second.
                let one = if place
                    && p > at + 2
                    && !self.articled(at + 1)
                    && !self.articled(at + 2)
                    && ar::TITLE_HEADS.contains(&self.fold(first))
                {
                    at + 2
                } else {
                    p
                };
                let mut p = p;
                loop {
                    let mut plain = cut || p > at;
                    let mut k = at + 1;
                    while k < p {
                        plain &= !self.suffixed(k) && !self.class_at(k, C_ADVERB);
                        k += 1;
                    }
                    k = p;
                    // (The token after the last honorific, الدكتور، المهندس; 0: none. A name of
                    // at most five words after it closes a title the reach cut, "… بمنطقة عسير
                    // أمين عام مجلس التنمية السياحية بالمنطقة المهندس محمد العمرة،", also
                    // before في or خلال, "… المهندس عبدالله بن محمد المطيري في تصريح".)
                    // (After a cut title, a name particle too, "… الشرقية محمد بن عبدالعزيز
                    // الصفيان، أن": the name from the word before it; and a one-letter title
                    // and its period, "… منطقة الجوف م. عجب القحطاني، أنه": session 61.)
                    let mut honorific = 0;
                    while k < limit.min(p + reach)
                        && self.sentence(k) == Some(s)
                        && (!self.stops_np(k) || cut && self.name_dot(k))
                        && (cut || !self.suffixed(k) && !self.numeral(k))
                    {
                        if self.honorific(k) {
                            honorific = k + 1;
                        } else if cut && k > p && self.class_at(k, C_NAME_PARTICLE) {
                            honorific = k - 1;
                        } else if self.is_punct(k, ".") {
                            honorific = k + 1;
                        }
                        k += 1;
                    }
                    let named = honorific > 0 && k < honorific + 6;
                    if plain
                        && k >= p + min
                        && (k <= p + 6 || named)
                        && (k == limit
                            || cut && named && self.class_at(k, C_ADJUNCT)
                            || self.closes_name(k)
                            || place && (self.is_mark(k) || self.title_place(k))
                            // An addressee (لوكالة، لصحيفة، للصحفيين: np_boundaries.txt; after a
                            // cut title too: "… مبادرة بلدي السيدة X Y لـ"الوطن" إن").
                            || self.stops_np(k) && self.raw(k).starts_with(ar::TO))
                    {
                        last = k - 1;
                        j = k;
                        break;
                    }
                    if p == one {
                        break;
                    }
                    p = one;
                }
            }
            // A title, a preposition and its complement (or a short quoted name), then an
            // honorific and the name up to a comma, a colon or a complementizer ("اعتبر المشرف
            // العام على فريق تطوير سوق عكاظ الدكتور بريكان الشلوي أن"، "مدير عام الشركة
            // الوطنية السياحية «سياحية» المهندس صالح قدح أن"): the name too; within eleven
            // tokens, over more prepositions and quoted names ("… على البرنامج وعضو هيئة
            // الخبراء في جامعة هارفارد الدكتور X أن", session 60) but no possessive suffix (an
            // adjunct of the verb: "خلال لقائه الدكتور X"), comma or complementizer.
            // (The honorific is looked for first: a class bit, cheap on every subject.)
            if j == last + 1 && (self.class_at(j, C_ADJUNCT) || self.is_mark(j)) {
                let stop = limit.min(j + 12);
                let mut h = j + 1;
                while h < stop && !self.class_at(h, C_NAME_PARTICLE) {
                    h += 1;
                }
                // (Or a name particle with no article after a given name, "… بوزارة الصحة
                // سليمان بن أحمد الشريع، أن": the name from the word before it, no article and
                // no preposition: not "في أبو ظبي"، "الملك عبد العزيز"; session 62.)
                if h < stop
                    && (self.articled(h)
                        || h > j + 1 && !self.articled(h - 1) && !self.stops_np(h - 1))
                {
                    let mut k = j + 1;
                    while k < limit.min(h + 5)
                        && self.sentence(k) == Some(s)
                        && if k > h {
                            !self.stops_np(k)
                        } else {
                            self.is_mark(k)
                                || self.is_word(k)
                                    && !self.suffixed(k)
                                    && !self.complementizer_at(k)
                        }
                    {
                        k += 1;
                    }
                    // (Also closed by من and a suffixed word, "… الدكتور مساعد الأحمد من جانبه
                    // أن": session 62.)
                    if k > h + 1
                        && (self.closes_name(k)
                            || self.fold(k) == ar::W_FROM && self.suffixed(k + 1))
                    {
                        last = k - 1;
                        j = k;
                    }
                }
            }
            // A name cut by the eight-word reach after a long title ("… محمد بن"): the name
            // after a name particle (بن، أبو، عبد …) goes on (at most three words).
            if self.class_at(last, C_NAME_PARTICLE) {
                let stop = j + 3;
                while j < stop.min(limit) && self.sentence(j) == Some(s) && !self.stops_np(j) {
                    last = j;
                    j += 1;
                }
            }
            // A possessive suffix marks an object (حديثها، حرص بلاده، "وقدم شكره للجماهير …":
            // [`Doc::may_name`]), not a naming subject; not "المتحدث باسمه", nor a
            // noun with a suffix before a name ("زميله فهد"), nor a given name in ه ("نزيه
            // النصر": `names/function_words.txt`).
            // (A plain loop: smaller in the wasm than the iterator adapters.)
            let mut k = first;
            while k <= last.min(first + 1) {
                // (An articled word after the first has no suffix: المتنزه، الإليزيه.)
                if self.suffixed(k)
                    && (k == first || !self.articled(k))
                    && !self.is_at(k, R_NAME_IN_H)
                    && !self.fold(k).starts_with(ar::W_IN_NAME_OF)
                    && !(k == first
                        && k < last
                        // (Not an honorific pronoun: "وبعث سموه برقية …".)
                        && !self.lex.anaphor(self.fold(k))
                        && self
                            .raw(k + 1)
                            .starts_with(|c: char| ('ء'..='ي').contains(&c))
                        && !self.articled(k + 1)
                        && !self.suffixed(k + 1)
                        && self.may_name(k + 1))
                {
                    // After a one-word subject, the suffixed word opens the verb's object or
                    // an adjunct (verb, subject, object: "وأكد خضير نيته"، "وقال الأهلي
                    // بموقعه"، "وقال تقرير أصدرته المنظمة"): the subject is that one word. Not
                    // after a title head or an unarticled feminine word, whose complement it
                    // is ("مدير أعماله"، "أهمية دورها"); after an honorific, a word in ه is
                    // a name ("الدكتور باناجه").
                    if k > first && !self.class_at(first, C_NAME_PARTICLE) {
                        if ar::TITLE_HEADS.contains(&self.fold(first))
                            || self.feminine_noun(first) && !self.articled(first)
                            // (Nor after a word of three letters or fewer, هو، كيف, or with
                            // ل, "وفقا لتقرير نشرته", nor before an anaphor: "رفع سموه"،
                            // "المصدر نفسه", the one named before.)
                            || self.fold(first).len() <= 6
                            || self.raw(first).starts_with(ar::TO)
                            || self.lex.anaphor(self.fold(k))
                        {
                            return None;
                        }
                        last = first;
                        j = k;
                        break;
                    }
                    // The suffixed word first: no subject, unless a kin noun, which names by
                    // kinship ("وقال والدها:"): the subject is that word.
                    if k == first {
                        if !self.lex.kin_noun(self.fold(k)) {
                            return None;
                        }
                        last = first;
                        j = k + 1;
                        break;
                    }
                }
                k += 1;
            }
            // "وأكد الأول أن …": an ordinal anaphor stands for someone named before; it names
            // nobody, and must not become the speaker that later implicit subjects inherit.
            if first == last && self.lex.anaphor(self.fold(first)) {
                return None;
            }
            // "المدير الفني لنادي برشلونة «لويس إنريكي»": the quoted name names; not after a
            // term noun that ends a longer phrase ("مدير شركة «…»": the company's name), nor
            // after a given name ("علي الناصر «وسيط عقاري»": a description, session 63).
            if self.is_mark(j) && !(last > first && self.lex.term_noun(self.fold(last))) {
                // (At most three tokens.)
                let q = self.quote_of(j + 1);
                if let (Some(m), Some(t)) = (
                    q.and_then(|q| self.marked.get(q)),
                    q.and_then(|q| self.marked_toks.get(q)),
                ) {
                    if t[2] <= t[1] + 3 && !self.given_name(first) {
                        return Some(m.content());
                    }
                }
            }
        }
        // Apposition: ", NAME ," / ", NAME :" / ", NAME أن" right after; not after a name
        // with a name particle ("الدكتور سالم بن فهد، مدير الجامعة أن": the title).
        let mut particle = false;
        for k in first..last {
            particle |= self.class_at(k, C_NAME_PARTICLE);
        }
        if self.is_comma(j) && !particle {
            // (Up to three words; six with a name particle in them: "، العقيد دكتور عاطي بن
            // عطية القرشي، أن".)
            let mut k = j + 1;
            let mut long = false;
            while k < limit && k < j + 7 && !self.stops_np(k) {
                long |= self.class_at(k, C_NAME_PARTICLE);
                k += 1;
            }
            let closes = self.closes_name(k) || self.is_mark(k) && !self.given_name(first);
            // Not an age ("said Jane Roe, 58, who …").
            // Arabic: not a description after a name ("الأدميرال جون كيربي، المتحدث باسم
            // البنتاغون،", "وطالب علاوي، العبادي «…»"): the subject ends unarticled (a name)
            // and the apposition articled (ال، لل), or, after a given name, opened by a title
            // head ("قال محمد باريان، صاحب محل ذهب، إن"، "تقول دلال كعكي، منسقة "…""; not
            // "رئيس أرامكو، أمين ناصر،": أمين opens a name there; session 63).
            // (A last word with و before its article is articled: "وزير الشؤون البلدية
            // والقروية، المهندس X،".)
            let title = self.lex.arabic
                && !self.articled(last)
                && !self
                    .fold(last)
                    .strip_prefix(ar::AND)
                    .is_some_and(|f| f.starts_with(ar::ARTICLE))
                && (self.articled(k - 1)
                    || self.fold(k - 1).starts_with(ar::TO_ARTICLE)
                    || ar::TITLE_HEADS.contains(&self.fold(j + 1)) && self.given_name(first));
            // Not a pronoun ("أشار إليها X، وهي أن «…»": a clause), nor an Arabic connective
            // before its complementizer ("وتدخل اللاعب …، بيد أن …": no apposition).
            let connective = self.lex.arabic && self.class_at(j + 1, C_SUBJECT_FIRST);
            if k > j + 1
                && !connective
                && (k <= j + 4 || long)
                && closes
                && !self.numeral(j + 1)
                && !title
                && !self.pronoun_at(j + 1)
            {
                return self.span(j + 1, k - 1);
            }
            // Arabic: a title's chain of appositions up to its name ([`Doc::apposed_name`]).
            if self.lex.arabic
                && (self.articled(first) || ar::TITLE_HEADS.contains(&self.fold(first)))
            {
                if let Some(r) = self.apposed_name(j, limit) {
                    return Some(r);
                }
            }
        }
        self.span(first, last)
    }

    /// Arabic: after a title subject and the comma at token `j`, a second title set off by
    /// commas and the name after it ("مدير عام إدارة …، المتحدث الإعلامي باسم …، محمد بن
    /// عبدالعزيز الصفيان، في تصريح"): the name; or a second title holding an honorific and
    /// the name ("وكيل وزارة …، رئيس مركز … الدكتور عبدالعزيز بن سعيد، عن"، "…، الشيخ حمود
    /// سعيد المخلافي، إن"): that title and name. The second title opens with the article or a
    /// title head (not في …، أمس …) and has no suffix or number; the name is two to five
    /// words with no suffix or number, closed by a comma, a colon or a complementizer (at
    /// most 14 tokens): after the second title's honorific, or after the comma that ends the
    /// second title and an optional honorific (الشيخ، م.), where its first word is unarticled
    /// and none is an adverb.
    fn apposed_name(&self, j: usize, limit: usize) -> Option<Range<usize>> {
        let s = self.sentence(j);
        let stop = limit.min(j + 14);
        // A word of a title or a name.
        let plain = |k: usize| {
            k < stop
                && self.sentence(k) == s
                && !self.stops_np(k)
                && !self.suffixed(k)
                && !self.numeral(k)
        };
        if !(self.articled(j + 1) || ar::TITLE_HEADS.contains(&self.fold(j + 1))) {
            return None;
        }
        // `from`: the span's first token; `h`: the name's.
        let (mut from, mut h, mut k) = (j + 1, 0, j + 1);
        while plain(k) {
            if h == 0 && self.honorific(k) {
                h = k + 1;
            }
            k += 1;
        }
        if h == 0 {
            if k <= j + 2 || !self.is_comma(k) {
                return None;
            }
            from = k + 1;
            h = from + usize::from(self.honorific(from)) + 2 * usize::from(self.name_dot(from + 1));
            k = h;
            while plain(k) && !self.class_at(k, C_ADVERB) && (k > h || !self.articled(k)) {
                k += 1;
            }
        }
        (k >= h + 2 && k <= h + 5 && self.closes_name(k))
            .then(|| self.span(from, k - 1))
            .flatten()
    }

    /// Arabic: whether the word at token `j`, right after a definite word of a subject (ال, not
    /// a title before a name: الدكتور أسامة), opens the verb's object (`ar/affixes.txt`,
    /// `ar/rule_words.txt`): a definite noun takes no indefinite noun in construct after it,
    /// so an indefinite word there with an accusative tanween (اهتماماً), or with no proclitic
    /// (بمنطقة، والصناعة) and a possessive ها/هم (عزمها) or a feminine ة (تغريدة; not after a
    /// feminine word: الفنانة ماجدة), is no part of it.
    fn object_opens(&self, j: usize) -> bool {
        if !self.lex.arabic
            || j == 0
            || !self.articled(j - 1)
            || self.articled(j)
            || self.class_at(j - 1, C_NAME_PARTICLE)
        {
            return false;
        }
        let raw = self.raw(j);
        let bare = self.bare_end(j);
        ar::has_letter(raw, ar::TANWEENS)
            || ar::strip_letter(raw, ar::PROCLITICS).is_none()
                && (self.suffixed(j) && (bare.ends_with(ar::HER) || bare.ends_with(ar::THEM))
                    || bare.ends_with(ar::FEMININE)
                        && !self.feminine_noun(j - 1)
                        && !self.name_goes_on(j))
    }

    /// Arabic: whether the word at token `j`, in ة, opens a name: a listed one (آية الله:
    /// `ar/rule_words.txt`), or one that a plain word follows (حكمة سليمان، عطية بن سعيد: an
    /// unarticled word with no ة, tanween or suffix), where an object goes on with a definite
    /// genitive, an adjective in ة or a preposition (ثقة الدول، حملة أمنية، تغريدة على).
    fn name_goes_on(&self, j: usize) -> bool {
        let n = j + 1;
        self.bare_end(j) == ar::W_NAME_OPENER
            || self.is_word(n)
                && !self.quoted(n)
                && !self.stops_np(n)
                && !self.articled(n)
                && !self.feminine_noun(n)
                && !ar::has_letter(self.raw(n), ar::TANWEENS)
                && !self.suffixed(n)
    }

    /// The naming mention right before token `cue` (subject–verb order), skipping auxiliaries
    /// and the comma that ends an apposition. `Ok(None)` = a pronoun (inherit the speaker).
    pub fn np_before(&self, cue: usize, floor: usize) -> Result<Option<Range<usize>>, ()> {
        // "Greek prime minister Kyriakos Mitsotakis speaking to the Atlantic Council think
        // tank called …": the subject stands before the participial phrase.
        if let Some(r) = self.participial_subject(cue, floor) {
            return Ok(Some(r));
        }
        self.np_right_before(cue, floor)
    }

    /// Latin scripts: a name, then a lowercase "-ing" participle and its complement (a
    /// preposition or an article right after it), all without a comma up to the cue at `cue`
    /// (at most 14 tokens back): the noun phrase before the participle.
    fn participial_subject(&self, cue: usize, floor: usize) -> Option<Range<usize>> {
        if self.lex.arabic {
            return None;
        }
        let s = self.sentence(cue)?;
        let mut k = cue;
        while k > floor + 1 && k + 14 > cue {
            k -= 1;
            let t = self.tok(k)?;
            if !t.word() && !self.is_punct(k, "-") || self.quoted(k) || t.sentence() != s {
                return None;
            }
            // (The fold last: its neighbours rule out most words.)
            if t.word()
                && !t.capital()
                && self.tok(k - 1).is_some_and(|p| p.word() && p.capital())
                && !self.quoted(k - 1)
                && self.tok(k + 1).is_some_and(|n| {
                    n.word() && (n.boundary() || n.adverbial() == Some(Adverbial::Det))
                })
                && participle(self.f(t), false)
            {
                return self.np_right_before(k, floor).ok().flatten();
            }
        }
        None
    }

    /// [`Doc::np_before`] without the participial phrase.
    /// English: a lowercase "-ly" word of six letters or more that no determiner precedes
    /// ("Jane Roe famously asked", not "the family said").
    fn ly_adverb(&self, k: usize) -> bool {
        // (Not Arabic, not capitalized: tested before the fold.)
        !self.lex.arabic
            && self.tok(k).is_some_and(|t| !t.capital())
            && {
                let f = self.fold(k);
                f.len() >= 6 && ends(S_LY, f)
            }
            && !(k > 0 && self.is_at(k - 1, R_DEFINITE | R_INDEFINITE | R_POSSESSIVE_DET))
    }

    /// The "(" of the bracket closed by token `close`, at most eight tokens back, at or
    /// after `floor`.
    fn bracket_open(&self, close: usize, floor: usize) -> Option<usize> {
        self.is_punct(close, ")")
            .then(|| {
                (floor..close)
                    .rev()
                    .take(8)
                    .find(|&k| self.is_punct(k, "("))
            })
            .flatten()
    }

    fn np_right_before(&self, cue: usize, floor: usize) -> Result<Option<Range<usize>>, ()> {
        let s = self.sentence(cue);
        let mut j = cue;
        // Skip auxiliaries and adverbs ("has also said", "a ensuite précisé") and English time
        // phrases ("on Tuesday told", "yesterday said").
        loop {
            // Auxiliaries, the contraction of "she’s said", the verb of a German particle.
            // (The word before, looked up once: its class bits before the helpers.)
            let p = (j > floor)
                .then(|| self.tok(j - 1))
                .flatten()
                .filter(|t| t.word());
            if p.is_some_and(|t| {
                t.auxiliary()
                    || j > floor + 1 && self.contracted_s(j - 1)
                    || self.separable_verb(j - 1, cue)
            }) {
                j -= 1;
            } else if p
                .is_some_and(|t| t.adverbial() == Some(Adverbial::Word) || self.ly_adverb(j - 1))
            {
                j -= 1;
                if j > floor
                    && self
                        .tok(j - 1)
                        .is_some_and(|t| t.adverbial() == Some(Adverbial::Prep))
                {
                    j -= 1;
                }
            } else if let Some(k) = (self.lex.english && j > floor + 1)
                .then(|| self.bracket_open(j - 1, floor + 1))
                .flatten()
                // A US party label: "(D-Nev.)", "(R-N.Y.)", "(I-Vt.)".
                .filter(|&k| {
                    self.is_punct(k + 2, "-") && matches!(self.raw(k + 1), "D" | "R" | "I")
                })
            {
                // "Jane Roe (D-Nev.) last week said": the subject before the party label.
                j = k;
            } else {
                break;
            }
        }
        if j > floor && self.is_word(j - 1) && self.pronoun_at(j - 1) {
            if self.is_at(j - 1, R_SUBJECT_RELATIVE | R_FR_SUBJECT_RELATIVE) {
                // "Mark Hay, a marine ecologist …, who said": the name before the apposition.
                let mut k = j - 1;
                if k > floor && self.is_comma(k - 1) {
                    k -= 1;
                    while k > floor && !self.is_comma(k - 1) && self.sentence(k - 1) == s {
                        k -= 1;
                    }
                    if k > floor && self.is_comma(k - 1) {
                        return self.np_right_before(k - 1, floor);
                    }
                }
            }
            return Ok(None);
        }
        // "Mr Roe - who ran the campaign - said": the subject before the dashes.
        if j > floor + 1 && self.spaced_dash(j - 1) {
            let mut d = j - 1;
            while d > floor + 1 && d + 30 > j && self.sentence(d - 1) == s {
                d -= 1;
                if self.spaced_dash(d) {
                    return self.np_right_before(d, floor);
                }
            }
        }
        let comma_skipped = j > floor && self.is_comma(j - 1);
        if comma_skipped {
            j -= 1;
            if let Some(r) = self.before_participial_phrase(j, floor) {
                return Ok(Some(r));
            }
        }
        let end = j;
        let mut start = j;
        while start > floor
            && start + 10 > end
            && self.sentence(start - 1) == s
            && (!self.stops_np(start - 1)
                || self.possessive_or_of(start - 1)
                || self.person_from(start - 1)
                || (self.is_punct(start - 1, "-") && !self.spaced_dash(start - 1)
                    || self.name_dot(start - 1))
                    && self.is_word(start)
                    && self.is_word(start.saturating_sub(2))
                // The word before a hyphen already taken ("the 35-year-old").
                || start < end && self.is_punct(start, "-") && self.is_word(start - 1))
            && (self.lex.arabic || !self.pronoun_at(start - 1))
        {
            start -= 1;
        }
        if start == end {
            return Err(());
        }
        if self.lex.arabic {
            // Only a subject at the start of a clause (not "في تغريدة قال").
            if start > floor
                && self.sentence(start - 1) == s
                && self.is_word(start - 1)
                && !self.class_at(start - 1, C_SUBJECT_OPENER)
            {
                return Err(());
            }
            // "إذا كان هنالك تصويت بالرفض، يقول": a condition opens the clause, not a subject
            // (إذا: `ar/question_openers.txt`, tag x).
            if self.idha_at(start) {
                return Err(());
            }
            // "أما الشاعر X، فقال": the opener is no part of the subject.
            if start + 1 < end && self.class_at(start, C_SUBJECT_OPENER) {
                start += 1;
            }
            if end == start + 1 && self.pronoun_at(start) {
                return Ok(None);
            }
        } else {
            // "NAME, apposition, said" / "NAME, le président … se dit": the name.
            let lower_start = self.tok(start).is_some_and(|t| t.word() && !t.capital());
            let has_capital =
                (start..end).any(|k| self.tok(k).is_some_and(|t| t.word() && t.capital()));
            // Also "NAME, from the Institute for Health and Social Care, said": an apposition
            // that opens with a lowercase word, whatever its last words.
            let comma = if comma_skipped || lower_start && !has_capital {
                (floor.max(end.saturating_sub(30))..end)
                    .rev()
                    .take_while(|&k| self.is_word(k) || self.is_comma(k) || self.is_punct(k, "-"))
                    .find(|&k| self.is_comma(k))
                    .filter(|&c| {
                        lower_start || self.tok(c + 1).is_some_and(|t| t.word() && !t.capital())
                    })
            } else {
                None
            };
            if let Some(name) = comma.and_then(|c| self.name_before(c, floor)) {
                return Ok(Some(name));
            }
            let roles = R_FR_DEFINITE_SG | R_FR_DEFINITE_PL | R_DEFINITE | R_INDEFINITE;
            let article = |k: usize| self.is_at(k, roles);
            if article(end - 1) || (start..end).all(|k| !self.is_word(k) || article(k)) {
                return Err(());
            }
        }
        // Do not start on a boundary word kept only as a connector.
        while start < end && !self.is_word(start) {
            start += 1;
        }
        match self.span(start, end.saturating_sub(1)) {
            Some(r) => Ok(Some(r)),
            None => Err(()),
        }
    }

    /// True if the mention `r` (found before a cue) is the object of a preposition and names
    /// nobody: no capitalized word, a preposition right before it ("In regard of clashing
    /// … zone claims, he noted": "claims" is a noun there). Latin scripts.
    pub fn prepositional_object(&self, r: &Range<usize>) -> bool {
        if self.lex.arabic {
            return false;
        }
        let start = self.token_at(r.start);
        let end = self.token_at(r.end);
        let capital = (start..end).any(|k| self.tok(k).is_some_and(|t| t.word() && t.capital()));
        !capital
            && start > 0
            && self.sentence(start - 1) == self.sentence(start)
            && self.is_word(start - 1)
            && matches!(
                self.adverbial_at(start - 1),
                Some(Adverbial::Prep | Adverbial::Rel)
            )
    }

    /// A run of capitalized words (with particles al, de, bin … and hyphens) ending right
    /// before the comma at `comma`.
    fn name_before(&self, comma: usize, floor: usize) -> Option<Range<usize>> {
        let s = self.sentence(comma);
        let end = comma;
        let mut start = comma;
        while start > floor
            && self.sentence(start - 1) == s
            && start + 6 > end
            && self.name_part(start - 1, true)
        {
            start -= 1;
        }
        while start < end
            && !self
                .tok(start)
                .is_some_and(|t| t.word() && t.capital() && !t.auxiliary() && !t.boundary())
        {
            start += 1;
        }
        if start >= end {
            return None;
        }
        self.span(start, end - 1)
    }

    /// True if token `k` can be part of a name: a capitalized word or a hyphen, and with
    /// `particles` the lowercase name particles al, de, bin … (Latin scripts; a quoted word
    /// is not).
    fn name_part(&self, k: usize, particles: bool) -> bool {
        !self.quoted(k)
            && self.tok(k).is_some_and(|t| {
                t.word()
                    && (t.capital()
                        || particles && self.lex.is(R_NAME_PARTICLE | R_NAME_PARTICLE_MINOR, t))
                    || self.f(t) == "-"
            })
    }

    /// True if token `j` is a period inside a name (Latin scripts): written right after a
    /// capitalized word and inside the sentence ("Sen. Chuck Schumer": the sentence splitter
    /// took it for an abbreviation), or between two words without spaces ("Znak.com").
    pub fn name_dot(&self, j: usize) -> bool {
        if j == 0 || !self.is_punct(j, ".") {
            return false;
        }
        let (Some(a), Some(d), Some(b)) = (self.tok(j - 1), self.tok(j), self.tok(j + 1)) else {
            return false;
        };
        let attached = a.word() && a.end() == d.start();
        let same = a.sentence() == d.sentence() && d.sentence() == b.sentence();
        let joined = d.end() == b.start();
        // Arabic has no capitals: a one-letter title (م. عبدالله، د. سالم) goes on.
        let title = if self.lex.arabic {
            self.fold(j - 1).len() == ARABIC_LETTER_BYTES
        } else {
            joined
                || a.capital()
                    && (b.capital()
                        // "a U.S. official said", "(R-S.C.)": the last period of dotted
                        // capitals goes on before a lowercase word.
                        || j > 1
                            && !b.cue()
                            && self.raw(j - 1).len() == 1
                            && self.is_punct(j - 2, ".")
                            && self.tok(j - 2).is_some_and(|p| p.end() == a.start()))
        };
        attached && same && b.word() && title
    }

    /// Latin scripts: the subject before a participial phrase set off by commas, whose
    /// closing comma is token `comma` ("Baxter, speaking to reporters in Tulsa, said": "Baxter",
    /// not "Tulsa"): the phrase starts with a lowercase "-ing" or "-ed" word after a comma
    /// at most 14 tokens back in the sentence.
    fn before_participial_phrase(&self, comma: usize, floor: usize) -> Option<Range<usize>> {
        if self.lex.arabic {
            return None;
        }
        let s = self.sentence(comma);
        let open = (floor.max(comma.saturating_sub(14))..comma)
            .rev()
            .take_while(|&k| self.sentence(k) == s && !self.quoted(k) && !self.is_mark(k))
            .find(|&k| self.is_comma(k))?;
        let phrase = self
            .tok(open + 1)
            .is_some_and(|t| t.word() && !t.capital() && participle(self.f(t), true));
        if !phrase || open <= floor || !self.is_word(open - 1) {
            return None;
        }
        self.np_right_before(open, floor).ok().flatten()
    }

    /// True if token `j` is "from", "for" or "at" after a person noun ("A source from the
    /// Northern Kite Movement", "a spokesperson for the ministry", Latin scripts): the
    /// noun phrase goes on over it.
    fn person_from(&self, j: usize) -> bool {
        !self.lex.arabic
            && j > 0
            && self.is_at(j, R_HEAD_PREP)
            && self.is_word(j - 1)
            && !self.quoted(j - 1)
            && self
                .lex
                .mention_word(self.fold(j - 1))
                .is_some_and(MentionWord::is_person)
            && self.tok(j + 1).is_some_and(|t| t.word())
    }

    /// True if token `j` is a German speech verb right before the cue at `cue` that is its
    /// separable particle ("Er fügte hinzu:": the subject stands before "fügte").
    fn separable_verb(&self, j: usize, cue: usize) -> bool {
        self.lex.german
            && j + 1 == cue
            && self
                .cue_at(j)
                .is_some_and(|c| c.kind == CueKind::Verb && c.next == cue)
    }

    /// "of", "the", "'s" … inside an English/French noun phrase: not boundaries there.
    fn possessive_or_of(&self, j: usize) -> bool {
        !self.lex.arabic
            && self.is_word(j)
            && !self.quoted(j)
            && self.is_at(
                j,
                R_OF | R_DEFINITE | R_POSSESSIVE | R_FR_OF | R_FR_DEFINITE_SG,
            )
            && self.tok(j + 1).is_some_and(|t| t.word())
    }

    /// Byte span from token `a` to token `b` (inclusive).
    pub fn span(&self, a: usize, b: usize) -> Option<Range<usize>> {
        let s = self.tok(a)?.start();
        let e = self.tok(b)?.end();
        (s < e).then_some(s..e)
    }

    /// The first token of the sentence holding token `i` (at most [`SENTENCE_REACH`] back).
    pub fn sentence_start(&self, i: usize) -> usize {
        let first = self
            .sentence(i)
            .and_then(|s| self.sentence_tokens.get(s))
            .map_or(i, |r| r.0 as usize);
        first.max(i.saturating_sub(SENTENCE_REACH)).min(i)
    }

    /// How many sentences start after the one of token `a` up to the one of token `b`, but
    /// those that start inside a quotation ("وقال X «… . …» ¶ وأضاف …" is one sentence on);
    /// `usize::MAX` past twelve sentences.
    pub fn sentences_between(&self, a: usize, b: usize) -> usize {
        let (Some(x), Some(y)) = (self.sentence(a), self.sentence(b)) else {
            return usize::MAX;
        };
        // (Near ones only: a constant-time bound.)
        if y > x + 12 {
            return usize::MAX;
        }
        self.sentence_tokens.get(x + 1..=y).map_or(usize::MAX, |v| {
            v.iter().filter(|&&(k, _)| !self.quoted(k as usize)).count()
        })
    }

    /// The named subject of the Arabic verb cue `cue` at token `i`, before `limit`: after كان
    /// the words before the verb ([`Doc::kan_subject`]), else the naming mention after the verb
    /// ([`Doc::subject_after_verb`], with `source` as there; without وصف's object before its
    /// ب complement: [`Doc::describes`]). The one subject finder of the
    /// speaker of a verb cue and of the mentions that implicit subjects refer back to.
    pub fn arabic_subject(
        &self,
        i: usize,
        cue: &Cue,
        limit: usize,
        source: bool,
    ) -> Option<Range<usize>> {
        // Not for a cue with و/ف: "فما كان من X إلا أن انفعل … وأعرب": the subject-first word's
        // subject stands right before its own verb, never before a coordinated one.
        let kan = (!self.has_conjunction(i, cue))
            .then(|| self.kan_subject(i))
            .flatten();
        kan.or_else(|| {
            let r = self.subject_after_verb(cue, limit, source)?;
            let after = self.token_at(r.end);
            if self.describes(i, after) {
                return self.span(self.token_at(r.start), after.wrapping_sub(2));
            }
            Some(r)
        })
    }

    /// The text of token `i` as written ("" past the end).
    pub fn raw(&self, i: usize) -> &str {
        self.tok(i)
            .and_then(|t| self.text.get(t.span()))
            .unwrap_or("")
    }

    /// True if token `i` is written with an ASCII digit first (a number, an age).
    pub(crate) fn numeral(&self, i: usize) -> bool {
        super::digit_first(self.raw(i))
    }

    /// Arabic: true if token `i` ends with a pronoun suffix (حديثها، بلاده، عددهم; not الله).
    pub fn suffixed(&self, i: usize) -> bool {
        // The last letters as written (ه, not ة); the length and الله folded (harakat and
        // tatweel do not count). A word whose written end is ه, ها or هم ends so folded too
        // (each letter folds to itself; the harakat and tatweel after it to nothing): the
        // fold is read first, the written end only for a word it lets through (most end
        // otherwise).
        let ends = |w: &str| w.ends_with(ar::HIM) || w.ends_with(ar::HER) || w.ends_with(ar::THEM);
        let fold = self.fold(i);
        // More than three letters (two bytes each).
        // (The suffixes first: most words end otherwise, and each test is a compare.)
        fold.len() > 6 && ends(fold) && !fold.ends_with(ar::W_GOD) && ends(self.bare_end(i))
    }

    /// Arabic: the word at token `k`, after a word with a possessive suffix, may go on a name
    /// ("زميله فهد", a foreign name in ه: "جوزيه لامار"): not when it
    /// starts with the preposition ل and an article or a hamza (للملك، لأعضاء، لإدارة), the
    /// complement of a masdar ("وقدم شكره للجماهير", "انتقالها للعمل").
    fn may_name(&self, k: usize) -> bool {
        let w = self.raw(k);
        !(w.starts_with(ar::TO_ARTICLE)
            || w.starts_with(ar::TO_HAMZA_ABOVE)
            || w.starts_with(ar::TO_HAMZA_BELOW))
    }

    /// Arabic: the first token after the adjuncts that may stand between a speech verb and its
    /// subject, from token `j` (the token after the verb), at most 16 tokens and before `limit`:
    /// adverbs ([`C_ADVERB`]: أمس، أيضا); a preposition ([`C_ADJUNCT`]: في، خلال، مساء) or a
    /// proclitic written apart (لـ) with its object; an addressee with ل (لصحيفة «…») or a
    /// definite object with ل or ب (للصحفيين، بالصحفيين). An object runs over indefinite words
    /// up to its first definite one (ال) or a short quotation, then over the definite words after
    /// it ("في المؤتمر الصحفي"): a word after that starts the subject ("وقال في مؤتمر صحفي عقده
    /// أمس وزير …"). An object that runs up to the reported words leaves no subject (implicit).
    /// A short quotation right after the verb, closed before `limit` and followed by a colon or
    /// a word, is not stepped over: it is the subject ([`Doc::subject_after_verb`]).
    fn skip_adjuncts(&self, mut j: usize, limit: usize) -> usize {
        let s = self.sentence(j);
        let start = j;
        let stop = limit.min(j + 16);
        // 0: between adjuncts, 1: in an object, 2: after its definite word.
        let mut state = 0;
        while j < stop && self.sentence(j) == s {
            if self.is_mark(j) {
                // A short quotation (a name) closes the object (no adjective taken after it:
                // "لـ«…» المتحدث باسم …" names).
                match self.quote_of(j + 1).and_then(|q| self.marked_toks.get(q)) {
                    // Right after the verb, closed before `limit` and followed by a colon or
                    // a word, it is the subject ("وأضاف «X»: «…»", "وقال «X» عن …").
                    Some(m)
                        if j == start
                            && m[3] as usize <= limit
                            && (self.is_punct(m[3] as usize, ":")
                                || self.is_word(m[3] as usize)) =>
                    {
                        break
                    }
                    Some(m) if m[2] <= m[1] + 3 => j = m[3] as usize,
                    _ => break,
                }
                state = 0;
                continue;
            }
            if !self.is_word(j) || self.quoted(j) {
                break;
            }
            let raw = self.raw(j);
            let long = self.fold(j).len() > 6;
            if self.class_at(j, C_ADVERB) {
                state = 0;
            } else if state == 2 && self.articled(j) && !self.stops_np(j) {
            } else if self.class_at(j, C_ADJUNCT) && !self.boundary_noun(j)
                || raw.ends_with('ـ')
                // (Before a short quotation only, the addressee's name: "وقال لافروف «…»" is
                // the subject before the reported words.)
                || long
                    && raw.starts_with(ar::TO)
                    && self.is_mark(j + 1)
                    && self
                        .quote_of(j + 2)
                        .and_then(|q| self.marked_toks.get(q))
                        .is_some_and(|m| m[2] <= m[1] + 3)
            {
                state = 1;
            } else if long
                && (self.fold(j).starts_with(ar::TO_ARTICLE)
                    || raw.starts_with(ar::BY_ALEF) && self.fold(j).starts_with(ar::BY_ARTICLE))
            {
                state = 2;
            } else if state != 1 || self.stops_np(j) {
                break;
            } else if self.articled(j) {
                state = 2;
            }
            j += 1;
        }
        j
    }

    /// The naming mention right after the Arabic verb cue `cue` (over adjuncts:
    /// [`Doc::skip_adjuncts`]), or a short quotation there ("وأضاف «X»: «…»"), before `limit`;
    /// with `source`, in "نقلت X عن Y" the source Y.
    fn subject_after_verb(&self, cue: &Cue, limit: usize, source: bool) -> Option<Range<usize>> {
        let j = self.skip_adjuncts(cue.next, limit);
        let r = self
            .np_after(j, limit)
            .or_else(|| self.quoted_name(j).filter(|_| j < limit))?;
        // "نقلت وكالة X اليوم السبت عن Y قوله"، "نقلت صحيفة «X»، عن Y": the source after عن,
        // over adverbs, a closing mark and a comma after the subject.
        let mut k = self.token_at(r.end);
        while k < limit && (!self.is_word(k) || self.class_at(k, C_ADVERB)) {
            k += 1;
        }
        if source && cue.ambiguous && self.class_at(k, C_SOURCE) {
            if let Some(source) = self.np_after(k + 1, limit) {
                return Some(source);
            }
        }
        Some(r)
    }

    /// Arabic "ووصف X بأنه «…»": the verb at token `v` is one whose object stands before its ب
    /// complement (`ar/object_first_verbs.txt`: وصف، اتهم; not وصفه, whose object is the
    /// pronoun) and the complement (بأن، or a ب-word: "واتهم المتمردون الحكومة بارتكاب «…»")
    /// opens at token `after`, so the word before it is the object, not part of the subject
    /// (one word: the subject is implicit).
    #[inline(never)]
    fn describes(&self, v: usize, after: usize) -> bool {
        let f = self.fold(v);
        let f = f.strip_suffix(ar::FEMININE_T).unwrap_or(f);
        self.lex.object_first_verb(f)
            && (self.complementizer_at(after) || by_object(self, v, after))
    }

    /// The source named after a verbless cue from token `from`, before `limit`: the noun phrase
    /// there, or in Arabic after ما/لما and a speech verb, that verb's subject ("وفقا لما ذكره،
    /// X", "بحسب ما صرح به X").
    #[inline(never)]
    pub fn verbless_source(&self, from: usize, limit: usize) -> Option<Range<usize>> {
        let r = self.np_after(from, limit);
        if r.is_some() || !self.lex.arabic || !matches!(self.fold(from), ar::W_WHAT | ar::W_TO_WHAT)
        {
            return r;
        }
        let mut verb = self.cue_at(from + 1)?;
        if self.is_comma(verb.next) {
            verb.next += 1;
        }
        self.subject_after_verb(&verb, limit, false)
    }

    /// German: the first token after the noun phrase of a source from token `from` in sentence
    /// `s` (its nouns capitalized; articles, and lowercase adjectives after an article or before
    /// the first noun, inside: "einem Sprecher der örtlichen Polizei"), when a lowercase word
    /// that is no article follows it: the finite verb of the clause the source reports
    /// (verb-second: "Laut Polizei wurden …") or a postposed cue ("Der Polizei zufolge").
    pub fn german_np_end(&self, from: usize, s: usize) -> Option<usize> {
        let mut noun = false;
        for k in from..from + 10 {
            let t = self
                .tok(k)
                .filter(|t| t.word() && t.sentence() == s && !self.quoted(k))?;
            if t.capital() {
                noun = true;
            } else if self.lex.is(R_DE_ARTICLE, t) {
                noun = false;
            } else if noun {
                return Some(k);
            }
        }
        None
    }

    /// German: the source before a postposed verbless cue at token `i` ("Der Polizei zufolge
    /// wurden …", "Dem Sprecher zufolge „…“"): the noun phrase from the start of its sentence,
    /// when [`Doc::german_np_end`] ends it right at the cue.
    pub fn german_source_before(&self, i: usize) -> Option<Range<usize>> {
        let from = self.sentence_start(i);
        let end = self.german_np_end(from, self.tok(i)?.sentence())?;
        // (`end` > `from`: a noun phrase holds a word.)
        (end == i).then(|| self.span(from, i - 1)).flatten()
    }

    /// Arabic: the speaker named after the nearest noun of speech ([`Lexicon::speech_noun`]:
    /// تصريحات، حديث، كلمة) among the 32 tokens before token `open` and from `floor`, in
    /// construct state or with ل ("وفي تصريحات للمدير العام فلان، «…»", "تعليقا على تصريحات
    /// رئيس الوزراء، X، … «…»"): its naming mention ([`Doc::np_after`]), none before an
    /// addressee or a mark (في تصريح لـ«عكاظ»، لصحيفة …) nor after a noun with a possessive
    /// suffix (تصريحاته: the speaker named before); after a verbal noun (قول، سؤال: "لقول النبي
    /// ﷺ ”…”"، "بسؤال أحد الأشخاص له: «…»"), only its genitive, the agent.
    #[inline(never)]
    pub fn speech_noun_speaker(&self, floor: usize, open: usize) -> Option<Range<usize>> {
        let mut k = open;
        while k > floor && k + 32 > open {
            k -= 1;
            if !self.is_word(k) || self.quoted(k) {
                continue;
            }
            if let Some(to_agent) = self.lex.speech_noun(self.fold(k)) {
                // "بسؤال أحد الأشخاص له" (the genitive asks), not "سؤال للشخص" (asked).
                if !to_agent && self.fold(k + 1).starts_with(ar::TO) {
                    return None;
                }
                return self.np_after(k + 1, open);
            }
        }
        None
    }

    /// The pronoun that is the subject of the cue at token `i` as written ("he said", "she
    /// told", "said he", "a-t-il dit"), if any: before the cue (over auxiliaries and time
    /// words) or right after it. Arabic implicit subjects have none.
    pub fn pronoun_subject(&self, i: usize) -> Option<Range<usize>> {
        if self.lex.arabic {
            return None;
        }
        let floor = self.sentence_start(i);
        let mut j = i;
        while j > floor
            && self.is_word(j - 1)
            && (self.auxiliary_at(j - 1)
                || self.adverbial_at(j - 1) == Some(Adverbial::Word)
                || self.contracted_s(j - 1)
                || self.separable_verb(j - 1, i))
        {
            j -= 1;
        }
        let is_subject = |k: usize| {
            self.is_word(k)
                && self.pronoun_at(k)
                && !self.is_at(k, R_SUBJECT_RELATIVE | R_FR_SUBJECT_RELATIVE)
        };
        // "it" only before its cue ("…, it said."; after a cue it opens the reported clause).
        if j > floor && (is_subject(j - 1) || self.is_at(j - 1, R_NEUTER)) {
            return self.tok(j - 1).map(|t| t.span());
        }
        let cue = self.cue_at(i)?;
        let mut k = cue.next;
        while k < cue.next + 3 && (self.is_punct(k, "-") || self.is_at(k, R_FR_EUPHONIC_T)) {
            k += 1;
        }
        if self.sentence(k) == self.sentence(i) && is_subject(k) {
            return self.tok(k).map(|t| t.span());
        }
        None
    }

    /// Arabic: for the cue جاء فيه/فيها at token `i` ("أصدر المعهد تقريرا …، جاء فيه أن"), the
    /// document its pronoun refers to: the nearest noun of `ar/documents.txt` among the 24
    /// tokens before, in its sentence.
    #[inline(never)]
    pub fn document_before(&self, i: usize) -> Option<Range<usize>> {
        let mut f = self.fold(i);
        while let Some(r) = ar::strip_conjunction(f) {
            f = r;
        }
        if f != ar::W_CAME {
            return None;
        }
        let floor = self.sentence_start(i).max(i.saturating_sub(24));
        let k = (floor..i)
            .rev()
            .find(|&k| self.is_word(k) && !self.quoted(k) && self.lex.document(self.fold(k)))?;
        self.tok(k).map(|t| t.span())
    }

    /// English: a speaker as written that is a description, "the" and one to four words ending
    /// in a lowercase singular noun (no plural "-s" of `en/suffixes.txt`) of no function-word role ("the home secretary", "The South
    /// African archbishop", "the artist"), is the person named right after that noun earlier in
    /// the window (within [`TITLE_REACH`] tokens, the nearest): the noun as a title before one
    /// to four capitalized words, not quoted ("Home Secretary David Blunkett", "Italian artist
    /// Maurizio Cattelan"), with each lowercase word of the description among the three words
    /// before it, and no other lowercase word right before it ("shadow chancellor X" is not "the
    /// chancellor", "deputy leader X" not "the Conservative leader").
    #[inline(never)]
    pub fn title_holder(&self, r: &Range<usize>) -> Option<Range<usize>> {
        // "the" first: most speakers as written are names or pronouns (~11 K calls a call on
        // big/en), and the end's token and the head's fold are then never looked up.
        let a = self.token_at(r.start);
        if !self.is_at(a, R_DEFINITE) {
            return None;
        }
        let b = self.token_at(r.end);
        let head = self.fold(b.wrapping_sub(1));
        if !(a + 2..=a + 5).contains(&b)
            || !(a + 1..b).all(|k| self.is_word(k))
            || self.tok(b - 1).is_none_or(|t| t.capital())
            || self.is_at(b - 1, !0)
            || ends(S_S, head) && !ends(S_SS | S_LATIN, head)
        {
            return None;
        }
        let lower = |k: usize| self.tok(k).is_some_and(|t| t.word() && !t.capital());
        let name = |k: usize| {
            self.tok(k)
                .is_some_and(|t| t.word() && t.capital() && !t.quoted())
        };
        // The nearest title with a word of the description before its noun ("French President
        // X" for "the French president"), else the nearest: one scan back, which keeps the
        // nearest title and stops at the nearest strict one.
        let mut nearest = None;
        for j in (a.saturating_sub(TITLE_REACH).max(1)..a).rev() {
            let title = name(j + 1)
                && !self.quoted(j)
                && self.fold(j) == head
                && self.title_opens(j, a, b)
                && (a + 1..b - 1).all(|m| {
                    !lower(m) || (j.saturating_sub(3)..j).any(|k| self.fold(k) == self.fold(m))
                });
            if !title {
                continue;
            }
            if (a + 1..b - 1).any(|m| self.fold(m) == self.fold(j - 1)) {
                nearest = Some(j);
                break;
            }
            nearest = nearest.or(Some(j));
        }
        let j = nearest?;
        let end = (j + 1..j + 5).take_while(|&k| name(k)).last()?;
        Some(self.tok(j + 1)?.start()..self.tok(end)?.end())
    }

    /// [`Doc::title_holder`]: whether the title ending at token `j` matches the description
    /// `a..b` on its left: before the run of the description's words that ends it, no word of
    /// no function-word role in lowercase ("shadow chancellor X"), nor capitalized when the
    /// description has words of its own before its noun ("Deputy Prime Minister X" is not "the
    /// prime minister", "US President X" not "the French president").
    fn title_opens(&self, j: usize, a: usize, b: usize) -> bool {
        let mine = |k: usize| (a + 1..b - 1).any(|m| self.fold(m) == self.fold(k));
        let mut k = j - 1;
        while k > 0 && self.is_word(k) && mine(k) {
            k -= 1;
        }
        !self.tok(k).is_some_and(|t| {
            t.word()
                && !t.cue()
                && !t.class(C_ANY_CLASS)
                && !self.lex.is(!0, t)
                && (!t.capital() || b > a + 2)
                && !mine(k)
                && self.sentence(k) == self.sentence(j)
        })
    }

    /// The speaker of a cue at token `i` that stands before the words it attributes
    /// (`limit` = first token of those words).
    pub fn speaker_before_words(&self, i: usize, cue: &Cue, limit: usize) -> Speaker {
        match cue.kind {
            CueKind::Verbless(_) => match self.verbless_source(cue.next, limit) {
                Some(r) => Speaker::Named(r),
                None if self.lex.arabic => {
                    if let Some(r) = self.document_before(i) {
                        return Speaker::Named(r);
                    }
                    // "ونقلت واشنطن بوست عن مسؤول … القول:": the verb before the masdar.
                    let floor = self.sentence_start(i).max(i.saturating_sub(15));
                    let mut k = i;
                    while k > floor {
                        k -= 1;
                        if let Some(c) = self.cue_at(k).filter(|c| c.kind == CueKind::Verb) {
                            if let Some(r) = self.subject_after_verb(&c, i, true) {
                                return Speaker::Named(r);
                            }
                        }
                    }
                    // "وعلق X على ذلك بقوله:": the subject of the sentence's own verb.
                    Speaker::SentenceSubject
                }
                // "Dem Sprecher zufolge „…“": the source stands before a postposed cue.
                None if self.lex.german => self
                    .german_source_before(i)
                    .map_or(Speaker::Inherit, Speaker::Named),
                None => Speaker::Inherit,
            },
            CueKind::Participle => self.quoted_as(i).unwrap_or(Speaker::SentenceSubject),
            CueKind::Verb => {
                let floor = self.sentence_start(i);
                // English passive "it was reported that …", "he was told …": nobody named.
                if i > floor
                    && self.is_word(i - 1)
                    && self.adverbial_at(i - 1) == Some(Adverbial::Passive)
                    && matches!(self.fold(i).as_bytes().last(), Some(b'd'))
                {
                    return Speaker::Unknown;
                }
                if self.lex.arabic {
                    if let Some(r) = self.arabic_subject(i, cue, limit, true) {
                        return Speaker::Named(r);
                    }
                    if self.has_conjunction(i, cue) {
                        return Speaker::Inherit;
                    }
                    if let Some(r) = self
                        .relative_antecedent(i)
                        .or_else(|| self.relative_clause_subject(i))
                    {
                        return Speaker::Named(r);
                    }
                    match self.np_before(i, floor) {
                        Ok(Some(r)) => Speaker::Named(r),
                        _ => Speaker::Inherit,
                    }
                } else {
                    // German verb-second: "Am Montag sagte der Minister": when something other
                    // than the subject opens the clause, the subject follows the verb.
                    if self.lex.german {
                        let before = self.np_before(i, floor);
                        // An adverb or nothing before the verb ("Dazu erklärte die
                        // Sprecherin …", "Weiter sagte er"): the subject follows too.
                        let opens_clause = match &before {
                            Ok(Some(r)) => {
                                let k = self.token_at(r.start);
                                k == floor || self.is_comma(k.saturating_sub(1))
                            }
                            Ok(None) => true,
                            Err(()) => false,
                        };
                        if !opens_clause {
                            if let Some(r) = self.np_after(cue.next, limit) {
                                // "Weiter sagte er": the previous speaker.
                                let k = self.token_at(r.start);
                                if self.token_at(r.end) == k + 1 && self.pronoun_at(k) {
                                    return Speaker::Inherit;
                                }
                                return Speaker::Named(r);
                            }
                        }
                    }
                    // "The SDF opposed the withdrawal and said …": after a conjunction (and
                    // adverbs) the subject is the sentence's, not the object before "and".
                    let mut k = i;
                    while k > floor
                        && self.is_word(k - 1)
                        && self.adverbial_at(k - 1) == Some(Adverbial::Word)
                    {
                        k -= 1;
                    }
                    if k > floor
                        && self.is_word(k - 1)
                        && self.adverbial_at(k - 1) == Some(Adverbial::Conj)
                    {
                        return Speaker::SentenceSubject;
                    }
                    match self.np_before(i, floor) {
                        Ok(Some(r)) => Speaker::Named(r),
                        Ok(None) => Speaker::Inherit,
                        Err(()) => {
                            // "Said the minister: …" / inverted order (the cue opens its
                            // clause; not "…, on Tuesday told The Jakarta Post …").
                            let opens = !self.lex.english
                                || i == floor
                                || i > floor && (self.is_comma(i - 1) || self.is_mark(i - 1));
                            if opens && self.tok(cue.next).is_some_and(|t| t.capital()) {
                                self.np_after(cue.next, limit)
                                    .map_or(Speaker::Inherit, Speaker::Named)
                            } else {
                                Speaker::Inherit
                            }
                        }
                    }
                }
            }
        }
    }

    /// The speaker of a cue at token `i` placed after the words it attributes ("…», a dit X",
    /// "…," said X, "…, affirme X."); `after_words` = first token after those words.
    pub fn speaker_after_words(&self, i: usize, cue: &Cue, after_words: usize) -> Speaker {
        if cue.kind == CueKind::Participle {
            if let Some(speaker) = self.quoted_as(i) {
                return speaker;
            }
        }
        // Skip clitic inversion "-t-il" / "-il".
        let mut j = cue.next;
        while self.is_punct(j, "-")
            || self.is_at(j, R_FR_EUPHONIC_T) && self.is_punct(j.saturating_sub(1), "-")
        {
            j += 1;
        }
        // "…," Smith told the BBC: words between the quotation and the cue are the speaker
        // (what follows a tell-verb is the addressee); "…," he said: the previous speaker.
        // "…," Jane Roe (D-Vt.) said: the name before the party label.
        let i_np = (i > 0)
            .then(|| self.bracket_open(i - 1, after_words))
            .flatten()
            .unwrap_or(i);
        if i_np > after_words && (after_words..i_np).any(|k| self.is_word(k)) {
            match self.np_before(i_np, after_words) {
                Ok(Some(r)) => return Speaker::Named(r),
                Ok(None) => return Speaker::Inherit,
                Err(()) => {}
            }
        }
        if self.is_word(j) && self.pronoun_at(j) {
            return Speaker::Inherit;
        }
        let end = self.sentence_end(i);
        if let Some(r) = self.np_after(j, end) {
            return Speaker::Named(r);
        }
        if let Some(speaker) = self.german_subject_after_adverbial(j, end) {
            return speaker;
        }
        Speaker::Inherit
    }

    /// English "Reuters quoted a senior official as saying …", "'…,' the paper quoted the coach
    /// as saying": the speaker of a participle cue at token `i` right after "as" is the object
    /// of a quoting verb (`en/quoting_verbs.txt`) before it in its sentence, when a noun phrase
    /// stands between them (not "was quoted as saying", "quoted by X as saying": the
    /// subject's); a pronoun object ("quoted him as saying") refers back to the last speaker.
    #[inline(never)]
    pub fn quoted_as(&self, i: usize) -> Option<Speaker> {
        let a = i.checked_sub(1)?;
        if self.lex.arabic || !self.is_at(a, R_AS) {
            return None;
        }
        let s = self.sentence(i);
        let v = (a.saturating_sub(12)..a)
            .rev()
            .take_while(|&k| self.sentence(k) == s && !self.is_mark(k))
            .find(|&k| self.class_at(k, C_QUOTING))?;
        if v + 2 == a && self.pronoun_at(v + 1) {
            return Some(Speaker::Inherit);
        }
        self.np_after(v + 1, a).map(Speaker::Named)
    }

    /// Whether the span `r` stands right after a quoting verb, as [`Doc::quoted_as`]'s speaker
    /// does ("cited the Air Force as stating"): an object, which a coordinated verb after it
    /// ("…, and claimed") does not take as its subject.
    pub fn quoting_object(&self, r: &Range<usize>) -> bool {
        !self.lex.arabic
            && self
                .token_at(r.start)
                .checked_sub(1)
                .is_some_and(|k| self.class_at(k, C_QUOTING))
    }

    /// German: the subject after an adverbial between the verb and it ("„…“, sagte dazu ein
    /// Sprecher", "sagte am Montag der Minister"): a boundary word at `j`
    /// (`de/np_boundaries.txt`), then within four more words an article before a capitalized
    /// word opens the subject. After the expletive "es" ("heißt es", "hieß es aus dem
    /// Ministerium": `de/expletives.txt`) the verb has no speaker, and none is inherited.
    fn german_subject_after_adverbial(&self, j: usize, end: usize) -> Option<Speaker> {
        if !self.lex.german || !self.boundary_at(j) || self.complementizer_at(j) {
            return None;
        }
        if self.class_at(j, C_EXPLETIVE) {
            return Some(Speaker::Unknown);
        }
        let k = (j + 1..end.min(j + 5))
            .take_while(|&k| self.is_word(k))
            .find(|&k| self.article_before_noun(k, R_DE_ARTICLE))?;
        Some(
            self.np_after(k, end)
                .map_or(Speaker::Unknown, Speaker::Named),
        )
    }

    /// Arabic: the subject of a verb at token `i` that opens a relative clause, الذي before a
    /// masculine verb or التي before a feminine one ("سيب بلاتر الذي أعلن أنه …", "متحدث باسم
    /// الشرطة الذي أكد أن …"): the words right before the relative (over a comma), at most
    /// eight, back to a boundary word; not one articled word alone ("في الوقت الذي أكد فيه X",
    /// "الأمر الذي …") unless it is feminine (ة) before التي and a feminine verb ("أن الشركة
    /// التي أعلنت …", session 40).
    fn relative_antecedent(&self, i: usize) -> Option<Range<usize>> {
        self.antecedent_of(i.checked_sub(1)?, i)
    }

    /// "عمدة الشام ملاك باعيسى، الذي تولت أسرته العمودية لنحو نصف قرن ذكر لـ«الوطن» أن …":
    /// the subject of the verb cue at `i` is the antecedent of a relative clause that opens
    /// at most twelve tokens before it, in its sentence, with no complementizer, cue or
    /// quotation between (a comma only right before the verb), the antecedent opening its
    /// clause.
    #[inline(never)]
    fn relative_clause_subject(&self, i: usize) -> Option<Range<usize>> {
        let s = self.sentence(i);
        let mut k = i.checked_sub(1)?;
        if self.is_comma(k) {
            k = k.checked_sub(1)?;
        }
        let floor = i.saturating_sub(12);
        while k > floor && self.sentence(k) == s {
            if self.fold(k) == ar::W_WHO_HE || self.fold(k) == ar::W_WHO_SHE {
                // The antecedent opens the clause: not after a complementizer or a
                // preposition ("أعلن البيت الأبيض أن زيارة بخاري، التي …، تؤكد"، "مدافعا عن
                // حقوق …، الذي طالما أكد": the report's subject, an object).
                // Over an opening كان ("وكانت التوقعات السابقة للبنك التي صدرت … أشارت").
                let r = self.antecedent_of(k, i)?;
                let st = self.token_at(r.start);
                if st > 0 && (self.complementizer_at(st - 1) || self.boundary_at(st - 1)) {
                    return None;
                }
                if self.class_at(st, C_SUBJECT_FIRST) {
                    return self.span(st + 1, self.token_at(r.end) - 1);
                }
                return Some(r);
            }
            if self.is_comma(k) || self.complementizer_at(k) || self.cue_at(k).is_some() {
                return None;
            }
            k -= 1;
        }
        None
    }

    /// The antecedent of the relative pronoun at `k` when it agrees with the verb at `i`
    /// ([`Doc::relative_antecedent`]).
    fn antecedent_of(&self, k: usize, i: usize) -> Option<Range<usize>> {
        let fem = self.verb_feminine(i);
        if !(self.fold(k) == ar::W_WHO_HE && !fem || self.fold(k) == ar::W_WHO_SHE && fem) {
            return None;
        }
        let s = self.sentence(k);
        let mut e = k;
        if e > 0 && self.is_comma(e - 1) {
            e -= 1;
        }
        let mut st = e;
        while st > 0 && st + 8 > e && self.sentence(st - 1) == s && !self.stops_np(st - 1) {
            st -= 1;
        }
        if st == e || st + 1 == e && self.articled(st) && !(fem && self.feminine_noun(st)) {
            return None;
        }
        self.span(st, e - 1)
    }

    /// Arabic: token `k` is the relative pronoun الذي or التي, with or without و.
    pub fn relative_pronoun(&self, k: usize) -> bool {
        let f = self.fold(k);
        let f = f.strip_prefix(ar::AND).unwrap_or(f);
        f == ar::W_WHO_HE || f == ar::W_WHO_SHE
    }

    /// True if the Arabic cue at token `i` carries a conjunction و/ف (a new clause: its subject
    /// follows or is implicit, never precedes).
    pub fn has_conjunction(&self, i: usize, cue: &Cue) -> bool {
        self.tok(i).is_some_and(|t| {
            t.start() != cue.span.start
                && !self
                    .text
                    .get(t.span())
                    .is_some_and(|r| r.starts_with(ar::THEN))
        })
    }

    /// The subject of the sentence before the one holding token `i` (Latin scripts: a
    /// capitalized run among its first three words).
    pub fn previous_subject(&self, i: usize) -> Option<Range<usize>> {
        let start = self.sentence_start(i);
        if start == 0 || self.lex.arabic {
            return None;
        }
        self.subject_at(self.sentence_start(start - 1), start)
    }

    /// The subject of the sentence holding token `i`, before `i` (Latin scripts).
    pub fn current_subject(&self, i: usize) -> Option<Range<usize>> {
        if self.lex.arabic {
            return None;
        }
        self.subject_at(self.sentence_start(i), i)
    }

    /// A capitalized run (not a pronoun or a lone article) among the first three words from
    /// token `from`, before `limit`; a leading phrase set off by a comma ("In between,",
    /// "Dans l'interview,") is skipped.
    fn subject_at(&self, from: usize, limit: usize) -> Option<Range<usize>> {
        let mut prev = from;
        // "Meanwhile, …", "Early in the month, …": an opening adverb is no subject.
        let opener = self.tok(prev).is_some_and(|t| {
            !t.capital() || t.boundary() || t.adverbial() == Some(Adverbial::Word)
        });
        // "Like most other visitors to the fair, …", "Speaking to NBC News, she said": a
        // prepositional or participial opening phrase may run longer before its comma.
        let phrase = self.tok(prev).is_some_and(|t| {
            let f = self.f(t);
            self.lex.adverbial(f) == Some(Adverbial::Prep)
                || self.lex.is(R_LIKE, t)
                // "Carried across the river in a rowboat, Okafor became …" (not "United
                // Nations officials …": a lowercase word follows the participle).
                || (!self.lex.arabic
                    && participle(
                        f,
                        self.tok(prev + 1).is_some_and(|n| n.word() && !n.capital()),
                    ))
        });
        if opener || phrase {
            let reach = if phrase { 12 } else { 6 };
            if let Some(c) = (prev..limit.min(prev + reach)).find(|&k| self.is_comma(k)) {
                prev = c + 1;
            }
        }
        let article = R_ARTICLES;
        let mut k = prev;
        let mut seen = 0;
        // "((WN)) How did you …?": an interview label, not a subject.
        if k + 2 < limit && self.is_punct(k, "(") && self.is_punct(k + 1, "(") {
            return None;
        }
        while k < limit && seen < 3 {
            let t = self.tok(k)?;
            if t.word() {
                if t.capital()
                    && !t.boundary()
                    && !t.pronoun()
                    && t.adverbial() != Some(Adverbial::Word)
                    && !self.quoted(k)
                {
                    let mut e = k;
                    // Over a title's period too ("Gov. Jerry Brown": [`Doc::name_dot`]).
                    while e + 1 < limit
                        && (self.name_part(e + 1, false) || e + 2 < limit && self.name_dot(e + 1))
                    {
                        e += 1;
                    }
                    if let Some(r) = self.apposition_after_of(e, limit) {
                        return Some(r);
                    }
                    e = self.title_and_name(e, limit);
                    if let Some(r) = self.apposition_after_of(e, limit) {
                        return Some(r);
                    }
                    if (k..=e).all(|x| self.is_at(x, article) || !self.is_word(x)) {
                        // "Le nouveau gouvernement s'est …": the article's noun phrase.
                        while e + 1 < limit
                            && e < k + 5
                            && self.tok(e + 1).is_some_and(|t| t.word() && !t.capital())
                            && !self.stops_np(e + 1)
                        {
                            e += 1;
                        }
                        if e == k {
                            return None;
                        }
                        // "The members of Night Owls", not "The members of".
                        if self.is_at(e, R_OF) {
                            e = self.title_and_name(e - 1, limit);
                        }
                        if let Some(r) = self.name_apposition(k, e, limit) {
                            return Some(r);
                        }
                    }
                    return self.span(k, e);
                }
                seen += 1;
            }
            k += 1;
        }
        None
    }

    /// "The organizer of the mock-race and manager of …, Tomas Ferreira, was shocked": after
    /// a noun phrase `k..=e` whose noun is a person noun of `mentions.txt`, a name (one to
    /// four capitalized words) between the next two commas of the sentence (within 24 tokens,
    /// no cue, pronoun or quotation before it) names the subject (Latin scripts).
    fn name_apposition(&self, k: usize, e: usize, limit: usize) -> Option<Range<usize>> {
        let person = (k..=e).any(|x| {
            self.lex
                .mention_word(self.fold(x))
                .is_some_and(MentionWord::is_person)
        });
        if self.lex.arabic || !person {
            return None;
        }
        let s = self.sentence(k);
        let open = (e + 1..limit.min(e + 24))
            .take_while(|&x| {
                self.sentence(x) == s
                    && !self.quoted(x)
                    && !self.is_mark(x)
                    && self.cue_at(x).is_none()
                    && !(self.is_word(x) && self.pronoun_at(x))
            })
            .find(|&x| self.is_comma(x))?;
        let mut close = open + 1;
        while close < limit && close < open + 6 && self.name_part(close, true) {
            close += 1;
        }
        let next_lower = self
            .tok(close + 1)
            .is_some_and(|t| t.word() && !t.capital());
        (close > open + 1 && self.is_comma(close) && next_lower)
            .then(|| self.span(open + 1, close - 1))
            .flatten()
    }

    /// The end of a capitalized run ending at token `e`, continued (before `limit`) over a
    /// lowercase title and the name after it ("Turkish president Erdoğan", "Greek prime
    /// minister Kyriakos Mitsotakis") and over "of" and a capitalized run ("Turkish Ministry
    /// of Foreign Affairs"), at most 12 tokens on (Latin scripts).
    fn title_and_name(&self, mut e: usize, limit: usize) -> usize {
        let stop = e + 12;
        let capital = |k: usize| {
            k < limit && !self.quoted(k) && self.tok(k).is_some_and(|t| t.word() && t.capital())
        };
        while e < stop {
            let next = if self.is_at(e + 1, R_OF) && capital(e + 2) {
                Some(e + 2)
            } else {
                (e + 1..e + 4)
                    .take_while(|&k| {
                        k < limit
                            && self.tok(k).is_some_and(|t| t.word() && !t.capital())
                            && !self.stops_np(k)
                    })
                    .find(|&k| {
                        self.lex
                            .mention_word(self.fold(k))
                            .is_some_and(|c| c != MentionWord::Org)
                            && capital(k + 1)
                    })
                    .map(|k| k + 1)
            };
            let Some(mut n) = next else { break };
            while n + 1 < limit && (capital(n + 1) || self.is_punct(n + 1, "-") && capital(n + 2)) {
                n += 1;
            }
            e = n;
        }
        e
    }

    /// True if token `j` is the contracted auxiliary of "she’s said" (Latin scripts: an "s"
    /// right after an apostrophe that follows a word).
    fn contracted_s(&self, j: usize) -> bool {
        !self.lex.arabic
            && j > 0
            && self.is_at(j, R_POSSESSIVE)
            && self.tok(j - 1).zip(self.tok(j)).is_some_and(|(a, b)| {
                a.word() && matches!(self.text.get(a.end()..b.start()), Some("'" | "’"))
            })
    }

    /// "One of these groups, the Syrian Democratic Forces (SDF), opposed …": after a word
    /// followed by "of", the apposition between the next two commas (at most eight tokens,
    /// with a capitalized word) names the subject.
    fn apposition_after_of(&self, word: usize, limit: usize) -> Option<Range<usize>> {
        if self.lex.arabic || !self.is_at(word + 1, R_OF) {
            return None;
        }
        let s = self.sentence(word);
        let open = (word + 2..limit.min(word + 10))
            .take_while(|&k| self.sentence(k) == s)
            .find(|&k| self.is_comma(k))?;
        let close = (open + 1..limit.min(open + 10))
            .take_while(|&k| self.sentence(k) == s && !self.quoted(k))
            .find(|&k| self.is_comma(k))?;
        let named = (open + 1..close).any(|k| self.tok(k).is_some_and(|t| t.word() && t.capital()));
        if !named || close <= open + 1 {
            return None;
        }
        self.span(open + 1, close - 1)
    }

    /// The noun phrase that starts at the first token of `r` (Latin scripts), as tokens
    /// `start..end`: `r`, continued over capitalized words and over up to three lowercase
    /// words that end on a title or noun of `mentions.txt` ("The Italian" → "The Italian
    /// foreign minister"; not "Smith joined the talks"), at most 10 tokens; and whether "and"
    /// and a word follow it.
    fn noun_phrase(&self, r: &Range<usize>) -> (usize, usize, bool) {
        let start = self.token_at(r.start);
        let mut end = self.token_at(r.end).max(start + 1);
        let s = self.sentence(start);
        let open = |k: usize| self.sentence(k) == s && !self.stops_np(k) && !self.pronoun_at(k);
        while end < start + 10 && open(end) {
            if self.tok(end).is_some_and(|t| t.capital()) {
                end += 1;
                continue;
            }
            match (end..end + 3)
                .take_while(|&k| open(k) && self.tok(k).is_some_and(|t| !t.capital()))
                .find(|&k| self.lex.mention_word(self.fold(k)).is_some())
            {
                Some(k) => end = k + 1,
                None => break,
            }
        }
        let and = self.is_at(end, R_AND) && self.sentence(end) == s && self.is_word(end + 1);
        (start, end, and)
    }

    /// What the mention `r` names (Latin scripts; Arabic mentions are [`Referent::Unknown`]).
    /// The last classifying word before "of" decides ("Kremlin spokesman", "Ministry of
    /// Foreign Affairs", "CEO of Tesco", "the head of the police"); a lone acronym is an
    /// organisation ("PBS").
    pub fn referent(&self, r: &Range<usize>) -> Referent {
        if self.lex.arabic {
            return Referent::Unknown;
        }
        let (start, end, and) = self.noun_phrase(r);
        if and {
            return Referent::Plural;
        }
        let mut class = None;
        let mut capital = false;
        let mut last = start;
        for k in start..end {
            let Some(t) = self.tok(k) else { break };
            if !t.word() {
                continue;
            }
            let f = self.f(t);
            // "The head of the police's internal investigators": the head noun decides.
            if self.lex.is(R_OF | R_HEAD_PREP, t) && k > start {
                break;
            }
            if let Some(c) = self.lex.mention_word(f) {
                class = Some(c);
            }
            capital |= t.capital() && !self.lex.is(R_DEFINITE | R_INDEFINITE, t);
            last = k;
        }
        match class {
            Some(MentionWord::Org) => return Referent::Org,
            Some(MentionWord::Male) => return Referent::Male,
            Some(MentionWord::Female) => return Referent::Female,
            Some(MentionWord::Person) => return Referent::Person,
            Some(MentionWord::Plural) => return Referent::Plural,
            None => {}
        }
        let raw = self
            .tok(last)
            .and_then(|t| self.text.get(t.span()))
            .unwrap_or("");
        let acronym = (2..=6).contains(&raw.len()) && raw.bytes().all(|b| b.is_ascii_uppercase());
        let plural = self.tok(last).is_some_and(|t| !t.capital())
            && raw.len() > 3
            && ends(S_S, raw)
            && !ends(S_SS | S_LATIN, raw);
        if acronym && end == start + 1 {
            Referent::Org
        } else if plural {
            Referent::Plural
        } else if !capital {
            Referent::Thing
        } else {
            Referent::Unknown
        }
    }

    /// True if a pronoun of the roles `pronoun` ([`R_HE`], [`R_SHE`], [`R_THEY`]) may refer
    /// to a mention that names `r`: "he" and "she" to a person of their sex or a bare name,
    /// "they" to several or an organisation (or a bare name); `strong` asks for a title or a
    /// given name of the right sex.
    fn fits(pronoun: Role, r: Referent, strong: bool) -> bool {
        let (he, she, they) = (
            pronoun & R_HE != 0,
            pronoun & R_SHE != 0,
            pronoun & R_THEY != 0,
        );
        match r {
            Referent::Male => he,
            Referent::Female => she,
            Referent::Person => he || she,
            Referent::Plural | Referent::Org => they,
            Referent::Unknown => (he || she || they) && !strong,
            _ => false,
        }
    }

    /// The [`R_HE`], [`R_SHE`] or [`R_THEY`] role of the pronoun written at `r` (ASCII lower
    /// case: `str::to_lowercase` would link the standard library's case table into the wasm,
    /// see `ucd::to_lowercase`); 0 for another word.
    fn pronoun_roles(&self, r: &Range<usize>) -> Role {
        self.text.get(r.clone()).map_or(0, |w| {
            self.lex.word_roles(&w.to_ascii_lowercase()) & (R_HE | R_SHE | R_THEY)
        })
    }

    /// The antecedent of the pronoun subject `pronoun` of a cue at token `anchor` when the
    /// nearest speaker does not fit it (Latin scripts): the candidates the resolution already
    /// tries (`near`, then the previous sentence's subject) if they fit; for "they", a
    /// coordinated or plural subject of the two previous sentences; then the most recent fitting
    /// speaker of `history` (newest last, with their sentences, within `reach` sentences) named
    /// by a title or given name; then such a person named in the previous sentence; then any
    /// fitting one of `history`. `None` when nothing fits (the caller keeps its own choice).
    pub fn antecedent(
        &self,
        pronoun: &Range<usize>,
        anchor: usize,
        near: Option<&Range<usize>>,
        history: &[(Range<usize>, usize, usize)],
        reach: usize,
    ) -> Option<Range<usize>> {
        if self.lex.arabic {
            return None;
        }
        let p = self.pronoun_roles(pronoun);
        if p == 0 {
            return None;
        }
        let sentence = self.sentence(anchor)?;
        if let Some(n) = near {
            if Self::fits(p, self.referent(n), false) {
                return Some(n.clone());
            }
        }
        let prev = self.previous_subject(anchor);
        if let Some(r) = prev.filter(|r| Self::fits(p, self.referent(r), false)) {
            return Some(r);
        }
        let recent = |strong: bool| {
            history
                .iter()
                .rev()
                .filter(|(_, s, _)| sentence <= s + reach)
                .find(|(r, _, _)| Self::fits(p, self.referent(r), strong))
                .map(|(r, _, _)| r.clone())
        };
        if p & R_THEY != 0 {
            // "Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French
            // counterparts … gathered …. The Italian foreign minister … joined …. They
            // concluded": the coordinated subject.
            let mut at = self.sentence_start(anchor);
            for _ in 0..2 {
                if at == 0 {
                    break;
                }
                let from = self.sentence_start(at - 1);
                if let Some(r) = self.subject_at(from, at) {
                    let (start, end, and) = self.noun_phrase(&r);
                    if and {
                        let mut e = end + 1;
                        while e < start + 14
                            && self.is_word(e)
                            && self.sentence(e) == self.sentence(start)
                            && self.cue_at(e).is_none()
                        {
                            e += 1;
                        }
                        return self.span(start, e - 1);
                    }
                    if self.referent(&r) == Referent::Plural {
                        return self.span(start, end.saturating_sub(1));
                    }
                }
                at = from;
            }
            return recent(false);
        }
        if let Some(r) = recent(true) {
            return Some(r);
        }
        // "The previous day, television broadcaster PBS revealed that … Crown Prince Mohammad
        // bin Salman of Saudi Arabia accepted …. Speaking to …, he said": a titled or known
        // name of the previous sentence.
        let start = self.sentence_start(anchor);
        if start > 0 {
            let from = self.sentence_start(start - 1);
            let mut k = from;
            while k < start {
                let run = self.tok(k).is_some_and(|t| t.word() && t.capital()) && !self.quoted(k);
                if !run {
                    k += 1;
                    continue;
                }
                let mut e = k;
                while e + 1 < start
                    && self.tok(e + 1).is_some_and(|t| {
                        t.word() && (t.capital() || self.lex.is(R_NAME_PARTICLE, t))
                            || self.f(t) == "-"
                    })
                    && !self.quoted(e + 1)
                    || e + 2 < start && self.name_dot(e + 1)
                {
                    e += 1;
                }
                let b = (k.saturating_sub(2).max(from)..k)
                    .find(|&b| {
                        (b..k).all(|x| {
                            self.is_word(x) && self.lex.mention_word(self.fold(x)).is_some()
                        })
                    })
                    .unwrap_or(k);
                if let Some(r) = self.span(b, e) {
                    if Self::fits(p, self.referent(&r), true) {
                        return Some(r);
                    }
                }
                k = e + 1;
            }
        }
        recent(false)
    }

    /// The nearest subject among the `sentences` sentences before the one of token `anchor`
    /// that may be the antecedent of the cue's pronoun subject `pronoun` (any mention but an
    /// object-like phrase when there is none): the speaker of "he says" when no earlier
    /// speaker is near ("Carried across the river …, Okafor became … . But even on the far bank, …
    /// he felt unsafe. ¶ "…," he says."). Latin scripts.
    pub fn recent_subject(
        &self,
        pronoun: Option<&Range<usize>>,
        anchor: usize,
        sentences: usize,
    ) -> Option<Range<usize>> {
        if self.lex.arabic {
            return None;
        }
        let p = pronoun.map_or(0, |r| self.pronoun_roles(r));
        let mut at = self.sentence_start(anchor);
        for _ in 0..sentences {
            if at == 0 {
                break;
            }
            let from = self.sentence_start(at - 1);
            if let Some(r) = self.subject_at(from, at) {
                let class = self.referent(&r);
                let ok = if p != 0 {
                    Self::fits(p, class, false)
                } else {
                    class != Referent::Thing
                };
                if ok {
                    return Some(r);
                }
            }
            at = from;
        }
        None
    }

    /// Arabic: the agreement of the speech verb at token `i`, after و/ف (وقالوا: plural;
    /// وقالت، تقول: feminine; وقال، يقول: masculine); `None` for other words and other scripts.
    pub fn arabic_agreement(&self, i: usize) -> Option<Agreement> {
        if !self.lex.arabic || !self.is_word(i) {
            return None;
        }
        let f = self.fold(i);
        self.lex.arabic_verb_agreement(f).or_else(|| {
            ar::strip_conjunction(f).and_then(|stem| self.lex.arabic_verb_agreement(stem))
        })
    }

    /// Arabic: whether the word at token `a` is an articled sound masculine plural in the
    /// nominative, a subject's case (المسؤولون، الحوثيون).
    pub fn plural_noun(&self, a: usize) -> bool {
        self.articled(a) && self.fold(a).ends_with(ar::PLURAL)
    }

    /// Arabic: the antecedent of the implicit subject of the cue at token `cue` when the last
    /// speaker does not agree with its verb ("وقالت" after "قال عريقات"; "وأضاف" after
    /// "أعلنوا" or "قال المسؤولون"; "وأضافوا" after "قال الوزير"): the most recent speaker of
    /// `history` (newest last: span, sentence, cue token) within `reach` sentences that agrees,
    /// a plural noun (المسؤولون) or else by its verb. `None` when the last one agrees or nobody
    /// does.
    pub fn arabic_antecedent(
        &self,
        cue: usize,
        history: &[(Range<usize>, usize, usize)],
        reach: usize,
    ) -> Option<Range<usize>> {
        let g = self.arabic_agreement(cue)?;
        // Only a verb that opens its clause (وقالت، or قالت first in its sentence): after a
        // noun the clause's own subject stands before it ("… أن زيارة X تؤكد «…»").
        if self.tok(cue)?.start() == self.cue_at(cue)?.span.start && self.sentence_start(cue) < cue
        {
            return None;
        }
        let sentence = self.sentence(cue)?;
        let agrees = |(r, _, t): &(Range<usize>, usize, usize)| {
            if self.plural_noun(self.token_at(r.start)) {
                Some(Agreement::Plural)
            } else {
                self.arabic_agreement(*t)
            }
        };
        if agrees(history.last()?).is_none_or(|a| a == g) {
            return None;
        }
        history
            .iter()
            .rev()
            .filter(|(_, s, _)| sentence <= s + reach)
            .find(|h| agrees(h) == Some(g))
            .map(|(r, _, _)| r.clone())
    }

    /// Arabic: the holder of the honorific pronoun after the cue at token `i` ("وقال سموه"،
    /// "وأضاف سماحته"; the unarticled words of `ar/anaphors.txt`): the noun phrase of the
    /// nearest title of that pronoun (سمو، سماحة: the pronoun less its ه/ها, ت read ة) in the
    /// 200 tokens before, from صاحب before it ("صاحب السمو الملكي الأمير X"), whoever spoke
    /// last ("قال الله تعالى"; "اعتمد صاحب السمو …", whose verb has no و/ف, is no opening).
    pub fn honorific_holder(&self, i: usize) -> Option<Range<usize>> {
        let p = self.fold(i + 1);
        if !self.lex.anaphor(p) || p.starts_with(ar::ARTICLE) {
            return None;
        }
        let p = p
            .strip_suffix(ar::ALEF)
            .unwrap_or(p)
            .strip_suffix(ar::HIM)?;
        // سماحت: the title سماحه (folded ة) less its last letter.
        let (t, ta) = p
            .strip_suffix(ar::FEMININE_T)
            .map_or((p, false), |t| (t, true));
        let mut k = i;
        while k > 0 && k + 200 > i {
            k -= 1;
            let f = self.fold(k);
            let f = f.strip_prefix(ar::ARTICLE).unwrap_or(f);
            let f = if ta {
                f.strip_suffix(ar::FEMININE_FOLDED)
            } else {
                Some(f)
            };
            if f == Some(t) {
                let k = k - usize::from(k > 0 && self.fold(k - 1) == ar::W_HOLDER);
                return self.np_after(k, self.sentence_end(k));
            }
        }
        None
    }

    /// One past the last token of the sentence of token `i` (at most [`SENTENCE_REACH`] on).
    pub fn sentence_end(&self, i: usize) -> usize {
        let end = self
            .sentence(i)
            .and_then(|s| self.sentence_tokens.get(s))
            .map_or(i, |r| r.1 as usize);
        end.min(i + SENTENCE_REACH).max(i)
    }

    /// The subject guessed for a participle cue at `i` when no earlier speaker is in its
    /// sentence: the noun phrase after the sentence's first word (verb-first Arabic).
    pub fn sentence_subject(&self, i: usize) -> Option<Range<usize>> {
        let start = self.sentence_start(i);
        if self.lex.arabic {
            self.fronted_subject(start, i)
                .or_else(|| self.np_after(self.clause_verb(start, i).0 + 1, i))
        } else {
            self.subject_at(start, i)
        }
    }

    /// Arabic: [`Doc::sentence_subject`] of the participle at `i` when the verb that opens its
    /// sentence has the participle's gender, both by form ([`Doc::verb_gender`]): "وأكدت
    /// المصادر أن الوزير أبلغ الجبوري …، مؤكدة": the sources, not a man named in the report.
    pub fn agreeing_sentence_subject(&self, i: usize) -> Option<Range<usize>> {
        if !self.lex.arabic {
            return None;
        }
        // (Feminine only: a masculine participle's "same" is as often the later person as the
        // opening description, session 47.)
        if self.verb_gender(i) != Some(true) {
            return None;
        }
        // (Not after an opening phrase no comma closes: "وفي ظل امتعاض X من …" has no verb.)
        let (j, known) = self.clause_verb(self.sentence_start(i), i);
        (j < i && known > 0 && self.verb_gender(j) == Some(true))
            .then(|| self.np_after(j + 1, i))
            .flatten()
    }

    /// Arabic: the first word of the sentence that starts at token `start` (verb-first: its
    /// verb), over an opening prepositional phrase, before `limit`; with what that word may be:
    /// 0 none known (an opening phrase that no comma closes), 1 a verb with و/ف or a speech
    /// verb, 2 any verb (after "من جهته"، "بدوره": a phrase closed by a possessive; after a subordinate
    /// clause closed by its comma: "وفيما …، نفت").
    fn clause_verb(&self, start: usize, limit: usize) -> (usize, u8) {
        // "عبدالحكيم شار- سبق- الرياض: برر وزير التعليم X …، وغرد": a dateline (words and
        // dashes after a word, from a line's start to a colon) opens no clause; the word after
        // its colon, no article nor particle, is the verb, whatever verb (not a list's "- الثانية:
        // لم يعد …").
        if self.tok(start).is_some_and(|t| t.line_start()) {
            let mut k = start;
            let mut dash = false;
            // (Each token read once: this runs at every line's first sentence.)
            let end = limit.min(start + 10);
            while let Some(t) = self.tokens.get(k).filter(|_| k < end) {
                if t.is_char('-') {
                    dash |= k > start;
                } else if !t.word() {
                    break;
                }
                k += 1;
            }
            if dash
                && self.is_punct(k, ":")
                && k + 1 < limit
                && !self.articled(k + 1)
                && !self.boundary_at(k + 1)
            {
                return (k + 1, 2);
            }
        }
        let mut j = start;
        let mut preposition = false;
        while j < limit && (!self.is_word(j) || self.boundary_at(j)) {
            preposition |= self.is_word(j);
            j += 1;
        }
        // "من جهته أبدى X …", "وفي كلمته قال", "وبدوره، أكد X": من/في and a noun with a
        // possessive suffix, or بدوره, end the opening phrase, comma or not (not "وعن نظرته
        // إلى …", "وعبر عن عزائه …": a topic, a verb).
        let f = self.fold(if preposition { start } else { j });
        let f = f.strip_prefix(ar::AND).unwrap_or(f);
        if (j == start + 1 && (f == ar::W_FROM || f == ar::W_IN) || f.starts_with(ar::W_IN_TURN))
            && self.suffixed(j)
        {
            j += 1;
            if self.is_comma(j) {
                j += 1;
            }
            return (j, 2);
        }
        // "من جهة أخرى نشرت X …"، "ومن ناحية ثانية نفى X": من, a noun (any noun) and "other"
        // (`other` of `ar/rule_words.txt`) close the opening phrase without a comma; the next
        // word, no article, particle or complementizer (not "فإن"، "لم"), is the verb,
        // whatever verb. (With a comma the general path below reads the phrase.)
        if j == start + 1
            && f == ar::W_FROM
            && ar::OTHER.contains(&self.fold(j + 1))
            && self.is_word(j + 2)
            && !self.articled(j + 2)
            && !self.boundary_at(j + 2)
            && !self.complementizer_at(j + 2)
        {
            return (j + 2, 2);
        }
        // "وفي المدينة، حذر X …، مؤكدا": an opening prepositional phrase runs to its
        // comma; the verb follows it. A subordinate clause ("وفيما تواترت أنباء عن …، نفت
        // X …": `clause_openers`) runs to its comma too (up to 24 words), and the word after
        // that comma is the main clause's verb, whatever verb.
        // (A plain loop: smaller in the wasm than the iterator adapters.)
        if preposition {
            // "ثم ألقى الفنان X كلمة …، وقال", "وكذلك طالب X …، مؤكدًا": after a word that
            // links the sentence to the one before (`verb_openers`), alone, the word is the
            // verb, whatever verb (not an articled word: "ثم الوزير"); so after a word and
            // ذلك (an `adverbs.txt` word: "بعد ذلك ألقى الشاعر X كلمة"، "ومع ذلك"), but
            // before an unarticled word in ة ("بعد ذلك ألقيت قصيدة شعرية": a passive, its
            // subject no speaker).
            let pair = j == start + 2
                && self.class_at(start + 1, C_ADVERB)
                && (!self.feminine_noun(j + 1) || self.articled(j + 1));
            if (j == start + 1 && ar::VERB_OPENERS.contains(&f) || pair) && !self.articled(j) {
                return (j, 2);
            }
            let clause = ar::CLAUSE_OPENERS.contains(&f);
            let reach = j + if clause { 24 } else { 6 };
            let mut c = j;
            while c < limit.min(reach) && self.is_word(c) {
                c += 1;
            }
            if c < limit.min(reach) && self.is_comma(c) {
                // A subordinate clause needs a main verb after its comma; a participle, an
                // articled noun or a complementizer there ("فيما عبر أشقاء الشهيد عن فخرهم،
                // مشيرين …") makes فيما "meanwhile": its own verb is the sentence's.
                let v = c + 1;
                if clause
                    && v < limit
                    && (self.cue_at(v).is_some_and(|q| q.kind != CueKind::Verb)
                        || self.articled(v)
                        || self.complementizer_at(v))
                {
                    return (j, 2);
                }
                return (v, 1 + u8::from(clause));
            }
            // "وفي المحكمة بدا إبراهيم …", "في المقابل شككت أصوات …": في and one definite word,
            // no comma (not "وبعد المباراة عقد مؤتمر": a time, a passive); a word of three
            // letters or more after them that reads as no noun nor particle (no article, ة or
            // pronoun suffix; no adverb, complementizer or participle) is the verb, whatever verb.
            let k = j + 1;
            if k < limit
                && j == start + 1
                && f == ar::W_IN
                && self.articled(j)
                && self.is_word(k)
                && self.fold(k).len() > 4
                && !self.articled(k)
                && !self.feminine_noun(k)
                && !self.suffixed(k)
                && !self.boundary_at(k)
                && !self.complementizer_at(k)
                && !self.class_at(k, C_ADVERB)
                && self.cue_at(k).is_none_or(|c| c.kind == CueKind::Verb)
            {
                return (k, 2);
            }
            return (j, 0);
        }
        (j, 1)
    }

    /// Arabic: whether the verb (or participle) at token `k` is feminine: a listed speech verb
    /// by its form, else a final ت or ة (نشرت، مضيفة) or an initial ت (تؤكد), after و/ف
    /// ([`Doc::verb_gender`], an open gender taken for feminine).
    pub fn verb_feminine(&self, k: usize) -> bool {
        self.verb_gender(k).unwrap_or(true)
    }

    /// Arabic: the gender of the verb (or participle) at token `k`, `Some(true)` feminine: a
    /// listed speech verb by its form, else a final ت or ة (نشرت، مضيفة) or an initial ت with
    /// a written damma (وتُركز), after و/ف; `None` (open) for another initial ت: the feminine imperfect (تؤكد) and the masculine
    /// perfect of forms V and VI or of a root in ت (تحدث، تدخل، ترك، تابع) are written alike.
    pub fn verb_gender(&self, k: usize) -> Option<bool> {
        if let Some(g) = self.arabic_agreement(k) {
            return Some(g == Agreement::Feminine);
        }
        // The last letter as written (ة, not ه); the length folded.
        let raw = self.bare_end(k);
        let stem = ar::strip_conjunction(raw)
            .filter(|_| self.fold(k).len() > 6)
            .unwrap_or(raw);
        // "ووصفتها": ت before an object pronoun (ه، ها، هم).
        let bare = stem
            .strip_suffix(ar::HER)
            .or_else(|| stem.strip_suffix(ar::THEM))
            .or_else(|| stem.strip_suffix(ar::HIM))
            .unwrap_or(stem);
        if ar::strip_last_letter(stem, const { ar::letters(&[ar::FEMININE_T, ar::FEMININE]) })
            .is_some()
            || bare.ends_with(ar::FEMININE_T)
        {
            Some(true)
        } else if let Some(rest) = stem.strip_prefix(ar::IMPERFECT_SHE) {
            // A written damma on the ت: the imperfect (وتُركز).
            rest.starts_with(ar::IMPERFECT_DAMMA).then_some(true)
        } else {
            Some(false)
        }
    }

    /// Arabic: whether the verbs at tokens `a` and `b` agree in gender when the noun phrase `r`
    /// is the subject of both: an open gender ([`Doc::verb_gender`]) is the subject's, feminine
    /// when its first word ends in ة or ات (`ar/affixes.txt`: "وترك الهاكر تغريدة … يقول
    /// فيها": masculine).
    fn genders_agree(&self, a: usize, b: usize, r: &Range<usize>) -> bool {
        let first = self.bare_end(self.token_at(r.start));
        let subject = first.ends_with(ar::FEMININE) || first.ends_with(ar::FEMININE_PLURAL);
        self.verb_gender(a).unwrap_or(subject) == self.verb_gender(b).unwrap_or(subject)
    }

    /// Arabic: the subject named after the verb that opens the sentence of the cue at token
    /// `i`, before it, when that verb, whatever it is, has the cue's gender ("ونشرت X بيانا
    /// تؤكد فيه …", "ونفت X التهم ووصفتها …", "وانتقد X القرار فكتب يقول …"): the cue's
    /// implicit subject continues the clause's ([`Doc::opening_word`]).
    pub fn topic_subject(&self, i: usize) -> Option<Range<usize>> {
        if !self.lex.arabic {
            return None;
        }
        let s = self.sentence_start(i);
        let Some((j, r)) = self.clause_subject(s, i) else {
            return self.fronted_subject(s, i);
        };
        // (With no cue at `i`, a quotation's own token: an open gender stays feminine, as
        // before: "وتناول اللقاء الموسم «…»" is no report of اللقاء.)
        let agree = if self.cue_at(i).is_some() {
            self.genders_agree(i, j, &r)
        } else {
            self.verb_feminine(i) == self.verb_feminine(j)
        };
        agree.then_some(r)
    }

    /// Arabic: a subject the sentence fronts before the cue at token `i`, where no verb
    /// precedes it. The holder after في, a noun of speech and ل opening the sentence (not لل,
    /// an addressee as often): "وفي كلمة لفضيلة الوزير X، …، قال:" (session 51). Else the
    /// subject after a concessive pair (إلا أن، غير أن، بيد أن: a
    /// `subject_first.txt` word, then a bare complementizer) before the cue at token `i` in its
    /// sentence (from token `s`), cut before its verb (an unarticled word after an articled
    /// one), if of the cue's gender: the implicit subject of a later verb when the sentence
    /// opens with none ([`Doc::topic_subject`]: "فرحة رغم الحزن إلا أن حسين الجابر استطاع
    /// التماسك، ويشير إلى أنه …") and of a participle ([`Doc::sentence_subject`]: "وبرغم تفاوت
    /// الآراء إلا أن المهنا تمسك …، قائلا"), not the speaker before nor the words after رغم.
    /// Not with a cue or a quotation before the pair in the sentence (a report's own contrast:
    /// "وأشار إلى أن …، إلا أن المشروع تأخر، وأضاف"). (Session 50.)
    #[inline(never)]
    fn fronted_subject(&self, s: usize, i: usize) -> Option<Range<usize>> {
        self.tok(i).filter(|t| t.cue())?;
        // في, a noun of speech ([`Lexicon::speech_noun`]) and its speaker with ل ("وفي
        // تصريحات للتلفزيون الحكومي، قال:" names an addressee).
        let f = self.fold(s);
        let to = self.fold(s + 2);
        if f.strip_prefix(ar::AND).unwrap_or(f) == ar::W_IN
            && self.lex.speech_noun(self.fold(s + 1)) == Some(true)
            && to.starts_with(ar::TO)
            && !to.starts_with(ar::TO_ARTICLE)
        {
            return self.np_after(s + 2, i);
        }
        let mut k = s;
        while k + 1 < i {
            if self.quoted(k) || self.tok(k).is_some_and(|t| t.cue()) {
                return None;
            }
            k += 1;
            if self.class_at(k - 1, C_SUBJECT_FIRST)
                && self.class_at(k, C_BARE_COMPLEMENTIZER)
                && self.complementizer_at(k)
            {
                let r = self.np_after(k + 1, i)?;
                let a = self.token_at(r.start);
                let mut e = a + 1;
                while self.tok(e).is_some_and(|t| t.start() < r.end)
                    && (self.articled(e) || !self.articled(e - 1))
                {
                    e += 1;
                }
                let r = self.span(a, e - 1)?;
                let first = self.bare_end(a);
                let feminine =
                    first.ends_with(ar::FEMININE) || first.ends_with(ar::FEMININE_PLURAL);
                return (self.verb_gender(i).unwrap_or(feminine) == feminine).then_some(r);
            }
        }
        None
    }

    /// Arabic: [`Doc::opening_subject`] of the sentence starting at token `start`, or, when
    /// that sentence names none and follows a ؛ (which ends a sentence in the segmenter but
    /// joins the clauses of one in Arabic prose), of the clause before the ؛, two at most:
    /// "وكان الشيخ محمد؛ قد شارك …؛ حيث أشار …" names الشيخ محمد.
    fn clause_subject(&self, start: usize, limit: usize) -> Option<(usize, Range<usize>)> {
        let mut s = start;
        for _ in 0..3 {
            if let Some(x) = self.opening_subject(s, limit) {
                return Some(x);
            }
            if !s
                .checked_sub(1)
                .and_then(|p| self.tok(p))
                .is_some_and(|t| t.is_char('؛'))
            {
                return None;
            }
            s = self.sentence_start(s - 1);
        }
        None
    }

    /// Arabic: the verb that opens the sentence starting at token `start` ([`Doc::opening_word`],
    /// before `limit`) and the subject named after it, a noun phrase ([`Doc::np_after`]) or a
    /// short quoted name ("ونفت «X» التهم"); shared by [`Doc::topic_subject`], the register
    /// ([`Doc::opening_subjects`]) and [`carried_subject`]. After أما, the noun phrase after it
    /// when the words with ف of three letters or more after أما (up to `limit`) are verbs
    /// ([`Doc::reads_verb`]; not فهي، فإن، فعبارة) or فقد: the first after the noun phrase (or the
    /// one after its قد) is the opening verb: "أما ماريا كابيلو، المستشارة …، فأكدت …"، "أما
    /// المذيعة علا فارس فقد عددت … وقالت".
    fn opening_subject(&self, start: usize, limit: usize) -> Option<(usize, Range<usize>)> {
        let j = self.opening_word(start, limit)?;
        if self.class_at(j, C_SUBJECT_OPENER) {
            let r = self.np_after(j + 1, limit)?;
            let e = self.token_at(r.end);
            let mut v = j + 1;
            loop {
                v += 1;
                if v > limit {
                    return None;
                }
                let f = self.fold(v);
                // (Not في: two letters.)
                if f.len() > 4 && f.starts_with(ar::THEN) {
                    if f == ar::W_SO_INDEED {
                        v += 1;
                        break;
                    }
                    // A ف-word that reads as no verb (فهي، فعبارة): no opening verb.
                    if !self.reads_verb(v) {
                        return None;
                    }
                    // One inside the noun phrase is part of a name (علا فارس): go on.
                    if v >= e {
                        break;
                    }
                }
            }
            return Some((v, r));
        }
        let r = self.np_after(j + 1, limit);
        if self.class_at(j, C_SUBJECT_FIRST) {
            // "وكان الشيخ محمد؛ قد شارك …", "وكانت منظمة X أعلنت …" (up to the cue): the
            // subject after a subject-first word, closed by قد, a punctuation mark or `limit`
            // (not "وكان X حمل …": no verb is known there).
            let r = r?;
            let e = self.token_at(r.end);
            return (e >= limit || !self.is_word(e) || self.class_at(e, C_PREVERBAL))
                .then_some((j, r));
        }
        // Not a prepositional object ("وحكمت بالردة والكفر على …").
        let r = r.filter(|r| !self.prepositional(self.token_at(r.start)));
        Some((j, r.or_else(|| self.quoted_name(j + 1))?))
    }

    /// Arabic: whether the word at token `a` opens a prepositional phrase, no subject: بال،
    /// لل، بإ, or an adjunct preposition (`adjunct_prepositions.txt`: "وأفاد بوقوع …"; not
    /// إمام, which folds like أمام).
    fn prepositional(&self, a: usize) -> bool {
        let f = self.fold(a);
        f.starts_with(ar::BY_ARTICLE)
            || f.starts_with(ar::TO_ARTICLE)
            || self.raw(a).starts_with(ar::BY_HAMZA_BELOW)
            || self.class_at(a, C_ADJUNCT) && !self.raw(a).starts_with(ar::HAMZA_BELOW)
    }

    /// Arabic: the short quoted name (three words at most) that opens the line of the verb at
    /// token `i` right before it: a headline's subject («الخزيم» ينوه بافتتاح …, not the words
    /// after the verb).
    pub(super) fn headline_name(&self, i: usize) -> Option<Range<usize>> {
        let m = self.marked_toks.get(self.quote_of(i.checked_sub(2)?)?)?;
        let k = m[0] as usize;
        (m[3] as usize == i && self.tok(k)?.line_start())
            .then(|| self.quoted_name(k))
            .flatten()
    }

    /// The words of a short marked quotation (three words at most) that opens at token `k`: an
    /// outlet's or a company's name as a subject ("ونفت «X» التهم").
    pub(super) fn quoted_name(&self, k: usize) -> Option<Range<usize>> {
        if !self.is_mark(k) {
            return None;
        }
        let m = self.marked_toks.get(self.quote_of(k + 1)?)?;
        let (a, b) = (m[1] as usize, m[2] as usize);
        if m[0] as usize != k || b > a + 3 || m[3] as usize <= b {
            return None;
        }
        self.span(a, b.checked_sub(1)?)
    }

    /// Arabic: the verb that opens the sentence starting at token `start`, before `limit`
    /// ([`Doc::clause_verb`]), whatever verb it is, or a subject-first word (كان، لكن) or a
    /// subject opener (أما) there. None after an opening phrase that no comma or possessive
    /// closes ("وفي كلمة لـX …": no verb known), and for a word that reads as no verb ([`Doc::reads_verb`]; any
    /// word after "من جهته"، "بدوره").
    fn opening_word(&self, start: usize, limit: usize) -> Option<usize> {
        let (j, may) = self.clause_verb(start, limit);
        if j >= limit || may == 0 {
            return None;
        }
        (self.class_at(j, C_SUBJECT_FIRST | C_SUBJECT_OPENER) || may != 1 || self.reads_verb(j))
            .then_some(j)
    }

    /// Arabic: [`Doc::opening_word`] when it is a verb (not كان، لكن، أما).
    pub fn opening_verb(&self, start: usize, limit: usize) -> Option<usize> {
        self.opening_word(start, limit)
            .filter(|&j| !self.class_at(j, C_SUBJECT_FIRST | C_SUBJECT_OPENER))
    }

    /// Arabic: whether the word at token `j` reads as a verb: a speech verb, or a word with
    /// و/ف (or a word of three letters whose first is و: وقع، وعد) that reads as no noun (not
    /// ال…, …ة) and is no other cue (not a participle).
    fn reads_verb(&self, j: usize) -> bool {
        // The letters as written at the ends (ة, ا), the rest folded (harakat and tatweel do
        // not count: لـل).
        let raw = self.bare_end(j);
        let fold = self.fold(j);
        // A cue is a verb only as one (a participle's noun phrase is its object: "واصفا
        // بداية التدريبات بالصعبة").
        let cue = self.cue_at(j);
        cue.as_ref().is_some_and(|c| c.kind == CueKind::Verb)
            || cue.is_none()
                && ar::strip_conjunction(raw).is_some_and(|v| {
                    // (و and ف fold to themselves: two bytes.)
                    let f = fold.get(2..).unwrap_or("");
                    let article = ar::strip_letter(f, const { ar::letters(&[ar::BY, ar::LIKE]) })
                        .unwrap_or(f);
                    let written = ar::strip_letter(v, const { ar::letters(&[ar::BY, ar::LIKE]) })
                        .unwrap_or(v);
                    let articled =
                        article.starts_with(ar::ARTICLE) && written.starts_with(ar::ALEF);
                    // Three letters or more after و/ف, or a verb of three whose first is و
                    // (وقع، وعد: "وقع رئيس النادي X عقد …").
                    (f.len() >= 6 || fold.len() == 6 && raw.starts_with(ar::AND))
                        && !v.ends_with(ar::FEMININE)
                        && !articled
                        && !f.starts_with(ar::TO_ARTICLE)
                })
    }

    /// Arabic: the register of named persons: the subject named after the verb that opens
    /// each sentence, speech verb or not ("ودعت وزيرة الصحة X …"), in text order, so that a
    /// later title alone ("الوزيرة") can name that person ([`super::titled`]).
    pub fn opening_subjects(&self) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        if !self.lex.arabic {
            return out;
        }
        for &(s, e) in &self.sentence_tokens {
            let (s, e) = (s as usize, e as usize);
            if let Some((_, r)) = self.opening_subject(s, e) {
                out.push(r);
            }
        }
        out
    }
}

/// Arabic: the subject named after the verb that opens the sentence before the one of token
/// `i`, when the sentence of `i` opens with a verb of the same gender that names no subject of
/// its own ("وانتقل الحاكم X إلى المدينة. ¶ وقال في مؤتمر صحافي «…»", "ودعت X العملاء إلى
/// الهدوء. وقالت «…»"): the implicit subject carries on the previous sentence's, whatever its
/// verb. Not an object (بال، لل، بإ: "وطالبت بإطلاع أسر المفقودين …"; an adjunct word of
/// `adjunct_prepositions.txt`: "وأفاد بوقوع إصابات …"), nor a
/// plural ("ويطوق الحوثيون …": the implicit subject of وقال is one person), nor a description
/// with no name in it, articled words after a head noun ("وافتتح بطل الثلاثية الثانية …": the
/// person named before, in other words). (A function, not a `Doc` method: compiled for size.)
///
/// Its opening verb is not the one [`Doc::topic_subject`] finds next on the same inherit path
/// (`quotes/mod.rs`, when this names nobody), so neither reuses the other's: here the limit
/// is past the cue (`i + 1`: the cue that opens its sentence, "وقال …", is that verb) and a
/// subject-first word (كان) is none ([`Doc::opening_verb`]); there it is the cue (a verb before
/// it, whose subject the cue's continues) and كان counts ([`Doc::opening_word`]); the limit
/// also bounds [`Doc::clause_verb`]'s search for the comma of an opening phrase.
pub(crate) fn carried_subject(doc: &Doc, i: usize) -> Option<Range<usize>> {
    if !doc.lex.arabic {
        return None;
    }
    let s = doc.sentence_start(i);
    let j = doc.opening_verb(s, i + 1)?;
    if doc.np_after(j + 1, i.max(j + 1)).is_some() {
        return None;
    }
    let p = s.checked_sub(1)?;
    let q = doc.sentence_start(p);
    let (k, r) = doc
        .clause_subject(q, p)
        .or_else(|| titled_first(doc, q, p))
        .filter(|&(k, _)| !doc.quoted(k))?;
    let a = doc.token_at(r.start);
    // One word is a name when unarticled, more words when one after the first is.
    let mut x = a + 1;
    let mut named = false;
    while doc.tok(x).is_some_and(|t| t.start() < r.end) {
        named |= !doc.articled(x);
        x += 1;
    }
    let head = doc.articled(a);
    let object = doc.prepositional(a);
    let named = named || !head && (x == a + 1 || doc.feminine_noun(a));
    // A plural subject carries on to a plural verb only ("ويطوق الحوثيون …" is no subject of
    // وقال; of وقالوا it is), a singular one to a verb of its gender.
    let agrees = match (doc.plural_noun(a), doc.arabic_agreement(j)) {
        (true, g) => g == Some(Agreement::Plural),
        (false, Some(Agreement::Plural)) => false,
        _ => doc.genders_agree(j, k, &r),
    };
    (named && !object && agrees).then_some(r)
}

/// Arabic: [`carried_subject`]'s subject of a sentence (tokens `q..p`) that opens its
/// paragraph with a title or name particle of `name_particles.txt`, its verb after the
/// subject ("المهندس X المدير التنفيذي …، الذي تسلم الجائزة، عبر عن سعادته …"): the noun
/// phrase from that word, with its token for the verb's (its gender: الدكتورة is feminine).
/// (A function, not a `Doc` method: compiled for size.)
#[cfg_attr(not(target_arch = "wasm32"), inline)]
fn titled_first(doc: &Doc, q: usize, p: usize) -> Option<(usize, Range<usize>)> {
    if !(doc.tok(q)?.line_start() && doc.class_at(q, C_NAME_PARTICLE)) {
        return None;
    }
    Some((q, doc.np_after(q, p)?))
}

/// Arabic: whether the word at token `j`, after a subject's first word, opens the object of
/// the verb at token `v` when that verb takes ب (`by_verbs` of `ar/rule_words.txt`): a ب-word
/// with a possessive suffix, or before a word with one ("وأشاد المدرب التونسي بأداء فريقه"،
/// "ورحب X بأخيه"; not a name particle, بن); or, after an object-first verb
/// (`ar/object_first_verbs.txt`), its ب complement: ب before an alef (folded: بالعمل، بارتكاب،
/// بإسقاط، بانه) or alone (بـ«…»), "واتهم المتمردون الحكومة بارتكاب …", which
/// [`Doc::describes`] cuts the object before; never باسم ("المتحدث باسمه").
#[inline(never)]
fn by_object(doc: &Doc, v: usize, j: usize) -> bool {
    if !doc.raw(j).starts_with(ar::BY) {
        return false;
    }
    let w = doc.fold(j);
    let f = doc.fold(v);
    let f = ar::strip_conjunction(f).unwrap_or(f);
    let f = f.strip_suffix(ar::FEMININE_T).unwrap_or(f);
    // (ب alone: "بـ«…»".)
    !w.starts_with(ar::W_IN_NAME_OF)
        && (ar::BY_VERBS.contains(&f)
            && !doc.class_at(j, C_NAME_PARTICLE)
            && (doc.suffixed(j) || doc.suffixed(j + 1))
            || (w.starts_with(ar::BY_ALEF) || w.len() == ar::BY.len_utf8())
                && doc.lex.object_first_verb(f))
}

/// True if the folded word `f` is a participle: "-ing" (more than five letters) or, with `ed`,
/// "-ed" (more than four).
fn participle(f: &str, ed: bool) -> bool {
    f.len() > 5 && ends(S_ING, f) || ed && f.len() > 4 && ends(S_ED, f)
}

#[cfg(test)]
mod tests {
    use super::super::{lexicon, marks, tokens};
    use super::{ar, Doc};

    #[test]
    fn a_quoted_run_ends_where_a_walk_over_its_tokens_does() {
        let lex = lexicon::get("en");
        for text in [
            "He said “it gets me mad” every time, and “no” twice.",
            // Marks nested in a quotation: the run is the outer one's.
            "She said “they told me ‘never again’ and left” on Monday “so”.",
            "An open “quotation runs to the end",
        ] {
            let toks = tokens::tokenize(text, &[], Some(lex));
            let doc = Doc::new(text, lex, toks, marks::scan(text, lex));
            for i in 0..=doc.tokens.len() + 1 {
                let mut k = i;
                while doc.quoted(k) {
                    k += 1;
                }
                assert_eq!(doc.quoted_run_end(i), k, "{text} {i}");
            }
            // The opening mark's run ends at its closing mark.
            let open = doc.marked_toks().next().map_or(0, |m| m[0]);
            let end = doc.quoted_run_end(open + 1);
            assert!(end > open + 2 && !doc.quoted(end), "{text}");
        }
    }

    #[test]
    fn token_at_is_the_partition_point_of_the_token_starts_at_every_byte() {
        // Blocks of many short tokens, of one long word, of spaces only, and Arabic: the walk
        // from the proportional guess ends where a search over all the tokens does.
        let long = "x".repeat(700);
        let dots = ". ".repeat(300);
        let spaces = " ".repeat(600);
        for (lang, text) in [
            (
                "en",
                format!("He said “so”, {dots}then {long} and{spaces}more: a, b, c."),
            ),
            (
                "ar",
                format!("وقال الوزير «نعم» {dots}ثم {long}،{spaces}وأضاف: أ، ب."),
            ),
            ("en", String::new()),
            ("en", "word".to_string()),
        ] {
            let lex = lexicon::get(lang);
            let text = text.as_str();
            let toks = tokens::tokenize(text, &[], Some(lex));
            let doc = Doc::new(text, lex, toks, marks::scan(text, lex));
            for pos in 0..=text.len() + 300 {
                let want = doc.tokens.partition_point(|t| t.start() < pos);
                assert_eq!(doc.token_at(pos), want, "{lang} {pos}");
            }
        }
    }

    #[test]
    fn the_quotations_token_indexes_are_token_at_of_their_positions() {
        // Stretches of more and fewer than sixteen tokens between and inside quotations, an
        // unclosed one last: the cursor's sixteen-token steps land where `token_at` does.
        let lex = lexicon::get("en");
        let many = "one two three four five six seven eight nine ten ".repeat(5);
        let text =
            format!("He said “{many}” and {many}then “so” and “a b” {many}“{many}and “open {many}");
        let text = text.as_str();
        let toks = tokens::tokenize(text, &[], Some(lex));
        let doc = Doc::new(text, lex, toks, marks::scan(text, lex));
        assert!(doc.marked.len() >= 4);
        for (m, k) in doc.marked.iter().zip(doc.marked_toks()) {
            let end = doc.token_at(m.content().end);
            let close = m.close().map_or(end, |c| doc.token_at(c.end));
            let want = [
                doc.token_at(m.open().start),
                doc.token_at(m.content().start),
                end,
                close,
            ];
            assert_eq!(k, want, "{:?}", m.content());
        }
    }

    #[test]
    fn a_span_s_last_token_is_the_one_before_token_at_its_end() {
        let lex = lexicon::get("en");
        let text = "The minister, Ali Hassan, said so.";
        let toks = tokens::tokenize(text, &[], Some(lex));
        let doc = Doc::new(text, lex, toks, marks::scan(text, lex));
        let ali = doc.token_at(text.find("Ali").unwrap_or(0));
        assert_eq!(doc.fold(ali), "ali");
        let r = doc.span(ali, ali + 1).unwrap_or_default();
        assert_eq!(&text[r.clone()], "Ali Hassan");
        assert_eq!(doc.token_at(r.start), ali);
        assert_eq!(doc.token_at(r.end) - 1, ali + 1);
        // Not `token_at(end - 1)`: the comma after the span; nor a byte inside a token.
        assert_eq!(doc.token_at(r.end - 1), ali + 2);
        assert_eq!(doc.token_at(r.start + 1), ali + 1);
    }

    #[test]
    fn a_token_is_flagged_cue_when_cue_at_finds_one() {
        // The token's `cue` flag answers as `cue_at(i).is_some()` (`stops_np` reads the flag):
        // `Doc::new` clears it on the candidates that start none (a noun "claims" after "the",
        // a quoted "said", a capitalized "Says" inside a sentence).
        for (lang, text) in [
            ("en", "He said the claims, which “she said” were false, said Roe, adding that Says Inc. told reporters."),
            ("ar", "وقال الوزير إن الخطة ستنفذ، مشيرا إلى أن «قال» ليست فعلا، وأضاف أن وفقا للتقرير"),
        ] {
            let lex = lexicon::get(lang);
            let toks = tokens::tokenize(text, &[], Some(lex));
            let doc = Doc::new(text, lex, toks, marks::scan(text, lex));
            let mut cues = 0;
            for i in 0..=doc.tokens.len() {
                let flagged = doc.tok(i).is_some_and(|t| t.cue());
                assert_eq!(flagged, doc.cue_at(i).is_some(), "{lang} {i}");
                cues += usize::from(flagged);
            }
            assert!(cues >= 3, "{lang}: {cues}");
        }
    }

    #[test]
    fn an_arabic_subject_after_its_verb_ends_where_the_object_begins() {
        let lex = lexicon::get("ar");
        let np = |text: &'static str| {
            let toks = tokens::tokenize(text, &[], Some(lex));
            let d = Doc::new(text, lex, toks, marks::scan(text, lex));
            d.np_after(1, d.tokens.len()).map(|r| &text[r])
        };
        // An indefinite word after the definite subject opens the object: a feminine noun, an
        // accusative tanween, a possessive ها/هم.
        assert_eq!(np("ونشر الوزراء خطة العمل المشتركة"), Some("الوزراء"));
        assert_eq!(
            np("وأولت المجموعة الطبية اهتماماً عالياً"),
            Some("المجموعة الطبية")
        );
        assert_eq!(
            np("وأكدت المجموعة الطبية عزمها المضي"),
            Some("المجموعة الطبية")
        );
        // Not a name: after a title (الدكتور), a feminine title (الفنانة), a listed opener
        // (آية الله), or when a plain word follows it (حكمة سليمان); nor a phrase with a
        // proclitic (بمنطقة).
        assert_eq!(np("وقال الدكتور أسامة خياط"), Some("الدكتور أسامة خياط"));
        assert_eq!(
            np("وقالت الفنانة ماجدة الرومي"),
            Some("الفنانة ماجدة الرومي")
        );
        assert_eq!(
            np("وقال المرشد الأعلى آية الله علي خامنئي"),
            Some("المرشد الأعلى آية الله علي خامنئي")
        );
        assert_eq!(
            np("وأعلن المتحدث باسم الأنبار حكمة سليمان"),
            Some("المتحدث باسم الأنبار حكمة سليمان")
        );
        assert_eq!(
            np("وقال المتحدث الرسمي بمنطقة الرياض"),
            Some("المتحدث الرسمي بمنطقة الرياض")
        );
        // A connective after a comma (بيد أن، غير أن) is no apposition naming the subject.
        assert_eq!(np("وتدخل اللاعب، بيد أن النجم استمر"), Some("اللاعب"));
        // A title whose last word has و before its article (والقروية) is no name: the
        // apposition after it names its holder (session 52, arn-1367).
        assert_eq!(
            np("ووجه وزير الشؤون البلدية والقروية، المهندس سالم بن فهد آل الشيخ، بضرورة"),
            Some("المهندس سالم بن فهد آل الشيخ")
        );
    }

    #[test]
    fn an_initial_ta_leaves_a_verb_s_gender_to_its_subject() {
        let lex = lexicon::get("ar");
        let doc = |text: &'static str| {
            let toks = tokens::tokenize(text, &[], Some(lex));
            Doc::new(text, lex, toks, marks::scan(text, lex))
        };
        // ترك (a root in ت) and تدخل (form V) are masculine perfects, تركز a feminine
        // imperfect: written alike, the gender is open; a damma on the ت, a final ت decide.
        let d = doc("وترك وتدخل وتُركز ونشرت يقول");
        let genders: Vec<_> = (0..5).map(|k| d.verb_gender(k)).collect();
        assert_eq!(genders, [None, None, Some(true), Some(true), Some(false)]);
        // The subject decides: "وترك الهاكر تغريدة … يقول فيها" continues الهاكر.
        let text = "وترك الهاكر حينها تغريدة على حساب رئيس النادي يقول فيها: (السلام عليكم)";
        let d = doc(text);
        let cue = (0..d.tokens.len()).find(|&k| d.cue_at(k).is_some());
        let r = cue.and_then(|k| d.topic_subject(k)).map(|r| &text[r]);
        assert_eq!(r, Some("الهاكر"));
        // A feminine subject (ة، ات) keeps the open verb feminine: no masculine cue after it.
        let text = "وتتضمن اصلاحات الحكومة بنودا كثيرة يقول فيها: (السلام عليكم)";
        let d = doc(text);
        let cue = (0..d.tokens.len()).find(|&k| d.cue_at(k).is_some());
        assert_eq!(cue.and_then(|k| d.topic_subject(k)), None);
    }

    #[test]
    fn a_subject_first_word_opens_a_clause_but_is_no_opening_verb() {
        let lex = lexicon::get("ar");
        let doc = |text: &'static str| {
            let toks = tokens::tokenize(text, &[], Some(lex));
            Doc::new(text, lex, toks, marks::scan(text, lex))
        };
        // كان: the opening word (its subject follows), not a verb.
        let d = doc("وكان الشيخ محمد قد شارك في الاجتماع");
        assert_eq!(d.opening_word(0, d.tokens.len()), Some(0));
        assert_eq!(d.opening_verb(0, d.tokens.len()), None);
        // A verb: both.
        let d = doc("ونفت الشركة التهم");
        assert_eq!(d.opening_word(0, d.tokens.len()), Some(0));
        assert_eq!(d.opening_verb(0, d.tokens.len()), Some(0));
        // Not before `limit`; أما opens, no verb: its subject runs to the verb with ف.
        assert_eq!(d.opening_verb(0, 0), None);
        let d = doc("أما ماريا كابيلو، المستشارة في الشركة، فأكدت");
        assert_eq!(d.opening_verb(0, d.tokens.len()), None);
        let r = d
            .opening_subject(0, d.tokens.len())
            .map(|(v, r)| (v, &d.text[r]));
        assert_eq!(r, Some((8, "ماريا كابيلو")));
    }

    #[test]
    fn suffixed_reads_the_written_end_as_before_its_fold_filter() {
        // The reference: the written end first, as before the fold was read first.
        let lex = lexicon::get("ar");
        let text = "حديثها بلاده عددهم الله عبدالله مدرسة مدرستهُ كتابهـ كتابهاَ شعبهمْ ﻛﺘﺎﺑﻪ \
                    ﻛﺘﺎﺑﻬﺎ ﺑﻼﺩﻫﻢ سموه نزيه فيه لها هم عمله، المتنزه جوزيه ماجدة والقروية إليه \
                    ﻻﻻهـ مصطفى عليها التحقيقاتـ بهم";
        let toks = tokens::tokenize(text, &[], Some(lex));
        let d = Doc::new(text, lex, toks, marks::scan(text, lex));
        let mut yes = 0;
        for k in 0..=d.tokens.len() {
            let raw = d.bare_end(k);
            let fold = d.fold(k);
            let before = fold.len() > 6
                && !fold.ends_with(ar::W_GOD)
                && (raw.ends_with(ar::HIM) || raw.ends_with(ar::HER) || raw.ends_with(ar::THEM));
            assert_eq!(d.suffixed(k), before, "{}", d.raw(k));
            yes += usize::from(before);
        }
        assert!(yes > 8, "{yes}");
    }

    #[test]
    fn bare_end_trims_what_folds_to_nothing_as_trim_end_matches_does() {
        let lex = lexicon::get("ar");
        // Every character of the Arabic block and a few others after a word, once and twice,
        // and before a letter: the same as the decoder's trim.
        let mut text = String::new();
        for c in ('\u{0600}'..='\u{06FF}').chain(['a', 'é', 'ـ', '\u{FE8E}', '\u{FEFB}']) {
            for w in [
                format!("كتاب{c}"),
                format!("كتاب{c}{c}"),
                format!("{c}ه{c}ـَ"),
                format!("{c}"),
            ] {
                text.push_str(&w);
                text.push(' ');
            }
        }
        let toks = tokens::tokenize(&text, &[], Some(lex));
        let d = Doc::new(&text, lex, toks, marks::scan(&text, lex));
        for k in 0..=d.tokens.len() {
            let want = d.raw(k).trim_end_matches(crate::lang::folds_to_nothing);
            assert_eq!(d.bare_end(k), want, "{}", d.raw(k));
        }
        assert!(d.tokens.len() > 400);
    }
}
