//! A small tokenizer for quote attribution: words (runs of letters, digits and combining marks)
//! and single punctuation characters, with byte spans and a folded form for lexicon look-ups.
//!
//! Unlike UAX #29 ([`crate::text::words`]), an apostrophe or hyphen between letters splits a
//! word, so that French elisions (`qu’il`, `d’après`) and clitic inversion (`a-t-il`) expose
//! their parts. The apostrophe itself produces no token.

use std::borrow::Cow;
use std::ops::Range;

use crate::lang;

/// One token.
#[derive(Debug, Clone)]
pub(crate) struct Token<'a> {
    /// Byte span in the text.
    pub span: Range<usize>,
    /// Folded form ([`lang::light_fold`]) of a word; the character itself for punctuation.
    pub fold: Cow<'a, str>,
    /// A word (letters/digits), not punctuation.
    pub word: bool,
    /// The first letter is upper case.
    pub capital: bool,
    /// Index of the sentence that holds the token.
    pub sentence: usize,
    /// A line break (or the start of the text) lies between the previous token and this one.
    pub line_start: bool,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Splits `text` into tokens; `sentences` are the sentence ranges of the text (in order).
pub(crate) fn tokenize<'a>(text: &'a str, sentences: &[Range<usize>]) -> Vec<Token<'a>> {
    let mut out: Vec<Token> = Vec::new();
    let mut word_start: Option<usize> = None;
    let mut sentence = 0usize;
    let mut newline_pending = true;
    let mut push = |out: &mut Vec<Token<'a>>, span: Range<usize>, word: bool, nl: &mut bool| {
        let Some(s) = text.get(span.clone()) else {
            return;
        };
        while sentences
            .get(sentence)
            .is_some_and(|r| r.end <= span.start && sentence + 1 < sentences.len())
        {
            sentence += 1;
        }
        let capital = s.chars().next().is_some_and(char::is_uppercase);
        // Most words fold to themselves: borrow them (no allocation per token).
        let fold = if word && !folds_to_itself(s) {
            Cow::Owned(lang::light_fold(s))
        } else {
            Cow::Borrowed(s)
        };
        out.push(Token {
            span,
            fold,
            word,
            capital,
            sentence,
            line_start: *nl,
        });
        *nl = false;
    };
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            if word_start.is_none() {
                word_start = Some(i);
            }
            continue;
        }
        let after_word = word_start.is_some();
        if let Some(s) = word_start.take() {
            push(&mut out, s..i, true, &mut newline_pending);
        }
        if c == '\n' {
            newline_pending = true;
        }
        if c.is_whitespace() || is_apostrophe(c) && after_word {
            continue;
        }
        push(&mut out, i..i + c.len_utf8(), false, &mut newline_pending);
    }
    if let Some(s) = word_start {
        push(&mut out, s..text.len(), true, &mut newline_pending);
    }
    out
}

/// True if [`lang::light_fold`] would return `word` unchanged.
fn folds_to_itself(word: &str) -> bool {
    word.chars().all(|c| {
        !c.is_uppercase()
            && !matches!(
                c,
                '\u{064B}'
                    ..='\u{065F}'
                        | '\u{0670}'
                        | '\u{0640}'
                        | 'أ'
                        | 'إ'
                        | 'آ'
                        | 'ٱ'
                        | 'ى'
                        | 'ة'
                        | '’'
            )
            && c.to_lowercase().eq(std::iter::once(c))
    })
}

/// The folded words of a lexicon entry, split the way [`tokenize`] splits text.
pub(crate) fn fold_words(entry: &str) -> Vec<String> {
    tokenize(entry, &[])
        .into_iter()
        .filter(|t| t.word)
        .map(|t| t.fold.into_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_elisions_and_inversion() {
        let t = "d’après qu'il a-t-il «x»";
        let words: Vec<String> = tokenize(t, &[])
            .into_iter()
            .map(|t| t.fold.into_owned())
            .collect();
        assert_eq!(
            words,
            ["d", "après", "qu", "il", "a", "-", "t", "-", "il", "«", "x", "»"]
        );
    }

    #[test]
    fn arabic_words_keep_harakat_and_fold() {
        let t = "وقال مؤكداً";
        let toks = tokenize(t, &[]);
        assert_eq!(toks.len(), 2);
        assert_eq!(toks[1].fold, "مؤكدا");
    }
}
