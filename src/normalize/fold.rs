//! Character-level rules: what one character becomes in each profile, computed from the data
//! files and the Unicode tables of `unicode-normalization`. Only used to build the lookup
//! pages of [`super::table`] (and for the rare characters outside the Basic Multilingual
//! Plane), never per character of the hot path.

use crate::ucd::{
    canonical_combining_class, decompose_canonical, decompose_compatible, nfc_unstable,
};

use super::data::{data, in_ranges, Data, Invisible};

/// True for the Arabic presentation-form blocks (FB50–FDFF, FE70–FEFC).
pub(crate) fn is_arabic_presentation(cp: u32) -> bool {
    (0xFB50..=0xFDFF).contains(&cp) || (0xFE70..=0xFEFC).contains(&cp)
}

/// True if `search` deletes `cp` outright (marks, tatweel, invisible format characters).
pub(crate) fn search_deleted(d: &Data, cp: u32) -> bool {
    in_ranges(d.arabic_marks, cp) || in_ranges(d.diacritics, cp) || d.invisible(cp).is_some()
}

/// The compatibility decomposition of a presentation form, without the carrier space or
/// tatweel of the isolated/medial harakat forms (FC5E–FC63, FCF2–FCF4, FE70–FE7F).
pub(crate) fn compatibility(c: char, out: &mut String) {
    let cp = c as u32;
    let mut first = true;
    decompose_compatible(c, |p| {
        let carrier = first && is_arabic_presentation(cp) && (p == ' ' || p == '\u{0640}');
        first = false;
        if !carrier {
            out.push(p);
        }
    });
}

/// One round of the `search` folding of `c`, appended to `out`.
fn fold_once(d: &Data, c: char, out: &mut String) {
    let cp = c as u32;
    if search_deleted(d, cp) {
        return;
    }
    if c.is_whitespace() {
        out.push(' ');
        return;
    }
    if let Some((_, e)) = d.expansions.iter().find(|e| e.0 == cp) {
        out.push_str(e);
        return;
    }
    if d.compatibility(cp, false) {
        compatibility(c, out);
        return;
    }
    if let Some(t) = (d.arabic_letters.iter())
        .find(|e| u32::from(e.0) == cp)
        .and_then(|&(_, t)| char::from_u32(u32::from(t)))
    {
        out.push(t);
        return;
    }
    if let Some(t) = d.digit(cp) {
        out.push(t);
        return;
    }
    let mut decomposed = false;
    decompose_canonical(c, |p| {
        if p != c {
            decomposed = true;
        }
    });
    if decomposed {
        decompose_canonical(c, |p| out.push(p));
        return;
    }
    if let Some(f) = d.casefold(cp) {
        out.push_str(f);
        return;
    }
    out.extend(crate::ucd::to_lowercase(c));
}

/// The `search` folding of one character, applied until nothing changes (so that folding
/// the result again gives the result: the profile is idempotent).
pub(crate) fn search_fold(c: char) -> String {
    let d = data();
    let mut cur = String::new();
    fold_once(d, c, &mut cur);
    for _ in 0..8 {
        let mut next = String::with_capacity(cur.len());
        for ch in cur.chars() {
            fold_once(d, ch, &mut next);
        }
        if next == cur {
            break;
        }
        cur = next;
    }
    canonical_order(&cur)
}

/// Sorts each run of non-starters by canonical combining class (stable), as NFD does.
pub(crate) fn canonical_order(s: &str) -> String {
    let mut chars: Vec<char> = s.chars().collect();
    let mut start = 0;
    while start < chars.len() {
        let mut end = start;
        while chars
            .get(end)
            .is_some_and(|&c| canonical_combining_class(c) != 0)
        {
            end += 1;
        }
        if end > start {
            if let Some(run) = chars.get_mut(start..end) {
                crate::sort::sort_by_key(run, |&c| canonical_combining_class(c));
            }
            start = end;
        } else {
            start += 1;
        }
    }
    chars.into_iter().collect()
}

/// What `clean` does with a character that is not whitespace or invisible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum CleanClass {
    /// Kept; cannot interact with its neighbours under NFC.
    Stable,
    /// Kept, but goes through canonical composition (a mark, a composing starter, or a
    /// character NFC replaces).
    Nfc,
    /// A presentation form: replaced by these characters (then composed).
    Map(String),
}

/// The `clean` class of `c` (not whitespace, not listed in `invisible.txt`).
pub(crate) fn clean_class(c: char) -> CleanClass {
    let d = data();
    let cp = c as u32;
    if d.compatibility(cp, true) {
        let mut s = String::new();
        compatibility(c, &mut s);
        if s != c.to_string() {
            return CleanClass::Map(s);
        }
    }
    if canonical_combining_class(c) != 0 || d.nfc_maybe.binary_search(&cp).is_ok() {
        return CleanClass::Nfc;
    }
    if nfc_unstable(c) {
        return CleanClass::Nfc;
    }
    CleanClass::Stable
}

/// The kind of an invisible character, if `c` is listed in `invisible.txt`.
pub(crate) fn invisible(c: char) -> Option<Invisible> {
    data().invisible(c as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str) -> String {
        s.chars().map(search_fold).collect()
    }

    #[test]
    fn arabic_letters_fold() {
        assert_eq!(f("آأإٱٲٳٵ"), "ااااااا");
        assert_eq!(f("ؤئ"), "وي");
        assert_eq!(f("ىیےې"), "يييي");
        assert_eq!(f("ةۃ"), "هه");
        assert_eq!(f("ۀہھە"), "هههه");
        assert_eq!(f("کڪ"), "كك");
        assert_eq!(f("ۂۓ"), "هي");
    }

    #[test]
    fn latin_case_and_marks() {
        assert_eq!(f("Café"), "cafe");
        assert_eq!(f("ß"), "ss");
        assert_eq!(f("ẞ"), "ss");
        assert_eq!(f("ﬁ"), "fi");
        assert_eq!(f("Ａ"), "a");
        assert_eq!(f("İ"), "i");
        assert_eq!(f("ς"), "σ");
        assert_eq!(f("µ"), "μ");
        assert_eq!(f("Ǖ"), "u");
    }

    #[test]
    fn presentation_forms() {
        assert_eq!(f("\u{FEFB}"), "لا");
        assert_eq!(f("\u{FEF5}"), "لا");
        assert_eq!(f("\u{FDF2}"), "الله");
        assert_eq!(f("\u{FDFD}"), "بسم الله الرحمن الرحيم");
        for cp in (0xFC5E..=0xFC63)
            .chain(0xFCF2..=0xFCF4)
            .chain(0xFE70..=0xFE7F)
        {
            if cp == 0xFE73 || cp == 0xFE75 {
                continue; // TAIL FRAGMENT (no decomposition) and unassigned
            }
            let c = char::from_u32(cp).unwrap();
            assert_eq!(search_fold(c), "", "U+{cp:04X}");
        }
    }

    #[test]
    fn folding_is_a_fixpoint() {
        for cp in 0..0x3_0000u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let once = search_fold(c);
            let twice: String = once.chars().map(search_fold).collect();
            assert_eq!(
                canonical_order(&twice),
                once,
                "U+{cp:04X} {c} → {once:?} → {twice:?}"
            );
        }
    }

    #[test]
    fn clean_classes() {
        assert_eq!(clean_class('a'), CleanClass::Stable);
        assert_eq!(clean_class('é'), CleanClass::Stable);
        assert_eq!(clean_class('\u{0301}'), CleanClass::Nfc);
        assert_eq!(clean_class('\u{2126}'), CleanClass::Nfc);
        assert_eq!(clean_class('\u{1161}'), CleanClass::Nfc);
        assert_eq!(clean_class('\u{FEFB}'), CleanClass::Map("لا".into()));
        assert_eq!(clean_class('\u{FE76}'), CleanClass::Map("\u{064E}".into()));
        assert_eq!(clean_class('\u{FDFA}'), CleanClass::Stable);
        assert_eq!(clean_class('ﬁ'), CleanClass::Stable);
    }
}
