//! Generates `$OUT_DIR/ucd.rs`: the Unicode normalization properties the crate uses
//! (canonical combining class, combining marks, canonical and compatibility decompositions,
//! NFC-unstable characters; `src/ucd.rs` derives the canonical compositions from them),
//! computed from the `unicode-normalization` crate itself (a build dependency, the version
//! `Cargo.lock` pins) and written compactly; also the case foldings of
//! `src/normalize/data/casefold.txt` in the same compact form.
//!
//! Why: that crate's own tables are perfect-hash arrays in random key order, about 128 KB in
//! the WebAssembly module and 65 KB of it gzipped; the same facts as sorted, delta-coded lists
//! and runs are a fraction of that. `src/ucd.rs` reads them; its tests compare every
//! code point (and every composition pair) with the crate, so the behaviour is the crate's.

use std::fmt::Write as _;

use unicode_normalization::char::{
    canonical_combining_class, decompose_canonical, decompose_compatible, is_combining_mark,
};
use unicode_normalization::UnicodeNormalization;

/// The class value of a combining mark of canonical combining class 0 (no class is 255).
const MARK_OF_CLASS_0: u8 = 255;

fn chars() -> impl Iterator<Item = char> {
    (0..0x11_0000u32).filter_map(char::from_u32)
}

fn is_hangul_syllable(c: char) -> bool {
    (0xAC00..0xAC00 + 11172).contains(&(c as u32))
}

fn varint(out: &mut Vec<u8>, mut v: u32) {
    loop {
        let b = (v & 0x7F) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// The values of `f` for U+0000 up to the last nonzero one, as runs: one value byte and one
/// varint length each (`src/ucd.rs` expands them at first use into 64-code-point blocks).
fn runs(f: impl Fn(char) -> u8) -> (Vec<u8>, Vec<u8>, u32) {
    let end = chars()
        .filter(|&c| f(c) != 0)
        .map(|c| c as u32 + 1)
        .max()
        .unwrap_or(0);
    let (mut values, mut lens) = (Vec::new(), Vec::new());
    let mut start = 0;
    while start < end {
        let v = char::from_u32(start).map_or(0, &f);
        let mut next = start + 1;
        while next < end && char::from_u32(next).map_or(0, &f) == v {
            next += 1;
        }
        values.push(v);
        varint(&mut lens, next - start);
        start = next;
    }
    // `src/ucd.rs` expands the runs into 64-code-point blocks with a one-byte index (block 0
    // all zero): fewer than 256 blocks may hold a nonzero value.
    let blocks = (0..end.div_ceil(64))
        .filter(|b| (b * 64..(b + 1) * 64).any(|cp| char::from_u32(cp).map_or(0, &f) != 0))
        .count();
    assert!(blocks < 256, "{blocks} blocks with a nonzero value");
    (values, lens, end)
}

/// Zigzag: small negative and positive differences as small numbers.
fn zigzag(v: i64) -> u32 {
    (if v < 0 { (-v << 1) - 1 } else { v << 1 }) as u32
}

/// Decompositions in three columns (compressed better than one record after another): the
/// code point deltas, the lengths (one byte each), then the characters, each as the zigzag
/// difference with the character at the same position in the previous entry.
fn decompositions(
    f: impl Fn(char) -> Option<Vec<char>>,
) -> (Vec<u8>, Vec<u8>, Vec<u8>, usize, usize) {
    columns(chars().filter_map(|c| Some((c as u32, f(c)?))))
}

/// The three columns of [`decompositions`] for any mapping, keys ascending.
fn columns(
    entries: impl Iterator<Item = (u32, Vec<char>)>,
) -> (Vec<u8>, Vec<u8>, Vec<u8>, usize, usize) {
    let (mut keys, mut lens, mut out) = (Vec::new(), Vec::new(), Vec::new());
    let mut prev = 0;
    let mut above = [0i64; 32];
    let (mut n, mut total) = (0, 0);
    for (cp, d) in entries {
        assert!(n == 0 || cp > prev, "keys not ascending");
        varint(&mut keys, cp - prev);
        prev = cp;
        assert!(d.len() <= above.len(), "decomposition longer than 32");
        lens.push(d.len() as u8);
        for (x, a) in d.iter().zip(above.iter_mut()) {
            varint(&mut out, zigzag(*x as i64 - *a));
            *a = *x as i64;
        }
        n += 1;
        total += d.len();
    }
    (keys, lens, out, n, total)
}

/// `src/normalize/data/casefold.txt` (the full case foldings that differ from the lowercase
/// mapping) in the three columns of [`decompositions`]: the text file, with its sources and
/// character names, stays the data (the module is 0.3 KB smaller gzipped than with the text).
/// Parsed as `normalize::data` parsed it: comments and blank lines skipped, `CODE ; CODES`,
/// unparsable lines ignored, sorted by code (`src/normalize/data.rs` has the test that the
/// table equals the text).
fn casefold(src: &mut String) {
    let path = "src/normalize/data/casefold.txt";
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(path).expect("cannot read casefold.txt");
    let hex = |s: &str| u32::from_str_radix(s.trim(), 16).ok();
    let mut entries: Vec<(u32, Vec<char>)> = text
        .lines()
        .filter_map(|l| {
            let l = l.split('#').next().unwrap_or("").trim();
            let (k, v) = l.split_once(';').unwrap_or((l, ""));
            let v: Option<Vec<char>> = v
                .split_whitespace()
                .map(|h| hex(h).and_then(char::from_u32))
                .collect();
            Some((hex(k)?, v?))
        })
        .collect();
    entries.sort_by_key(|e| e.0);
    let (keys, lens, chars, n, total) = columns(entries.into_iter());
    emit_bytes(src, "CASEFOLD_KEYS", &keys);
    emit_bytes(src, "CASEFOLD_LENS", &lens);
    emit_bytes(src, "CASEFOLD_CHARS", &chars);
    writeln!(src, "const CASEFOLD_LEN: (usize, usize) = ({n}, {total});").ok();
}

fn emit_bytes(src: &mut String, name: &str, bytes: &[u8]) {
    writeln!(src, "static {name}: [u8; {}] = [", bytes.len()).ok();
    for chunk in bytes.chunks(32) {
        let line: Vec<String> = chunk.iter().map(|b| b.to_string()).collect();
        writeln!(src, "    {},", line.join(",")).ok();
    }
    writeln!(src, "];").ok();
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let mut src = String::from("// Generated by build.rs from the unicode-normalization crate.\n");

    // One table for both properties (every character of a nonzero class is a mark): the
    // combining class, or MARK_OF_CLASS_0 for a mark of class 0. The last run of marks (the
    // variation selectors E0100–E01EF, of class 0) is a range instead, so the table ends at
    // U+1E9xx (−0.6 KB gzipped against two tries, issue #7). Runs of equal values (989) rather
    // than a trie of 64-code-point blocks: −0.24 KB gzipped (BENCHMARKS.md, session 48 size-f).
    let last = (0..0x11_0000u32)
        .rev()
        .filter_map(char::from_u32)
        .find(|&c| is_combining_mark(c))
        .expect("no combining mark") as u32;
    let mut tail = last;
    while char::from_u32(tail - 1).is_some_and(is_combining_mark) {
        tail -= 1;
    }
    let (values, lens, end) = runs(|c| {
        let ccc = canonical_combining_class(c);
        assert!(
            ccc == 0 || is_combining_mark(c),
            "{c:?}: a class but not a mark"
        );
        assert!(ccc != MARK_OF_CLASS_0, "{c:?}: class {MARK_OF_CLASS_0}");
        match (ccc, is_combining_mark(c)) {
            _ if c as u32 >= tail => {
                assert_eq!(ccc, 0, "{c:?}: a class in the last run of marks");
                0
            }
            (0, true) => MARK_OF_CLASS_0,
            (ccc, _) => ccc,
        }
    });
    emit_bytes(&mut src, "CLASS_VALUES", &values);
    emit_bytes(&mut src, "CLASS_LENS", &lens);
    writeln!(src, "const CLASS_END: usize = {end};").ok();
    writeln!(src, "const MARK_OF_CLASS_0: u8 = {MARK_OF_CLASS_0};").ok();
    writeln!(
        src,
        "const LAST_MARKS: (u32, u32) = (0x{tail:X}, 0x{last:X});"
    )
    .ok();

    let blocks = compatibility_blocks();
    let canonical = |c: char| {
        let mut d = Vec::new();
        decompose_canonical(c, |x| d.push(x));
        (d != [c]).then_some(d)
    };
    // Hangul syllables are decomposed by arithmetic in src/ucd.rs, not listed.
    for (name, list) in [
        (
            "CANONICAL",
            decompositions(|c| {
                if is_hangul_syllable(c) {
                    None
                } else {
                    canonical(c)
                }
            }),
        ),
        // Only where the compatibility decomposition differs from the canonical one, and only
        // in the blocks of src/normalize/data/compatibility.txt: the normalizer decomposes
        // nothing else that way (2,938 of the crate's 3,917 are elsewhere: ², ½, ℌ, ①, the
        // mathematical letters, the CJK squares…; −3.5 KB gzipped, issue #7).
        (
            "COMPATIBILITY",
            decompositions(|c| {
                if is_hangul_syllable(c) || !in_blocks(&blocks, c) {
                    return None;
                }
                let mut d = Vec::new();
                decompose_compatible(c, |x| d.push(x));
                (Some(&d) != canonical(c).as_ref() && d != [c]).then_some(d)
            }),
        ),
    ] {
        let (keys, lens, chars, n, total) = list;
        emit_bytes(&mut src, &format!("{name}_KEYS"), &keys);
        emit_bytes(&mut src, &format!("{name}_LENS"), &lens);
        emit_bytes(&mut src, &format!("{name}_CHARS"), &chars);
        writeln!(src, "const {name}_LEN: (usize, usize) = ({n}, {total});").ok();
    }

    // The canonical compositions are not stored: src/ucd.rs derives them from the canonical
    // decompositions and the NFC-unstable list.

    // Characters that NFC changes on their own (singletons, excluded and non-starter
    // decompositions).
    let mut unstable = Vec::new();
    let mut prev = 0;
    let mut n_unstable = 0;
    for c in chars() {
        if !std::iter::once(c).nfc().eq(std::iter::once(c)) {
            varint(&mut unstable, c as u32 - prev);
            prev = c as u32;
            n_unstable += 1;
        }
    }
    emit_bytes(&mut src, "NFC_UNSTABLE", &unstable);
    writeln!(src, "const NFC_UNSTABLE_LEN: usize = {n_unstable};").ok();

    lowercase(&mut src);
    casefold(&mut src);

    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("ucd.rs"), src).expect("cannot write ucd.rs");
    std::fs::write(out.join("word_break.rs"), word_break()).expect("cannot write word_break.rs");
    std::fs::write(out.join("normalize_data.rs"), normalize_data())
        .expect("cannot write normalize_data.rs");
}

/// The blocks of `src/normalize/data/compatibility.txt` (any profile), `(first, last)`: where
/// the normalizer applies compatibility decomposition, so where `src/ucd.rs` needs it.
/// Parsed as [`normalize_data`] parses the file.
fn compatibility_blocks() -> Vec<(u32, u32)> {
    data_lines("compatibility.txt")
        .iter()
        .filter_map(|l| hex_range(l.split(';').next().unwrap_or("")))
        .collect()
}

/// A data file's code point or range, `0041` or `0041..005A`, as `(first, last)`.
fn hex_range(s: &str) -> Option<(u32, u32)> {
    let hex = |s: &str| u32::from_str_radix(s.trim(), 16).ok();
    match s.split_once("..") {
        Some((a, b)) => Some((hex(a)?, hex(b)?)),
        None => hex(s).map(|a| (a, a)),
    }
}

fn in_blocks(blocks: &[(u32, u32)], c: char) -> bool {
    blocks.iter().any(|&(a, b)| (a..=b).contains(&(c as u32)))
}

/// The entry lines of a data file of `src/normalize/data/` as `normalize::data` reads them
/// (comments and blank lines dropped, each line cut at its first `#` and trimmed).
fn data_lines(name: &str) -> Vec<String> {
    let path = format!("src/normalize/data/{name}");
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// The data files of the normalizer (all but `casefold.txt`, see [`casefold`]) as static
/// tables for `src/normalize/data.rs`, parsed here as that module parsed them at first use
/// (unparsable lines ignored; its tests compare the tables with the text parsed at run time):
/// the module then carries neither the text nor the code that parsed it (issue #7).
fn normalize_data() -> String {
    let hex = |s: &str| u32::from_str_radix(s.trim(), 16).ok();
    let range = hex_range;
    let split = |l: &str| -> (String, String) {
        match l.split_once(';') {
            Some((k, v)) => (k.trim().to_string(), v.trim().to_string()),
            None => (l.trim().to_string(), String::new()),
        }
    };
    let ch = |c: char| format!("'\\u{{{:X}}}'", c as u32);
    let mut src = String::from("// Generated by build.rs from src/normalize/data/*.txt.\n");
    let mut table = |name: &str, ty: &str, items: Vec<String>| {
        writeln!(src, "static {name}: [{ty}; {}] = [", items.len()).ok();
        for item in items {
            writeln!(src, "    {item},").ok();
        }
        writeln!(src, "];").ok();
    };
    let ranges = |file: &str| -> Vec<String> {
        data_lines(file)
            .iter()
            .filter_map(|l| range(l))
            .map(|(a, b)| format!("(0x{a:X}, 0x{b:X})"))
            .collect()
    };
    table(
        "ARABIC_MARKS_TABLE",
        "(u16, u16)",
        ranges("arabic_marks.txt"),
    );
    table("DIACRITICS_TABLE", "(u16, u16)", ranges("diacritics.txt"));
    let invisible = data_lines("invisible.txt")
        .iter()
        .filter_map(|l| {
            let (k, v) = split(l);
            let kind = match v.as_str() {
                "bidi" => "Bidi",
                "embed" => "Embed",
                "zwj" => "Zwj",
                "zwnj" => "Zwnj",
                _ => "Delete",
            };
            range(&k).map(|(a, b)| format!("(0x{a:X}, 0x{b:X}, Invisible::{kind})"))
        })
        .collect();
    table("INVISIBLE_TABLE", "(u16, u16, Invisible)", invisible);
    let letters = data_lines("arabic_letters.txt")
        .iter()
        .filter_map(|l| {
            let (k, v) = split(l);
            let (k, t) = (hex(&k)?, hex(&v).and_then(char::from_u32)?);
            Some(format!("(0x{k:X}, 0x{:X})", t as u32))
        })
        .collect();
    table("ARABIC_LETTERS_TABLE", "(u16, u16)", letters);
    let (mut digits, mut separators) = (Vec::new(), Vec::new());
    for l in data_lines("digits.txt") {
        let (k, v) = split(&l);
        match (range(&k), hex(&v)) {
            (Some((a, b)), Some(t)) if a == b => {
                if let Some(t) = char::from_u32(t) {
                    separators.push(format!("(0x{a:X}, {})", ch(t)));
                }
            }
            (Some((a, b)), Some(t)) => digits.push(format!("(0x{a:X}, 0x{b:X}, 0x{t:X})")),
            _ => {}
        }
    }
    table("DIGITS_TABLE", "(u16, u16, u16)", digits);
    table("SEPARATORS_TABLE", "(u32, char)", separators);
    let compatibility = data_lines("compatibility.txt")
        .iter()
        .filter_map(|l| {
            let (k, v) = split(l);
            let (a, b) = range(&k)?;
            let search = v.split_whitespace().any(|p| p == "search");
            let clean = v.split_whitespace().any(|p| p == "clean");
            Some(format!("(0x{a:X}, 0x{b:X}, {search}, {clean})"))
        })
        .collect();
    table(
        "COMPATIBILITY_TABLE",
        "(u16, u16, bool, bool)",
        compatibility,
    );
    let expansions = data_lines("expansions.txt")
        .iter()
        .filter_map(|l| {
            let (k, v) = split(l);
            let k = hex(&k)?;
            let v: Option<String> = v
                .split_whitespace()
                .map(|h| hex(h).and_then(char::from_u32))
                .collect();
            Some(format!("(0x{k:X}, {:?})", v?))
        })
        .collect();
    table("EXPANSIONS_TABLE", "(u32, &str)", expansions);
    // Sorted code points as varint differences, summed at first use (`ucd::sums`): −0.1 KB
    // gzipped against `u32` tables (session 51).
    let deltas = |file: &str| -> (Vec<u8>, usize) {
        let mut codes: Vec<u32> = data_lines(file).iter().filter_map(|l| hex(l)).collect();
        codes.sort_unstable();
        let mut bytes = Vec::new();
        let mut prev = 0;
        for &c in &codes {
            varint(&mut bytes, c - prev);
            prev = c;
        }
        (bytes, codes.len())
    };
    let maybe = deltas("nfc_maybe.txt");
    let zwnj_letters = deltas("zwnj_letters.txt");
    let languages = data_lines("zwnj_languages.txt")
        .iter()
        .map(|l| format!("{l:?}"))
        .collect();
    table("ZWNJ_LANGUAGES_TABLE", "&str", languages);
    for (name, (bytes, n)) in [("NFC_MAYBE", maybe), ("ZWNJ_LETTERS", zwnj_letters)] {
        emit_bytes(&mut src, &format!("{name}_DELTAS"), &bytes);
        writeln!(src, "const {name}_LEN: usize = {n};").ok();
    }
    src
}

/// The values of `src/text/data/word_break.txt`, in the order of the constants of
/// `src/text/uax29.rs` (0 = Other, the value of unlisted code points).
const WORD_BREAK_NAMES: [&str; 19] = [
    "Other",
    "CR",
    "LF",
    "Newline",
    "Extend",
    "ZWJ",
    "Regional_Indicator",
    "Format",
    "Katakana",
    "Hebrew_Letter",
    "ALetter",
    "Single_Quote",
    "Double_Quote",
    "MidNumLet",
    "MidLetter",
    "MidNum",
    "Numeric",
    "ExtendNumLet",
    "WSegSpace",
];

/// `src/text/data/word_break.txt` as runs over all code points in two columns: the value of
/// each run (the Word_Break value's index in [`WORD_BREAK_NAMES`], + 32 when
/// Extended_Pictographic) and its length (varint), see [`word_break_runs`]; the last run ends at
/// U+10FFFF. About 1.7 KB (0.9 KB gzipped), where unicode-segmentation's range tables are 16 KB.
fn word_break() -> String {
    let path = "src/text/data/word_break.txt";
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(path).expect("cannot read word_break.txt");
    let mut value = vec![0u8; 0x11_0000];
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let (range, name) = line.split_once(';').expect("word_break.txt: CODES ; VALUE");
        let (first, last) = range
            .trim()
            .split_once("..")
            .unwrap_or((range.trim(), range.trim()));
        let hex = |s: &str| u32::from_str_radix(s, 16).expect("word_break.txt: hex code point");
        let (first, last) = (hex(first), hex(last));
        assert!(
            first <= last && last < 0x11_0000,
            "word_break.txt: range {range}"
        );
        let name = name.trim();
        for v in value
            .iter_mut()
            .take(last as usize + 1)
            .skip(first as usize)
        {
            if name == "Extended_Pictographic" {
                *v |= 32;
            } else {
                assert!(*v & 31 == 0, "word_break.txt: two values for {first:04X}");
                *v |= WORD_BREAK_NAMES
                    .iter()
                    .position(|n| *n == name)
                    .unwrap_or_else(|| panic!("word_break.txt: unknown value {name}"))
                    as u8;
            }
        }
    }
    let (values, lens) = word_break_runs(&value);
    let mut src = String::from("// Generated by build.rs from src/text/data/word_break.txt.\n");
    emit_bytes(&mut src, "WORD_BREAK_VALUES", &values);
    emit_bytes(&mut src, "WORD_BREAK_LENS", &lens);
    src
}

/// The value of a code point in a run that predicts (see [`word_break_runs`]): Extend for a
/// combining mark, ALetter for another alphabetic character, the run's value otherwise.
fn word_break_predicted(cp: usize, run_value: u8) -> u8 {
    let name = |n: &str| WORD_BREAK_NAMES.iter().position(|x| *x == n).unwrap_or(0) as u8;
    match char::from_u32(cp as u32) {
        Some(c) if is_combining_mark(c) => name("Extend"),
        Some(c) if c.is_alphabetic() => name("ALetter"),
        _ => run_value,
    }
}

/// The Word_Break values (`value`, one per code point) as runs in two columns: the value of
/// each run and its length (varint). A run marked [`WORD_BREAK_PREDICTS`] holds, besides
/// characters of its value, combining marks of value Extend and alphabetic characters of
/// value ALetter (`char::is_alphabetic` of the toolchain's std, which the host and the wasm
/// target share; `src/text/uax29.rs` decodes with the same rule, [`word_break_predicted`]):
/// 761 runs instead of 2,211, −1.0 KB gzipped. Greedy: a run goes on while it decodes the
/// next code point right; a run that needs no prediction is not marked.
fn word_break_runs(value: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let decodes = |cp: usize, (v, predicts): (u8, bool)| {
        value.get(cp).copied()
            == Some(if predicts {
                word_break_predicted(cp, v)
            } else {
                v
            })
    };
    // (start, value, predicts)
    let mut runs: Vec<(usize, u8, bool)> = Vec::new();
    for (cp, &v) in value.iter().enumerate() {
        if runs.last().is_some_and(|r| decodes(cp, (r.1, r.2))) {
            continue;
        }
        runs.push((cp, v, word_break_predicted(cp, v) == v));
    }
    let (mut values, mut lens) = (Vec::new(), Vec::new());
    for (i, &(start, v, predicts)) in runs.iter().enumerate() {
        let end = runs.get(i + 1).map_or(value.len(), |r| r.0);
        let needed = predicts
            && value
                .get(start..end)
                .is_some_and(|r| r.iter().any(|&x| x != v));
        values.push(if needed { v | WORD_BREAK_PREDICTS } else { v });
        varint(&mut lens, (end - start) as u32);
        assert!(
            (start..end).all(|cp| decodes(cp, (v, needed))),
            "word_break.txt: run at {start:04X} does not decode"
        );
    }
    (values, lens)
}

/// The flag of a Word_Break run value that predicts Extend and ALetter (as in
/// `src/text/uax29.rs`).
const WORD_BREAK_PREDICTS: u8 = 64;

/// Simple lowercase mappings (`char::to_lowercase` of the toolchain's std, which the host and
/// the wasm target share) as runs (`start`, `len`, `delta`, `every_other`): a run
/// maps `start..start + len` by adding `delta`, every character or (`every_other`) the
/// characters at even offsets, the others mapping to themselves. Mappings to more than one
/// character are listed apart. About 2 KB instead of std's 12 KB table; checked here against
/// std for every code point, and again by the tests of `src/ucd.rs`.
fn lowercase(src: &mut String) {
    let single = |c: char| -> Option<i64> {
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            (Some(x), None) if x != c => Some(x as i64 - c as i64),
            _ => None,
        }
    };
    let mut runs: Vec<(u32, u32, i64, bool)> = Vec::new();
    let mut multi = Vec::new();
    for c in chars() {
        if c.to_lowercase().nth(1).is_some() {
            multi.push((c, c.to_lowercase().collect::<String>()));
            continue;
        }
        let Some(d) = single(c) else { continue };
        let cp = c as u32;
        if let Some(run) = runs.last_mut().filter(|r| r.2 == d) {
            let end = run.0 + run.1;
            if !run.3 && cp == end {
                run.1 += 1;
                continue;
            }
            let unchanged = char::from_u32(end)
                .is_some_and(|n| single(n).is_none() && n.to_lowercase().nth(1).is_none());
            if (run.3 || run.1 == 1) && cp == end + 1 && unchanged {
                run.1 += 2;
                run.3 = true;
                continue;
            }
        }
        runs.push((cp, 1, d, false));
    }
    let lower = |c: char| -> Vec<char> {
        if let Some((_, s)) = multi.iter().find(|m| m.0 == c) {
            return s.chars().collect();
        }
        let cp = c as u32;
        for &(start, len, delta, every_other) in &runs {
            if (start..start + len).contains(&cp) && (!every_other || (cp - start) % 2 == 0) {
                return vec![char::from_u32((cp as i64 + delta) as u32).expect("mapping")];
            }
        }
        vec![c]
    };
    for c in chars() {
        assert_eq!(
            lower(c),
            c.to_lowercase().collect::<Vec<_>>(),
            "lowercase of {c:?}"
        );
    }
    // One varint triple a run (the gap since the previous run's end, `len - 1`, and the
    // zigzag of `delta << 1 | every_other`), expanded by `src/ucd.rs` at first use into the
    // keys `start | (len - 1) << 21` it binary-searches and their values: 1,480 bytes as two
    // `u32` columns, ~700 so (−0.3 KB gzipped of data, session 51).
    let mut bytes = Vec::new();
    let mut end = 0;
    for &(start, len, delta, every_other) in &runs {
        assert!(start >= end && start < 1 << 21 && len <= 1 << 11);
        varint(&mut bytes, start - end);
        varint(&mut bytes, len - 1);
        varint(&mut bytes, zigzag(delta << 1 | i64::from(every_other)));
        end = start + len;
    }
    emit_bytes(src, "LOWER_RUNS", &bytes);
    writeln!(src, "const LOWER_LEN: usize = {};", runs.len()).ok();
    writeln!(
        src,
        "static LOWER_MULTI: [(char, &str); {}] = [",
        multi.len()
    )
    .ok();
    for (c, s) in &multi {
        writeln!(src, "    ({c:?}, {s:?}),").ok();
    }
    writeln!(src, "];").ok();
}
