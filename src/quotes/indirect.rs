//! Indirect (reported) speech without quotation marks: a speech verb with a complement clause
//! (أكد الكرملين أن …، أشار بيسكوف إلى أن …، X said (that) …, X a déclaré que …, X sagte, dass …),
//! a postposed cue (…, affirme X. / …, say scientists) and verbless cues (بحسب X، …;
//! according to X, …; …, selon X).

use super::attribution::{Cue, CueKind, Doc, Speaker};
use super::{Event, QuoteKind};

/// How far after a cue its complementizer may stand, in tokens.
const COMP_WINDOW_AR: usize = 16;
const COMP_WINDOW: usize = 9;
/// The longest reported clause, in tokens (keeps the work per cue bounded).
const MAX_CONTENT: usize = 250;

fn terminal(fold: &str) -> bool {
    matches!(fold, "." | "!" | "?" | "؟" | ";" | "؛")
}

/// Adds an [`Event`] for every reported clause found.
pub(crate) fn indirect_events(doc: &Doc, out: &mut Vec<Event>) {
    for &(i, ref cue) in doc.cues() {
        match cue.kind {
            CueKind::Verbless(_) => verbless(doc, i, cue, out),
            CueKind::Verb | CueKind::Participle => {
                if !clausal(doc, i, cue, out)
                    && !doc.lex.arabic
                    && cue.kind == CueKind::Verb
                    && !postposed(doc, i, cue, out)
                {
                    postposed_subject(doc, i, cue, out);
                }
            }
        }
    }
}

/// Cue + complementizer (or, in English, a clause right after say/tell): content to the end
/// of the sentence or to the next report in it.
fn clausal(doc: &Doc, i: usize, cue: &Cue, out: &mut Vec<Event>) -> bool {
    if !doc.licensed(cue, i) {
        return false;
    }
    let Some(s) = doc.tok(i).map(|t| t.sentence) else {
        return false;
    };
    let window = if doc.lex.arabic {
        COMP_WINDOW_AR
    } else {
        COMP_WINDOW
    };
    let mut comp = None;
    for j in cue.next..cue.next + window {
        let Some(t) = doc.tok(j) else { break };
        if t.sentence != s || doc.quoted(j) || doc.is_mark(j) || !t.word && terminal(doc.f(t)) {
            break;
        }
        if t.word && doc.lex.complementizer(doc.f(t)) {
            comp = Some(j);
            break;
        }
        if j > cue.next
            && doc
                .cue_at(j)
                .is_some_and(|c| !matches!(c.kind, CueKind::Verbless(_)))
        {
            break;
        }
    }
    // Impersonal passive at the start of a sentence (يذكر أن، يشار إلى أن): the reporter's.
    if doc.lex.arabic
        && doc.tok(i).is_some_and(|t| doc.f(t).starts_with('ي'))
        && doc.sentence_start(i) == i
        && comp.is_some_and(|c| c <= cue.next + 1)
    {
        return false;
    }
    let start = match comp {
        Some(c) => c + 1,
        None => match english_clause(doc, i, cue).or_else(|| german_clause(doc, i, cue)) {
            Some(st) => st,
            None => return false,
        },
    };
    let Some((content_end, words)) = content_end(doc, start, s) else {
        return false;
    };
    if words < 2 || marked_complement(doc, start, content_end) {
        return false;
    }
    let Some(content) = doc.span(start, content_end) else {
        return false;
    };
    let speaker = match cue.kind {
        CueKind::Participle => Speaker::SentenceSubject,
        _ if doc.lex.arabic => {
            let limit = comp.unwrap_or(start);
            match doc.np_after(cue.next, limit) {
                Some(r) => Speaker::Named(r),
                None if doc.has_conjunction(i, cue) => Speaker::Inherit,
                None => match doc.np_before(i, doc.sentence_start(i)) {
                    Ok(Some(r)) => Speaker::Named(r),
                    _ => Speaker::Inherit,
                },
            }
        }
        _ => doc.speaker_before_words(i, cue, start),
    };
    out.push(Event {
        kind: QuoteKind::Indirect,
        content,
        cue: Some(cue.span.clone()),
        speaker,
        tok: i,
        anchor: i,
        sentence: s,
    });
    true
}

/// English "X said he would …" / "X told the court she …": where the clause starts, when the
/// next words look like a clause (a pronoun or noun, then an auxiliary within a few words).
fn english_clause(doc: &Doc, i: usize, cue: &Cue) -> Option<usize> {
    if doc.lex.code != "en" || matches!(cue.kind, CueKind::Verbless(_)) || cue.ambiguous {
        return None;
    }
    let verb = doc.f(doc.tok(i)?);
    let mut start = cue.next;
    if matches!(verb, "told" | "tell" | "tells" | "telling") {
        start = (cue.next..cue.next + 6).find(|&j| {
            doc.tok(j)
                .is_some_and(|t| t.word && doc.lex.pronoun(doc.f(t)) && doc.f(t) != "who")
        })?;
    }
    let t = doc.tok(start)?;
    if !t.word
        || doc.quoted(start)
        || doc.lex.boundary(doc.f(t)) && !doc.lex.pronoun(doc.f(t)) && doc.f(t) != "it"
    {
        return None;
    }
    let s = t.sentence;
    // A clause: an auxiliary within eight words, or a past tense (-ed) within five.
    let mut words = 0;
    let mut has_aux = false;
    for j in start + 1..start + 14 {
        let Some(t) = doc.tok(j).filter(|t| t.sentence == s) else {
            break;
        };
        if !t.word {
            continue;
        }
        words += 1;
        if words > 8 {
            break;
        }
        if doc.lex.auxiliary(doc.f(t))
            || words <= 5 && doc.f(t).len() > 4 && doc.f(t).ends_with("ed")
        {
            has_aux = true;
            break;
        }
    }
    has_aux.then_some(start)
}

/// German "X sagte, die Lage sei ernst": after the comma that follows the cue (and its
/// subject), a clause with a Konjunktiv form within eight words.
fn german_clause(doc: &Doc, i: usize, cue: &Cue) -> Option<usize> {
    if doc.lex.code != "de" || matches!(cue.kind, CueKind::Verbless(_)) {
        return None;
    }
    let s = doc.tok(i)?.sentence;
    let comma = (cue.next..cue.next + 8)
        .take_while(|&j| {
            doc.tok(j)
                .is_some_and(|t| t.sentence == s && (t.word || doc.is_comma(j)))
        })
        .find(|&j| doc.is_comma(j))?;
    let start = comma + 1;
    let mut words = 0;
    for j in start..start + 14 {
        let t = doc.tok(j).filter(|t| t.sentence == s)?;
        if !t.word {
            if doc.is_mark(j) {
                return None;
            }
            continue;
        }
        words += 1;
        if words > 8 {
            return None;
        }
        if doc.lex.subjunctive(doc.f(t)) {
            return Some(start);
        }
    }
    None
}

/// The last token of a reported clause starting at `start` in sentence `s`, and its word count:
/// the sentence end, or before ", <cue>" / ", word <cue>" that opens the next report.
fn content_end(doc: &Doc, start: usize, s: usize) -> Option<(usize, usize)> {
    let mut last = None;
    let mut words = 0;
    let mut k = start;
    while k < start + MAX_CONTENT {
        let Some(t) = doc.tok(k) else { break };
        if t.sentence != s || !t.word && (doc.f(t) == ";" || doc.f(t) == "؛") {
            break;
        }
        if k > start && doc.is_comma(k) {
            let next_cue = |j: usize| doc.cue_at(j).is_some();
            let subject_then_cue = doc
                .tok(k + 1)
                .is_some_and(|t| t.word && (doc.lex.arabic || doc.lex.pronoun(doc.f(t))))
                && next_cue(k + 2);
            if next_cue(k + 1) || subject_then_cue {
                break;
            }
        }
        if t.word {
            words += 1;
        }
        last = Some(k);
        k += 1;
    }
    let mut last = last?;
    while last > start
        && doc
            .tok(last)
            .is_some_and(|t| !t.word && !doc.is_mark(last) && doc.f(t) != ")")
    {
        last -= 1;
    }
    Some((last, words))
}

/// True if the clause is only a marked quotation (أن «…», that "…", فإن «…»): the marked
/// quotation is the report.
fn marked_complement(doc: &Doc, start: usize, end: usize) -> bool {
    let mut j = start;
    let mut words = 0;
    while j <= end && j < start + 12 {
        if doc.is_mark(j) || doc.quoted(j) {
            // Words before the mark: none, or they end with a complementizer.
            let prev_comp = j > start
                && doc
                    .tok(j - 1)
                    .is_some_and(|t| t.word && doc.lex.complementizer(doc.f(t)));
            return words == 0 || prev_comp;
        }
        if doc.tok(j).is_some_and(|t| t.word) {
            words += 1;
        }
        j += 1;
    }
    false
}

/// Latin-script postposed cue: "<clause>, affirme X." / "<clause>, say scientists".
fn postposed(doc: &Doc, i: usize, cue: &Cue, out: &mut Vec<Event>) -> bool {
    let Some(s) = doc.tok(i).map(|t| t.sentence) else {
        return false;
    };
    let mut j = i;
    while j > 0
        && doc
            .tok(j - 1)
            .is_some_and(|t| t.word && doc.lex.auxiliary(doc.f(t)))
    {
        j -= 1;
    }
    if j == 0 || !doc.is_comma(j - 1) {
        return false;
    }
    let comma = j - 1;
    // A short tail: the speaker and little else, no quotation, no complement clause.
    let end = doc.sentence_end(i);
    let tail_words = (cue.next..end)
        .filter(|&k| doc.tok(k).is_some_and(|t| t.word))
        .count();
    if tail_words > 14
        || (cue.next..end).any(|k| {
            doc.is_mark(k)
                || doc
                    .tok(k)
                    .is_some_and(|t| t.word && doc.lex.complementizer(doc.f(t)))
        })
    {
        return false;
    }
    let first_ok = doc.tok(cue.next).is_some_and(|t| {
        !t.word
            || t.capital
            || doc.lex.pronoun(doc.f(t))
            || matches!(
                doc.f(t),
                "the" | "le" | "la" | "l" | "les" | "un" | "une" | "a" | "der" | "die" | "das"
            )
    }) || tail_words <= 2;
    if !first_ok {
        return false;
    }
    let speaker = doc.speaker_after_words(i, cue, i);
    if let Speaker::Named(r) = &speaker {
        // The name must follow the cue directly.
        let first = doc.token_at(r.start);
        if (cue.next..first).any(|k| doc.tok(k).is_some_and(|t| t.word && doc.f(t) != "t")) {
            return false;
        }
    } else if !(cue.next..end).all(|k| {
        doc.tok(k)
            .is_some_and(|t| !t.word || doc.lex.pronoun(doc.f(t)) || doc.f(t) == "t")
    }) {
        return false;
    }
    clause_before(doc, comma, s, cue, speaker, i, out)
}

/// Latin-script "<clause>, the minister said (on Tuesday)." / "<clause>, he added.": a
/// subject and its cue after a comma, ending the sentence.
fn postposed_subject(doc: &Doc, i: usize, cue: &Cue, out: &mut Vec<Event>) {
    if !doc.licensed(cue, i) && cue.ambiguous {
        return;
    }
    let Some(s) = doc.tok(i).map(|t| t.sentence) else {
        return;
    };
    let floor = doc.sentence_start(i);
    let (speaker, np_start) = match doc.np_before(i, floor) {
        Ok(Some(r)) => {
            let k = doc.token_at(r.start);
            (Speaker::Named(r), k)
        }
        Ok(None) => {
            // The pronoun right before the cue (after auxiliaries).
            let mut k = i;
            while k > floor
                && doc
                    .tok(k - 1)
                    .is_some_and(|t| t.word && doc.lex.auxiliary(doc.f(t)))
            {
                k -= 1;
            }
            (Speaker::Inherit, k.saturating_sub(1))
        }
        Err(()) => return,
    };
    if np_start == 0 || !doc.is_comma(np_start - 1) || i - np_start > 10 {
        return;
    }
    let end = doc.sentence_end(i);
    // Parenthetical "…, she testified, she was …": the clause after the second comma.
    if doc.is_comma(cue.next) && np_start - 1 > floor {
        // "<clause>, he said, adding that …": the clause before; the participle opens its own
        // report.
        if doc.cue_at(cue.next + 1).is_some() {
            clause_before(doc, np_start - 1, s, cue, speaker, i, out);
            return;
        }
        let start = cue.next + 1;
        if let Some((last, words)) = content_end(doc, start, s) {
            let marked = (start..=last).any(|k| doc.is_mark(k) || doc.quoted(k));
            if words >= 3 && !marked {
                if let Some(content) = doc.span(start, last) {
                    out.push(Event {
                        kind: QuoteKind::Indirect,
                        content,
                        cue: Some(cue.span.clone()),
                        speaker,
                        tok: i,
                        anchor: i,
                        sentence: s,
                    });
                }
            }
        }
        return;
    }
    let tail_words = (cue.next..end)
        .filter(|&k| doc.tok(k).is_some_and(|t| t.word))
        .count();
    if tail_words > 6
        || (cue.next..end).any(|k| {
            doc.is_mark(k)
                || doc
                    .tok(k)
                    .is_some_and(|t| t.word && doc.lex.complementizer(doc.f(t)))
        })
    {
        return;
    }
    clause_before(doc, np_start - 1, s, cue, speaker, i, out);
}

/// Adds the clause that ends before token `comma` (from the start of its sentence or after
/// its last `;`/`:`) as reported speech.
fn clause_before(
    doc: &Doc,
    comma: usize,
    s: usize,
    cue: &Cue,
    speaker: Speaker,
    tok: usize,
    out: &mut Vec<Event>,
) -> bool {
    if comma == 0 {
        return false;
    }
    let floor = doc.sentence_start(comma);
    let mut start = comma;
    while start > floor && !doc.is_punct(start - 1, ";") && !doc.is_punct(start - 1, ":") {
        start -= 1;
    }
    let words = (start..comma)
        .filter(|&k| doc.tok(k).is_some_and(|t| t.word))
        .count();
    let quoted = (start..comma).filter(|&k| doc.quoted(k)).count();
    if words < 3 || quoted * 2 > words {
        return false;
    }
    while start < comma && doc.tok(start).is_some_and(|t| !t.word) {
        start += 1;
    }
    let Some(content) = doc.span(start, comma - 1) else {
        return false;
    };
    out.push(Event {
        kind: QuoteKind::Indirect,
        content,
        cue: Some(cue.span.clone()),
        speaker,
        tok,
        anchor: tok,
        sentence: s,
    });
    true
}

/// French determiners after a sentence-initial "Pour" that make it a cue ("Pour le procureur,").
fn determiner(fold: &str) -> bool {
    matches!(fold, "le" | "la" | "l" | "les")
}

/// Verbless cues: sentence-initial "بحسب X، …" / "According to X, …" and postposed
/// "…، بحسب X." / "…, according to X."
fn verbless(doc: &Doc, i: usize, cue: &Cue, out: &mut Vec<Event>) {
    let Some(s) = doc.tok(i).map(|t| t.sentence) else {
        return;
    };
    let floor = doc.sentence_start(i);
    let initial = (floor..i).all(|j| doc.tok(j).is_none_or(|t| !t.word));
    if cue.initial_only && !(initial && doc.tok(cue.next).is_some_and(|t| determiner(doc.f(t)))) {
        return;
    }
    if initial {
        let Some(comma) = (cue.next..cue.next + 12).find(|&k| doc.is_comma(k)) else {
            return;
        };
        if (cue.next..comma)
            .any(|k| doc.tok(k).is_none_or(|t| t.sentence != s) || doc.quoted(k) || doc.is_mark(k))
        {
            return;
        }
        let Some(speaker) = doc.span(cue.next, comma - 1) else {
            return;
        };
        let mut start = comma + 1;
        if doc
            .tok(start)
            .is_some_and(|t| t.word && doc.lex.complementizer(doc.f(t)))
        {
            start += 1;
        }
        let Some((end, words)) = content_end(doc, start, s) else {
            return;
        };
        if words < 2
            || marked_complement(doc, start, end)
            || (start..(start + 6).min(end + 1)).any(|k| doc.is_mark(k))
        {
            return;
        }
        if let Some(content) = doc.span(start, end) {
            out.push(Event {
                kind: QuoteKind::Indirect,
                content,
                cue: Some(cue.span.clone()),
                speaker: Speaker::Named(speaker),
                tok: i,
                anchor: i,
                sentence: s,
            });
        }
    } else if i > 0 && doc.is_comma(i - 1) {
        let end = doc.sentence_end(i);
        let Some(r) = doc.np_after(cue.next, end) else {
            return;
        };
        let after = doc.token_at(r.end);
        let more = (after + 1..end).any(|k| doc.tok(k).is_some_and(|t| t.word));
        if doc.is_comma(after) && more {
            // "…, d'après X, <clause>": the clause follows.
            let start = after + 1;
            if let Some((last, words)) = content_end(doc, start, s) {
                if words >= 3 && !(start..(start + 6).min(last + 1)).any(|k| doc.is_mark(k)) {
                    if let Some(content) = doc.span(start, last) {
                        out.push(Event {
                            kind: QuoteKind::Indirect,
                            content,
                            cue: Some(cue.span.clone()),
                            speaker: Speaker::Named(r),
                            tok: i,
                            anchor: i,
                            sentence: s,
                        });
                    }
                }
            }
        } else {
            clause_before(doc, i - 1, s, cue, Speaker::Named(r), i, out);
        }
    }
}
