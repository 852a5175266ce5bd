//! `cargo xtask eval --polnear-dir DIR`: an extra set read from a brat standoff folder laid out
//! like PolNeAR's `data/<split>/` (`text/<docid>.txt`, `attributions/<docid>_<annotator>.ann`;
//! the lexicographically first annotator of each document is used), converted by the rules of
//! `../shared/eval/README.md`, "(a) PolNeAR":
//!
//! * one attribution per brat event (`E…`); roles `Source`, `Cue`, `Content` (and `Content2`,
//!   merged into the content) from the referenced `T` entities; the trigger entity
//!   (`Attribution` / `Attribution-no-source`, the cue's span) is not output; `Discard` /
//!   `Discuss` entities are ignored; an event without a cue or a content is skipped;
//! * brat offsets count code points; discontinuous offsets `s1 e1;s2 e2` are fragments. Here
//!   they become UTF-8 byte offsets (the scorer's unit; the shared JSON's UTF-16 offsets are
//!   mapped to the same bytes);
//! * `type` from the quotation marks of the document (see `quoted_regions` and `kind`).
//!
//! Meant for PolNeAR's TRAIN split (development material): nothing requires the folder, and
//! its per-item output may be printed (`--verbose`).

use std::collections::BTreeMap;
use std::fs;
use std::ops::Range;
use std::path::Path;

use super::{Doc, Gold, GoldKind, Set};

/// The kind the README's rule derives from the quotation marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Direct,
    Mixed,
    Indirect,
}

/// One converted attribution, in UTF-8 byte offsets into the document.
#[derive(Debug, Clone)]
pub(super) struct Attribution {
    pub kind: Kind,
    /// The brat event type (`Attribution`, `Attribution-no-source`).
    pub label: String,
    pub content: Vec<Range<usize>>,
    pub source: Vec<Range<usize>>,
    pub cue: Vec<Range<usize>>,
}

/// A converted document: its attributions, and how many entities' text differs from the
/// document at their offsets (the README's check; 0 for a faithful transcription).
pub(super) struct Converted {
    pub attributions: Vec<Attribution>,
    pub mismatched: usize,
}

const DOUBLE: [char; 7] = ['"', '“', '”', '„', '‟', '«', '»'];
const SINGLE: [char; 6] = ['\'', '‘', '’', '‚', '‹', '›'];

/// A mark at code point `i` of `chars`: its length in code points (1, or 2 for `''` and
/// ` `` `), or 0 if none of `marks` starts there (the two-character marks are double marks).
fn mark_len(chars: &[char], i: usize, double: bool) -> usize {
    let c = chars.get(i).copied();
    let next = chars.get(i + 1).copied();
    if double {
        match (c, next) {
            (Some('\''), Some('\'')) | (Some('`'), Some('`')) => 2,
            (Some(c), _) if DOUBLE.contains(&c) => 1,
            _ => 0,
        }
    } else {
        match c {
            Some(c) if SINGLE.contains(&c) => 1,
            _ => 0,
        }
    }
}

/// Opening: start or white space before, a non-space after. Closing: a non-space before, and
/// white space, punctuation or the paragraph end after.
fn opens_closes(before: Option<char>, after: Option<char>) -> (bool, bool) {
    let opens = before.is_none_or(char::is_whitespace) && after.is_some_and(|c| !c.is_whitespace());
    let closes = before.is_some_and(|c| !c.is_whitespace())
        && after.is_none_or(|c| c.is_whitespace() || !c.is_alphanumeric());
    (opens, closes)
}

/// The quoted regions of the document, one flag per code point (README rule 1): per paragraph
/// (split on `\n`), double marks by context (an opening mark inside an open quote keeps it
/// open, a stray closing mark is ignored, an unclosed quote runs to the paragraph end); then
/// single marks outside the double regions, opening only before an alphanumeric character and
/// counted only when closed in the same paragraph (`’` before a letter does not close).
pub(super) fn quoted_regions(chars: &[char]) -> Vec<bool> {
    let mut inside = vec![false; chars.len()];
    let mut start = 0;
    while start <= chars.len() {
        let end = chars
            .get(start..)
            .and_then(|r| r.iter().position(|&c| c == '\n'))
            .map_or(chars.len(), |p| start + p);
        for double in [true, false] {
            let mut open: Option<usize> = None;
            let mut i = start;
            while i < end {
                if !double && inside.get(i).copied().unwrap_or(false) {
                    i += 1;
                    continue;
                }
                let len = mark_len(chars, i, double);
                if len == 0 {
                    i += 1;
                    continue;
                }
                let before = i
                    .checked_sub(1)
                    .filter(|&b| b >= start)
                    .and_then(|b| chars.get(b));
                let after = Some(i + len)
                    .filter(|&a| a < end)
                    .and_then(|a| chars.get(a));
                let (opens, closes) = opens_closes(before.copied(), after.copied());
                let opens = opens && (double || after.is_some_and(|c| c.is_alphanumeric()));
                if opens {
                    open = open.or(Some(i));
                } else if closes {
                    if let Some(o) = open.take() {
                        for f in inside.get_mut(o..i + len).into_iter().flatten() {
                            *f = true;
                        }
                    }
                }
                i += len;
            }
            if let (Some(o), true) = (open, double) {
                for f in inside.get_mut(o..end).into_iter().flatten() {
                    *f = true;
                }
            }
        }
        start = end + 1;
    }
    inside
}

/// README rule 2: alphanumeric characters of the content inside / outside the quoted regions.
fn kind(chars: &[char], inside: &[bool], content: &[Range<usize>]) -> Kind {
    let (mut n_in, mut n_out, mut double_mark) = (0usize, 0usize, false);
    for r in content {
        for i in r.clone() {
            let Some(&c) = chars.get(i) else { continue };
            if c.is_alphanumeric() {
                if inside.get(i).copied().unwrap_or(false) {
                    n_in += 1;
                } else {
                    n_out += 1;
                }
            }
        }
        // A double mark inside the span (`''` and ` `` ` wholly inside).
        let frag = chars.get(r.clone()).unwrap_or_default();
        double_mark |= (0..frag.len()).any(|i| mark_len(frag, i, true) > 0);
    }
    match (n_in, n_out) {
        (0, _) if double_mark => Kind::Mixed,
        (0, _) => Kind::Indirect,
        (_, 0) => Kind::Direct,
        _ => Kind::Mixed,
    }
}

/// Converts one brat `.ann` file of `text` (offsets in code points) by the README's rules.
pub(super) fn convert(text: &str, ann: &str) -> Result<Converted, String> {
    let chars: Vec<char> = text.chars().collect();
    // Code point index -> byte offset (one past the end included).
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect();
    let mut entities: BTreeMap<&str, (&str, Vec<Range<usize>>)> = BTreeMap::new();
    let mut mismatched = 0;
    let mut events: Vec<(&str, Vec<(&str, &str)>)> = Vec::new();
    for (n, line) in ann.lines().enumerate() {
        let mut cols = line.split('\t');
        let id = cols.next().unwrap_or("");
        let body = cols.next().unwrap_or("");
        let err = |what: &str| format!("line {}: {what}: {line:?}", n + 1);
        if id.starts_with('T') {
            let (ty, offsets) = body.split_once(' ').ok_or_else(|| err("no offsets"))?;
            let mut frags = Vec::new();
            for frag in offsets.split(';') {
                let (s, e) = frag.split_once(' ').ok_or_else(|| err("bad offsets"))?;
                let s: usize = s.parse().map_err(|_| err("bad offset"))?;
                let e: usize = e.parse().map_err(|_| err("bad offset"))?;
                if s > e || e > chars.len() {
                    return Err(err("offset outside the text"));
                }
                frags.push(s..e);
            }
            let joined: Vec<String> = frags
                .iter()
                .map(|r| chars.get(r.clone()).unwrap_or_default().iter().collect())
                .collect();
            if let Some(written) = cols.next() {
                if joined.join(" ") != written {
                    mismatched += 1;
                }
            }
            entities.insert(id, (ty, frags));
        } else if id.starts_with('E') {
            let mut args = body.split_whitespace();
            let trigger = args.next().unwrap_or("");
            let label = trigger.split(':').next().unwrap_or("");
            let roles = args.filter_map(|a| a.split_once(':')).collect();
            events.push((label, roles));
        }
        // A (attributes), R (relations), # (notes), M, N: not used.
    }
    let byte_span = |r: &Range<usize>| -> Option<Range<usize>> {
        Some(*bytes.get(r.start)?..*bytes.get(r.end)?)
    };
    let inside = quoted_regions(&chars);
    let mut attributions = Vec::new();
    for (label, roles) in events {
        let (mut content, mut source, mut cue) = (Vec::new(), Vec::new(), Vec::new());
        for (role, id) in roles {
            let Some((ty, frags)) = entities.get(id) else {
                return Err(format!("event {label}: unknown entity {id}"));
            };
            if matches!(*ty, "Discard" | "Discuss") {
                continue;
            }
            // Brat numbers a repeated role (`Content2`): merged with the first.
            let slot = match role.trim_end_matches(|c: char| c.is_ascii_digit()) {
                "Content" => &mut content,
                "Source" => &mut source,
                "Cue" => &mut cue,
                _ => continue,
            };
            slot.extend(frags.iter().filter(|r| r.start < r.end).cloned());
        }
        if content.is_empty() || cue.is_empty() {
            continue;
        }
        content.sort_by_key(|r| r.start);
        let kind = kind(&chars, &inside, &content);
        let to_bytes = |v: Vec<Range<usize>>| v.iter().filter_map(byte_span).collect();
        attributions.push(Attribution {
            kind,
            label: label.to_owned(),
            content: to_bytes(content),
            source: to_bytes(source),
            cue: to_bytes(cue),
        });
    }
    Ok(Converted {
        attributions,
        mismatched,
    })
}

/// The set of `dir` (see the module doc), scored like the PolNeAR test set.
pub(super) fn set(dir: &Path) -> Result<Set, String> {
    let text_dir = dir.join("text");
    let ann_dir = dir.join("attributions");
    let mut ids: Vec<String> = fs::read_dir(&text_dir)
        .map_err(|e| format!("reading {}: {e}", text_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| p.file_stem().and_then(|s| s.to_str()).map(str::to_owned))
        .collect();
    ids.sort();
    // docid -> the lexicographically first annotator's file.
    let mut anns: BTreeMap<String, String> = BTreeMap::new();
    for name in fs::read_dir(&ann_dir)
        .map_err(|e| format!("reading {}: {e}", ann_dir.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
    {
        let Some((doc, _annotator)) = name.strip_suffix(".ann").and_then(|s| s.rsplit_once('_'))
        else {
            continue;
        };
        let best = anns.entry(doc.to_owned()).or_insert_with(|| name.clone());
        if name < *best {
            *best = name;
        }
    }
    let (mut docs, mut kinds, mut mismatched, mut skipped) = (Vec::new(), [0usize; 3], 0, 0);
    let mut no_source = 0;
    for id in ids {
        let Some(ann_name) = anns.get(&id) else {
            skipped += 1;
            continue;
        };
        let text_path = text_dir.join(format!("{id}.txt"));
        let text = fs::read_to_string(&text_path)
            .map_err(|e| format!("reading {}: {e}", text_path.display()))?;
        let ann_path = ann_dir.join(ann_name);
        let ann = fs::read_to_string(&ann_path)
            .map_err(|e| format!("reading {}: {e}", ann_path.display()))?;
        let converted = match convert(&text, &ann) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("eval: {}: {e}; document skipped", ann_path.display());
                skipped += 1;
                continue;
            }
        };
        mismatched += converted.mismatched;
        let gold = converted
            .attributions
            .into_iter()
            .map(|a| {
                no_source += usize::from(a.label == "Attribution-no-source");
                let i = match a.kind {
                    Kind::Direct => 0,
                    Kind::Mixed => 1,
                    Kind::Indirect => 2,
                };
                if let Some(k) = kinds.get_mut(i) {
                    *k += 1;
                }
                Gold {
                    kind: match a.kind {
                        Kind::Direct => GoldKind::Marked,
                        Kind::Mixed | Kind::Indirect => GoldKind::Indirect,
                    },
                    mixed: a.kind == Kind::Mixed,
                    content: a.content,
                    source: a.source,
                    cue: a.cue,
                }
            })
            .collect();
        docs.push(Doc {
            name: id.clone(),
            text,
            language: "en",
            gold,
        });
    }
    let [direct, mixed, indirect] = kinds;
    eprintln!(
        "eval: {}: {} documents ({skipped} skipped: no annotation or unreadable), {} \
         attributions (direct {direct}, mixed {mixed}, indirect {indirect}; \
         Attribution-no-source {no_source}); {mismatched} \
         entities whose text differs from the document at their offsets",
        dir.display(),
        docs.len(),
        direct + mixed + indirect,
    );
    // Named after its folder: a sample may hold TRAIN or DEV documents (`tune`, `dev-tune` …).
    let folder = dir.file_name().map_or_else(
        || dir.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    Ok(Set {
        name: format!("PolNeAR sample ({folder})"),
        docs,
        note: "PolNeAR TRAIN/DEV documents given with --polnear-dir (development material: \
               per-item output allowed); gold annotates every attribution, not only speech"
            .to_owned(),
        merge_fragments: true,
        unnested: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Code point offsets of `needle` in `text` (first occurrence at or after `from`).
    fn cp(text: &str, needle: &str, from: usize) -> (usize, usize) {
        let b = text.char_indices().nth(from).map_or(text.len(), |(b, _)| b);
        let at = b + text.get(b..).and_then(|r| r.find(needle)).expect("needle");
        let s = text.get(..at).map_or(0, |p| p.chars().count());
        (s, s + needle.chars().count())
    }

    #[test]
    fn converts_offsets_fragments_and_kinds() {
        // A non-BMP character (4 UTF-8 bytes, 2 UTF-16 units, 1 code point) and multibyte
        // letters before the spans, so code points, bytes and UTF-16 units all differ.
        let text = "𝔸 Zoë said the café was “a disaster” for Gdańsk.\n\
                    “We won,” Maria said, “and we stay.”\n\
                    Él said nothing new, officials claimed.";
        let (s1, e1) = cp(text, "Zoë", 0);
        let (c1, d1) = cp(text, "said", 0);
        let (t1, u1) = cp(text, "the café was “a disaster” for Gdańsk", 0);
        let (a, b) = cp(text, "“We won,”", 0);
        let (c, d) = cp(text, "“and we stay.”", 0);
        let (m, m2) = cp(text, "Maria", 0);
        let (q, q2) = cp(text, "said", b);
        let (x, y) = cp(text, "Él said nothing new", 0);
        let (k, k2) = cp(text, "claimed", 0);
        let ann = format!(
            "T1\tSource {s1} {e1}\tZoë\n\
             T2\tCue {c1} {d1}\tsaid\n\
             T3\tContent {t1} {u1}\tthe café was “a disaster” for Gdańsk\n\
             T4\tAttribution {c1} {d1}\tsaid\n\
             E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n\
             T5\tContent {a} {b};{c} {d}\t“We won,” “and we stay.”\n\
             T6\tSource {m} {m2}\tMaria\n\
             T7\tCue {q} {q2}\tsaid\n\
             T8\tAttribution {q} {q2}\tsaid\n\
             E2\tAttribution:T8 Content:T5 Source:T6 Cue:T7\n\
             T9\tContent {x} {y}\tÉl said nothing new\n\
             T10\tCue {k} {k2}\tclaimed\n\
             T11\tAttribution-no-source {k} {k2}\tclaimed\n\
             T12\tDiscard {x} {y}\tÉl said nothing new\n\
             E3\tAttribution-no-source:T11 Content:T9 Cue:T10\n\
             T13\tContent 0 1\tXX\n\
             E4\tAttribution:T4 Content:T13\n"
        );
        let conv = convert(text, &ann).expect("converts");
        // T13's text does not match the document; E4 has no cue and is skipped.
        assert_eq!(conv.mismatched, 1);
        let a = &conv.attributions;
        assert_eq!(a.len(), 3);
        let get = |r: &Range<usize>| text.get(r.clone()).expect("char boundary");
        let first = a.first().expect("E1");
        assert_eq!(first.kind, Kind::Mixed);
        assert_eq!(
            first.content.iter().map(get).collect::<Vec<_>>(),
            ["the café was “a disaster” for Gdańsk"]
        );
        assert_eq!(first.source.iter().map(get).collect::<Vec<_>>(), ["Zoë"]);
        assert_eq!(first.cue.iter().map(get).collect::<Vec<_>>(), ["said"]);
        let second = a.get(1).expect("E2");
        assert_eq!(second.kind, Kind::Direct);
        assert_eq!(
            second.content.iter().map(get).collect::<Vec<_>>(),
            ["“We won,”", "“and we stay.”"]
        );
        assert_eq!(second.cue.iter().map(get).collect::<Vec<_>>(), ["said"]);
        assert_eq!(second.cue.first().map(|r| r.start), text.find("said,"));
        let third = a.get(2).expect("E3");
        assert_eq!(third.kind, Kind::Indirect);
        assert_eq!(third.label, "Attribution-no-source");
        assert!(third.source.is_empty());
        assert_eq!(
            third.content.iter().map(get).collect::<Vec<_>>(),
            ["Él said nothing new"]
        );
    }

    #[test]
    fn content2_is_merged_and_bad_offsets_are_errors() {
        let text = "He said so, and then he said more.";
        let ann = "T1\tCue 3 7\tsaid\n\
                   T2\tContent 8 10\tso\n\
                   T3\tContent 28 32\tmore\n\
                   T4\tAttribution 3 7\tsaid\n\
                   E1\tAttribution:T4 Cue:T1 Content:T2 Content2:T3\n";
        let conv = convert(text, ann).expect("converts");
        let a = conv.attributions.first().expect("one");
        assert_eq!(a.content, [8..10, 28..32]);
        assert_eq!(a.kind, Kind::Indirect);
        assert!(convert(text, "T1\tCue 3 99\tsaid\n").is_err());
    }

    #[test]
    fn quoted_regions_follow_the_readme_rules() {
        let regions = |s: &str| -> String {
            let chars: Vec<char> = s.chars().collect();
            quoted_regions(&chars)
                .iter()
                .map(|&q| if q { 'q' } else { '.' })
                .collect()
        };
        // Opening and closing by context; a stray closer is ignored.
        assert_eq!(regions("a \"bc\" d"), "..qqqq..");
        assert_eq!(regions("a\" b"), "....");
        // Unclosed: to the paragraph end only.
        assert_eq!(regions("a “bc\nd"), "..qqq..");
        // An opening mark inside an open quote keeps it open.
        assert_eq!(regions("“a “b” c"), "qqqqqq..");
        // Two-character marks.
        assert_eq!(regions("``ab'' c"), "qqqqqq..");
        // Single marks: only closed in the same paragraph; an apostrophe does not close.
        assert_eq!(regions("x ‘ab’ y"), "..qqqq..");
        assert_eq!(regions("x ‘it’s y"), ".........");
        assert_eq!(regions("x 'ab\n'c'"), "......qqq");
        // Single marks inside a double region are not looked at.
        assert_eq!(regions("“a ‘b” c’ d"), "qqqqqq.....");
    }

    #[test]
    fn a_double_mark_without_quoted_letters_makes_mixed() {
        // The content's quotation opens outside the span (a stray closer here).
        let text = "He said x\" and y.";
        let chars: Vec<char> = text.chars().collect();
        let inside = quoted_regions(&chars);
        assert_eq!(
            kind(&chars, &inside, std::slice::from_ref(&(8..16))),
            Kind::Mixed
        );
        assert_eq!(
            kind(&chars, &inside, std::slice::from_ref(&(11..16))),
            Kind::Indirect
        );
    }
}
