//! The public entry points: [`analyze`], [`Analyzer`], their options, results and errors.
//!
//! This is the one place where the stages meet: language → stats → keywords → quotes.

use std::fmt;

use crate::keywords;
use crate::quotes::{self, Quote};
use crate::text::{self, Stats};
use crate::{lang, Span};

/// Limits checked before any work is done, so that oversize input fails fast with a clear
/// [`Error`] instead of exhausting memory (in a browser tab: the whole page).
///
/// # Memory
///
/// For given options, an analysis needs memory in proportion to its input (every stage's
/// tables are linear in it; nothing is quadratic). The figures below are measured by
/// `cargo xtask bench` (the native worst-case table, `benches/worst_case.rs`, and the wasm
/// table of `tests/js/bench/memory-bench.mjs`: the growth of the wasm memory, which never
/// shrinks, over one call in a fresh instance, the input's own UTF-8 copy included), on
/// 2026-12-04 (after session 36's larger word cache in the quote tokenizer):
///
/// - **The documented bound, for news text:** the default analysis (10 automatic keywords and
///   quotes) grows the wasm memory by at most **8× the input's UTF-8 bytes, plus ~1 MiB** of
///   tables built once per instance on first use (0.3–1.1 MiB). Measured: 4.8 MB of Arabic
///   news 4.6×, of English news 5.2×, 0.17 MB of French news 8.0× (7.96) after the first-use
///   tables (on so short a text the quote stage's fixed buffers weigh); the automatic keywords
///   make the peak (without quotes 4.4×, 5.4×; quotes alone 2.1×, 2.5×); 100 keywords 2.4×, 2.5×.
/// - **Adversarial text** costs more per byte in the quote stage (a 20-byte token per word
///   *and* per punctuation character, a 20-byte record per pair of quotation marks), but that
///   stage holds them for one window of 256 KiB of text at a time: a constant of at most a few
///   MiB, not a multiple of the input. Measured on 2 MB each: 2.4–5.3× for unbalanced marks,
///   invisible characters only or punctuation only, 5.6× for one-letter quotations
///   (`"a" "a" …`); 8.4× for 0.37 MB of nested marks (one window). A page that analyses
///   untrusted text should budget **8× the input plus ~6 MiB**.
/// - Compiling keywords ([`Analyzer::new`]) takes ~30 bytes of wasm memory per byte of
///   keyword text (~40 natively; 20,000 keywords: ~11 MiB in wasm).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Maximum input size in UTF-8 bytes. Default: 64 MiB.
    pub max_input_bytes: usize,
    /// Maximum number of keywords. Default: 20,000.
    pub max_keywords: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 64 * 1024 * 1024,
            max_keywords: 20_000,
        }
    }
}

/// A keyword to find: a literal word or phrase, with an optional group label.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct KeywordSpec {
    /// The word or phrase, as the user typed it.
    pub term: String,
    /// A label the caller uses to colour or group terms.
    pub group: Option<String>,
}

impl From<&str> for KeywordSpec {
    fn from(term: &str) -> Self {
        KeywordSpec {
            term: term.to_owned(),
            group: None,
        }
    }
}

/// Options of [`analyze`] and [`Analyzer::new`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalyzeOptions {
    /// `None` or `"auto"` detects the language; otherwise a BCP 47 tag such as `"ar"`.
    pub language: Option<String>,
    /// Words or phrases to find and highlight.
    pub keywords: Vec<KeywordSpec>,
    /// How many keywords to extract automatically (0 turns it off). Default 10. Any count is
    /// accepted: one above the number of terms the text holds gives all of them (28,753 on
    /// 4.8 MB of English), and the work is bounded by the text, not by the count.
    pub auto_keywords: usize,
    /// Match inflected and cliticised forms. Default true.
    pub morphology: bool,
    /// Extract quotations. Default true.
    pub quotes: bool,
    /// Size limits.
    pub limits: Limits,
}

impl Default for AnalyzeOptions {
    fn default() -> Self {
        AnalyzeOptions {
            language: None,
            keywords: Vec::new(),
            auto_keywords: 10,
            morphology: true,
            quotes: true,
            limits: Limits::default(),
        }
    }
}

/// Where a keyword came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeywordSource {
    /// Given by the caller.
    User,
    /// Extracted from the text.
    Auto,
}

/// A keyword of an [`Analysis`]: a user keyword or an automatic one.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    /// The term as given (user) or in its most frequent written form (auto).
    pub term: String,
    /// Where it came from.
    pub source: KeywordSource,
    /// The caller's group label.
    pub group: Option<String>,
    /// Relevance of an automatic keyword (higher is more relevant).
    pub score: Option<f64>,
    /// How many highlights point at this keyword.
    pub count: usize,
}

/// One highlighted occurrence: a byte span of the original text covering whole words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlight {
    /// The highlighted words.
    pub span: Span,
    /// Index into [`Analysis::keywords`].
    pub keyword: usize,
}

/// The result of [`analyze`].
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    /// The language used: the one given, or the detected one (`"und"` when unsure).
    pub language: String,
    /// Character, word, sentence and paragraph counts.
    pub stats: Stats,
    /// User keywords first, in the order given, then automatic ones by descending score.
    pub keywords: Vec<Keyword>,
    /// Sorted by start, never overlapping, each covering whole words.
    pub highlights: Vec<Highlight>,
    /// In text order.
    pub quotes: Vec<Quote>,
}

/// Why an analysis was refused. Checked before any work is done.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than [`Limits::max_input_bytes`].
    InputTooLarge {
        /// Size of the input in UTF-8 bytes.
        bytes: usize,
        /// The limit in force.
        limit: usize,
    },
    /// More keywords than [`Limits::max_keywords`].
    TooManyKeywords {
        /// How many were given.
        count: usize,
        /// The limit in force.
        limit: usize,
    },
    /// An option has a value that cannot be used.
    InvalidOption {
        /// The option's name as the JavaScript API spells it.
        option: &'static str,
        /// What is wrong with it.
        message: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for Error {}

impl Error {
    /// The error's text (its `Display`), built by hand rather than by `write!`: the package's
    /// `Error` messages (`core_error` in `src/wasm/`) then pull in none of `core::fmt`'s
    /// padding and `Display` impls for `&str` (issue #7). Out of line: one copy, cold.
    #[inline(never)]
    pub fn message(&self) -> String {
        let (head, n, mid, limit, tail) = match self {
            Error::InputTooLarge { bytes, limit } => (
                "input too large: ",
                bytes,
                " bytes of UTF-8 exceeds the limit of ",
                limit,
                " bytes (limits.maxInputBytes)",
            ),
            Error::TooManyKeywords { count, limit } => (
                "too many keywords: ",
                count,
                " exceeds the limit of ",
                limit,
                " (limits.maxKeywords)",
            ),
            Error::InvalidOption { option, message } => {
                return ["invalid option ", option, ": ", message].concat();
            }
        };
        let mut out = String::from(head);
        push_decimal(&mut out, *n);
        out.push_str(mid);
        push_decimal(&mut out, *limit);
        out.push_str(tail);
        out
    }

    /// True for the errors that are about a size limit (JavaScript gets a `RangeError`).
    pub fn is_limit(&self) -> bool {
        matches!(
            self,
            Error::InputTooLarge { .. } | Error::TooManyKeywords { .. }
        )
    }
}

/// Options compiled once (language choice, keyword automaton, lexicons) for repeated
/// analysis of changing text, e.g. while a journalist types.
#[derive(Debug, Clone)]
pub struct Analyzer {
    options: AnalyzeOptions,
    /// The forced language, validated; `None` = detect.
    language: Option<String>,
    /// The user keywords, compiled into one automaton.
    matcher: keywords::Matcher,
}

impl Analyzer {
    /// Validates and compiles `options`.
    pub fn new(options: AnalyzeOptions) -> Result<Analyzer, Error> {
        if options.keywords.len() > options.limits.max_keywords {
            return Err(Error::TooManyKeywords {
                count: options.keywords.len(),
                limit: options.limits.max_keywords,
            });
        }
        let language = match options.language.as_deref().map(crate::text::trim) {
            None | Some("") => None,
            Some(tag) if tag.eq_ignore_ascii_case("auto") => None,
            Some(tag) => Some(
                lang::primary_subtag(tag).ok_or_else(|| Error::InvalidOption {
                    option: "language",
                    message: [&quoted(tag), " is not \"auto\" or a BCP 47 language tag"].concat(),
                })?,
            ),
        };
        let matcher =
            keywords::Matcher::new(&options.keywords, options.morphology).map_err(|message| {
                Error::InvalidOption {
                    option: "keywords",
                    message,
                }
            })?;
        Ok(Analyzer {
            options,
            language,
            matcher,
        })
    }

    /// The options this analyzer was built with.
    pub fn options(&self) -> &AnalyzeOptions {
        &self.options
    }

    /// Analyses `text`.
    pub fn analyze(&self, text: &str) -> Result<Analysis, Error> {
        self.analyze_counting(text, true)
    }

    /// [`Analyzer::analyze`], with `stats.characters` left at 0 unless `characters`: the wasm
    /// boundary counts them in the pass of its UTF-16 table (`Utf16Offsets::characters`).
    pub(crate) fn analyze_counting(&self, text: &str, characters: bool) -> Result<Analysis, Error> {
        let limit = self.options.limits.max_input_bytes;
        if text.len() > limit {
            return Err(Error::InputTooLarge {
                bytes: text.len(),
                limit,
            });
        }
        let language = match &self.language {
            Some(tag) => tag.clone(),
            None => lang::detect(text).to_owned(),
        };
        // The quote stage needs the sentences themselves; the stats only count them.
        // The quote stage's tokenizer counts the words of the stats as it goes (one pass).
        let (stats, quotes) = if self.options.quotes {
            let (sentences, paragraphs) = text::sentences_and_paragraphs(text, &language);
            let (quotes, words) = quotes::extract_counting_words(text, &language, &sentences);
            (
                text::stats_with_counts(text, characters, words, sentences.len(), paragraphs),
                quotes,
            )
        } else {
            (
                text::stats_counting(text, &language, characters),
                Vec::new(),
            )
        };
        let (keywords, highlights) =
            keywords::run(&self.matcher, text, &language, self.options.auto_keywords);
        Ok(Analysis {
            language,
            stats,
            keywords,
            highlights,
            quotes,
        })
    }
}

/// Analyses `text` with `options`: one-shot form of [`Analyzer::new`] + [`Analyzer::analyze`].
pub fn analyze(text: &str, options: &AnalyzeOptions) -> Result<Analysis, Error> {
    Analyzer::new(options.clone())?.analyze(text)
}

/// `s` in double quotes with `"`, the backslash and control characters escaped as `{:?}` writes them,
/// for error messages: the same text for every string without combining marks or format
/// characters (which `{:?}` writes as `\u{…}` and this as they are), without linking
/// `core::fmt`'s Unicode escaping and its tables (−3.6 KB gzipped, issue #7).
pub(crate) fn quoted(s: &str) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Appends `n` in decimal (no `core::fmt`): the digits from the largest power of ten at most
/// `n` down. (Also the panic text's, `crate::panic_text`.)
#[inline(never)]
pub(crate) fn push_decimal(out: &mut String, n: usize) {
    let mut unit = 1;
    // (`n / unit >= 10` keeps `unit * 10 <= n`: no overflow.)
    while n / unit >= 10 {
        unit *= 10;
    }
    loop {
        out.push(char::from(b'0' + (n / unit % 10) as u8));
        if unit == 1 {
            break;
        }
        unit /= 10;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Error::message` (hand-built, no `core::fmt`) writes what the former `write!` formats
    /// did, for each kind of error.
    #[test]
    fn error_messages_are_the_formatted_texts() {
        for (bytes, limit) in [(0, 0), (7, 1), (2_000_001, 2_000_000), (usize::MAX, 10)] {
            let e = Error::InputTooLarge { bytes, limit };
            assert_eq!(
                e.to_string(),
                format!("input too large: {bytes} bytes of UTF-8 exceeds the limit of {limit} bytes (limits.maxInputBytes)")
            );
            let e = Error::TooManyKeywords {
                count: bytes,
                limit,
            };
            assert_eq!(
                e.to_string(),
                format!(
                    "too many keywords: {bytes} exceeds the limit of {limit} (limits.maxKeywords)"
                )
            );
        }
        let e = Error::InvalidOption {
            option: "language",
            message: "\"x\" is not".to_owned(),
        };
        assert_eq!(e.message(), "invalid option language: \"x\" is not");
        assert_eq!(e.to_string(), e.message());
    }

    #[test]
    fn quoted_writes_what_debug_writes() {
        for s in [
            "",
            "en-GB",
            "autokeywords",
            "a \"b\" c\\d",
            "tab\there\nnew\rline\0nul\u{1}\u{7f}",
            "عربي fa-IR",
            "’quotes’ «fr» ☃ 😀",
        ] {
            assert_eq!(quoted(s), format!("{s:?}"), "{s}");
        }
    }

    #[test]
    fn oversize_input_is_refused_before_work() {
        let options = AnalyzeOptions {
            limits: Limits {
                max_input_bytes: 4,
                ..Limits::default()
            },
            ..AnalyzeOptions::default()
        };
        let err = analyze("hello", &options).unwrap_err();
        assert_eq!(err, Error::InputTooLarge { bytes: 5, limit: 4 });
        assert!(err.is_limit());
        assert!(err.to_string().contains("maxInputBytes"));
    }

    #[test]
    fn too_many_keywords_is_refused() {
        let options = AnalyzeOptions {
            keywords: vec!["a".into(); 3],
            limits: Limits {
                max_keywords: 2,
                ..Limits::default()
            },
            ..AnalyzeOptions::default()
        };
        assert_eq!(
            analyze("a", &options).unwrap_err(),
            Error::TooManyKeywords { count: 3, limit: 2 }
        );
    }

    #[test]
    fn language_option_is_validated_and_used() {
        let forced = AnalyzeOptions {
            language: Some("fr-CA".into()),
            ..AnalyzeOptions::default()
        };
        assert_eq!(analyze("hello there", &forced).unwrap().language, "fr");
        let bad = AnalyzeOptions {
            language: Some("not a tag!".into()),
            ..AnalyzeOptions::default()
        };
        assert!(matches!(
            analyze("x", &bad),
            Err(Error::InvalidOption {
                option: "language",
                ..
            })
        ));
    }
}
