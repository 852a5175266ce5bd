//! The project's own quote gold (`tests/fixtures/quotes/*.gold`, format in that folder's
//! README): one parser, included with `#[path]` by the quote tests (`tests/quotes.rs`) and by
//! the scorer (`xtask/src/eval.rs`), so that both read the annotations the same way.

// Each includer uses a different part of it.
#![allow(dead_code)]

use std::ops::Range;

/// What a gold line annotates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `direct` or `partial`: words inside quotation marks.
    Marked,
    /// `indirect`: reported speech without marks.
    Indirect,
}

/// One annotated quote; ranges are UTF-8 byte offsets into the article.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Marked or indirect.
    pub kind: Kind,
    /// The quoted or reported words.
    pub content: Range<usize>,
    /// The speaker as named (the occurrence nearest the content), if annotated.
    pub speaker: Option<Range<usize>>,
    /// The attribution cue (the occurrence nearest the content), if annotated.
    pub cue: Option<Range<usize>>,
}

/// Parses `lines` (a `.gold` file) against the article `text`: `kind | content | speaker |
/// cue`, `-` for none, content either exact text or `START ... END`, lines in text order.
/// The first line that does not resolve is the error.
pub fn parse(text: &str, lines: &str) -> Result<Vec<Entry>, String> {
    resolve(text, lines).into_iter().map(|l| l.entry).collect()
}

/// One line of a `.gold` file as resolved by [`resolve`].
#[derive(Debug, Clone)]
pub struct Line<'a> {
    /// The line number (1-based).
    pub number: usize,
    /// The kind as written (`direct`, `partial`, `indirect`, or whatever the line says).
    pub kind: &'a str,
    /// The resolved entry, or why the line does not resolve.
    pub entry: Result<Entry, String>,
    /// The content was not found after the previous line's content, only from the start of
    /// the text (the lines are out of text order, or a line names the wrong words).
    pub out_of_order: bool,
}

/// Resolves every line of `lines` against `text` (the resolver of [`parse`], which stops at
/// the first error; this one goes on, so that a check can list every line that fails). A line
/// that does not resolve leaves the search position where it was.
pub fn resolve<'a>(text: &str, lines: &'a str) -> Vec<Line<'a>> {
    let mut out: Vec<Line<'a>> = Vec::new();
    let mut from = 0usize;
    // The content of the last line that resolved.
    let mut last: Option<Range<usize>> = None;
    for (n, line) in lines.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split(" | ").map(str::trim).collect();
        let kind_written = cols.first().copied().unwrap_or("");
        let mut out_of_order = false;
        let entry = (|| {
            let [kind, content, speaker, cue] = cols.as_slice() else {
                return Err(format!("line {}: expected 4 columns", n + 1));
            };
            let kind = match *kind {
                "direct" | "partial" => Kind::Marked,
                "indirect" => Kind::Indirect,
                other => return Err(format!("line {}: unknown kind {other:?}", n + 1)),
            };
            let mut c = match locate(text, content, from) {
                Some(c) => c,
                None => {
                    out_of_order = true;
                    locate(text, content, 0)
                        .ok_or_else(|| format!("line {}: content not found: {content}", n + 1))?
                }
            };
            if last.as_ref() == Some(&c) {
                // The same words twice: the next occurrence (searched from the next character,
                // not the next byte, which inside an Arabic letter is no char boundary).
                let next = c.start + text[c.start..].chars().next().map_or(1, char::len_utf8);
                c = locate(text, content, next)
                    .ok_or_else(|| format!("line {}: second occurrence not found", n + 1))?;
            }
            let find = |s: &str| -> Result<Option<Range<usize>>, String> {
                if s == "-" {
                    return Ok(None);
                }
                nearest(text, s, &c)
                    .map(Some)
                    .ok_or_else(|| format!("line {}: not found: {s}", n + 1))
            };
            Ok(Entry {
                kind,
                speaker: find(speaker)?,
                cue: find(cue)?,
                content: c,
            })
        })();
        if let Ok(e) = &entry {
            from = e.content.start;
            last = Some(e.content.clone());
        }
        out.push(Line {
            number: n + 1,
            kind: kind_written,
            entry,
            out_of_order,
        });
    }
    out
}

/// Finds `pattern` ("exact text" or "START ... END") in `text` from byte `from`.
pub fn locate(text: &str, pattern: &str, from: usize) -> Option<Range<usize>> {
    match pattern.split_once(" ... ") {
        Some((a, b)) => {
            let s = from + text.get(from..)?.find(a)?;
            let e = s + a.len() + text.get(s + a.len()..)?.find(b)? + b.len();
            Some(s..e)
        }
        None => {
            let s = from + text.get(from..)?.find(pattern)?;
            Some(s..s + pattern.len())
        }
    }
}

/// The occurrence of `needle` nearest to `near` (by the gap between them).
fn nearest(text: &str, needle: &str, near: &Range<usize>) -> Option<Range<usize>> {
    let mut best: Option<(usize, Range<usize>)> = None;
    for (i, _) in text.match_indices(needle) {
        let r = i..i + needle.len();
        let d = if r.end <= near.start {
            near.start - r.end
        } else {
            r.start.saturating_sub(near.end)
        };
        if best.as_ref().is_none_or(|(bd, _)| d < *bd) {
            best = Some((d, r));
        }
    }
    best.map(|(_, r)| r)
}
