//! Interview transcripts: answers written as "NAME: …" or "((NAME)) …" lines, without quotation
//! marks ("Natasha Gownaris: I've wanted to be a marine scientist …", then "NG: This study …";
//! "((Zara Kay))  Yeah! Absolutely! …"). The interviewer's label, whose lines are mostly
//! questions ("((WN)) How did you …?", "Q: …?"), is not quoted.
//! Each such line is a direct quotation by the name before its colon; an answer under the
//! speaker's initials is attributed to the full name with those initials when one is given.
//!
//! Only labels that recur (or whose initials recur) count, so that "Image: Nicholas Moreau."
//! or a one-off "Update: …" line is no speech. Latin scripts (Arabic "NAME: …" lines are the
//! colon headlines of `mod.rs`). One pass over the line starts; linear in the text.

use super::attribution::{Doc, Speaker};
use super::{Event, QuoteKind};
use crate::fxhash::FxMap;
use crate::Span;

/// Fewest words an answer has (shorter "Label: value" lines are captions and credits).
const MIN_WORDS: usize = 6;

/// One "LABEL: text" line.
struct Line {
    /// The label's text ("Natasha Gownaris", "NG").
    label: Span,
    /// The label's initials when it names someone in two or three words ("NG").
    initials: Option<String>,
    /// The answer's span: after the colon to the line's last word.
    content: Span,
    /// The line asks something (a "?" in it).
    question: bool,
    /// The label's first token.
    tok: usize,
    sentence: usize,
}

/// Adds a direct quotation for every answer line of an interview transcript, and drops the
/// reports found inside those answers (a report inside a quotation is part of it).
pub(crate) fn transcript_events(doc: &Doc, events: &mut Vec<Event>) {
    if doc.lex.arabic {
        return;
    }
    let starts = doc.line_starts();
    let mut lines: Vec<Line> = Vec::new();
    for (n, &i) in starts.iter().enumerate() {
        let next = starts.get(n + 1).copied().unwrap_or(doc.tokens.len());
        if let Some(line) = answer_line(doc, i, next) {
            lines.push(line);
        }
    }
    if lines.len() < 2 {
        return;
    }
    let text_of = |r: &Span| doc.text.get(r.clone()).unwrap_or("");
    // How often each label stands, and the first full name with each initials (hashed: a
    // megabyte of "AB: …" lines stays linear).
    let mut counts: FxMap<&str, u32> = FxMap::default();
    let mut questions: FxMap<&str, u32> = FxMap::default();
    // (The first line with each initials, by its index: the counts' table type, one
    // hash-table type less in the wasm.)
    let mut names: FxMap<&str, u32> = FxMap::default();
    for (k, line) in lines.iter().enumerate() {
        *counts.entry(text_of(&line.label)).or_insert(0) += 1;
        if line.question {
            *questions.entry(text_of(&line.label)).or_insert(0) += 1;
        }
        if let Some(ini) = &line.initials {
            names.entry(ini.as_str()).or_insert(k as u32);
        }
    }
    let count = |label: &str| counts.get(label).copied().unwrap_or(0);
    let mut answers: Vec<(Span, Span, usize, usize)> = Vec::new();
    for line in &lines {
        let label = text_of(&line.label);
        // The interviewer ("((WN)) How did you …?", "Q: …?"): mostly questions, not quoted.
        if questions.get(label).copied().unwrap_or(0) * 2 > count(label) {
            continue;
        }
        let speaker = match &line.initials {
            // A full name: it recurs, or its initials label answers too.
            Some(ini) => (count(label) >= 2 || count(ini) >= 1).then(|| line.label.clone()),
            // Initials: they recur; the full name with those initials speaks.
            None => (count(label) >= 2).then(|| {
                names
                    .get(label)
                    .and_then(|&k| lines.get(k as usize))
                    .map_or_else(|| line.label.clone(), |named| named.label.clone())
            }),
        };
        if let Some(speaker) = speaker {
            answers.push((line.content.clone(), speaker, line.tok, line.sentence));
        }
    }
    if answers.is_empty() {
        return;
    }
    // Reports inside an answer go (answers are in text order and never overlap).
    events.retain(|e| {
        if e.kind != QuoteKind::Indirect {
            return true;
        }
        let n = answers.partition_point(|(c, ..)| c.start <= e.content.start);
        n.checked_sub(1)
            .and_then(|k| answers.get(k))
            .is_none_or(|(c, ..)| e.content.end > c.end)
    });
    for (content, speaker, tok, sentence) in answers {
        events.push(Event {
            kind: QuoteKind::Direct,
            content,
            cue: None,
            speaker: Speaker::Named(speaker),
            tok,
            anchor: tok,
            sentence,
        });
    }
}

/// The line of tokens `i..next` as "LABEL: answer" or "((LABEL)) answer" (the Wikinews
/// interview layout), if it is one: a label of two or three capitalized words or of 2–4
/// capital letters before a colon (one to four capitalized words between double
/// parentheses), then at least [`MIN_WORDS`] words (two after parentheses) without quotation
/// marks.
fn answer_line(doc: &Doc, i: usize, next: usize) -> Option<Line> {
    let parens = doc.is_punct(i, "(") && doc.is_punct(i + 1, "(");
    let (first, end, body) = if parens {
        let close = (i + 3..(i + 7).min(next)).find(|&k| doc.is_punct(k, ")"))?;
        if !doc.is_punct(close + 1, ")") {
            return None;
        }
        (i + 2, close, close + 2)
    } else {
        let colon = (i + 1..(i + 4).min(next)).find(|&k| doc.is_punct(k, ":"))?;
        (i, colon, colon + 1)
    };
    let raw = |k: usize| {
        doc.tok(k)
            .and_then(|t| doc.text.get(t.span()))
            .unwrap_or("")
    };
    let label_ok = (first..end).all(|k| {
        doc.tok(k)
            .is_some_and(|t| t.word() && t.capital() && !doc.quoted(k))
    });
    if !label_ok {
        return None;
    }
    let acronym = |w: &str| (2..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
    // One word: initials ("NG", "WN"), or after parentheses a name ("((Jaya))").
    let initials = if end == first + 1 && (acronym(raw(first)) || !parens) {
        if !acronym(raw(first)) {
            return None;
        }
        None
    } else {
        Some(
            (first..end)
                .filter_map(|k| raw(k).chars().next())
                .collect::<String>(),
        )
    };
    let mut words = 0usize;
    let mut last = None;
    let mut question = false;
    for k in body..next {
        let t = doc.tok(k)?;
        if t.quoted() || t.mark() {
            return None;
        }
        if t.word() {
            words += 1;
            last = Some(k);
        } else {
            question |= doc.f(t) == "?";
        }
    }
    if words < if parens { 2 } else { MIN_WORDS } {
        return None;
    }
    let content = doc.span(body, last?)?;
    Some(Line {
        label: doc.span(first, end - 1)?,
        initials,
        content,
        question,
        tok: first,
        sentence: doc.tok(first)?.sentence(),
    })
}

#[cfg(test)]
mod tests {
    use super::super::{extract, QuoteKind};

    #[test]
    fn answers_take_the_name_behind_the_initials() {
        let t = "Gownaris answered a series of questions.\n\n((Wikinews)) What prompted your curiosity?\n\nNatasha Gownaris: I've wanted to be a marine scientist since I was a child.\n\n((WN)) How did you approach such a study?\n\nNG: This study started in 1982, long before my joining the lab, and we think it grew.\n\n((WN)) And now?\n\nNG: We are not yet certain why females are more likely to die at sea.\n";
        let q = extract(t, "en");
        let answers: Vec<_> = q
            .iter()
            .filter(|q| q.kind == QuoteKind::Direct)
            .map(|q| (&t[q.content.clone()], q.speaker.clone().map(|r| &t[r])))
            .collect();
        assert_eq!(answers.len(), 3, "{q:?}");
        assert!(
            answers.iter().all(|(_, s)| *s == Some("Natasha Gownaris")),
            "{answers:?}"
        );
        assert_eq!(
            answers[1].0,
            "This study started in 1982, long before my joining the lab, and we think it grew"
        );
        // The report inside an answer is part of it.
        assert!(!q.iter().any(|q| q.kind == QuoteKind::Indirect), "{q:?}");
    }

    #[test]
    fn initials_take_the_first_full_name_with_them() {
        let t = "((WN)) What did you find?\n\nNatasha Gownaris: We found that the birds travel far.\n\n((WN)) And you?\n\nNick Grant: I counted the nests on the island.\n\n((WN)) Why?\n\nNG: Because the colony has shrunk for years.\n\n((WN)) And now?\n\nNG: We are not yet certain why it shrinks.\n";
        let q = extract(t, "en");
        let speakers: Vec<_> = q
            .iter()
            .filter(|q| q.kind == QuoteKind::Direct)
            .map(|q| q.speaker.clone().map(|r| &t[r]))
            .collect();
        assert_eq!(
            speakers,
            [
                Some("Natasha Gownaris"),
                Some("Nick Grant"),
                Some("Natasha Gownaris"),
                Some("Natasha Gownaris")
            ],
            "{q:?}"
        );
    }

    #[test]
    fn captions_and_one_off_labels_are_no_answers() {
        let t = "Image: Nicholas Moreau.\n\nImage: Nicholas Moreau.\n\nUpdate: The ministry has since withdrawn the statement it made on Monday.\n";
        assert!(extract(t, "en").is_empty());
    }

    #[test]
    fn wikinews_interviews_quote_the_answers_not_the_questions() {
        let t = "((WN))  How did you get interested in chess?\n\n((Dorsa Derakhshani))  I got interested in chess because of my dad.\n\n((WN))  And now?\n\n((Dorsa Derakhshani))  I study medicine.\n\n((Jaya))  Absolutely nothing, sir.\n\n((Jaya))  Nothing at all.\n";
        let q = extract(t, "en");
        let got: Vec<_> = q
            .iter()
            .map(|q| (&t[q.content.clone()], q.speaker.clone().map(|r| &t[r])))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "I got interested in chess because of my dad",
                    Some("Dorsa Derakhshani")
                ),
                ("I study medicine", Some("Dorsa Derakhshani")),
                ("Absolutely nothing, sir", Some("Jaya")),
                ("Nothing at all", Some("Jaya")),
            ]
        );
    }
}
