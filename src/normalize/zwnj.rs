//! Whether ZWNJ is orthographic in a text (Persian, Urdu …) or junk (Arabic, everything else),
//! decided once per text.
//!
//! When the caller does not name the language, the decision is made on the `search` folding of
//! the start of the text (every ZWNJ deleted), never on the raw text: folding changes the
//! evidence (﷽ becomes four Arabic words, ی becomes ي), and a decision taken on the raw text
//! could differ between `x`, `search(x)` and `clean(x)`, breaking idempotence. The folded text
//! of all three is the same, so all three decide alike.

use std::sync::OnceLock;

use super::data::data;
use crate::fxhash::FxSet;
use crate::lang::{Script, LANGUAGES};

/// How many bytes of folded text the decision looks at: enough to tell Persian from Arabic.
const SAMPLE: usize = 16 * 1024;
/// Folded bytes beyond the sample that must exist before the sample is final: later input
/// can only change the last few characters of the folding (canonical ordering moves a mark
/// back over at most 32 characters; the final space is dropped at the end).
const MARGIN: usize = 256;

/// Whether ZWNJ is part of the spelling of the text being normalized; detected lazily.
#[derive(Debug, Clone)]
pub(crate) struct Zwnj {
    keep: Option<bool>,
}

impl Zwnj {
    /// For a text in `language` (`None`: decide from the text when a ZWNJ needs it).
    pub(crate) fn new(language: Option<&str>) -> Self {
        Zwnj {
            keep: language.map(|l| data().zwnj_language(l)),
        }
    }

    /// ZWNJ is never orthographic (deleted everywhere).
    pub(crate) fn never() -> Self {
        Zwnj { keep: Some(false) }
    }

    /// A decision taken beforehand: `keep` true keeps ZWNJ where it is word-internal.
    pub(crate) fn fixed(keep: bool) -> Self {
        Zwnj { keep: Some(keep) }
    }

    /// True if ZWNJ is part of the spelling of `text`'s language.
    pub(crate) fn keeps(&mut self, text: &str) -> bool {
        *self
            .keep
            .get_or_insert_with(|| orthographic(&folded_sample(text)))
    }
}

/// The first [`SAMPLE`] bytes (cut on a char boundary) of the `search` folding of `text` with
/// every ZWNJ deleted. Only a prefix of `text` is folded: one that gives [`MARGIN`] bytes more
/// than the sample, doubled until it does (linear overall, even when folding deletes most of
/// the input). The result is the same as folding the whole text and cutting, so it is the
/// same for `text`, `search(text)` and `clean(text)`.
pub(crate) fn folded_sample(text: &str) -> String {
    let mut want = SAMPLE + MARGIN;
    loop {
        let end = crate::text::floor_char_boundary(text, want);
        let prefix = text.get(..end).unwrap_or(text);
        let mut folded = super::search::run(prefix, Zwnj::never()).text;
        if end >= text.len() || folded.len() >= SAMPLE + MARGIN {
            folded.truncate(crate::text::floor_char_boundary(&folded, SAMPLE));
            return folded;
        }
        want = want.saturating_mul(2);
    }
}

/// Evidence weights are integers: a stop word shared by `k` languages gives each `SCALE / k`,
/// a letter of `zwnj_letters.txt` gives `SCALE / 4`.
const SCALE: u32 = 12;

/// The stop words of the Arabic-script languages, folded by `search` (without ZWNJ), each set
/// with whether its language writes ZWNJ.
fn stopword_sets() -> &'static [(bool, FxSet<String>)] {
    static SETS: OnceLock<Vec<(bool, FxSet<String>)>> = OnceLock::new();
    SETS.get_or_init(|| {
        LANGUAGES
            .iter()
            .filter(|l| l.script == Script::Arabic)
            .map(|l| {
                let words = crate::lang::entries(l.stopwords)
                    .map(|w| super::fold_key_with(w, Some("und")))
                    .filter(|w| !w.is_empty())
                    .collect();
                (data().zwnj_language(l.code), words)
            })
            .collect()
    })
}

/// Whether ZWNJ is orthographic in a text whose folded sample is `folded`: the text is in
/// Arabic script, and the evidence for the ZWNJ languages (their stop words, their own
/// letters) is at least that for the others (Arabic). No evidence either way keeps it: a ZWNJ
/// between two Arabic-script letters is itself a sign of Persian or Urdu spelling (a
/// keyword such as می‌خواهم).
fn orthographic(folded: &str) -> bool {
    let code = crate::lang::detect(folded);
    if !LANGUAGES
        .iter()
        .any(|l| l.code == code && l.script == Script::Arabic)
    {
        return false;
    }
    let sets = stopword_sets();
    let (mut ours, mut theirs) = (0u32, 0u32);
    for (_, word) in crate::text::words(folded) {
        let holders = sets.iter().filter(|(_, set)| set.contains(word));
        let k = u32::try_from(holders.clone().count()).unwrap_or(u32::MAX);
        if k == 0 {
            continue;
        }
        for (zwnj, _) in holders {
            if *zwnj {
                ours += SCALE / k;
            } else {
                theirs += SCALE / k;
            }
        }
    }
    let letters = &data().zwnj_letters;
    let own = folded
        .chars()
        .filter(|&c| letters.binary_search(&(c as u32)).is_ok())
        .count();
    ours = ours.saturating_add(
        u32::try_from(own)
            .unwrap_or(u32::MAX)
            .saturating_mul(SCALE / 4),
    );
    ours >= theirs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zwnj_letters_survive_search() {
        for &cp in &data().zwnj_letters {
            let c = char::from_u32(cp).unwrap();
            assert_eq!(
                super::super::fold_key(&c.to_string()),
                c.to_string(),
                "U+{cp:04X}"
            );
        }
    }

    #[test]
    fn the_sample_is_the_same_for_the_text_and_its_foldings() {
        let persian =
            "وزیر امور خارجه ایران گفت که این توافق برای منطقه مهم است و می\u{200C}خواهیم ";
        let text = format!(
            "\u{FDFD}{}{}",
            "\u{064B}".repeat(40_000),
            persian.repeat(400)
        );
        let once = super::super::normalize(&text, super::super::Profile::Search).text;
        let clean = super::super::normalize(&text, super::super::Profile::Clean).text;
        let sample = folded_sample(&text);
        assert!(sample.len() <= SAMPLE && sample.len() > SAMPLE - 4);
        assert_eq!(folded_sample(&once), sample);
        assert_eq!(folded_sample(&clean), sample);
        assert!(!sample.contains('\u{200C}'));
    }

    #[test]
    fn decides_on_folded_evidence() {
        let fold = |t: &str| folded_sample(t);
        assert!(orthographic(&fold(
            "وزیر امور خارجه ایران گفت که این توافق برای منطقه مهم است"
        )));
        assert!(orthographic(&fold(
            "وزیر اعظم نے کہا کہ حکومت عوام کے مسائل حل کرے گی اور ملک ترقی کرے گا"
        )));
        assert!(orthographic(&fold("من می‌خواهم کتاب‌ها را بخوانم")));
        assert!(orthographic(&fold("می\u{200C}خواهم")));
        assert!(!orthographic(&fold(
            "وقال الناطق باسم الكرملين إن الولايات المتحدة تتخذ موقفا أكثر توازنا"
        )));
        assert!(!orthographic(&fold(
            "The minister said that it was important."
        )));
    }
}
