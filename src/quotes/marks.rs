//! The quotation-mark scanner: one linear pass over the text, driven by the mark pairs of the
//! language (`quote_marks.txt`), with an explicit stack (no recursion).
//!
//! * A mark that only opens (« in French) or only closes opens or closes; a mark with both roles
//!   (" ” “ ' ’ …) is decided by its neighbours: white space or punctuation before and a
//!   non-space after opens, a non-space before and a non-letter after closes; when neither
//!   decides, an open quote expecting it is closed, otherwise it opens. In Arabic a one-letter
//!   proclitic written alone before the mark (ل”العالمي”، و"الأهلي") counts as white space.
//! * The apostrophe rule: ' and ’ with a letter on both sides (l’homme, it’s, O’Brien) are not
//!   marks.
//! * Nesting by mark type: a closing mark closes the innermost open quote that expects it;
//!   quotes opened inside it and still open are dropped. A closer nothing expects is ignored.
//!   A double mark closing a quote nested in one of the same mark before a sentence or line end
//!   closes both (داخل "فيفا". : the outer closing mark left out).
//! * Pairs flagged `after-colon` (Arabic parentheses) count only after a colon or right after
//!   a speech verb (يقول فيها: (…)، تقول (…)); pairs flagged `line-start` (English ” ”) open
//!   only right after a line break ('” … he delivered a mix,” Barabak wrote'), and such a quote
//!   still open at its line end is dropped.
//! * A quote still open at a line end ends there (single-mark quotes ' ‘ ‹ are then dropped):
//!   each paragraph of a multi-paragraph quotation, which opens with the mark again, is a quote
//!   of its own (linked to the first by `Quote::continues`); so is each one when the paragraphs
//!   are joined on one line ('"A. "B."': the same double mark opening after a sentence end).

use std::ops::Range;

use super::affixes as ar;
use super::lexicon::Lexicon;
use super::tokens::is_alphanumeric;

/// A quoted region found by the scanner (outermost level only). 20 bytes (u32 offsets, like
/// the quote tokens': quotations beyond the first 4 GiB of a text are not kept), as a text of
/// one-letter quotations has one per four bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Marked {
    open_start: u32,
    close_start: u32,
    content_start: u32,
    content_end: u32,
    open_len: u8,
    /// 0 when the quote ended at a paragraph end (no closing mark).
    close_len: u8,
}

impl Marked {
    /// The opening mark.
    pub fn open(&self) -> Range<usize> {
        let s = self.open_start as usize;
        s..s + usize::from(self.open_len)
    }

    /// The closing mark, `None` when the quote ended at a paragraph end.
    pub fn close(&self) -> Option<Range<usize>> {
        let s = self.close_start as usize;
        (self.close_len > 0).then(|| s..s + usize::from(self.close_len))
    }

    /// The words between the marks, trimmed of white space.
    pub fn content(&self) -> Range<usize> {
        self.content_start as usize..self.content_end as usize
    }
}

/// An open quote on the scanner's stack (16 bytes: unbalanced input can stack one per mark).
struct Open {
    /// Where the opening mark starts.
    start: usize,
    /// Bitmask of the mark ids that close it.
    closers: u32,
    /// Mark id of the opening mark.
    mark: u8,
    /// Length of the opening mark in bytes.
    len: u8,
    /// A single-mark pair (' ‘ ‚ ‹ ›), dropped when unclosed.
    single: bool,
}

impl Open {
    /// The opening mark.
    fn open(&self) -> Range<usize> {
        self.start..self.start + usize::from(self.len)
    }
}

/// Whether the mark that starts with `c`, of `len` bytes, is a single mark (' ‘ ’ ‚ ‹ ›):
/// by its first character, no string compare.
fn is_single(c: char, len: usize) -> bool {
    len == c.len_utf8() && matches!(c, '\'' | '‘' | '’' | '‚' | '‹' | '›')
}

/// Scans `text` for quotations marked with the pairs of `lex`.
#[cfg(test)]
pub(crate) fn scan(text: &str, lex: &'static Lexicon) -> Vec<Marked> {
    let mut scanner = Scanner::new(text, 0..text.len(), lex);
    super::tokens::tokenize_scanning(text, lex, &mut scanner);
    scanner.finish()
}

/// The scanner of the bytes `range` of `text` (a window of the quote stage: the marks before it
/// are still read for context, none after it opens or closes anything), told by the tokenizer
/// where to look ([`Scanner::at`]), in the tokenizer's one pass over the text; a quote still
/// open at the range's end ends there ([`Scanner::finish`]).
pub(crate) struct Scanner<'t> {
    text: &'t str,
    lex: &'t Lexicon,
    /// Where the range ends.
    end: usize,
    /// Bitmasks of the mark ids that can open (anywhere, or after a colon only) and close.
    can_open: u32,
    colon_only: u32,
    /// The ids that open only at a line start (with nothing open there).
    line_only: u32,
    can_close: u32,
    /// For each mark id, the ids that close it.
    closers_of: Vec<u32>,
    /// Each mark's first character (`None` for an empty one), so that the search compares only
    /// the marks that start with the candidate's character.
    mark_first: Vec<Option<char>>,
    /// The ids of the marks whose first character is `c`, at `c as usize % 64` (with those of
    /// other characters there: the search checks the first character of each).
    by_first: [u32; 64],
    out: Vec<Marked>,
    stack: Vec<Open>,
    /// How many open entries each mark id would close.
    expecting: Vec<usize>,
    /// Where the next mark may start (past the characters of the last one).
    pos: usize,
}

impl<'t> Scanner<'t> {
    /// A scanner of the bytes `range` of `text` with the marks of `lex`.
    pub fn new(text: &'t str, range: Range<usize>, lex: &'t Lexicon) -> Self {
        let marks = &lex.marks;
        let mut s = Scanner {
            text,
            lex,
            end: range.end.min(text.len()),
            can_open: 0,
            colon_only: 0,
            line_only: 0,
            can_close: 0,
            closers_of: vec![0u32; marks.len()],
            mark_first: marks.iter().map(|m| m.chars().next()).collect(),
            by_first: [0; 64],
            out: Vec::new(),
            stack: Vec::new(),
            expecting: vec![0usize; marks.len()],
            pos: range.start,
        };
        // (The data's marks are split at white space: none is empty.)
        for (id, first) in s.mark_first.iter().enumerate() {
            if let Some(ids) = first.and_then(|c| s.by_first.get_mut(c as usize % 64)) {
                *ids |= 1 << id;
            }
        }
        for p in &lex.pairs {
            if p.after_colon {
                s.colon_only |= 1 << p.open;
            } else if p.line_start {
                s.line_only |= 1 << p.open;
            } else {
                s.can_open |= 1 << p.open;
            }
            s.can_close |= 1 << p.close;
            if let Some(c) = s.closers_of.get_mut(p.open) {
                *c |= 1 << p.close;
            }
        }
        s
    }

    /// The quotations found, the ones still open ended at the range's end.
    pub fn finish(mut self) -> Vec<Marked> {
        if !self.stack.is_empty() {
            let end = self.end;
            close_all(
                self.text,
                end,
                &mut self.stack,
                &mut self.expecting,
                &mut self.out,
            );
        }
        self.out
    }

    /// [`Scanner::at`] of the line break at byte `i`, without decoding it: only an open
    /// quotation (rare) needs the call.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn line_break(&mut self, i: usize) {
        if i < self.pos {
            return;
        }
        if self.stack.is_empty() {
            self.pos = i + 1;
        } else {
            self.at(i, '\n');
        }
    }

    /// Byte `i` of the range, character `c`, is a line break or the first character of a mark
    /// (no word character, so no letter); called in text order. Out of line: a mark is rare
    /// beside the tokenizer's words (package size).
    #[inline(never)]
    pub fn at(&mut self, i: usize, c: char) {
        if i < self.pos {
            // Inside a mark of several characters.
            return;
        }
        let text = self.text;
        let lex = self.lex;
        let marks = &lex.marks;
        let n = c.len_utf8();
        self.pos = i + n;
        if c == '\n' {
            if !self.stack.is_empty() {
                close_all(text, i, &mut self.stack, &mut self.expecting, &mut self.out);
            }
            return;
        }
        if c.is_whitespace() {
            return;
        }
        // Which mark starts here (longest first).
        let rest = text.get(i..).unwrap_or("");
        let mut found: Option<usize> = None;
        // The marks of `c`'s slot only, in the order of their ids; one of `c`'s length that
        // starts with `c` is `c` (no string compare).
        let mut ids = self.by_first.get(c as usize % 64).copied().unwrap_or(0);
        while ids != 0 {
            let id = ids.trailing_zeros() as usize;
            ids &= ids - 1;
            let (Some(m), Some(first)) = (marks.get(id), self.mark_first.get(id)) else {
                continue;
            };
            if first.is_none_or(|f| f == c)
                && (m.len() == n || rest.starts_with(m))
                && found.is_none_or(|f| marks.get(f).map_or(0, |x| x.len()) < m.len())
            {
                found = Some(id);
            }
        }
        let Some(mut id) = found else {
            return;
        };
        // Three apostrophes while a quote in ' is open inside one in '': the inner quote
        // closes first (''They said, 'Not here,''' she recalled), then the double mark.
        if c == '\'' && rest.starts_with("'''") && marks.get(id).is_some_and(|m| *m == "''") {
            if let Some(single) = marks.iter().position(|m| *m == "'") {
                if self
                    .stack
                    .last()
                    .is_some_and(|top| top.closers & (1 << single) != 0)
                {
                    id = single;
                }
            }
        }
        let mark = marks.get(id).copied().unwrap_or("");
        let end = i + mark.len();
        // (The mark is `c` alone.)
        let one = mark.len() == n;
        let single = is_single(c, mark.len());
        // Consume the rest of a multi-character mark.
        self.pos = self.pos.max(end);
        // The characters before the mark: the previous one, and, for a mark that opens only
        // after a colon, the previous one that is not white space (looked for only then; the
        // run of white space scanned back belongs to this mark alone, so the scan stays linear
        // overall).
        let head = text.get(..i).unwrap_or("");
        let before = head.chars().next_back();
        let next = text.get(end..).and_then(|r| r.chars().next());

        // A link's "http://" is no mark (// … // quotes Arabic text).
        if head.ends_with(':') && mark == "//" {
            return;
        }
        let bit = 1u32 << id;
        // The apostrophe rule.
        if one
            && matches!(c, '\'' | '’' | 'ʼ')
            && before.is_some_and(is_alphanumeric)
            && next.is_some_and(is_alphanumeric)
        {
            return;
        }
        let opens = self.can_open & bit != 0
            || (self.colon_only & bit != 0
                && (crate::text::trim_end(head).ends_with(':') || after_speech_verb(text, i, lex)));
        let closes = self.can_close & bit != 0;
        let closable = self.expecting.get(id).is_some_and(|&n| n > 0);
        let opening_ctx = (before.is_none_or(|p| !is_alphanumeric(p))
            || (lex.arabic && after_proclitic(head)))
            && next.is_some_and(|n| {
                !n.is_whitespace() && !matches!(n, '.' | ',' | ';' | '،' | '؛' | ')')
            });
        let closing_ctx =
            before.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(|n| !is_alphanumeric(n));
        // A pair flagged `line-start` (English ” … ,” he said): its mark opens right after a
        // line break.
        let line_open = self.line_only & bit != 0 && before.is_none_or(|p| p == '\n');
        let action = if line_open || (opens && !closes) {
            Action::Open
        } else if closes && !opens {
            if closable {
                Action::Close
            } else {
                Action::Ignore
            }
        } else if !opens {
            Action::Ignore
        } else if closing_ctx && closable {
            Action::Close
        } else if opening_ctx {
            Action::Open
        } else if closable {
            Action::Close
        } else if !single
            && before.is_none_or(|p| p.is_whitespace() || p == ':')
            && next.is_some_and(crate::text::is_line_space)
            && text
                .get(end..)
                .and_then(|r| {
                    r.trim_start_matches(crate::text::is_line_space)
                        .chars()
                        .next()
                })
                .is_some_and(is_alphanumeric)
        {
            // An opening mark written with spaces after it ("was " a worrying issue …""),
            // also right after a colon (وأضاف:" …).
            Action::Open
        } else if next.is_some_and(|n| !n.is_whitespace())
            && !single
            && !(before.is_some_and(|p| !p.is_whitespace())
                && matches!(next, Some('.' | ',' | '،')))
        {
            // Not a stray closer after a word (المدنيين". with its opening mark left out); but
            // after a space, an ellipsis opens ('and "...I will"').
            Action::Open
        } else {
            Action::Ignore
        };
        match action {
            Action::Ignore => {}
            Action::Open => {
                // The same double mark opening after a sentence end while it is open: the next
                // paragraph of that quotation with its line break lost ("… an inquiry. "We
                // want …"): the open quote ends at the sentence end, this one starts anew.
                let space = before.filter(|&c| matches!(c, ' ' | '\u{a0}'));
                let stop = space.and_then(|c| head.len().checked_sub(c.len_utf8() + 1));
                if matches!(
                    stop.and_then(|k| head.as_bytes().get(k)),
                    Some(b'.' | b'?' | b'!')
                ) && !single
                    && self
                        .stack
                        .first()
                        .is_some_and(|b| usize::from(b.mark) == id)
                {
                    close_all(text, i, &mut self.stack, &mut self.expecting, &mut self.out);
                }
                let closers = self.closers_of.get(id).copied().unwrap_or(0);
                for (k, n) in self.expecting.iter_mut().enumerate() {
                    if closers & (1 << k) != 0 {
                        *n += 1;
                    }
                }
                // Mark ids are below 32 (bitmasks) and marks a few bytes long.
                self.stack.push(Open {
                    start: i,
                    closers,
                    mark: u8::try_from(id).unwrap_or(u8::MAX),
                    len: u8::try_from(end - i).unwrap_or(u8::MAX),
                    // (A `line-start` quote still open at its line end is dropped as a single
                    // mark's is: "“We will win\n” he said." holds no quotation "he said.")
                    single: single || line_open,
                });
            }
            Action::Close => {
                // Pop to the innermost entry this mark closes (amortized linear: each entry is
                // pushed once and popped once).
                while let Some(top) = self.stack.pop() {
                    release(&top, &mut self.expecting);
                    if top.closers & bit != 0 {
                        // A quotation of the same double mark around this one, its closing
                        // mark left out before a sentence or line end ("… داخل "فيفا". وردا):
                        // the one mark closes both.
                        if !top.single
                            && self.stack.len() == 1
                            && self
                                .stack
                                .first()
                                .is_some_and(|o| !o.single && o.closers & bit != 0)
                            && next.is_none_or(|n| matches!(n, '\n' | '.' | '!' | '?'))
                        {
                            if let Some(outer) = self.stack.pop() {
                                release(&outer, &mut self.expecting);
                                push_marked(text, outer.open(), Some(i..end), i, &mut self.out);
                            }
                        } else if self.stack.is_empty() {
                            push_marked(text, top.open(), Some(i..end), i, &mut self.out);
                        }
                        break;
                    }
                }
            }
        }
    }
}

/// True if the word right before byte `i` is a speech verb or participle (تقول (…)).
fn after_speech_verb(text: &str, i: usize, lex: &Lexicon) -> bool {
    let Some(before) = text.get(..i) else {
        return false;
    };
    let before = crate::text::trim_end(before);
    // The last word, at most 40 bytes back.
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(k, c)| is_alphanumeric(c) && before.len() - k <= 40)
        .last()
        .map_or(before.len(), |(k, _)| k);
    let word = before.get(start..).unwrap_or("");
    if word.is_empty() {
        return false;
    }
    // (The tokenizer's fold: the same mapping, a table per two-byte character.)
    let mut folded = String::with_capacity(word.len());
    super::tokens::light_fold_into(word, &mut folded);
    // (Most words are no cue's first: one hash, not the verb and participle look-ups.)
    lex.may_cue(&folded) && (lex.verb(&folded).is_some() || lex.participle(&folded))
}

/// True if `head` ends with a one-letter Arabic proclitic written alone (the one-letter lines
/// of `ar/proclitics.txt`: و ف ب ك ل): a mark right after it opens (ل”العالمي”، و"الأهلي").
fn after_proclitic(head: &str) -> bool {
    let mut rev = head.chars().rev();
    matches!(
        rev.next(),
        Some(ar::AND | ar::THEN | ar::BY | ar::LIKE | ar::TO)
    ) && rev.next().is_none_or(|c| !is_alphanumeric(c))
}

enum Action {
    Open,
    Close,
    Ignore,
}

fn release(entry: &Open, expecting: &mut [usize]) {
    for (k, n) in expecting.iter_mut().enumerate() {
        if entry.closers & (1 << k) != 0 {
            *n = n.saturating_sub(1);
        }
    }
}

fn push_marked(
    text: &str,
    open: Range<usize>,
    close: Option<Range<usize>>,
    content_end: usize,
    out: &mut Vec<Marked>,
) {
    let start = open.end;
    let Some(inner) = text.get(start..content_end) else {
        return;
    };
    let lead = inner.len() - crate::text::trim_start(inner).len();
    let trimmed = crate::text::trim(inner);
    if trimmed.is_empty() {
        return;
    }
    let s = start + lead;
    let small = |n: usize| u32::try_from(n).ok();
    let (close_start, close_len) = match close {
        Some(c) => (c.start, u8::try_from(c.len()).ok().filter(|&n| n > 0)),
        None => (0, Some(0)),
    };
    if let (Some(open_start), Some(open_len), Some(close_start), Some(close_len)) = (
        small(open.start),
        u8::try_from(open.len()).ok(),
        small(close_start),
        close_len,
    ) {
        if let (Some(content_start), Some(content_end)) = (small(s), small(s + trimmed.len())) {
            out.push(Marked {
                open_start,
                close_start,
                content_start,
                content_end,
                open_len,
                close_len,
            });
        }
    }
}

/// Ends every open quote at `at` (a paragraph end): the outermost double-mark quote is kept.
fn close_all(
    text: &str,
    at: usize,
    stack: &mut Vec<Open>,
    expecting: &mut [usize],
    out: &mut Vec<Marked>,
) {
    let bottom = stack.first().map(|o| (o.open(), o.single));
    for e in stack.drain(..) {
        release(&e, expecting);
    }
    if let Some((open, single)) = bottom {
        if !single {
            push_marked(text, open, None, at, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexicon;
    use super::*;

    fn contents(text: &str, lang: &str) -> Vec<String> {
        scan(text, lexicon::get(lang))
            .into_iter()
            .map(|m| text[m.content()].to_owned())
            .collect()
    }

    #[test]
    fn guillemets_and_reversed_arabic_marks() {
        assert_eq!(contents("قال «نرحب بذلك» أمس", "ar"), ["نرحب بذلك"]);
        assert_eq!(contents("قال ”نرحب بذلك“ أمس", "ar"), ["نرحب بذلك"]);
        assert_eq!(contents("قال “نرحب بذلك“ أمس", "ar"), ["نرحب بذلك"]);
        assert_eq!(contents("تطبيق \"تلغرام\"، أفادت", "ar"), ["تلغرام"]);
    }

    #[test]
    fn a_mark_of_after_colon_opens_after_a_colon_or_a_speech_verb_only() {
        // `ar/quote_marks.txt`: ( ) and { } after a colon (spaces between), or right after a
        // speech verb; nowhere else (session 52: the colon is looked for only for these).
        let t = "وقال الوزير:  (نرحب بذلك) والمدينة (الرياض) وأضاف {سنعمل معا}.";
        assert_eq!(contents(t, "ar"), ["نرحب بذلك", "سنعمل معا"]);
    }

    #[test]
    fn a_stray_closer_after_a_word_opens_nothing() {
        // Session 14: a quotation whose opening mark was left out, then "X" pairs after it.
        let t =
            "وقال المدير الخطة جاهزة تماما\". وأضاف في بيان لوكالة \"الأنباء\" أن \"العمل بدأ\".";
        assert_eq!(contents(t, "ar"), ["الأنباء", "العمل بدأ"]);
    }

    #[test]
    fn an_ellipsis_after_a_space_opens() {
        // Session 14: the stray-closer rule above took the mark of 'and "...we' for one.
        let t = "She said she was grateful and \"...we will never forget it.\" Then she left.";
        assert_eq!(contents(t, "en"), ["...we will never forget it."]);
    }

    #[test]
    fn a_link_scheme_is_no_mark() {
        // Session 14: "…التالي:http://…" opened a // quotation that ran to the line end.
        let t =
            "للتسجيل زوروا الموقع التالي:http://example.org/a/b.html ثم قال المدير //نرحب بكم//";
        assert_eq!(contents(t, "ar"), ["نرحب بكم"]);
    }

    #[test]
    fn german_and_french() {
        assert_eq!(
            contents("Er sagte: „Wir kommen.“ Dann", "de"),
            ["Wir kommen."]
        );
        assert_eq!(
            contents("Er sagte: »Wir kommen.« Dann", "de"),
            ["Wir kommen."]
        );
        assert_eq!(
            contents("Il a dit : « Nous venons » hier", "fr"),
            ["Nous venons"]
        );
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(
            contents("It’s O'Brien's view: ‘we’ll go’ and l’homme", "en"),
            ["we’ll go"]
        );
    }

    #[test]
    fn two_apostrophes_are_a_double_mark_in_english() {
        assert_eq!(
            contents(
                "''It does help,'' he said. ''They say, 'Hey, it works.'.'' The students' books.",
                "en"
            ),
            ["It does help,", "They say, 'Hey, it works.'."]
        );
        // Three apostrophes: the inner single quote closes, then the double one.
        assert_eq!(
            contents(
                "''The guard told me, 'Come back later,''' Ms. Varga recalled, ''and so I did.''",
                "en"
            ),
            ["The guard told me, 'Come back later,'", "and so I did."]
        );
    }

    #[test]
    fn a_closing_mark_opens_at_a_paragraph_start_in_english() {
        // Session 61 (PolNeAR dev texts, `en/quote_marks.txt` `line-start`): '” …,” X wrote'
        // at a paragraph start is a quotation; elsewhere ” still only closes.
        let t = "Barabak noted it.\n\n” … he delivered a mix,” Barabak wrote.\n”Fear. I am afraid.” ― Ana";
        assert_eq!(
            contents(t, "en"),
            ["… he delivered a mix,", "Fear. I am afraid."]
        );
        let t = "“the forces,” ”like women” were cited. “It was,”He said.";
        assert_eq!(contents(t, "en"), ["the forces,", "It was,"]);
        // Unclosed at its line end, it is no quotation (the closing mark of a line broken
        // inside a quotation).
        let t = "“We will win\n” he said.\nShe left.";
        assert_eq!(contents(t, "en"), ["We will win"]);
    }

    #[test]
    fn a_straight_and_a_curly_double_mark_close_each_other_in_english() {
        // Session 37 (PolNeAR train texts mix them): the quotation ran on to the line end and
        // took its own "he said" in.
        assert_eq!(
            contents(
                "\"We don’t always nominate a Lincoln,” he said. “I was clear,\" Ryan said.",
                "en"
            ),
            ["We don’t always nominate a Lincoln,", "I was clear,"]
        );
        // A nested straight quotation still closes before the curly outer one.
        assert_eq!(
            contents("“He called it \"fake,\" and left,” she said.", "en"),
            ["He called it \"fake,\" and left,"]
        );
    }

    #[test]
    fn nesting_keeps_outermost() {
        assert_eq!(
            contents("He said \"I read 'Jaws' twice\" today", "en"),
            ["I read 'Jaws' twice"]
        );
        assert_eq!(contents("«a «b» c»", "ar"), ["a «b» c"]);
    }

    #[test]
    fn same_kind_nesting() {
        // Session 20 (arh-0115): a mark after a one-letter proclitic opens (ل”العالمي”) and
        // no longer closes the quotation around it.
        let t = "وقال: “بداياتي مع “المونديالي” والآن العب ل”العالمي” فهو أكبر طموح”. ثم";
        assert_eq!(
            contents(t, "ar"),
            ["بداياتي مع “المونديالي” والآن العب ل”العالمي” فهو أكبر طموح"]
        );
        // Not after a longer word: a closer there still closes.
        assert_eq!(contents("قال: “نرحب بهم”وغادر", "ar"), ["نرحب بهم"]);
        // arb-1456: one mark closes the inner quotation and the one around it before a
        // sentence end; not before a comma.
        let t = "وأضاف \"أحارب داخل \"فيفا\"، أحارب داخل \"فيفا\". وردا قال \"أريد \"فيفا\"\nثم";
        assert_eq!(
            contents(t, "ar"),
            ["أحارب داخل \"فيفا\"، أحارب داخل \"فيفا", "أريد \"فيفا"]
        );
    }

    #[test]
    fn stray_closers_ignored_and_unclosed_ends_at_paragraph() {
        assert_eq!(contents("» x » «open here\nnext line", "fr"), ["open here"]);
    }

    #[test]
    fn each_paragraph_of_a_quotation_is_a_quote() {
        // Session 15 (one per paragraph, like the paragraphs joined on one line above; they
        // were one quote before).
        let t = "He said: \"First part.\n\n\"Second part.\" Then.";
        assert_eq!(contents(t, "en"), ["First part.", "Second part."]);
    }

    #[test]
    fn a_lost_paragraph_break_ends_the_open_quote() {
        // Session 15: paragraphs of one quotation joined on one line, each opening with the
        // mark and only the last closed; one quote per paragraph, not one up to the line end.
        let t = "Ms Lark said: \"We will appeal. \"The ferry is needed? \"Then we vote.\" He added: \"Not now.\" Later.";
        assert_eq!(
            contents(t, "en"),
            [
                "We will appeal.",
                "The ferry is needed?",
                "Then we vote.",
                "Not now."
            ]
        );
        // Not after a word or a colon: a nested mark there is left as it was.
        let t = "She said: \"call it \"fair\" if you like.\" Then.";
        assert_eq!(contents(t, "en"), ["call it \"fair\" if you like."]);
    }

    /// The scanner looks only where the tokenizer meets a line break or a mark's first
    /// character ([`scan`]): the same quotations as when it looks at every character, on the
    /// fixtures, the big development files when present and texts made for the corner cases
    /// (an apostrophe after a word, which makes no token; marks of several characters).
    #[test]
    fn the_tokenizer_s_mark_starts_find_every_quotation() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/quotes");
        // (Name, text, language; only the name is printed.)
        let mut texts: Vec<(String, String, &str)> = Vec::new();
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let lang = ["ar", "en", "fr", "de"]
                .into_iter()
                .find(|l| name.starts_with(&format!("{l}-")));
            if let (Some(lang), true) = (lang, name.ends_with(".txt")) {
                texts.push((name, std::fs::read_to_string(e.path()).unwrap(), lang));
            }
        }
        let big = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/big");
        for lang in ["ar", "en", "fr"] {
            if let Ok(t) = std::fs::read_to_string(format!("{big}/{lang}.txt")) {
                texts.push((format!("big/{lang}"), t, lang));
            }
        }
        for lang in ["ar", "en", "fr", "de", "xx"] {
            let t = "He's said ''so'' and 'yes' //نعم// « a » „b“ ”ج“ (د) x'\n\"y\" »z« ’w’ \
                     don’t l’é 9'9 a'' b'‘c’ 'd'e' ʼfʼgʼ";
            texts.push((format!("made ({lang})"), t.repeat(3), lang));
        }
        assert!(texts.len() > 20);
        for (name, text, lang) in &texts {
            let lex = lexicon::get(lang);
            let mut every = Scanner::new(text, 0..text.len(), lex);
            for (i, c) in text.char_indices() {
                every.at(i, c);
            }
            assert!(scan(text, lex) == every.finish(), "{name}");
        }
    }

    #[test]
    fn marks_whose_first_characters_share_a_slot_are_both_found() {
        // » and { share a slot of `Scanner::by_first` (code point modulo 64).
        assert_eq!('»' as usize % 64, '{' as usize % 64);
        let t = "قال: {أ ب} ثم «ج د».";
        let found: Vec<&str> = scan(t, lexicon::get("ar"))
            .iter()
            .map(|m| &t[m.content()])
            .collect();
        assert_eq!(found, ["أ ب", "ج د"]);
    }

    #[test]
    fn unbalanced_input_is_linear_and_valid() {
        let t = "«".repeat(1000) + &"»".repeat(3000) + &"\"".repeat(1001);
        // Same-kind nesting: marks after a proclitic, inner quotations closed before a period.
        let t = t + &" و\"ل”".repeat(50_000) + &"\"a \"b\". ".repeat(50_000);
        for m in scan(&t, lexicon::get("ar")) {
            assert!(t.get(m.content()).is_some());
        }
    }
}
