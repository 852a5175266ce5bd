//! Segmentation: words (UAX #29), sentences (rules below, with per-language abbreviation
//! lists) and paragraphs (blocks of non-blank lines). Every function is one linear pass.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::lang;

/// The UAX #29 word segments of `text` that hold a letter or a digit, with their byte ranges.
pub fn words(text: &str) -> impl Iterator<Item = (Range<usize>, &str)> + '_ {
    text.split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map(|(i, w)| (i..i + w.len(), w))
}

/// The paragraphs of `text`: maximal blocks of lines that hold something other than white
/// space. Each range runs from the first to the last non-blank line, without the final line
/// break and without leading or trailing white space.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut current: Option<Range<usize>> = None;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(p) = current.take() {
                out.push(p);
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            let start = line_start + lead;
            let end = start + trimmed.len();
            match current.as_mut() {
                Some(p) => p.end = end,
                None => current = Some(start..end),
            }
        }
        line_start += line.len();
    }
    out.extend(current);
    out
}

/// Characters that end a sentence: . ! ? … and the Arabic question mark ؟ and semicolon ؛
/// (Arabic prose uses ؛ between sentences), plus the CJK and Devanagari full stops.
fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '…'
            | '؟'
            | '؛'
            | '۔'
            | '。'
            | '！'
            | '？'
            | '।'
            | '‼'
            | '⁇'
            | '⁈'
            | '⁉'
    )
}

/// Characters that may follow a terminator and still belong to the sentence.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '»' | '«' | '”' | '“' | '’' | '‘' | '›' | ')' | ']' | '}' | '」' | '』'
    )
}

/// True when `word` (without its final period) is an abbreviation in `language`, or a single
/// letter (an initial: "J. Smith"), or dotted letters ("U.S", "e.g").
pub fn is_abbreviation(word: &str, language: &str) -> bool {
    let mut letters = 0;
    let mut all_single = true;
    for part in word.split('.') {
        let n = part.chars().count();
        letters += n;
        if n != 1 || !part.chars().all(char::is_alphabetic) {
            all_single = false;
        }
    }
    if letters == 0 {
        return false;
    }
    if all_single && word.chars().next().is_some_and(char::is_alphabetic) {
        return true;
    }
    lang::is_abbreviation(language, word)
}

/// The sentences of `text`, as trimmed byte ranges, in order.
///
/// A sentence ends at a terminator ([`is_terminator`], with any closing quotes and brackets
/// after it) followed by white space or the end of the text, or at a paragraph break (a blank
/// line) or a line break after a line with no terminator (a headline). A period does not end a
/// sentence after an abbreviation of the language ("Dr.", "U.S.", "M.") unless the line ends
/// there, nor inside a number ("3.5"), nor when the next word starts with a lower-case letter.
pub fn sentences(text: &str, language: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut iter = text.char_indices().peekable();
    let mut word_start = 0usize; // start of the current run of non-space characters
    let mut prev_space = true;
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            prev_space = true;
            if c == '\n' {
                // A line break ends the open sentence (headlines, list items, datelines).
                if let Some(s) = start.take() {
                    push_trimmed(text, s..i, &mut out);
                }
            }
            continue;
        }
        if prev_space {
            word_start = i;
            prev_space = false;
        }
        if start.is_none() {
            start = Some(i);
        }
        if !is_terminator(c) {
            continue;
        }
        // Swallow runs of terminators and closers: "?!", "...", ".»".
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            if is_terminator(d) || is_closer(d) {
                end = j + d.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        let next = text.get(end..).and_then(|r| r.chars().next());
        match next {
            None => {}
            Some(n) if !n.is_whitespace() => continue, // "3.5", "U.S.A", "example.com"
            Some(_) => {}
        }
        if c == '.' && end == i + 1 {
            // A lone period: abbreviations and lower-case continuations do not end sentences.
            let word = text.get(word_start..i).unwrap_or("");
            let word = word.trim_start_matches(|ch: char| !ch.is_alphanumeric());
            let line_ends = text
                .get(end..)
                .map(|r| r.trim_start_matches([' ', '\t', '\u{a0}']))
                .is_none_or(|r| r.is_empty() || r.starts_with(['\n', '\r']));
            let next_word = text
                .get(end..)
                .map(str::trim_start)
                .and_then(|r| r.chars().next());
            let lower_next = next_word.is_some_and(char::is_lowercase);
            if !line_ends && (lower_next || is_abbreviation(word, language)) {
                continue;
            }
        }
        if let Some(s) = start.take() {
            push_trimmed(text, s..end, &mut out);
        }
    }
    if let Some(s) = start {
        push_trimmed(text, s..text.len(), &mut out);
    }
    out
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let Some(slice) = text.get(range.clone()) else {
        return;
    };
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if trimmed.chars().any(char::is_alphanumeric) {
        let start = range.start + lead;
        out.push(start..start + trimmed.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, ranges: &[Range<usize>]) -> Vec<&'a str> {
        ranges.iter().map(|r| &text[r.clone()]).collect()
    }

    #[test]
    fn english_abbreviations_do_not_split() {
        let t = "Dr. Smith met U.S. officials on Jan. 5 at 3.5 p.m. in Washington. They agreed.";
        assert_eq!(
            texts(t, &sentences(t, "en")),
            [
                "Dr. Smith met U.S. officials on Jan. 5 at 3.5 p.m. in Washington.",
                "They agreed."
            ]
        );
    }

    #[test]
    fn arabic_question_mark_and_semicolon() {
        let t = "هل انتهت الحرب؟ لا؛ ما زالت مستمرة. وقال بيسكوف «نرحب بذلك».";
        assert_eq!(sentences(t, "ar").len(), 4);
    }

    #[test]
    fn closing_quotes_stay_with_the_sentence() {
        let t = "He said: \"We will win.\" Then he left.";
        assert_eq!(
            texts(t, &sentences(t, "en")),
            ["He said: \"We will win.\"", "Then he left."]
        );
    }

    #[test]
    fn headline_without_period_is_a_sentence() {
        let t = "Headline here\n\nBody starts. Body ends.";
        assert_eq!(sentences(t, "en").len(), 3);
    }

    #[test]
    fn paragraphs_are_blocks_of_non_blank_lines() {
        let t = "\n  one\ntwo\n \n\nthree\r\n\t\n";
        assert_eq!(texts(t, &paragraphs(t)), ["one\ntwo", "three"]);
        assert!(paragraphs("").is_empty());
        assert!(paragraphs(" \n\t\n").is_empty());
    }

    #[test]
    fn words_hold_letters_or_digits() {
        let t = "Peskov, 2025 — «نرحب» e\u{301}!";
        let w: Vec<&str> = words(t).map(|(_, w)| w).collect();
        assert_eq!(w, ["Peskov", "2025", "نرحب", "e\u{301}"]);
    }

    #[test]
    fn initials_do_not_split() {
        let t = "J. R. R. Tolkien wrote it. Done.";
        assert_eq!(sentences(t, "en").len(), 2);
    }
}
