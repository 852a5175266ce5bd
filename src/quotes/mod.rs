//! Quote extraction (issue #5): direct, partial and indirect speech with speakers and cues,
//! without a parser model.
//!
//! The pipeline, one linear pass each (no recursion, bounded look-around per cue):
//!
//! 1. [`marks`]: the quotation-mark scanner, driven by the language's `quote_marks.txt`.
//! 2. [`tokens`]: words and punctuation with byte spans and folded forms.
//! 3. [`classify`]: each marked region is speech (direct or partial) or a term (a quoted name,
//!    title or scare quote: صحيفة «…»، صواريخ "كروز"، the film "Jaws"), and gets its cue and
//!    speaker ([`attribution`]).
//! 4. [`indirect`]: reported speech without marks (cue + أن/إن/that/que/dass, postposed cues,
//!    verbless cues بحسب/according to/selon/laut).
//! 5. Speakers are resolved in text order: a pronoun or implicit subject (وأضاف، he added,
//!    a-t-il dit) takes the previous named speaker (within four sentences, across paragraph
//!    breaks too: an Arabic implicit subject refers back), a participle (قائلا، مشيرا) the
//!    speaker already named in its sentence or else the subject after its first verb.
//!
//! Conventions: every span is a UTF-8 byte range into the input. `content` excludes the
//! quotation marks. `cue` covers the cue word without an Arabic conjunction و/ف (وقال → قال,
//! but وصف and وفقا stay whole) and all words of a verbless cue ("according to"). `speaker` is
//! the naming mention: for an Arabic apposition (الناطق باسم الكرملين، دميتري بيسكوف) the name
//! between the commas.

mod attribution;
mod classify;
mod indirect;
mod lexicon;
mod marks;
mod tokens;

use crate::{text, Span};

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
    /// The attribution cue (قال، said, selon …).
    pub cue: Option<Span>,
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
    /// The sentence of `tok`.
    sentence: usize,
}

/// How many sentences back a pronoun or implicit subject may find its speaker.
const INHERIT_SENTENCES: usize = 4;

/// Extracts the quotations of `text`, written in `language` (a BCP 47 primary subtag such as
/// `"ar"`, `"en"`, `"fr"`, `"de"`; anything else uses the marks of every language and the
/// English cue lists). Returned in text order; spans are UTF-8 byte ranges into `text`.
pub fn extract(text: &str, language: &str) -> Vec<Quote> {
    let lex = lexicon::get(language);
    let sentences = text::sentences(text, language);
    let tokens = tokens::tokenize(text, &sentences);
    let marked = marks::scan(text, lex);
    let doc = Doc::new(text, lex, tokens, marked);

    let mut events = Vec::new();
    classify::marked_events(&doc, &mut events);
    let marked_count = events.len();
    indirect::indirect_events(&doc, &mut events);

    // An indirect report that is mostly a marked quotation, or repeats another, goes.
    let (marked_events, mut indirect): (Vec<Event>, Vec<Event>) = {
        let mut v = events;
        let ind = v.split_off(marked_count.min(v.len()));
        (v, ind)
    };
    indirect.sort_by_key(|e| (e.content.start, e.content.end));
    indirect.dedup_by(|b, a| {
        b.content.start == a.content.start || b.content.end == a.content.end && b.kind == a.kind
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
            .sum();
        overlap * 2 <= len
    });
    let mut all = marked_events;
    all.extend(indirect);
    all.sort_by_key(|e| (e.content.start, e.content.end));

    resolve(&doc, all)
}

/// Resolves inherited speakers in text order.
fn resolve(doc: &Doc, events: Vec<Event>) -> Vec<Quote> {
    let mut last: Option<(Span, usize)> = None;
    let recent = |last: &Option<(Span, usize)>, sentence: usize| {
        last.as_ref()
            .filter(|(_, s)| sentence <= s + INHERIT_SENTENCES)
            .map(|(r, _)| r.clone())
    };
    let mut out = Vec::with_capacity(events.len());
    for e in events {
        let speaker = match e.speaker {
            Speaker::Named(r) => {
                last = Some((r.clone(), e.sentence));
                Some(r)
            }
            Speaker::Inherit => recent(&last, e.sentence),
            Speaker::SentenceSubject => {
                let same = last
                    .as_ref()
                    .filter(|(_, s)| *s == e.sentence)
                    .map(|(r, _)| r.clone());
                match same.or_else(|| doc.sentence_subject(e.tok)) {
                    Some(r) => {
                        last = Some((r.clone(), e.sentence));
                        Some(r)
                    }
                    None => recent(&last, e.sentence),
                }
            }
            Speaker::Unknown => None,
        };
        out.push(Quote {
            kind: e.kind,
            content: e.content,
            speaker,
            cue: e.cue,
        });
    }
    out
}

#[cfg(test)]
mod tests;
