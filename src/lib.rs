//! # article-analyzer
//!
//! Analyses news articles — normalization, keyword highlighting, quote extraction with
//! speakers — in pure Rust, so that the same core runs natively (tests, pipelines) and in the
//! browser through WebAssembly (the `wasm` module, compiled only for `wasm32`).
//!
//! Every offset in this crate's Rust API is a **UTF-8 byte offset** into the `&str` the caller
//! passed in (`text[span.clone()]` is the spanned text). The WebAssembly binding converts them to
//! UTF-16 code-unit offsets once, at the boundary (see [`text::Utf16Index`]).
//!
//! ```
//! use article_analyzer::{analyze, AnalyzeOptions};
//! let text = "وقال الناطق باسم الكرملين، دميتري بيسكوف، إن «الولايات المتحدة تتخذ موقفاً متوازناً».";
//! let analysis = analyze(text, &AnalyzeOptions::default()).unwrap();
//! assert_eq!(analysis.language, "ar");
//! assert_eq!(analysis.stats.sentences, 1);
//! ```
//!
//! See `ARCHITECTURE.md` for the map of modules and the one path data takes.

#![warn(missing_docs)]
// Input never reaches a panic: no unwrap/expect/indexing/panic in the library's own code
// (tests may use them). Checked by `cargo clippy` in `cargo xtask test`.
// The crate writes a set of characters as a predicate (`|c| c == A || c == B`), not as a
// `[char; N]` pattern: std's multi-character searcher for those costs wasm bytes (−166 B
// gzipped for the last ten call sites, BENCHMARKS.md session 29 (bytes-f)).
#![allow(clippy::manual_pattern_char_comparison)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic,
        clippy::unreachable,
        clippy::todo
    )
)]

mod analysis;
#[doc(hidden)]
pub mod datafile;
pub mod fxhash;
pub mod invariants;
pub mod keywords;
pub mod lang;
pub mod normalize;
#[cfg(any(target_arch = "wasm32", test))]
mod panic_text;
pub mod quotes;
mod sort;
pub mod text;
mod ucd;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{
    analyze, Analysis, AnalyzeOptions, Analyzer, Error, Highlight, Keyword, KeywordSource,
    KeywordSpec, Limits,
};
pub use normalize::{normalize, Normalized, Profile};
pub use quotes::{Quote, QuoteKind};
pub use text::Stats;

/// A half-open range of UTF-8 byte offsets into the analysed text.
pub type Span = std::ops::Range<usize>;
