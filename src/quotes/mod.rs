//! Quote extraction (issue #5): direct, partial and indirect speech with speakers and cues,
//! without a parser model.
//!
//! The pipeline, one linear pass each (no recursion, bounded look-around per cue):
//!
//! 1. `tokens`: words and punctuation with byte spans and folded forms; in the same pass,
//!    `marks`: the quotation-mark scanner, driven by the language's `quote_marks.txt` (the
//!    tokenizer calls it at each line break and each character that starts a mark).
//! 3. `classify`: each marked region is speech (direct or partial) or a term (a quoted name,
//!    title or scare quote: صحيفة «…»، صواريخ "كروز"، the film "Jaws"), and gets its cue and
//!    speaker (`attribution`).
//! 4. `indirect`: reported speech without marks (cue + أن/إن/that/que/dass, postposed cues,
//!    verbless cues بحسب/according to/selon/laut).
//! 5. Speakers are resolved in text order: a pronoun or implicit subject (وأضاف، he added,
//!    a-t-il dit) takes the previous named speaker (within eight sentences, across paragraph
//!    breaks too: an Arabic implicit subject refers back), a participle (قائلا، مشيرا) the
//!    speaker already named in its sentence or else the subject after its first verb; an
//!    Arabic verb later in a sentence opened by another verb of its gender, the subject of
//!    that verb when it is named after the previous speaker (ونشرت X بيانا تؤكد فيه …); an
//!    Arabic verb opening its sentence with no subject of its own, the subject named after the
//!    verb that opens the sentence before, when no speaker was named there or since (وانتقل X
//!    إلى المدينة. وقال …).
//!
//! Conventions: every span is a UTF-8 byte range into the input. `content` excludes the
//! quotation marks. `cue` covers the cue word without an Arabic conjunction و/ف (وقال → قال,
//! but وصف and وفقا stay whole) and all words of a verbless cue ("according to"). `speaker` is
//! the naming mention: for an Arabic apposition (الناطق باسم الكرملين، دميتري بيسكوف) the name
//! between the commas.

mod affixes;
mod attribution;
mod classify;
mod indirect;
mod lexicon;
pub(crate) use lexicon::speech_verbs;
mod link;
mod marks;
mod tokens;
pub(crate) use tokens::light_fold_into;
mod transcript;

use crate::fxhash::FxSet;
use crate::{text, Span};

use affixes as ar;
use attribution::{Doc, Speaker};

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
    /// The subject of the cue as written (the convention of PARC 3.0 and PolNeAR sources):
    /// the naming mention when the speaker is named at the cue, or the pronoun ("he said")
    /// whose referent `speaker` gives. `None` for an implicit subject or no cue.
    pub speaker_mention: Option<Span>,
    /// The attribution cue (قال، said, selon …).
    pub cue: Option<Span>,
    /// For a later fragment of one quotation (interrupted by its attribution, "A," he said,
    /// "B.", or continued in the next paragraph without a new cue): the index, in the
    /// returned list, of its first fragment. `None` for a quotation that starts here.
    pub continues: Option<usize>,
}

/// A quotation before speaker resolution.
#[derive(Debug, Clone)]
pub(crate) struct Event {
    kind: QuoteKind,
    content: Span,
    cue: Option<Span>,
    speaker: Speaker,
    /// The cue token (or the opening mark's token).
    tok: usize,
    /// Where the quoted words start (the opening mark's token; the cue for reports): pronouns
    /// look back from here.
    anchor: usize,
    /// The sentence of `tok`.
    sentence: usize,
}

impl Event {
    /// A report (indirect speech) found at its cue: `tok` is the cue's token, which is also
    /// the anchor pronouns look back from.
    fn report(
        content: Span,
        cue: Option<Span>,
        speaker: Speaker,
        tok: usize,
        sentence: usize,
    ) -> Event {
        Event {
            kind: QuoteKind::Indirect,
            content,
            cue,
            speaker,
            tok,
            anchor: tok,
            sentence,
        }
    }
}

/// How many sentences back a pronoun or implicit subject may find its speaker.
const INHERIT_SENTENCES: usize = 8;

/// Extracts the quotations of `text`, written in `language` (a BCP 47 primary subtag such as
/// `"ar"`, `"en"`, `"fr"`, `"de"`; anything else uses the marks of every language and the
/// English cue lists). Returned in text order; spans are UTF-8 byte ranges into `text`.
pub fn extract(text: &str, language: &str) -> Vec<Quote> {
    extract_with_sentences(text, language, &text::sentences(text, language))
}

/// [`extract`] when the caller already has `text::sentences(text, language)` (the analysis
/// counts them for its stats): they are not computed a second time.
pub fn extract_with_sentences(
    text: &str,
    language: &str,
    sentences: &[std::ops::Range<usize>],
) -> Vec<Quote> {
    // Natively, the tokenizer's pass does not count the words (no use for them here).
    #[cfg(not(target_arch = "wasm32"))]
    return extract_windowed(
        text,
        language,
        sentences,
        WINDOW,
        &mut text::WordCount::none(),
    );
    #[cfg(target_arch = "wasm32")]
    return extract_counting_words(text, language, sentences).0;
}

/// [`extract_with_sentences`] and the number of words of `text` ([`text::count_words`]),
/// counted by the tokenizer's pass over the text.
pub(crate) fn extract_counting_words(
    text: &str,
    language: &str,
    sentences: &[std::ops::Range<usize>],
) -> (Vec<Quote>, usize) {
    let mut words = text::WordCount::default();
    let quotes = extract_windowed(text, language, sentences, WINDOW, &mut words);
    // The tokenizer stops at 4 GiB (far beyond any input limit): beyond, the counter's pass
    // (which no text reaches on a 32-bit target).
    let words = if cfg!(target_pointer_width = "32") || text.len() < u32::MAX as usize {
        words.finish(text)
    } else {
        text::count_words(text)
    };
    (quotes, words)
}

/// How many bytes of text the quote stage holds tokens and marks for at once. A longer text is
/// processed in windows cut at a line break where no quotation is open (the next line does
/// not start with a quotation mark) and no sentence straddles the cut; failing that at a
/// sentence start, then after white space, then anywhere (pathological input: a quotation or
/// a word cut there is cut in two). The resolved speaker and the mentions carry across
/// windows; the rules' look-arounds stop at a window's edges.
pub(crate) const WINDOW: usize = 256 * 1024;

/// [`extract_with_sentences`] with windows of at most `window` bytes (tests force small ones).
pub(crate) fn extract_windowed(
    text: &str,
    language: &str,
    sentences: &[std::ops::Range<usize>],
    window: usize,
    words: &mut text::WordCount,
) -> Vec<Quote> {
    let lex = lexicon::get(language);
    let mut quotes = Vec::new();
    let mut carry = Carry::default();
    let mut start = 0usize;
    // The previous window's tokens, whose allocations the next one reuses.
    let mut buf = tokens::Tokens::default();
    // The first sentence that ends after `start`.
    let mut first = 0usize;
    while start < text.len() {
        let end = window_end(text, lex, sentences, start, window);
        while sentences.get(first).is_some_and(|s| s.end <= start) {
            first += 1;
        }
        let rest = sentences.get(first..).unwrap_or(&[]);
        // The sentences that overlap the window, and the next one (which takes the tokens
        // after the last one's end, as it would in the whole text).
        let n = (rest.partition_point(|s| s.start < end) + 1).min(rest.len());
        let local = rest.get(..n).unwrap_or(&[]);
        let window = Window {
            range: start..end,
            sentences: local,
            first,
        };
        buf = extract_window(text, lex, window, buf, &mut carry, &mut quotes, words);
        start = end;
    }
    // The quotations move to one allocation of their size, made after the windows' buffers
    // are freed (in wasm, where memory never shrinks, the vector grown between the windows'
    // allocations would keep the later stages from reusing that space).
    drop(buf);
    let mut out = Vec::with_capacity(quotes.len());
    out.append(&mut quotes);
    drop(quotes);
    link::link(text, language, &mut out);
    out
}

/// The end of the window that starts at `start` (see [`WINDOW`]): linear overall, as each
/// window looks at most at its second half and ends in it.
fn window_end(
    text: &str,
    lex: &lexicon::Lexicon,
    sentences: &[std::ops::Range<usize>],
    start: usize,
    window: usize,
) -> usize {
    let window = window.max(2);
    if text.len().saturating_sub(start) <= window {
        return text.len();
    }
    let floor = |i: usize| crate::text::floor_char_boundary(text, i);
    let hi = floor(start + window);
    let lo = floor(start + window / 2).max(start + 1).min(hi);
    let bytes = text.as_bytes();
    // No sentence straddles `c`.
    let between_sentences = |c: usize| {
        let k = sentences.partition_point(|s| s.end <= c);
        sentences.get(k).is_none_or(|s| s.start >= c)
    };
    // 1. After a line break, before a line that does not start with a quotation mark (the
    //    scanner ends every quotation at such a line end).
    let mut i = hi;
    while i > lo {
        i -= 1;
        if bytes.get(i) != Some(&b'\n') {
            continue;
        }
        let c = i + 1;
        let indent = bytes
            .get(c..)
            .unwrap_or(&[])
            .iter()
            .take(8)
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        let line = text.get(c + indent..).unwrap_or("");
        let opens_line = line.chars().next().is_some_and(|ch| {
            !ch.is_whitespace() && !lex.marks.iter().any(|m| line.starts_with(m))
        });
        // Not after a line that ends with a colon: it introduces the next line ("وأوضح
        // الوزير:" / "He said:" and the statement below it).
        let after_colon = bytes
            .get(..i)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take(64)
            .find(|&&b| !matches!(b, b' ' | b'\t' | b'\r'))
            == Some(&b':');
        if opens_line && !after_colon && between_sentences(c) {
            return c;
        }
    }
    // 2. At a sentence start.
    let k = sentences.partition_point(|s| s.start <= hi);
    if let Some(s) = k.checked_sub(1).and_then(|k| sentences.get(k)) {
        if s.start >= lo && s.start > start {
            return s.start;
        }
    }
    // 3. After white space.
    let mut i = hi;
    while i > lo {
        i -= 1;
        if bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            return i + 1;
        }
    }
    // 4. Anywhere (on a character boundary, past `start`).
    let mut c = hi;
    while c <= start || !text.is_char_boundary(c) {
        c += 1;
    }
    c
}

/// One window of the quote stage.
struct Window<'s> {
    /// Its bytes in the text.
    range: std::ops::Range<usize>,
    /// The sentences that overlap it (and the next one).
    sentences: &'s [std::ops::Range<usize>],
    /// The index of the first of them in the text's sentences.
    first: usize,
}

/// The quotations of one window of `text`, resolved with the speakers carried from the
/// windows before, appended to `out`; `buf` is the previous window's tokens (their
/// allocations are reused), returned for the next.
fn extract_window(
    text: &str,
    lex: &'static lexicon::Lexicon,
    window: Window,
    buf: tokens::Tokens,
    carry: &mut Carry,
    out: &mut Vec<Quote>,
    words: &mut text::WordCount,
) -> tokens::Tokens {
    let Window {
        range,
        sentences,
        first,
    } = window;
    let from = range.start;
    // The quotation marks are found in the tokenizer's pass.
    let mut scanner = marks::Scanner::new(text, range.clone(), lex);
    let scan = Some(&mut scanner);
    let tokens = tokens::tokenize_into(text, range.clone(), sentences, Some(lex), buf, words, scan);
    let marked = scanner.finish();
    let doc = Doc::new(text, lex, tokens, marked);

    let mut events = Vec::new();
    classify::marked_events(&doc, &mut events);
    let marked_count = events.len();
    indirect::indirect_events(&doc, &mut events);
    let mut tails = Vec::new();
    indirect::mixed_tails(&doc, events.get(..marked_count).unwrap_or(&[]), &mut tails);
    events.append(&mut tails);

    // An indirect report that is mostly a marked quotation, or repeats another, goes.
    let (marked_events, mut indirect): (Vec<Event>, Vec<Event>) = {
        let mut v = events;
        let ind = v.split_off(marked_count.min(v.len()));
        (v, ind)
    };
    crate::sort::sort_by_key(&mut indirect, by_content);
    // Same start or same end: one report found twice, unless the later one's cue lies inside
    // the earlier one's content and the earlier one's cue follows it ("X said that …, Y
    // reported."): a nested report, both kept.
    indirect.dedup_by(|b, a| {
        let nested = b
            .cue
            .as_ref()
            .is_some_and(|c| a.content.start <= c.start && c.end <= b.content.start)
            && a.cue.as_ref().is_some_and(|c| c.start >= a.content.end);
        b.content.start == a.content.start
            || b.content.end == a.content.end && b.kind == a.kind && !nested
    });
    let mut mi = 0usize;
    indirect.retain(|e| {
        while marked_events
            .get(mi)
            .is_some_and(|m| m.content.end <= e.content.start)
        {
            mi += 1;
        }
        let len = e.content.len().max(1);
        let overlap: usize = marked_events
            .get(mi..)
            .unwrap_or(&[])
            .iter()
            .take_while(|m| m.content.start < e.content.end)
            .map(|m| {
                m.content
                    .end
                    .min(e.content.end)
                    .saturating_sub(m.content.start.max(e.content.start))
            })
            .max()
            .unwrap_or(0);
        // English 'said that "…"' / 'said the United States "must …"': a clause that opens
        // with its own words is PolNeAR's mixed report (and ours: tests/fixtures/quotes/
        // README.md), kept with the quotation inside it; so is an Arabic one (قال إن العثور
        // على القطعة «يثبت …»).
        // English '"…" that is blatantly sexist, X said': a quotation going on with the
        // report's own words is one mixed report too (PolNeAR).
        let own = |k: usize| doc.tok(k).is_some_and(|t| t.word()) && !doc.quoted(k);
        let own_words = (doc.lex.english || doc.lex.arabic) && own(doc.token_at(e.content.start))
            || doc.lex.english && own(doc.token_at(e.content.end).wrapping_sub(1));
        overlap * 5 <= len * 4 || own_words
    });
    let mentions = mentions(&doc);
    let mut all = marked_events;
    all.extend(indirect);
    let more = range.end < text.len();
    colon_headlines(&doc, &mentions, &mut all, &mut carry.names, more);
    transcript::transcript_events(&doc, &mut all);
    crate::sort::sort_by_key(&mut all, by_content);

    resolve(&doc, all, &mentions, (first, from), carry, out);
    doc.into_tokens()
}

/// A naming mention next to a speech verb, whether or not the verb reports anything here
/// ("وعبر أعضاء المجلس في بيان …", "X, also commented on …"): what later pronouns and
/// implicit subjects refer back to.
struct Mention {
    /// Byte offset of the verb.
    at: usize,
    span: Span,
    sentence: usize,
}

/// The order of [`extract_window`]'s events (both of its sorts): one key function, so one
/// instance of the sort's generic step in the wasm (issue #7).
fn by_content(e: &Event) -> (usize, usize) {
    (e.content.start, e.content.end)
}

fn mentions(doc: &Doc) -> Vec<Mention> {
    let mut out = Vec::new();
    for &(i, ref cue) in doc.cues() {
        // Ambiguous forms name objects too often (يتابع حسابا، were found): licensed ones only.
        if cue.kind != attribution::CueKind::Verb || !doc.licensed(cue, i) {
            continue;
        }
        // "وقال إنه يقرأ كتاب X": after a complementizer with a pronoun (إنه، أنها) that
        // pronoun is the verb's subject; the words after the verb name nobody who spoke.
        if doc.lex.arabic
            && i > 0
            && doc
                .tok(i - 1)
                .is_some_and(|t| t.complementizer() && !t.class(lexicon::C_BARE_COMPLEMENTIZER))
        {
            continue;
        }
        // "والتي أوضحت انسدادا في …": after a relative pronoun the verb's subject is the
        // antecedent; the words after it are its object.
        if doc.lex.arabic && i > 0 && doc.relative_pronoun(i - 1) {
            continue;
        }
        let end = doc.sentence_end(i);
        let named = if doc.lex.arabic {
            // "وكان X قد أعلن أول من أمس": the subject before the verb, not the words after.
            // (The mention is X in "نقلت X عن Y", not the source: `source` false.)
            doc.headline_name(i)
                .or_else(|| doc.arabic_subject(i, cue, end, false))
                .filter(|r| !no_name(doc, r))
        } else {
            doc.np_before(i, doc.sentence_start(i))
                .ok()
                .flatten()
                .filter(|r| !doc.prepositional_object(r))
        };
        if let (Some(span), Some(t)) = (named, doc.tok(i)) {
            out.push(Mention {
                at: t.start(),
                span,
                sentence: t.sentence(),
            });
        }
    }
    out
}

/// Calls `f` with each folded word of at least three letters of `text[span]` (`buf` is
/// scratch space).
fn name_words(text: &str, span: &Span, buf: &mut String, f: &mut dyn FnMut(&str)) {
    tokens::split_alphanumeric(text.get(span.clone()).unwrap_or(""), |w| {
        buf.clear();
        tokens::light_fold_into(w, buf);
        if buf.chars().count() >= 3 {
            f(buf);
        }
    });
}

/// "الجبير: نحن مع الاتفاق …" — a line that starts with one to three words and a colon is a
/// reported statement when those words name someone who speaks elsewhere in the text: in
/// this window, or in an earlier one (`names`, the words of their names, grows here; `more`:
/// later windows follow, which need this window's names). The text's first line (its
/// headline) with two to five words before the colon is one whoever they name ("صحف عالمية:
/// …", "ولي ولي العهد للرئيس المصري: …"; one word is often a place: "إيران: …").
fn colon_headlines(
    doc: &Doc,
    mentions: &[Mention],
    events: &mut Vec<Event>,
    names: &mut FxSet<String>,
    more: bool,
) {
    // Latin-script headlines use the colon for a place or topic ("Syrie : …").
    if !doc.lex.arabic {
        return;
    }
    // Lines that open with one to three words and a colon (cheap to find; usually few).
    let candidates: Vec<(usize, usize, Span)> = doc
        .line_starts()
        .iter()
        .copied()
        .filter(|&i| doc.tok(i).is_some_and(|t| t.line_start()))
        .filter_map(|i| {
            // A quoted name too: "«مرصد الطقس»: …".
            let m = usize::from(doc.is_mark(i));
            let colon = (i + 1 + m..i + 6 + m).find(|&k| doc.is_punct(k, ":"))?;
            let last = colon - 1 - m;
            if m == 1 && !doc.is_mark(last + 1)
                || (i + m..=last)
                    .any(|k| !doc.tok(k).is_some_and(|t| t.word()) || doc.quoted(k) != (m == 1))
            {
                return None;
            }
            Some((i, colon, doc.span(i + m, last)?))
        })
        .collect();
    if candidates.is_empty() && !more {
        return;
    }
    // The words of the names of this window's speakers, with the earlier windows'.
    let mut buf = String::new();
    for r in mentions
        .iter()
        .map(|m| &m.span)
        .chain(events.iter().filter_map(|e| match &e.speaker {
            Speaker::Named(r) => Some(r),
            _ => None,
        }))
    {
        name_words(doc.text, r, &mut buf, &mut |w| {
            if !names.contains(w) {
                names.insert(w.to_owned());
            }
        });
    }
    if candidates.is_empty() {
        return;
    }
    // The events so far by start, with the furthest end reached by each prefix: whether a
    // span overlaps any of them is one binary search.
    let mut spans: Vec<(usize, usize)> = events
        .iter()
        .map(|e| (e.content.start, e.content.end))
        .collect();
    crate::sort::sort_by(&mut spans, Ord::cmp);
    let mut reach = 0usize;
    let max_end: Vec<usize> = spans
        .iter()
        .map(|&(_, e)| {
            reach = reach.max(e);
            reach
        })
        .collect();
    let overlaps = |content: &Span| {
        let n = spans.partition_point(|&(s, _)| s < content.end);
        n > 0 && max_end.get(n - 1).is_some_and(|&e| e > content.start)
    };
    // Headlines are one per line and end on their line: they never overlap each other.
    for (i, colon, name) in candidates {
        let mut named = false;
        name_words(doc.text, &name, &mut buf, &mut |w| {
            named |= names.contains(w)
        });
        // (Words before the colon.)
        let n = colon - i - 2 * usize::from(doc.is_mark(i));
        let headline = n > 1
            && doc.tok(i).is_some_and(|t| {
                doc.text
                    .get(..t.start())
                    .is_some_and(|p| p.bytes().all(|b| b.is_ascii_whitespace()))
            });
        if !(named && n < 4 || headline) {
            continue;
        }
        let start = colon + 1;
        let Some(s) = doc.tok(start).filter(|t| t.word()).map(|t| t.sentence()) else {
            continue;
        };
        let mut end = start;
        // (A headline goes on to its line's end: "الإيطاليون سبقونا.. وهدفنا …".)
        while doc
            .tok(end + 1)
            .is_some_and(|t| (t.sentence() == s || headline) && !t.line_start())
            && end < start + 60
        {
            end += 1;
        }
        while end > start && doc.tok(end).is_some_and(|t| !t.word()) {
            end -= 1;
        }
        let words = (start..=end)
            .filter(|&k| doc.tok(k).is_some_and(|t| t.word()))
            .count();
        // A marked word among its own ("سالم: الفريق «جاهز» للمباراة"); not a marked name of
        // two words or more («وكالة الأنباء»: the headline of a news item, not a statement).
        if words < 3
            || doc.is_mark(start)
            || (start..end).any(|k| doc.quoted(k) && doc.quoted(k + 1))
        {
            continue;
        }
        if let Some(content) = doc.span(start, end) {
            if overlaps(&content) {
                continue;
            }
            events.push(Event::report(content, None, Speaker::Named(name), i, s));
        }
    }
}

/// Arabic: a speaker named by a title alone ("المحافظ", "وزير الخارجية": at most four tokens)
/// whose words all stand in a longer recent speaker of `history` but its last, the name
/// ("محافظ مدينة عدن نايف البكري"), is that speaker; else one of `register` (the persons named
/// after a sentence's opening verb, any verb) named before `r`; else, for a title of two words
/// or more whose articled head word stands in such a speaker or person, that one; else, for an
/// epithet ([`epithet`]), the last speaker if named near the cue (token `tok`) in this window
/// (from byte `from`); else a recent speaker named beside the same head word earlier
/// ([`beside`]), or the person named after the same title later on its line ([`named_after`]);
/// otherwise `r`.
/// `seen`: what was worked out for the entries already looked at in this window. (Called for
/// Arabic names of 128 bytes or less only: the caller tests both.)
#[inline(never)]
fn titled<'d>(
    doc: &'d Doc,
    r: Span,
    history: &[(Span, usize, usize)],
    register: &[Span],
    seen: &mut Seen<'d>,
    (tok, from): (usize, usize),
) -> Span {
    let mine = tokens_of(doc, &r);
    if mine.is_empty() || mine.len() > 4 || folded_len(doc, &r, mine.clone()) > 64 {
        return r;
    }
    // The speakers first, then the last four persons of the register named before `r`
    // (newest first; in text order, so one binary search).
    let n = register.partition_point(|h| h.end <= r.start);
    let named = register
        .get(n.saturating_sub(REGISTER_REACH)..n)
        .unwrap_or(&[]);
    // "وقال مصدر في الوزارة … . وأضاف المسؤول …": a definite unnamed source is the last
    // indefinite one of its number named before it.
    if let (true, Some(many)) = (
        mine.len() == 1 && doc.articled(mine.start),
        doc.lex.anonymous_source(unarticled(doc, mine.start)),
    ) {
        let source = |h: &&Span| {
            let k = doc.token_at(h.start);
            !doc.articled(k) && doc.lex.anonymous_source(doc.fold(k)) == Some(many)
        };
        // (In `pick`'s order: the recent speakers, newest first, then the register.)
        let earlier = history.iter().rev().map(|(h, _, _)| h);
        if let Some(h) = earlier.chain(named.iter().rev()).find(source) {
            return h.clone();
        }
    }
    if let Some(h) = pick(doc, &r, &mine, history, named, seen, all_words_in) {
        return h;
    }
    if let Some(h) = (mine.len() == 1)
        .then(|| institution(doc, mine.start).or_else(|| named_before(doc, mine.start)))
        .flatten()
    {
        return h;
    }
    // A construct title (رئيس، وزير: no article, two words or more) that names nobody yet:
    // the person named after the same title earlier, with a comma after the name (an
    // apposition).
    if let Some(h) = apposed(doc, &r, &mine, seen) {
        return h;
    }
    if let Some(h) = honored(doc, &mine) {
        return h;
    }
    // A title whose name comes later in its paragraph ("وشدد قائد النصر على … . واختتم قائد
    // النصر X Y حديثه …"): the next person of the register on its line holding every word of
    // it, up to its first word with a possessive suffix (the verb's object). A headline's
    // title, opening its line before a colon ("رئيس النادي: …"), is named in the next line
    // too: the first person there holding its head word ([`head_in`]: "قال X Y رئيس برشلونة").
    let headline =
        doc.tok(mine.start).is_some_and(|t| t.line_start()) && doc.is_punct(mine.end, ":");
    // (The persons after `r` and before the first token of the next line, or the one
    // after it.)
    let lines = doc.line_starts();
    let eol = lines
        .get(lines.partition_point(|&k| k < mine.end) + usize::from(headline))
        .and_then(|&k| doc.tok(k))
        .map_or(usize::MAX, |t| t.start());
    if mine.len() >= 2 {
        let later = register.get(n..).unwrap_or(&[]);
        let a = n + later.partition_point(|h| h.start < r.end);
        let b = n + later.partition_point(|h| h.start < eol);
        let next = register.get(a..b.min(a + REGISTER_REACH)).unwrap_or(&[]);
        let test = if headline { head_in } else { all_words_in };
        if let Some(h) = next
            .iter()
            .find_map(|h| pick(doc, &r, &mine, &[], std::slice::from_ref(h), seen, test))
        {
            let toks = tokens_of(doc, &h);
            return match (toks.start + 2..toks.end).find(|&k| doc.suffixed(k)) {
                Some(k) => h.start..doc.tok(k - 1).map_or(h.end, |t| t.end()),
                None => h,
            };
        }
    }
    // Else a title of two words or more that opens with an articled head word standing in a
    // longer entry but its name ("المدرب السعودي" for "المدرب الوطني X"), whose other words
    // stand there too or are articled adjectives (…ي، …ة): the same person.
    if mine.len() >= 2 && doc.articled(mine.start) {
        if let Some(h) = pick(doc, &r, &mine, history, named, seen, head_word_in) {
            return h;
        }
    }
    // "قال … دييجو مارادونا … . وأضاف القائد والمدرب السابق للأرجنتين «…»": an epithet is
    // the last speaker, named in its sentence or the one before (the sentences inside
    // quotations do not count) in this window (`from`: its first byte; `tok`: the cue).
    match history.last() {
        Some((l, _, k))
            if l.start >= from
                && epithet(doc, mine.clone(), l)
                && doc.sentences_between(*k, tok) <= 1 =>
        {
            l.clone()
        }
        _ => beside(doc, mine.clone(), history, (r.start, from))
            .or_else(|| named_after(doc, mine, eol))
            .unwrap_or(r),
    }
}

/// Arabic, [`titled`]'s last search (after [`beside`]): a title of two words or more (tokens `mine`) whose head
/// is a person's title (`heads` of `ar/titles.txt`), that names nobody before it, is the
/// person named in the first mention of the same head word after it and before byte `eol`
/// (the end of its line; a headline's: of the next line),
/// after و، ل، ب or the article ("وزير الداخلية اللبناني: …" ¶ "… لوزير الداخلية اللبناني،
/// نهاد المشنوق،"; "عن محامية رضائيان قولها … . ونقلت … عن المحامية ليلى إحسان قولها"): the
/// title's words again, articled words or a comma ("نائب خادم الحرمين الشريفين صاحب السمو …"),
/// then a name, a word without the article; or the articled head word and the name right
/// after it ("المحامية ليلى إحسان"); not another office ("وزير الخارجية القطري" is not "وزير
/// الخارجية الأميركي جون كيري"). The speaker is the noun phrase from the head, or from the
/// name after a comma ([`Doc::np_after`], read from its first honorific), up to the name's end
/// (session 61). (The first same head word decides.)
fn named_after(doc: &Doc, mine: std::ops::Range<usize>, eol: usize) -> Option<Span> {
    let head = unarticled(doc, mine.start);
    if !ar::TITLE_HEADS.contains(&head) || mine.len() < 2 {
        return None;
    }
    let mut j = mine.end;
    while j < mine.end + NAMED_AFTER_REACH && doc.tok(j).is_some_and(|t| t.start() < eol) {
        // (The same word after letters of و، ل، ب and the article.)
        let p0 = doc.fold(j).strip_suffix(head).unwrap_or("-");
        let mut p = p0;
        while let Some(q) = ar::strip_letter(
            p,
            const { ar::letters(&[ar::AND, ar::TO, ar::BY, ar::ALEF]) },
        ) {
            p = q;
        }
        if !p.is_empty() || doc.quoted(j) {
            j += 1;
            continue;
        }
        // The title again, then articled words or a comma, then the name; or the articled
        // head word and the name.
        let again =
            (1..mine.len()).all(|i| unarticled(doc, mine.start + i) == unarticled(doc, j + i));
        // (`a`: the name's first token after a comma, else the head's.)
        let (mut k, mut a) = (j + 1, j);
        if again {
            k = j + mine.len();
            loop {
                let comma = doc.is_comma(k);
                if !(comma || definite(doc, k)) {
                    break;
                }
                k += 1;
                a = if comma { k } else { j };
            }
        }
        let t = doc.tok(k)?;
        if !(t.word() && t.start() < eol && !definite(doc, k) && (again || definite(doc, j))) {
            return None;
        }
        // The noun phrase from its first honorific (الشيخ، الأمير: an articled name particle,
        // as [`honored`] reads it), which reads a long name chain whole ("الأمير محمد بن نايف
        // بن عبدالعزيز آل سعود"), else from `a`; the span from `a`, without the head's و
        // ("إمام وخطيب …"). (Past the name's first word only after صاحب, "صاحب السمو الملكي
        // الأمير X": not "وزير الخارجية عادل الجبير الشيخ صباح …", another person.)
        let reach = k + 1 + 3 * usize::from(doc.fold(k) == ar::W_HOLDER);
        let from = (a..reach).find(|&x| doc.honorific(x)).unwrap_or(a);
        let mut r = doc.np_after(from, k + 12)?;
        r.start = if a == j && p0.starts_with(ar::AND) {
            doc.strip_conjunction(j, None)
        } else {
            doc.tok(a)?.start()
        };
        // The name, from after that honorific, ends at its first articled word after a word
        // of it but a particle (عبد الرحمن), its family name: "… عبدالرحمن السديس الشباب"، "…
        // خالد بن عبدالعزيز الصفيان الحادث الإجرامي" (the verb's object after it).
        let e = doc.token_at(r.end);
        for x in k.max(from + 1)..e {
            if doc.articled(x) && !doc.class_at(x - 1, lexicon::C_NAME_PARTICLE) {
                r.end = doc.tok(x)?.end();
                break;
            }
        }
        return (k < e).then_some(r);
    }
    None
}

/// How far (in tokens) past a title [`named_after`] looks for its later mention: the scan is
/// bounded on a text of one long line.
const NAMED_AFTER_REACH: usize = 400;

/// True if `s` opens with an ASCII digit (a number, an age, a year): its first byte.
#[inline(always)]
pub(crate) fn digit_first(s: &str) -> bool {
    s.as_bytes().first().is_some_and(u8::is_ascii_digit)
}

/// How far back (in tokens) [`beside`] looks for the title's head word: about a short news
/// article's length (big/ar.txt's articles follow each other in one window).
const BESIDE_REACH: usize = 300;

/// Arabic, one of [`titled`]'s last searches: a title with no name at the cue (from byte `cue`; tokens
/// `mine`: an articled head word of a title or an epithet, then articled modifiers or a
/// complement after ل: "المتحدث"، "المدرب السابق لمنتخب انجلترا") is the recent speaker of
/// this window (from byte `from`; newest first) whose name it stood in or right next to where
/// that speaker was named ("وقال "كريس فيليرز" المتحدث باسم "بوينج"، … ولفت المتحدث"، "كشف
/// المدرب ستيف مكلارين … وقال المدرب السابق لمنتخب انجلترا"): the nearest earlier same head
/// word (within [`BESIDE_REACH`] tokens, with no other modifier after it) is the speaker's word
/// or one of the two words on either side of it (a quotation mark between).
fn beside(
    doc: &Doc,
    mine: std::ops::Range<usize>,
    history: &[(Span, usize, usize)],
    (cue, from): (usize, usize),
) -> Option<Span> {
    // (A person's title or an epithet's head: `heads` of `ar/titles.txt`, `ar/epithets.txt`;
    // not an articled family name, الجبير.)
    let head = unarticled(doc, mine.start);
    if !doc.articled(mine.start)
        || !(ar::TITLE_HEADS.contains(&head) || doc.lex.epithet(doc.fold(mine.start)))
    {
        return None;
    }
    let mut after = false;
    for k in mine.start + 1..mine.end {
        // (ل only, after a modifier: a word in ب is as often a name, باراك، باسمهم جيمس.)
        let prep = k > mine.start + 1 && doc.fold(k).starts_with(ar::TO);
        if !(definite(doc, k) || prep || after) {
            return None;
        }
        after |= prep;
    }
    // The nearest earlier same head word (not another person's with the same title named
    // since: "سالم فهد محافظ الجوف … مع محافظ تبوك … وقال المحافظ"), with no modifier of its own
    // after it ("المدير الإقليمي للحملة X" is not "المدير العام للعلاقات الخارجية", nor
    // "الباحث الرئيس للاتفاقية X" "الرئيس السابق").
    let lo = mine.start.saturating_sub(BESIDE_REACH);
    let k = (lo..mine.start)
        .rev()
        .find(|&k| unarticled(doc, k) == head)?;
    if mine.len() > 1
        && definite(doc, k + 1)
        && unarticled(doc, k + 1) != unarticled(doc, mine.start + 1)
    {
        return None;
    }
    history.iter().rev().find_map(|(h, _, _)| {
        let toks = tokens_of(doc, h);
        // (A name: its last word without the article.)
        // (A history speaker covers at least one token: `toks.end - 1` is its last; wrapping all
        // the same, as a release build does.)
        (h.start >= from
            && h.end <= cue
            && toks.start <= k + 2
            && k < toks.end + 2
            && !definite(doc, toks.end.wrapping_sub(1)))
        .then(|| h.clone())
    })
}

/// Arabic: a definite class noun of an institution at token `k` (الشركة، المنظمة:
/// `ar/institutions.txt`) is the short quoted name that follows, within four words, the nearest
/// earlier one of the same noun without the article in the window, bare or after ب/ل
/// ("منظمة “Stand With us”"، "لشركة الخطوط الجوية الفرنسية “إير فرانس”"). (The look-back stops
/// after 1,000 tokens.) Else the unquoted name after the nearest same noun within 60 tokens
/// ("شركة رابغ للتكرير …"; session 62).
#[inline(never)]
fn institution(doc: &Doc, k: usize) -> Option<Span> {
    let noun = unarticled(doc, k);
    if !doc.articled(k) || !doc.lex.institution(noun) {
        return None;
    }
    let at = |j: &usize| {
        // (ب/ل + the noun: two bytes more, looked at only then.)
        let f = doc.fold(*j);
        f == noun
            || f.len() == noun.len() + 2
                && ar::strip_letter(f, const { ar::letters(&[ar::BY, ar::TO]) }) == Some(noun)
    };
    // (`nearest`: the first same noun the look-back meets, the nearest one.)
    let mut nearest = None;
    (k.saturating_sub(1000)..k)
        .rev()
        .filter(at)
        .find_map(|j| {
            nearest.get_or_insert(j);
            (j + 1..j + 6)
                .find(|&m| doc.is_mark(m))
                .and_then(|m| doc.quoted_name(m))
        })
        .or_else(|| {
            // Else the name written right after the nearest one if within 60 tokens, unquoted,
            // three words at most ("شركة الخطوط السعودية للتموين بتوزيع …"، "شركة رابغ للتكرير
            // والبتروكيماويات ارتفاعاً …"): an articled word, or one that ends in neither ة nor
            // ي (not an adjective: "شركة ناشئة"، "بنك محلي").
            let j = nearest.filter(|&j| j + 60 >= k)?;
            let w = doc.fold(j + 1);
            (doc.articled(j + 1) || !w.ends_with(ar::FEMININE_FOLDED) && !w.ends_with(ar::NISBA))
                .then(|| doc.np_after(j + 1, j + 4))?
        })
}

/// Arabic: a construct title at the cue (tokens `mine`: "رئيس مجلس النواب العراقي", "وزير
/// البلديات") that [`titled`]'s other searches leave unnamed is the person named after the
/// nearest earlier same head word (within [`APPOSED_REACH`] tokens, not quoted) in a noun
/// phrase set off by a comma ("… مع رئيس مجلس النواب العراقي سليم الجبوري، …", "وجّه وزير
/// الشؤون البلدية والقروية، المهندس عبداللطيف … آل الشيخ، …": [`Doc::np_after`] takes the
/// apposition), whose words from that head word on hold every word of the title but the
/// last ([`all_words_in`]) and a name: a word without the article after one with it. It
/// needs no register entry: the sentence may open with no verb ("سبق- الرياض: وجّه …") or
/// the person stand after مع. (Searched only when the other searches fail.)
#[inline(never)]
fn apposed<'d>(
    doc: &'d Doc,
    title: &Span,
    mine: &std::ops::Range<usize>,
    seen: &mut Seen<'d>,
) -> Option<Span> {
    // A person's title (رئيس، وزير: `heads` of `ar/titles.txt`), not an institution or a
    // name ("وزارة الخارجية", "منصور التركي").
    // (Two words or more, no article: the list is read only then.)
    let head = doc.fold(mine.start);
    if mine.len() < 2 || doc.articled(mine.start) || !ar::TITLE_HEADS.contains(&head) {
        return None;
    }
    // (A plain loop over the tokens, the cost of the rule. A word that folds to its length
    // is compared by its length and last byte as written first: no head of the list ends in a
    // letter the fold changes (ة، ى). One written with harakat or tatweel, by its fold.)
    let last = head.as_bytes().last()?;
    let text = doc.text.as_bytes();
    let lo = mine.start.saturating_sub(APPOSED_REACH);
    let mut j = mine.start;
    while j > lo {
        j -= 1;
        let Some(t) = doc.tok(j) else {
            continue;
        };
        let s = t.span();
        if t.fold_keeps_length() && (s.len() != head.len() || text.get(s.end - 1) != Some(last))
            || t.quoted()
            || doc.f(t) != head
        {
            continue;
        }
        // The noun phrase from the title on, closed by a comma, that holds a name; else, the
        // title alone set off by a comma, the apposition after it ("وزير …، المهندس X Y،").
        let mut from = j;
        let found = loop {
            let Some(mut r) = doc.np_after(from, mine.start) else {
                break None;
            };
            // (Not over an apposition [`Doc::np_after`] took: it names.)
            let a = doc.token_at(r.start);
            if from == j && !(a > j && doc.is_comma(a - 1)) {
                r.start = t.start();
            }
            let end = doc.token_at(r.end);
            if !doc.is_comma(end) {
                break None;
            }
            if names(doc, doc.token_at(r.start), end) {
                break Some(r);
            }
            if from != j {
                break None;
            }
            from = end + 1;
        };
        // Its words from the title on hold the title's ([`all_words_in`], through [`pick`]).
        if let Some(r) = found {
            let whole = t.start()..r.end;
            let one = std::slice::from_ref(&whole);
            if pick(doc, title, mine, &[], one, seen, all_words_in).is_some() {
                return Some(r);
            }
        }
    }
    None
}

/// Arabic: a title at the cue (tokens `mine`: a head of `heads` in `ar/titles.txt`, articled or
/// not, and one to three more words) that [`titled`]'s other searches leave unnamed is the
/// person named after the nearest earlier same head word (within [`APPOSED_REACH`] tokens) in
/// its sentence with no comma between: an honorific (an articled name particle of
/// `ar/name_particles.txt`: الدكتور، الأمير) at most nine words after the head, the words
/// between holding every other word of the title ([`place_key`], [`akin`]: the same word too,
/// three letters or more), then the name
/// ([`Doc::np_after`]): "تحت إشراف مدير الشئون الصحية بمحافظة الأحساء الدكتور محمد …
/// وبمتابعة" for "مدير الشؤون الصحية بالأحساء", "رفع رئيس الهيئة الوطنية لمكافحة الفساد
/// «نزاهة» الدكتور خالد …،", "استقبل نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد
/// بن نايف …" (a subject cut before the name: no register entry holds it). The span from that
/// head to the name's end. (Not `#[inline(never)]`: inlined into `titled`, its one caller,
/// −111 B gz, session 59.)
fn honored(doc: &Doc, mine: &std::ops::Range<usize>) -> Option<Span> {
    let head = unarticled(doc, mine.start);
    if mine.len() < 2 || !ar::TITLE_HEADS.contains(&head) {
        return None;
    }
    let lo = mine.start.saturating_sub(APPOSED_REACH);
    (lo..mine.start).rev().find_map(|j| {
        if unarticled(doc, j) != head || doc.quoted(j) {
            return None;
        }
        let s = doc.tok(j)?.sentence();
        // The honorific: words and quotation marks up to it, in the sentence, no comma.
        let h = (j + 1..j + 13).find(|&h| doc.honorific(h))?;
        if (j + 1..h).any(|k| {
            doc.tok(k)
                .is_none_or(|t| t.sentence() != s || !(t.word() || t.mark()))
                // (Another office in a list: "مدير X ووكيل Y الدكتور Z" names the second.)
                || ar::strip_letter(doc.fold(k), const { ar::letters(&[ar::AND]) })
                    .is_some_and(|w| ar::TITLE_HEADS.contains(&w))
        }) || (mine.start + 1..mine.end).any(|k| {
            let w = place_key(doc, k);
            !(j + 1..h).any(|x| akin(w, place_key(doc, x)))
        }) {
            return None;
        }
        // (Up to a word in و after its first word, the next phrase, "… العالي وبمتابعة", or
        // with a tanween, the verb's object: "… بن عبدالعزيز اتصالاً هاتفياً"; as written: a
        // word's first letter is its first character, harakat after it.)
        let stop = (h + 2..h + 8)
            .find(|&k| {
                let w = doc.raw(k);
                ar::strip_letter(w, const { ar::letters(&[ar::AND]) }).is_some()
                    || ar::has_letter(w, ar::TANWEENS)
            })
            .unwrap_or(h + 8);
        let name = doc.np_after(h, stop)?;
        (name.end > doc.tok(h)?.end()).then_some(doc.tok(j)?.start()..name.end)
    })
}

/// [`honored`]'s key of the word at token `k`: [`unarticled`], and a place after ب or ل
/// without them and the article ("بالأحساء", "للعلاقات": الأحساء، العلاقات).
fn place_key<'a>(doc: &'a Doc, k: usize) -> &'a str {
    let f = doc.fold(k);
    match f
        .strip_prefix(ar::BY_ARTICLE)
        .or_else(|| f.strip_prefix(ar::TO_ARTICLE))
    {
        Some(w) if w.len() > 4 => w,
        _ => unarticled(doc, k),
    }
}

/// [`apposed`]: whether tokens `a..b` hold a name: a word without the article right after one
/// with it ([`definite`], or بال: "والقروية"، "للشؤون"، "بالمنطقة" name nobody).
fn names(doc: &Doc, a: usize, b: usize) -> bool {
    let mut after = false;
    for k in a..b {
        let def = definite(doc, k) || doc.fold(k).starts_with(ar::BY_ARTICLE);
        if after && !def {
            return true;
        }
        after = def;
    }
    false
}

/// Arabic: whether the word at token `k` opens with the article, after و or ل too (ال، وال، لل:
/// "البرتغالي", "والمدرب", "للأرجنتين").
#[inline(never)]
fn definite(doc: &Doc, k: usize) -> bool {
    let f = doc.fold(k);
    doc.articled(k) || f.starts_with(ar::AND_ARTICLE) || f.starts_with(ar::TO_ARTICLE)
}

/// How far back (in tokens) [`apposed`] looks for its title.
const APPOSED_REACH: usize = 200;

/// Arabic: a definite office alone at token `k` ("المحافظ") is the name right before the
/// nearest earlier same office without the article (within 60 tokens), a construct title
/// after its holder's name ("خلال لقاء نجم الدين كريم محافظ كركوك مع …"): the two to four
/// words before it on its line (one is a verb as often: "حث وزير …"), the last without the
/// article, وال ("أصحاب السمو والمعالي وزراء …") or a suffix, each neither quoted, a cue nor
/// a word of a class (مع، في، خلال), and one of these (or the line's start) right before them
/// (no longer run: a chain of nouns, "وتراجع سهم الشركة"); its complement a word of no class
/// (not a name's end: "كمال عواملة من …"). Not a nisba (القحطاني: a family name), a plural
/// (الوزراء) or an institution's noun (الشركة: [`institution`]). (After a title on the name's
/// other side the register or the history holds the person: [`titled`].)
#[inline(never)]
fn named_before(doc: &Doc, k: usize) -> Option<Span> {
    let noun = unarticled(doc, k);
    if !doc.articled(k)
        || noun.ends_with(ar::NISBA)
        || doc.lex.institution(noun)
        || doc.plural_noun(k)
    {
        return None;
    }
    // (The byte length first: most words differ; a word whose fold is shorter, harakat or
    // tatweel in it, is compared by its fold.)
    let j = (k.saturating_sub(60).max(1)..k).rev().find(|&j| {
        doc.tok(j)
            .is_some_and(|t| t.span().len() == noun.len() || !t.fold_keeps_length())
            && doc.fold(j) == noun
    })?;
    let plain = |x: usize| {
        doc.tok(x)
            .is_some_and(|t| t.word() && !t.quoted() && !t.cue() && !t.class(lexicon::C_ANY_CLASS))
    };
    let on_line = |x: usize| doc.tok(x).is_some_and(|t| !t.line_start());
    if !plain(j - 1)
        || !plain(j + 1)
        || !on_line(j)
        || !on_line(j + 1)
        || doc.articled(j - 1)
        || doc.fold(j - 1).starts_with(ar::AND_ARTICLE)
        || doc.suffixed(j - 1)
    {
        return None;
    }
    let mut first = j - 1;
    while first + 4 > j && on_line(first) && first > 0 && plain(first - 1) {
        first -= 1;
    }
    // (`wrapping_sub`: a window may open mid-line, and token 0 then has no line start.)
    if first + 1 == j || first + 4 == j && on_line(first) && plain(first.wrapping_sub(1)) {
        return None;
    }
    Some(doc.tok(first)?.start()..doc.tok(j - 1)?.end())
}

/// Arabic: whether a speaker (its tokens `mine`) is an epithet, a head noun of
/// `ar/epithets.txt` ("المدرب", "النجمة", "الباحثة") and up to three modifiers, each articled (ال، وال، لل:
/// "البرتغالي", "والمدرب السابق للأرجنتين"), that describes the person `last` names: a name (a
/// word without the article in it: "مورينيو", "نجمة هوليوود سلمى حايك"), not another
/// description.
#[inline(never)]
fn epithet(doc: &Doc, mine: std::ops::Range<usize>, last: &Span) -> bool {
    let modifier = |k: usize| definite(doc, k);
    mine.len() <= 4
        && doc.lex.epithet(doc.fold(mine.start))
        && (mine.start + 1..mine.end).all(modifier)
        && tokens_of(doc, last).any(|k| doc.tok(k).is_some_and(|t| t.word()) && !modifier(k))
}

/// [`titled`]'s two searches: the first speaker of `history` (newest first), then of `named`
/// (last first), longer than `r` in bytes and than `mine` (its tokens) in tokens, for which
/// `test(doc, mine, the speaker's words)` holds. (Lengths folded: harakat and tatweel do not
/// count.) The tokens, folded length and words of each are worked out once a window (`seen`:
/// the same recent speakers are looked at again for each speaker).
fn pick<'d>(
    doc: &'d Doc,
    r: &Span,
    mine: &std::ops::Range<usize>,
    history: &[(Span, usize, usize)],
    named: &[Span],
    seen: &mut Seen<'d>,
    test: fn(&Doc, std::ops::Range<usize>, &[&str]) -> bool,
) -> Option<Span> {
    let len = folded_len(doc, r, mine.clone());
    // (Longer in bytes first: the token search is the cost; a span is no shorter as written.)
    for h in history
        .iter()
        .rev()
        .map(|(h, _, _)| h)
        .chain(named.iter().rev())
    {
        if h.len() <= len {
            continue;
        }
        let (entries, words) = seen;
        let k = match entries.iter().rposition(|e| e.0 == *h) {
            Some(k) => k,
            None => {
                // (A window's recent speakers are few: a long list starts again.)
                if entries.len() >= SEEN_MAX {
                    entries.clear();
                    words.clear();
                }
                let theirs = tokens_of(doc, h);
                entries.push((h.clone(), folded_len(doc, h, theirs.clone()), words.len()));
                words.extend(theirs.map(|x| unarticled(doc, x)));
                entries.len() - 1
            }
        };
        let Some(&(_, n, at)) = entries.get(k) else {
            continue;
        };
        let end = entries.get(k + 1).map_or(words.len(), |e| e.2);
        let theirs = words.get(at..end).unwrap_or(&[]);
        // (The token count first: the cheaper test.)
        if theirs.len() <= mine.len() || n <= len {
            continue;
        }
        if test(doc, mine.clone(), theirs) {
            return Some(h.clone());
        }
    }
    None
}

/// The recent speakers and mentions [`Carry::history`] keeps (the oldest goes first).
const HISTORY: usize = 8;

/// The persons of the register [`titled`] compares a title with on each side: the last ones
/// named before it, and the next ones after it on its line.
const REGISTER_REACH: usize = 4;

/// The entries [`Seen`] holds before it starts again: the most distinct speakers one
/// [`titled`] call compares (the history, and the register's persons on both sides), so that
/// one call's candidates fit and the linear search of the list stays that short.
const SEEN_MAX: usize = HISTORY + 2 * REGISTER_REACH;

/// What [`pick`] works out for the entries of a window: each one's span, folded length
/// ([`folded_len`]) and where the [`unarticled`] words of its tokens start in the list of
/// words (they end where the next entry's start).
type Seen<'d> = (Vec<(Span, usize, usize)>, Vec<&'d str>);

/// [`titled`]: every word of the title (`mine`) stands in the speaker's (`theirs`) but its
/// last, the name; from its third word on, a word that opens with ب or ل (the place of an
/// office: "المتحدث الأمني بوزارة الداخلية" for "المتحدث الأمني اللواء منصور التركي") and the
/// words after it need not, when no word of the speaker's of more than four letters opens with
/// ب or ل (a place of its own: "المتحدث الأمني للنادي X" is someone else).
fn all_words_in(doc: &Doc, mine: std::ops::Range<usize>, theirs: &[&str]) -> bool {
    let name = theirs.last().copied();
    let place = |w: &str| w.starts_with(ar::BY_WORD) || w.starts_with(ar::TO_WORD);
    let mut placed = false;
    // The name first ("عبدالعزيز الزهراني رئيس لجنة الفنون التشكيلية"): a title (three words
    // or more, the first without the article and two after it with it: not a name, "رامي عبد
    // الرحمن") whose words stand in that order after two words or more of the speaker's.
    let after_name = || {
        mine.len() >= 3
            && !doc.articled(mine.start)
            && (mine.start + 1..mine.end)
                .filter(|&k| doc.articled(k))
                .count()
                >= 2
            && theirs.windows(mine.len()).skip(2).any(|t| {
                t.iter()
                    .zip(mine.clone())
                    .all(|(t, k)| *t == unarticled(doc, k))
            })
    };
    mine.clone().all(|k| {
        let w = unarticled(doc, k);
        placed |= k >= mine.start + 2 && !doc.articled(k) && place(w);
        Some(w) != name
            && (theirs.contains(&w) || k > mine.start && theirs.iter().any(|t| akin(w, t)))
            || placed && !theirs.iter().any(|t| t.len() > 8 && place(t))
    }) || after_name()
}

/// [`titled`], a headline's title: its head word (`heads` of `ar/titles.txt`: رئيس، وزير …)
/// stands in the speaker's words but the last ("رئيس النادي" for "خوسيب بارتوميو رئيس برشلونة
/// بطل …": the lead paragraph names the headline's speaker).
fn head_in(doc: &Doc, mine: std::ops::Range<usize>, theirs: &[&str]) -> bool {
    let head = unarticled(doc, mine.start);
    ar::TITLE_HEADS.contains(&head)
        && theirs
            .split_last()
            .is_some_and(|(_, words)| words.contains(&head))
}

/// [`all_words_in`]: whether two words of a title (folded, without the article) name the same
/// office although written apart: synonyms (`synonyms` of `ar/titles.txt`: "الحكومة" for
/// "الوزراء"), or the same stem with or without the feminine ending ة or its plural ات
/// ("التركية" for "التركي", "البلديات" for "البلدية").
fn akin(w: &str, t: &str) -> bool {
    let a = stem(w);
    a.len() > 4 && a == stem(t)
}

/// [`akin`]'s stem of a word: its synonym's, without ات or ه (bytes: no character decoding).
fn stem(x: &str) -> &[u8] {
    let mut x = x;
    let mut pairs = ar::TITLE_SYNONYMS.iter();
    while let (Some(&a), Some(&b)) = (pairs.next(), pairs.next()) {
        if a == x {
            x = b;
        }
    }
    let b = x.as_bytes();
    let cut = [ar::FEMININE_PLURAL, ar::FEMININE_FOLDED_STR]
        .iter()
        .find(|e| b.ends_with(e.as_bytes()))
        .map_or(0, |e| e.len());
    b.get(..b.len() - cut).unwrap_or(b)
}

/// [`titled`]: the title's articled head word stands in the speaker's words but as its name,
/// and each other word stands there too or is an articled adjective (…ي، …ة) after an articled
/// word ("المدرب السعودي"; not a family name after a first name: "الشاعر محمد الخضري" is not
/// "الشاعر محمد يعقوب الحالة").
fn head_word_in(doc: &Doc, mine: std::ops::Range<usize>, theirs: &[&str]) -> bool {
    let name = theirs.last().copied();
    let head = unarticled(doc, mine.start);
    let fits = |k: usize| {
        theirs.contains(&unarticled(doc, k))
            || doc.articled(k - 1)
                && doc.articled(k)
                && ar::strip_last_letter(
                    doc.bare_end(k),
                    const { ar::letters(&[ar::NISBA, ar::FEMININE]) },
                )
                .is_some()
    };
    Some(head) != name && theirs.contains(&head) && (mine.start + 1..mine.end).all(fits)
}

/// The tokens of span `s` (the end by a walk from the start: the spans are a few tokens, a
/// second search would be the cost).
fn tokens_of(doc: &Doc, s: &Span) -> std::ops::Range<usize> {
    let start = doc.token_at(s.start);
    let mut end = start;
    while doc.tok(end).is_some_and(|t| t.start() < s.end) {
        end += 1;
    }
    start..end
}

/// The byte length of span `s` (over its tokens `toks`) with its words folded: the harakat and
/// tatweel inside them do not count.
fn folded_len(doc: &Doc, s: &Span, toks: std::ops::Range<usize>) -> usize {
    let mut n = s.len();
    for k in toks {
        // (Most folded forms have their word's length: no look-up.)
        if let Some(t) = doc.tok(k).filter(|t| !t.fold_keeps_length()) {
            n = n.saturating_sub(t.span().len().saturating_sub(doc.f(t).len()));
        }
    }
    n
}

/// The word at token `k`, folded (the project's matching key: harakat and tatweel do not
/// count), without the Arabic article ال (when three letters or more remain); "" past the end.
#[inline(never)]
fn unarticled<'a>(doc: &'a Doc, k: usize) -> &'a str {
    let f = doc.fold(k);
    // (The length first, then the article's four bytes as one array: no `memcmp` call.)
    if f.len() > 4 + 5 && f.as_bytes().first_chunk::<4>() == Some(&ARTICLE_BYTES) {
        return f.get(4..).unwrap_or(f);
    }
    f
}

/// [`ar::ARTICLE`]'s four bytes ([`unarticled`]).
const ARTICLE_BYTES: [u8; 4] = match ar::ARTICLE.as_bytes() {
    [a, b, c, d] => [*a, *b, *c, *d],
    _ => panic!("the article is two two-byte letters"),
};

/// Arabic: whether the subject `r` found at a cue names nobody: a phrase that opens with ب
/// and the article (بالمسجد; not ل: "وفقا للمتحدث …" names its source), or one word with an
/// accusative tanween, an adverb or an indefinite object ("وأضاف ووقوفًا على"، "نفى علناً"),
/// or a phrase that a deictic or existential word opens (`deictics` of `ar/rule_words.txt`:
/// "وهنا أعلن"، "وهناك ملصق آخر يقول"; session 38).
#[inline(never)]
fn no_name(doc: &Doc, r: &Span) -> bool {
    if !doc.lex.arabic {
        return false;
    }
    let k = doc.token_at(r.start);
    let f = doc.fold(k);
    let bare = ar::strip_conjunction(f).unwrap_or(f);
    f.starts_with(ar::BY_ARTICLE)
        || ar::DEICTICS.contains(&bare)
        || ar::has_letter(doc.raw(k), ar::TANWEENS) && doc.tok(k).is_some_and(|t| t.end() >= r.end)
}

/// Arabic: whether the subject `r`, written before the masculine singular speech verb or
/// participle at token `i` (قال، يشير: a listed form; مضيفا: a participle in ا), cannot
/// be that verb's: in the subject-first order the verb agrees with its subject, and `r` is a
/// phrase of two words or more whose first word is feminine by its form (ة، ات: "ثمة قراءة
/// أخرى يشير إليها"), a name's particle not second ("أسامة بن لادن") and no title of an
/// honorific pronoun (جلالة، سماحة: `ar/anaphors.txt` جلالته، سماحته), nor the head of a
/// construct whose second word is articled and masculine ("شهادة الملك سلمان … قال له مخاطبا":
/// the king speaks). The speaker is then the implicit subject's.
#[inline(never)]
fn gender_clash(doc: &Doc, r: &Span, i: usize) -> bool {
    // The verb first: other languages and other verbs look nothing up.
    if !doc.lex.arabic
        || !(doc.arabic_agreement(i) == Some(lexicon::Agreement::Masculine) || {
            let f = doc.fold(i);
            f.ends_with(ar::ALEF) && doc.lex.participle(f)
        })
    {
        return false;
    }
    let k = doc.token_at(r.start);
    let first = doc.bare_end(k);
    // (A String only for the rare phrase that passes every other test.)
    let title = || {
        doc.fold(k)
            .strip_suffix(ar::FEMININE_FOLDED)
            .is_some_and(|t| {
                let mut t = String::from(t);
                t.push(ar::FEMININE_T);
                t.push(ar::HIM);
                doc.lex.anaphor(&t)
            })
    };
    doc.tok(i).is_some_and(|t| r.end <= t.start())
        && (first.ends_with(ar::FEMININE) || first.ends_with(ar::FEMININE_PLURAL))
        && doc.tok(k + 1).is_some_and(|t| {
            t.start() < r.end
                && t.word()
                && !doc
                    .lex
                    .is(lexicon::R_NAME_PARTICLE | lexicon::R_NAME_PARTICLE_MINOR, t)
        })
        && !(doc.articled(k + 1) && !doc.articled(k) && !doc.feminine_noun(k + 1))
        && !title()
}

/// Arabic: the speaker of the feminine participle at token `i` among its sentence's: `same`
/// (the last speaker or mention of the sentence, named with the verb at token `verb`), unless
/// that verb is not feminine while the verb that opens the sentence is and its subject stands
/// before `same`: that subject ("وأكدت الشرطة أن مسؤولا قال …، مؤكدة": the police, not the
/// man named in the report; [`Doc::agreeing_sentence_subject`]).
#[inline(never)]
fn opening_over_mention(doc: &Doc, same: Span, verb: Option<usize>, i: usize) -> Span {
    match doc.agreeing_sentence_subject(i) {
        Some(r)
            if r.end <= same.start && verb.is_some_and(|v| doc.verb_gender(v) != Some(true)) =>
        {
            r
        }
        _ => same,
    }
}

/// Whether `r` is another speaker than the last one, `last`, and among the recent ones of
/// `history` (newest last; span, sentence, token).
#[inline(never)]
fn spoke_before(r: &Span, history: &[(Span, usize, usize)], last: &Span) -> bool {
    let meets = |h: &Span| h.start < r.end && r.start < h.end;
    history.iter().any(|h| meets(&h.0)) && !meets(last)
}

/// What speaker resolution carries from window to window (sentence numbers count from the
/// text's start).
#[derive(Default)]
struct Carry {
    /// The previous named speaker and its sentence.
    last: Option<(Span, usize)>,
    /// The recent speakers and mentions (newest last), with their sentence and token (in the
    /// window that holds them): a pronoun's antecedent when the last one does not fit it ("he"
    /// after an organisation).
    history: Vec<(Span, usize, usize)>,
    /// The last speaker as written (`last` holds it through [`titled`]).
    own: Option<Span>,
    /// Arabic: the words (light-folded, three letters or more) of the names of the speakers
    /// and mentions so far, which [`colon_headlines`] looks a headline's name up in.
    names: FxSet<String>,
}

/// Resolves inherited speakers in text order, appending the quotations to `out`. The
/// document is the window that starts at byte `from`; its sentence numbers count from
/// `first`. The rules that read the window's tokens are given the history inside it.
fn resolve(
    doc: &Doc,
    events: Vec<Event>,
    mentions: &[Mention],
    (first, from): (usize, usize),
    carry: &mut Carry,
    out: &mut Vec<Quote>,
) {
    let Carry {
        last, history, own, ..
    } = carry;
    // Arabic: the persons named after each sentence's opening verb (any verb).
    let register = doc.opening_subjects();
    let seen = std::cell::Cell::new((Vec::new(), Vec::new()));
    // Takes `r` (as written, kept in `own`) as the last speaker and into the history, as the
    // speaker it names ([`titled`]), which it returns.
    let name = |last: &mut Option<(Span, usize)>,
                history: &mut Vec<(Span, usize, usize)>,
                own: &mut Option<Span>,
                r: Span,
                sentence: usize,
                tok: usize| {
        *own = Some(r.clone());
        // (Four Arabic words are seldom 64 bytes folded, twice that as written with harakat:
        // most names are out before the token search.)
        let r = if doc.lex.arabic && r.len() <= 128 {
            let mut entries = seen.take();
            // An honorific before the title ("وأوضح معالي الوزير"): the title alone names the
            // person, if it names anyone; else the speaker stays as written.
            let k = doc.token_at(r.start);
            let bare = match doc.tok(k + 1) {
                Some(t) if t.start() < r.end && ar::HONORIFICS.contains(&doc.fold(k)) => {
                    t.start()..r.end
                }
                _ => r.clone(),
            };
            let h = titled(
                doc,
                bare.clone(),
                history,
                &register,
                &mut entries,
                (tok, from),
            );
            seen.set(entries);
            if h == bare {
                r
            } else {
                h
            }
        } else if doc.lex.english {
            doc.title_holder(&r).unwrap_or(r)
        } else {
            r
        };
        if history.len() >= HISTORY {
            history.remove(0);
        }
        history.push((r.clone(), sentence, tok));
        *last = Some((r.clone(), sentence));
        r
    };
    let mut mi = 0usize;
    let recent = |last: &Option<(Span, usize)>, sentence: usize| {
        last.as_ref()
            .filter(|(_, s)| sentence <= s + INHERIT_SENTENCES)
            .map(|(r, _)| r.clone())
    };
    out.reserve(events.len());
    // Takes the mentions before byte `at` as the previous speaker: those after the last
    // speaker as written (not after the earlier mention [`titled`] named it by: "ونقلت صحيفة
    // X عن Y قوله" with Y named before, X is no later speaker).
    let mut absorb =
        |last: &mut Option<(Span, usize)>, history: &mut Vec<_>, own: &mut Option<Span>, at| {
            while let Some(m) = mentions.get(mi).filter(|m| m.at < at) {
                if own.as_ref().is_none_or(|r| r.start < m.span.start) {
                    let tok = doc.token_at(m.at);
                    name(last, history, own, m.span.clone(), first + m.sentence, tok);
                }
                mi += 1;
            }
        };
    // The history inside this window, in its sentence numbers.
    let mut local: Vec<(Span, usize, usize)> = Vec::new();
    for mut e in events {
        e.sentence += first;
        let at = doc.tok(e.tok).map_or(e.content.start, |t| t.start());
        absorb(last, history, own, at);
        local.clear();
        local.extend(
            history
                .iter()
                .filter(|(r, _, _)| r.start >= from)
                .map(|(r, s, k)| (r.clone(), s.saturating_sub(first), *k)),
        );
        // A subject that names nobody leaves the speaker to the rules of an implicit one.
        if matches!(&e.speaker, Speaker::Named(r) if no_name(doc, r) || gender_clash(doc, r, e.tok))
        {
            e.speaker = Speaker::Inherit;
        }
        let speaker_mention = match &e.speaker {
            Speaker::Named(r) => Some(r.clone()),
            Speaker::Inherit | Speaker::SentenceSubject if e.cue.is_some() => {
                doc.pronoun_subject(e.tok)
            }
            _ => None,
        };
        // "وانتقل X إلى … . وقال …": the subject of the sentence before, named after the last
        // speaker's sentence, is the chain's new anchor (of a participle too: "ودعت X … .
        // وقالت متحدثة للتلفزيون «…»").
        // Also when the last speaker was named in the sentence before, after that subject, if
        // that subject is another who spoke before ([`spoke_before`]: "وأفاد العقيد X بأن
        // بلاغا … جنوب شرق العاصمة، وذكر … . وأوضح أن" is X, not a place read as a subject).
        if matches!(e.speaker, Speaker::Inherit | Speaker::SentenceSubject)
            && last.as_ref().is_none_or(|(_, s)| *s < e.sentence)
        {
            if let Some(r) = attribution::carried_subject(doc, e.tok).filter(|r| {
                // ("وأضاف ووقوفًا على …": a subject that names nobody carries nothing on.)
                !no_name(doc, r)
                    && last
                        .as_ref()
                        .is_none_or(|(l, s)| s + 1 < e.sentence || spoke_before(r, &local, l))
            }) {
                e.speaker = Speaker::Named(r);
            }
        }
        // A participle's subject as written.
        let mut written = None;
        let speaker = match e.speaker {
            Speaker::Named(r) => Some(name(last, history, own, r, e.sentence, e.tok)),
            Speaker::Inherit => {
                let near = last
                    .as_ref()
                    .filter(|(_, s)| *s + 1 >= e.sentence)
                    .map(|(r, _)| r.clone());
                // The sentence's own subject only when the report follows its cue ("L'ONG …
                // dans lequel elle dévoile que …"), not for "<clause>, he said".
                let follows_cue = doc.tok(e.tok).is_some_and(|t| e.content.start >= t.end());
                // "he" / "she" / "they": the nearest antecedent that fits the pronoun.
                // (The last speaker only when inside this window, like the history.)
                let near_here = near.as_ref().filter(|r| r.start >= from);
                let fitting = speaker_mention
                    .as_ref()
                    .and_then(|p| doc.antecedent(p, e.anchor, near_here, &local, INHERIT_SENTENCES))
                    .or_else(|| doc.arabic_antecedent(e.tok, &local, INHERIT_SENTENCES));
                // "ونفت X التهم ووصفتها …": the subject of the verb that opens the cue's
                // sentence (a speech verb or not), named after the last speaker, is the
                // implicit subject's.
                let topic = doc
                    .topic_subject(e.tok)
                    .filter(|t| own.as_ref().is_none_or(|l| t.start > l.start))
                    .map(|t| name(last, history, own, t, e.sentence, e.tok));
                // "وقال سموه": the holder of the title, whoever spoke last.
                // (Or after the word that opens the cue's sentence, its verb: "وبعث سموه برقية
                // … قال فيها «…»".)
                let holder = doc
                    .honorific_holder(e.tok)
                    .or_else(|| doc.honorific_holder(doc.sentence_start(e.tok)))
                    .map(|t| name(last, history, own, t, e.sentence, e.tok));
                // "وأثنى X … على …، حيث قال: «…»"، "وهو ما ذكره … X في تغريداته، حيث يقول": a
                // speech verb right after حيث (`where` of `ar/rule_words.txt`) continues the
                // clause before it, whose subject (the sentence's) speaks, when named after the
                // last speaker as written; not for a feminine verb, nor a subject that names
                // nobody ([`no_name`]) or opens with a word of a class but a name's particle or
                // title ("به الحال"، "هي الحكايات"; "عبد الله …" does): what is read there is as
                // often a fragment (session 56, dev: ard-0570, arn-0148).
                let where_subject = || {
                    doc.lex
                        .arabic
                        .then(|| doc.tok(e.tok.wrapping_sub(1)))
                        .flatten()
                        .filter(|t| doc.f(t) == ar::W_WHERE)
                        .filter(|_| doc.verb_gender(e.tok) != Some(true))
                        .and_then(|_| doc.sentence_subject(e.tok))
                        // (After a و written apart, "و أثنى X", the subject read opens with the
                        // verb: the words after it.)
                        .map(|mut t| {
                            let k = doc.token_at(t.start);
                            if doc.fold(k.wrapping_sub(1)).strip_prefix(ar::AND) == Some("") {
                                if let Some(w) = doc.tok(k + 1).filter(|w| w.start() < t.end) {
                                    t.start = w.start();
                                }
                            }
                            t
                        })
                        .filter(|t| {
                            own.as_ref().is_none_or(|l| t.start > l.start)
                                && !no_name(doc, t)
                                && doc.tok(doc.token_at(t.start)).is_some_and(|w| {
                                    !w.class(lexicon::C_ANY_CLASS)
                                        || w.class(lexicon::C_NAME_PARTICLE)
                                })
                        })
                };
                // (Read only when neither reading above names anyone.)
                let where_subject = if holder.is_none() && topic.is_none() {
                    where_subject().map(|t| name(last, history, own, t, e.sentence, e.tok))
                } else {
                    None
                };
                let r = match holder
                    .or(topic)
                    .or(where_subject)
                    .or(fitting)
                    .or(near)
                    .or_else(|| doc.previous_subject(e.anchor))
                    .or_else(|| follows_cue.then(|| doc.current_subject(e.tok)).flatten())
                {
                    Some(r) => Some(r),
                    None => recent(last, e.sentence)
                        .or_else(|| doc.recent_subject(speaker_mention.as_ref(), e.anchor, 4)),
                };
                // "وأضاف …، وتابع …، واستطرد …": an Arabic verb with its conjunction و/ف whose
                // implicit subject is the last speaker carries that speaker on (the reach of
                // later implicit subjects counts from here).
                let chained = doc.lex.arabic
                    && e.cue
                        .as_ref()
                        .is_some_and(|c| doc.tok(e.tok).is_some_and(|t| t.start() != c.start));
                if let (Some(r), true) = (&r, chained) {
                    if let Some((l, s)) = last.as_mut() {
                        if l == r {
                            *s = (*s).max(e.sentence);
                        }
                    }
                }
                r
            }
            Speaker::SentenceSubject => {
                // (As written only when written in this sentence: "وقال X … . وأشاد المدرب
                // التونسي …، مبينا … . وأضاف «…»، متمنيا" is X, whom the chain carried on.)
                let start = doc.tok(doc.sentence_start(e.tok)).map_or(0, |t| t.start());
                let same = last
                    .as_ref()
                    .filter(|(_, s)| *s == e.sentence)
                    .map(|(l, _)| {
                        own.clone()
                            .filter(|o| o.start >= start)
                            .unwrap_or(l.clone())
                    })
                    .map(|r| opening_over_mention(doc, r, local.last().map(|h| h.2), e.tok));
                // "It cited X as stating …, and claimed …": not the object of a quoting verb,
                // but the sentence's subject, else the speaker before that object.
                let object = same.as_ref().is_some_and(|r| doc.quoting_object(r));
                let same = same.filter(|_| !object);
                // "… قطعة أخرى مشيرا": a masculine participle takes no feminine phrase.
                // "وأكدت المصادر أن …، مؤكدة": else a feminine one's, the subject of the
                // sentence's opening verb when of its gender ([`Doc::topic_subject`]).
                let subject = || {
                    doc.sentence_subject(e.tok)
                        .filter(|r| !gender_clash(doc, r, e.tok))
                        .or_else(|| {
                            (doc.verb_gender(e.tok) == Some(true))
                                .then(|| doc.topic_subject(e.tok))
                                .flatten()
                        })
                };
                // Arabic: a subject read inside the reported words of the indirect report
                // before ("ذكر X أنه …، أبلغ وافد … عن …، موضحاً"، "قال X إن … بل قطعة … يعمل
                // …، مشيرا": a clause of the report) is no subject of the participle after
                // them, set off by a comma: that report's speaker is (session 57); not after
                // إلا أن، غير أن (`ar/subject_first.txt`), whose subject speaks on its own ("نفى X
                // أن …، إلا أن وكيل أعمال اللاعب أكد …، مشيرا"), nor right before the
                // participle ("وبين نبيل «عم أفراح» قائلًا": its own subject's).
                let inside = |r: Span| match out.last() {
                    Some(q)
                        if doc.lex.arabic
                            && q.kind == QuoteKind::Indirect
                            && doc.is_comma(e.tok.wrapping_sub(1))
                            && q.content.start <= r.start
                            && r.end <= q.content.end
                            && !doc
                                .tok(doc.token_at(r.start).wrapping_sub(2))
                                .is_some_and(|t| t.class(lexicon::C_SUBJECT_FIRST)) =>
                    {
                        q.speaker_mention.clone().or(q.speaker.clone()).unwrap_or(r)
                    }
                    _ => r,
                };
                match same.or_else(subject).map(inside) {
                    Some(r) => {
                        written = Some(r.clone());
                        Some(name(last, history, own, r, e.sentence, e.tok))
                    }
                    None if object => history
                        .iter()
                        .rev()
                        .nth(1)
                        .filter(|(_, s, _)| e.sentence <= s + INHERIT_SENTENCES)
                        .map(|(r, _, _)| r.clone()),
                    None => recent(last, e.sentence),
                }
            }
            Speaker::Unknown => None,
        };
        // A participle's or a coordinated verb's subject stands in its sentence, before the
        // cue ("X opposed the plan, saying …", "X … and said"): as written, too.
        let speaker_mention = speaker_mention.or_else(|| {
            let from = doc.tok(doc.sentence_start(e.tok))?.start();
            written.filter(|r| from <= r.start && r.end <= at)
        });
        out.push(Quote {
            kind: e.kind,
            content: e.content,
            speaker,
            speaker_mention,
            cue: e.cue,
            continues: None,
        });
    }
    // The window's later mentions precede every quotation of the next windows.
    absorb(last, history, own, usize::MAX);
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod window_tests;
