use super::*;
use crate::text::Utf16Index;

fn s(text: &str) -> String {
    normalize(text, Profile::Search).text
}

fn c(text: &str) -> String {
    normalize(text, Profile::Clean).text
}

fn s_lang(text: &str, lang: &str) -> String {
    normalize_with(text, Profile::Search, Some(lang)).text
}

fn c_lang(text: &str, lang: &str) -> String {
    normalize_with(text, Profile::Clean, Some(lang)).text
}

fn ch(cp: u32) -> char {
    char::from_u32(cp).unwrap()
}

/// Checks the origin-map invariants: one origin per output byte, monotone, in bounds, on char
/// boundaries; `origin_at` agrees with `origins`; the breakpoints are canonical (strictly
/// increasing, each changing the distance between output and input).
fn check(input: &str, n: &Normalized) {
    let origin: Vec<u32> = n.origins().collect();
    assert_eq!(origin.len(), n.text.len(), "{input:?}");
    let mut prev = 0;
    for (i, &o) in origin.iter().enumerate() {
        assert_eq!(n.origin_at(i), Some(o), "{input:?} byte {i}");
        let o = o as usize;
        assert!(
            o >= prev,
            "not monotone: {input:?} → {:?} {:?}",
            n.text,
            origin
        );
        assert!(o < input.len().max(1), "out of bounds: {input:?}");
        assert!(input.is_char_boundary(o), "not a char boundary: {input:?}");
        prev = o;
    }
    assert_eq!(n.origin_at(n.text.len()), None);
    let runs = n.origin_runs();
    assert_eq!(runs.first().map(|r| r.0), (!n.text.is_empty()).then_some(0));
    for w in runs.windows(2) {
        assert!(w[0].0 < w[1].0 && w[0].1 <= w[1].1, "{input:?} {runs:?}");
        assert_ne!(
            w[1].1 as i64 - w[0].1 as i64,
            w[1].0 as i64 - w[0].0 as i64,
            "not canonical: {input:?} {runs:?}"
        );
        assert!(n.text.is_char_boundary(w[1].0));
    }
}

#[test]
fn every_arabic_mark_range_is_deleted_and_its_edges_are_not() {
    let ranges = [
        (0x0610, 0x061A),
        (0x064B, 0x065F),
        (0x0670, 0x0670),
        (0x06D6, 0x06DC),
        (0x06DF, 0x06E4),
        (0x06E7, 0x06E8),
        (0x06EA, 0x06ED),
        (0x08CA, 0x08E1),
        (0x08E3, 0x08FF),
    ];
    for (a, b) in ranges {
        for cp in a..=b {
            let text = format!("ب{}ت", ch(cp));
            assert_eq!(s(&text), "بت", "U+{cp:04X}");
            // `clean` keeps harakat.
            assert!(c(&text).contains(ch(cp)) || cp == 0x0653 || cp == 0x0654 || cp == 0x0655);
        }
    }
    // Just outside: kept by `search`.
    for cp in [
        0x061B, 0x064A, 0x0660, 0x066F, 0x0671, 0x06D5, 0x06DD, 0x06DE, 0x06E5, 0x06E6, 0x06E9,
        0x06EE, 0x08C9, 0x08E2,
    ] {
        let folded = s(&ch(cp).to_string());
        assert!(!folded.is_empty(), "U+{cp:04X} must not be deleted");
    }
    assert_eq!(s("مـــحـمـد"), "محمد");
}

#[test]
fn invisible_characters_are_deleted_by_search() {
    for cp in [
        0x061C, 0x200B, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060,
        0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF, 0x00AD,
    ] {
        assert_eq!(s(&format!("ab{}cd", ch(cp))), "abcd", "U+{cp:04X}");
    }
    // Edges kept.
    for cp in [0x200A, 0x2010, 0x2029, 0x2065, 0x206A, 0x2061] {
        let out = s(&format!("a{}b", ch(cp)));
        assert_ne!(out, "ab", "U+{cp:04X}");
    }
}

#[test]
fn zwnj_depends_on_the_language() {
    let fa = "می\u{200C}خواهم";
    assert_eq!(s_lang(fa, "fa"), "مي\u{200C}خواهم");
    assert_eq!(s_lang(fa, "ur"), "مي\u{200C}خواهم");
    assert_eq!(s_lang(fa, "ar"), "ميخواهم");
    assert_eq!(c_lang(fa, "fa"), fa);
    assert_eq!(c_lang(fa, "ar"), "میخواهم");
    // Not between letters: deleted even in Persian; repeated: one kept.
    assert_eq!(s_lang("کتاب\u{200C} ها", "fa"), "كتاب ها");
    assert_eq!(s_lang("\u{200C}کتاب", "fa"), "كتاب");
    assert_eq!(s_lang("کتاب\u{200C}\u{200C}ها", "fa"), "كتاب\u{200C}ها");
    assert_eq!(
        c_lang("کتاب\u{200C}\u{200B}\u{200C}ها", "fa"),
        "کتاب\u{200C}ها"
    );
    // Marks between do not matter.
    assert_eq!(s_lang("کتابِ\u{200C}ها", "fa"), "كتاب\u{200C}ها");
    // Detected when not given.
    let persian = "وزیر امور خارجه ایران گفت که این توافق برای منطقه مهم است و می\u{200C}خواهیم";
    assert!(s(persian).contains('\u{200C}'));
    let arabic = "وقال الناطق باسم الكرملين إن الولايات المتحدة تتخذ موقفا\u{200C}أكثر توازنا";
    assert!(!s(arabic).contains('\u{200C}'));
}

#[test]
fn presentation_forms_fold_per_character() {
    // Every code point of the two blocks folds to something without presentation forms.
    for cp in (0xFB50..=0xFDFF).chain(0xFE70..=0xFEFC) {
        let Some(c0) = char::from_u32(cp) else {
            continue;
        };
        let out = s(&format!("x{c0}x"));
        let deleted = (0xFC5E..=0xFC63).contains(&cp)
            || (0xFCF2..=0xFCF4).contains(&cp)
            || ((0xFE70..=0xFE7F).contains(&cp) && cp != 0xFE73 && cp != 0xFE75);
        if deleted {
            assert_eq!(out, "xx", "U+{cp:04X}");
        } else {
            let mut decomposed = false;
            unicode_normalization::char::decompose_compatible(c0, |d| decomposed |= d != c0);
            if decomposed {
                assert!(
                    out.chars().all(|o| !fold::is_arabic_presentation(o as u32)),
                    "U+{cp:04X} → {out:?}"
                );
            }
        }
    }
    assert_eq!(s("\u{FEFB}"), "لا");
    assert_eq!(s("\u{FEF7}"), "لا");
    assert_eq!(s("\u{FDF2}"), "الله");
    assert_eq!(s("\u{FDFD}"), "بسم الله الرحمن الرحيم");
    // The edges of FE70–FEFC: FEFD/FEFE are unassigned (kept), FEFF is the BOM (deleted).
    assert_eq!(s("a\u{FEFF}b"), "ab");
    assert_eq!(s("\u{FE6F}"), "\u{FE6F}");
    // Outside the ranges: no compatibility folding (², ½, ① stay).
    assert_eq!(s("x² ½ ①"), "x² ½ ①");
    // Clean maps letters, keeps the word ligatures.
    assert_eq!(c("\u{FEDF}\u{FEE0}\u{FE8E}"), "للا");
    assert_eq!(c("\u{FEF5}"), "لآ");
    assert_eq!(c("\u{FDFA}"), "\u{FDFA}");
    assert_eq!(c("ب\u{FE76}"), "بَ");
}

#[test]
fn arabic_letter_variants() {
    for (from, to) in [
        ('آ', 'ا'),
        ('أ', 'ا'),
        ('إ', 'ا'),
        ('ٱ', 'ا'),
        ('ٲ', 'ا'),
        ('ٳ', 'ا'),
        ('ٵ', 'ا'),
        ('ؤ', 'و'),
        ('ئ', 'ي'),
        ('ى', 'ي'),
        ('ی', 'ي'),
        ('ے', 'ي'),
        ('ې', 'ي'),
        ('ة', 'ه'),
        ('ۃ', 'ه'),
        ('ۀ', 'ه'),
        ('ہ', 'ه'),
        ('ھ', 'ه'),
        ('ە', 'ه'),
        ('ک', 'ك'),
        ('ڪ', 'ك'),
    ] {
        assert_eq!(s(&from.to_string()), to.to_string(), "{from}");
        // `clean` keeps them.
        assert_eq!(c(&from.to_string()), from.to_string(), "{from}");
    }
    // Decomposed spellings fold the same way.
    assert_eq!(s("\u{0627}\u{0653}"), "ا");
    assert_eq!(s("\u{0648}\u{0654}"), "و");
    // Letters that must stay apart.
    for (a, b) in [
        ("ت", "ة"),
        ("ء", ""),
        ("ق", "ك"),
        ("ذ", "د"),
        ("ى", "ا"),
        ("ه", "ح"),
    ] {
        assert_ne!(s(a), s(b), "{a} vs {b}");
    }
}

#[test]
fn digits_and_separators() {
    assert_eq!(s("٠١٢٣٤٥٦٧٨٩"), "0123456789");
    assert_eq!(s("۰۱۲۳۴۵۶۷۸۹"), "0123456789");
    assert_eq!(s("٣٫٥"), "3.5");
    assert_eq!(s("١٬٠٠٠"), "1,000");
    assert_eq!(s("۳٫۵"), "3.5");
    // Not between digits: kept.
    assert_eq!(s("٫٥"), "٫5");
    assert_eq!(s("٥٫"), "5٫");
    assert_eq!(s("أ٬ب"), "ا٬ب");
    assert_eq!(s("٥٫ـ٥"), "5.5");
    // Edges: ٩+1 and ۹+1 are not digits.
    assert_eq!(s("\u{066A}"), "\u{066A}");
    assert_eq!(s("\u{06FA}"), "\u{06FA}");
    // Clean keeps digits as written.
    assert_eq!(c("٣٫٥ و 2025"), "٣٫٥ و 2025");
}

#[test]
fn latin_folding() {
    assert_eq!(s("Café"), "cafe");
    assert_eq!(s("CAFÉ"), "cafe");
    assert_eq!(s("cafe\u{0301}"), "cafe");
    assert_eq!(s("Straße"), "strasse");
    assert_eq!(s("ﬁnance"), "finance");
    assert_eq!(s("ＡＢＣ１２３"), "abc123");
    assert_eq!(s("ΟΔΥΣΣΕΥΣ"), "οδυσσευσ");
    assert_eq!(s("Ærø"), "ærø");
    assert_eq!(s("İstanbul"), "istanbul");
    assert_eq!(s("Łódź"), "łodz");
    // Script-specific marks stay.
    assert_eq!(s("हिंदी"), "हिंदी");
    assert_eq!(s("が"), "か\u{3099}");
}

#[test]
fn whitespace_runs() {
    assert_eq!(s("a  b\u{A0}\u{202F}c\n\n\td"), "a b c d");
    assert_eq!(s("  a "), " a");
    assert_eq!(s("a b "), "a b");
    assert_eq!(s("قال "), "قال");
    assert_eq!(s("x\n"), "x");
    assert_eq!(s("a \u{200B} b"), "a b");
    assert_eq!(s("a\r\n"), "a");
    assert_eq!(c("a   b  \nc \t"), "a b\nc");
    assert_eq!(c("a \u{A0} b"), "a\u{A0}b");
    assert_eq!(c("  indent"), " indent");
    assert_eq!(c("a\n\n\nb"), "a\n\n\nb");
}

#[test]
fn search_equivalence_classes() {
    let classes: &[&[&str]] = &[
        &["أحمد", "احمد", "إحمد", "آحمد", "ٱحمد"],
        &["مسيّرة", "مسيرة", "مسيره"],
        &["في", "فى"],
        &[
            "الكرملين",
            "الكرمـــلين",
            "\u{FE8D}\u{FEDF}\u{FEDC}\u{FEAE}\u{FEE3}\u{FEE0}\u{FEF4}\u{FEE6}",
            "الكر\u{200F}ملين",
            "الكرملين\u{200F}",
        ],
        &["٢٠٢٥", "۲۰۲۵", "2025", "２０２５"],
        &["Café", "cafe", "CAFÉ", "cafe\u{0301}", "CAFE\u{0301}"],
        &["مسؤول", "مسوول", "مسؤول"],
        &["الله", "\u{FDF2}"],
    ];
    for class in classes {
        let key = s(class[0]);
        for member in *class {
            assert_eq!(s(member), key, "{member:?} vs {:?}", class[0]);
        }
    }
    let different = [
        ("مسيرة", "مسير"),
        ("قال", "قائل"),
        ("cafe", "caf"),
        ("2025", "2026"),
        ("عرب", "غرب"),
        ("one word", "oneword"),
    ];
    for (a, b) in different {
        assert_ne!(s(a), s(b), "{a} vs {b}");
    }
}

#[test]
fn clean_profile() {
    // NFC.
    assert_eq!(c("cafe\u{0301}"), "café");
    assert_eq!(c("\u{1100}\u{1161}\u{11A8}"), "각");
    assert_eq!(c("a\u{0323}\u{0302}"), "ậ");
    assert_eq!(c("a\u{0302}\u{0323}"), "ậ");
    assert_eq!(c("\u{2126}"), "\u{03A9}");
    // Harakat, hamza, digits, case, punctuation kept.
    let text = "قالَ أحمدُ: «إنّ ٢٠٢٥ عامٌ مهمّ»، وأضاف Café!";
    assert_eq!(c(text), text);
    assert_eq!(normalize(text, Profile::Clean).changes, 0);
    // Tatweel and junk removed.
    assert_eq!(c("الكرمـــلين\u{200B}"), "الكرملين");
    assert_eq!(c("\u{FEFF}نص"), "نص");
    // Bidi marks: inside a word removed, elsewhere kept; repeated removed.
    assert_eq!(c("الكر\u{200F}ملين"), "الكرملين");
    assert_eq!(c("Apple\u{200F}، قال"), "Apple\u{200F}، قال");
    assert_eq!(c("a.\u{200E}\u{200E} b"), "a.\u{200E} b");
    // Embeddings: paired kept, stray removed.
    assert_eq!(c("x \u{202B}يب\u{202C} y"), "x \u{202B}يب\u{202C} y");
    assert_eq!(c("x \u{202B}يب y"), "x يب y");
    assert_eq!(c("x يب\u{2069} y"), "x يب y");
    assert_eq!(c("\u{2067}a\nb\u{2069}"), "a\nb");
    // ZWJ: kept in emoji sequences, removed at word edges.
    let family = "👨\u{200D}👩\u{200D}👧";
    assert_eq!(c(family), family);
    assert_eq!(c("a \u{200D}b"), "a b");
    assert_eq!(c("a\u{200D}"), "a");
}

#[test]
fn changes_are_counted() {
    for text in ["", "hello world", "الكرملين قال", "a\nb", "کتاب"] {
        assert_eq!(normalize(text, Profile::Clean).changes, 0, "{text:?}");
    }
    for text in ["", "hello world", "الكرملين قال", "ab12"] {
        assert_eq!(normalize(text, Profile::Search).changes, 0, "{text:?}");
    }
    assert_eq!(normalize("Hello", Profile::Search).changes, 1);
    assert_eq!(normalize("أحمد", Profile::Search).changes, 1);
    assert_eq!(normalize("مـحـمـد", Profile::Search).changes, 3);
    assert!(normalize("a  b", Profile::Clean).changes >= 1);
    assert!(normalize("cafe\u{301}", Profile::Clean).changes >= 1);
}

#[test]
fn origin_map_points_at_the_source_characters() {
    let input = "Aأ\u{064E}ﻻ😀 \u{A0}x";
    let n = normalize(input, Profile::Search);
    check(input, &n);
    assert_eq!(n.text, "aالا😀 x");
    let at = |needle: &str| n.origin_at(n.text.find(needle).unwrap()).unwrap() as usize;
    assert_eq!(at("a"), 0);
    assert_eq!(&input[at("ا")..], &input[1..]); // أ
    assert_eq!(&input[at("ل")..at("ل") + 3], "ﻻ");
    assert_eq!(&input[at("😀")..at("😀") + 4], "😀");
    assert_eq!(&input[at("x")..], "x");
}

#[test]
fn source_range_covers_whole_characters_and_trailing_marks() {
    let input = "قال أحمدُ\u{200F} إن مسيّرة ﻻ";
    let n = normalize(input, Profile::Search);
    check(input, &n);
    let find = |w: &str| {
        let k = n.text.find(w).unwrap();
        &input[n.source_range(input, k..k + w.len())]
    };
    assert_eq!(find("احمد"), "أحمدُ\u{200F}");
    assert_eq!(find("مسيره"), "مسيّرة");
    assert_eq!(find("سير"), "سيّر");
    // Part of a ligature maps to the whole ligature.
    let k = n.text.rfind('ل').unwrap();
    assert_eq!(&input[n.source_range(input, k..k + 2)], "ﻻ");
    // Empty and out-of-range requests.
    assert_eq!(n.source_range(input, 0..0), 0..0);
    assert_eq!(n.source_range(input, 1000..2000), input.len()..input.len());
    let e = normalize("", Profile::Search);
    assert_eq!(e.source_range("", 0..5), 0..0);
}

#[test]
fn origin_utf16_matches_utf16_index() {
    for input in [
        "a😀b",
        "أحمد 😀 Café",
        "e\u{301}😀\u{FDFD}x",
        "",
        "\u{FFFD}x",
    ] {
        for profile in [Profile::Search, Profile::Clean] {
            let n = normalize(input, profile);
            let map = n.origin_utf16(input);
            assert_eq!(map.len(), n.text.encode_utf16().count(), "{input:?}");
            let index = Utf16Index::new(input);
            let mut k = 0;
            for (b, ch) in n.text.char_indices() {
                let want = index.utf16(n.origin_at(b).unwrap() as usize) as u32;
                for _ in 0..ch.len_utf16() {
                    assert_eq!(map[k], want, "{input:?}");
                    k += 1;
                }
            }
        }
    }
    let n = normalize("😀A", Profile::Search);
    assert_eq!(n.origin_utf16("😀A"), vec![0, 0, 2]);
}

#[test]
fn replacement_character_and_bad_input() {
    assert_eq!(s("a\u{FFFD}b"), "a\u{FFFD}b");
    assert_eq!(c("a\u{FFFD}b"), "a\u{FFFD}b");
    assert_eq!(s("a\0b"), "a\0b");
    assert_eq!(s(""), "");
    let marks = "\u{064E}".repeat(10_000) + &"\u{05B0}\u{05B8}".repeat(5_000);
    for profile in [Profile::Search, Profile::Clean] {
        let n = normalize(&marks, profile);
        check(&marks, &n);
    }
    let hebrew = "\u{05B8}\u{05B0}".repeat(2000);
    let n = normalize(&hebrew, Profile::Search);
    check(&hebrew, &n);
}

#[test]
fn fold_keys() {
    assert_eq!(fold_key("  الكرملين\n"), "الكرملين");
    assert_eq!(fold_key("Dmitry  PESKOV"), "dmitry peskov");
    assert_eq!(fold_key("\u{200F} أحمد"), "احمد");
    assert_eq!(
        fold_key_with("می\u{200C}خواهم", Some("fa")),
        "مي\u{200C}خواهم"
    );
}

#[test]
fn idempotent_on_samples() {
    let samples = [
        "قالَ أحمدُ: «إنّ ٢٠٢٥ عامٌ مهمّ»، وأضاف Café!",
        "\u{FEF5}\u{FE76} \u{FDFD}\u{200F}",
        "a\u{0302}\u{0323} \u{1100}\u{1161}",
        "  x \u{A0} \n y  ",
        "\u{202B}a\u{202C}\u{2066}",
    ];
    for text in samples {
        for profile in [Profile::Search, Profile::Clean] {
            let once = normalize(text, profile);
            check(text, &once);
            let twice = normalize(&once.text, profile);
            assert_eq!(twice.text, once.text, "{profile:?} {text:?}");
            assert_eq!(twice.changes, 0, "{profile:?} {text:?}");
        }
        assert_eq!(s(&c(text)), s(text), "{text:?}");
    }
}

/// A bidi mark after a run of combining marks that canonical ordering reorders: whether it
/// stands inside a word must not depend on the order of the marks before it (found by the
/// `both_profiles_are_idempotent` proptest: the mark was kept after U+3099 and then deleted
/// after U+05B0, its place once reordered).
#[test]
fn bidi_mark_after_reordered_marks_is_idempotent() {
    for text in [
        "\u{5b0}\u{3099}\u{61c}ء",
        "ب\u{5b0}\u{3099}\u{61c}ء",
        "ء\u{61c}\u{5b0}\u{3099}ب",
        "\u{5b0}\u{3099}\u{200c}ء",
        "\u{958}\u{61c}0",
        "\u{915}\u{93c}\u{61c}0",
    ] {
        for lang in [Some("ar"), Some("fa"), None] {
            for profile in [Profile::Search, Profile::Clean] {
                let once = normalize_with(text, profile, lang);
                let twice = normalize_with(&once.text, profile, lang);
                assert_eq!(twice.text, once.text, "{profile:?} {lang:?} {text:?}");
                assert_eq!(twice.changes, 0, "{profile:?} {lang:?} {text:?}");
            }
        }
    }
}

#[test]
fn eight_byte_ascii_test_agrees_with_the_table() {
    // Every ASCII byte value in every position of an 8-byte chunk, with and without a
    // preceding space: the fast path must give exactly the byte-by-byte result.
    let base = *b"abcdefgh";
    for pos in 0..8 {
        for b in 0u8..0x80 {
            let mut chunk = base;
            chunk[pos] = b;
            for prefix in ["", " ", "x"] {
                let text = format!("{prefix}{}{}", std::str::from_utf8(&chunk).unwrap(), "zz");
                let mut slow = String::new();
                let mut last_space = false;
                for c in text.chars() {
                    if c.is_ascii_whitespace() || c == '\u{0B}' {
                        if !last_space {
                            slow.push(' ');
                        }
                        last_space = true;
                    } else {
                        slow.push(c.to_ascii_lowercase());
                        last_space = false;
                    }
                }
                let n = normalize(&text, Profile::Search);
                assert_eq!(n.text, slow, "{text:?}");
                check(&text, &n);
            }
        }
    }
    assert_eq!(
        s("abcdefg  hijklmnopqrstu  vwxyz"),
        "abcdefg hijklmnopqrstu vwxyz"
    );
    assert_eq!(s("abcdefgh        ijklmnop"), "abcdefgh ijklmnop");
}

/// Pieces that put unchanged runs next to changed characters of every UTF-8 length: unchanged
/// Arabic letters (2 bytes), changed ones (أ ة ى, harakat, tatweel), ASCII words (eight-byte
/// chunks) and capitals, single and double spaces, kept and folded 3-byte characters (— 中 ﻻ,
/// NBSP), kept and folded 4-byte characters (😀 𝐀 𐐀), ZWNJ and separators.
const PIECES: &[&str] = &[
    "ب",
    "كتاب",
    "الكرملين",
    "ا",
    "ي",
    "و",
    "ه",
    "ك",
    "أ",
    "إ",
    "آ",
    "ة",
    "ى",
    "ی",
    "ک",
    "ؤ",
    "\u{64E}",
    "\u{651}",
    "\u{640}",
    "\u{670}",
    "\u{6D6}",
    " ",
    "  ",
    "\n",
    "\u{A0}",
    "\t",
    "abcdefgh",
    "abcdefghijklmnop",
    "x",
    "ABC",
    "Zz",
    "é",
    "e\u{301}",
    "ñ",
    "ß",
    "σ",
    "ς",
    "д",
    "Д",
    "—",
    "中",
    "ﻻ",
    "\u{FDFD}",
    "\u{202F}",
    "😀",
    "𝐀",
    "𐐀",
    "\u{200C}",
    "\u{200F}",
    "٣",
    "٫",
    "٬",
    "1",
    ".",
    "\u{FFFD}",
    "\u{0}",
    "ﬁ",
    "Ａ",
    "The Kremlin SAID",
    "@[`{AZaz",
    "MOSCOW (Reuters) - ",
];

fn pieces_text() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let piece = prop_oneof![
        9 => proptest::sample::select(PIECES).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2000),
        ..proptest::prelude::ProptestConfig::default()
    })]

    /// The run-scanning fast path (with and without the eight-byte ASCII test) gives exactly
    /// the result of the character-by-character reference: text, origins and change count.
    #[test]
    fn search_fast_path_equals_reference(text in pieces_text(), lang in 0..3usize) {
        let language = [Some("ar"), Some("fa"), None][lang];
        let reference = search::run_reference(&text, Zwnj::new(language));
        for swar in [false, true] {
            let fast = search::run_variant(&text, Zwnj::new(language), swar);
            proptest::prop_assert_eq!(&fast, &reference, "swar {}", swar);
        }
        check(&text, &reference);
    }

    /// The UTF-16 map (counted up per breakpoint run, whole or in chunks) equals the obvious
    /// one: for each UTF-16 unit of the output, the UTF-16 length of the input before the
    /// origin of its character.
    #[test]
    fn utf16_map_equals_naive(text in pieces_text(), clean in proptest::bool::ANY) {
        let profile = if clean { Profile::Clean } else { Profile::Search };
        let n = normalize(&text, profile);
        let mut naive = Vec::new();
        for (k, c) in n.text.char_indices() {
            let o = n.origin_at(k).unwrap() as usize;
            let unit = text[..o].encode_utf16().count() as u32;
            naive.extend(std::iter::repeat_n(unit, c.len_utf16()));
        }
        proptest::prop_assert_eq!(&n.origin_utf16(&text), &naive);
        proptest::prop_assert_eq!(n.utf16_len(), naive.len());
        for chunk in [1, 64, 65, 100] {
            let mut pieces = Vec::new();
            n.origin_utf16_chunks(&text, chunk, |p| {
                assert!(!p.is_empty() && p.len() <= chunk.max(64));
                pieces.extend_from_slice(p);
            });
            proptest::prop_assert_eq!(&pieces, &naive);
        }
        // The fused pass: the UTF-16 text and the same map, piece by piece.
        let want: Vec<u16> = n.text.encode_utf16().collect();
        for chunk in [1, 2, 3, 9, 64, 100_000] {
            let (mut units, mut origins) = (Vec::new(), Vec::new());
            n.utf16_chunks(&text, chunk, |t, o| {
                assert!(!t.is_empty() && t.len() <= chunk.max(2) && t.len() == o.len());
                units.extend_from_slice(t);
                origins.extend_from_slice(o);
            });
            proptest::prop_assert_eq!(&units, &want);
            proptest::prop_assert_eq!(&origins, &naive);
            // The same from the breakpoints' UTF-16 starts, without the input.
            let starts = n.utf16_starts(&text);
            proptest::prop_assert_eq!(starts.len(), n.origin_runs().len());
            let (mut units, mut origins) = (Vec::new(), Vec::new());
            n.utf16_chunks_from(&starts, chunk, |t, o| {
                units.extend_from_slice(t);
                origins.extend_from_slice(o);
            });
            proptest::prop_assert_eq!(&units, &want);
            proptest::prop_assert_eq!(&origins, &naive);
        }
        // The binding's form: big text pieces (`units_chunk − 1` or `units_chunk` units, the
        // last shorter) and small map pieces, of unrelated sizes.
        let starts = n.utf16_starts(&text);
        let bytes: Vec<u8> = want.iter().flat_map(|u| u.to_le_bytes()).collect();
        for (su, so) in [(2, 3), (9, 2), (17, 64), (100, 7), (3, 100_000)] {
            let (mut text_pieces, mut origins) = (Vec::new(), Vec::new());
            n.utf16le_pieces_from(
                &starts,
                su,
                so,
                |t| text_pieces.push(t.to_vec()),
                |o| {
                    assert!(!o.is_empty() && o.len() <= so);
                    origins.extend_from_slice(o);
                },
            );
            let su = su.min(n.text.len().max(2));
            if let Some((_, full)) = text_pieces.split_last() {
                for p in full {
                    proptest::prop_assert!(p.len() == 2 * su || p.len() == 2 * su - 2, "{} {}", p.len(), su);
                }
            }
            proptest::prop_assert_eq!(&text_pieces.concat(), &bytes);
            proptest::prop_assert_eq!(&origins, &naive);
        }
    }
}

#[test]
fn search_runs_next_to_changed_characters() {
    // Unchanged runs that end at a changed character of every length, and start after one.
    let cases = [
        ("كتاب أحمد", "كتاب احمد"),
        ("مدرسةكتاب", "مدرسهكتاب"),
        ("كتابَكتاب", "كتابكتاب"),
        ("abc—كتاب😀x𐐀y𝐀", "abc—كتاب😀x𐐨y𝐀"),
        ("ﻻكتاب", "لاكتاب"),
        ("كتاب\u{A0}\u{A0}كتاب", "كتاب كتاب"),
        ("abcdefgh  ijklmnopQRS", "abcdefgh ijklmnopqrs"),
        ("é中é", "e中e"),
    ];
    for (input, want) in cases {
        let fast = normalize(input, Profile::Search);
        assert_eq!(fast.text, want, "{input:?}");
        assert_eq!(
            fast,
            search::run_reference(input, Zwnj::new(None)),
            "{input:?}"
        );
        check(input, &fast);
    }
}

#[test]
fn search_capitals_inside_runs() {
    // ASCII capitals stay in the verbatim run and are lowercased when it is copied, also when
    // a run has more of them than the list of pending capitals holds, and next to changed
    // characters, line breaks and the eight-byte boundaries.
    let long = "THE KREMLIN SAID: ABCDEFGHIJKLMNOPQRSTUVWXYZ @[`{ ".repeat(40);
    let mixed = format!("Ab\nCD  Ef\u{E9}GH\u{64E}IJ\u{2014}KL{long}Z");
    for input in [
        long.as_str(),
        mixed.as_str(),
        "A",
        "AB",
        "ABCDEFGHI",
        "aBcDeFgHiJ\n\nK",
    ] {
        for swar in [false, true] {
            let fast = search::run_variant(input, Zwnj::new(None), swar);
            assert_eq!(
                fast,
                search::run_reference(input, Zwnj::new(None)),
                "{input:?}"
            );
        }
        let n = normalize(input, Profile::Search);
        assert!(!n.text.bytes().any(|b| b.is_ascii_uppercase()), "{input:?}");
        check(input, &n);
    }
    let n = normalize(&long, Profile::Search);
    assert_eq!(
        n.changes,
        long.bytes().filter(u8::is_ascii_uppercase).count() + 1
    );
    assert_eq!(n.origin_runs().len(), 1);
}

#[test]
fn copy_origins_match_char_starts() {
    // `Out::copy` against the obvious per-character origins, for runs mixing 1–4-byte
    // characters at every offset.
    let text = "a\u{E9}\u{4E2D}\u{1F600}b\u{628}\u{1F600}\u{4E2D}";
    for start in 0..text.len() {
        for end in start..=text.len() {
            let Some(run) = text.get(start..end) else {
                continue;
            };
            let mut out = output::Out::default();
            out.copy(run, start);
            let want: Vec<u32> = run
                .char_indices()
                .flat_map(|(k, c)| std::iter::repeat_n((start + k) as u32, c.len_utf8()))
                .collect();
            let n = Normalized {
                text: out.text.clone(),
                runs: out.runs.clone(),
                changes: 0,
            };
            assert_eq!(n.origins().collect::<Vec<_>>(), want, "{start}..{end}");
            assert!(out.runs.len() <= 1);
            assert_eq!(out.text, run);
        }
    }
}

/// Both profiles idempotent and `search(clean(x)) == search(x)`, with the language detected
/// and given.
fn assert_stable(text: &str) {
    for lang in [None, Some("ar"), Some("fa")] {
        for profile in [Profile::Search, Profile::Clean] {
            let once = normalize_with(text, profile, lang);
            check(text, &once);
            let twice = normalize_with(&once.text, profile, lang);
            assert_eq!(twice.text, once.text, "{profile:?} {lang:?} {text:?}");
            assert_eq!(twice.changes, 0, "{profile:?} {lang:?} {text:?}");
        }
        let clean = normalize_with(text, Profile::Clean, lang).text;
        assert_eq!(
            normalize_with(&clean, Profile::Search, lang).text,
            normalize_with(text, Profile::Search, lang).text,
            "search(clean(x)) {lang:?} {text:?}"
        );
    }
}

/// The fuzz finding of 2026-11-30 (`fuzz/regressions/normalize/crash-a35bd09f…`): a ZWNJ
/// between U+F9E8 (folds to 裡) and "Oth" was kept by the first `search` pass and deleted by
/// the second, because the language was detected on the raw text (Urdu, from ﷽ and the
/// letters around) on the first pass and on the folded one (Arabic: ﷽ became four Arabic
/// words) on the second. The decision is now taken on the folded text in both.
#[test]
fn zwnj_decision_is_stable_under_folding_fuzz_regression() {
    let text =
        "\u{FFFD}z)\u{FFFD}\u{645} \u{FFFD}\u{FFFD}\u{FFFD}\u{FDFD}\u{FFFD}\u{1}\u{0}\u{0}\u{0}\
                \u{0}\u{0}\u{0}\u{8}\u{FFFD}\u{64B}\u{651}\u{FFFD}\u{F9E8}\u{200C}Oth\u{FFFD}\
                \u{FFFD}\u{FFFD}\u{1AE}\u{FFFD}\u{FFFD}\u{FFFD}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\
                \u{0}\u{0}\u{0}\u{0}\u{0}\u{FFFD} \u{648}\u{625}\u{FFFD}\u{628}\u{BB}.";
    assert_stable(text);
    // Both passes decide alike: the ZWNJ survives each of them or neither.
    let once = s(text);
    assert_eq!(once.contains('\u{200C}'), s(&once).contains('\u{200C}'));
}

#[test]
fn zwnj_next_to_characters_that_fold_is_stable() {
    let cases = [
        // CJK compatibility ideographs (fold to a unified ideograph) next to Latin or Arabic.
        "\u{F9E8}\u{200C}Oth",
        "\u{FDFD} \u{F900}\u{200C}\u{FA0E}",
        "\u{FDFD} \u{F9E8}\u{200C}ب",
        "ب\u{200C}\u{F9E8} \u{FDFD}",
        // Arabic presentation forms on both sides (lam-alef ligature, final and isolated forms).
        "\u{FEFB}\u{200C}\u{FE8E}\u{FEE3}",
        "\u{FEE3}\u{FBFD}\u{200C}\u{FEA7}\u{FEEE}\u{FE8D}\u{FEEB}\u{FEE2}",
        "\u{FDF2}\u{200C}\u{FDFA}",
        // Full-width and ligature Latin next to ZWNJ / ZWJ.
        "\u{FF21}\u{200C}\u{FF42} \u{FB01}\u{200C}x \u{FDFD}",
        "\u{FF21}\u{200D}\u{FF42}\u{200C}\u{0627}",
        // Persian evidence that folding removes (ی ک → ي ك) next to one that it keeps (گ).
        "یک\u{200C}ی گ\u{200C}ک \u{FDFD}",
        // A mark between the neighbour and the ZWNJ, and a ZWNJ after the last letter.
        "\u{FEFB}\u{064E}\u{200C}\u{FEFB}\u{200C}",
    ];
    for text in cases {
        assert_stable(text);
    }
}

#[test]
fn zwnj_is_decided_on_the_folded_text() {
    // Raw text: presentation forms of a Persian word; folded: ordinary letters. Same decision
    // on both (kept: no Arabic evidence, a ZWNJ between Arabic-script letters).
    let forms = "\u{FEE3}\u{FBFD}\u{200C}\u{FEA7}\u{FEEE}\u{FE8D}\u{FEEB}\u{FEE2}";
    assert_eq!(s(forms), "مي\u{200C}خواهم");
    assert_eq!(s(&c(forms)), s(forms));
    // Persian letters that survive folding are evidence; Arabic stop words outweigh them.
    assert!(s("گفت که کتاب\u{200C}ها").contains('\u{200C}'));
    assert!(!s("قال إن الكتاب\u{200C}ها في الدار التي على").contains('\u{200C}'));
}

#[test]
fn search_pair_scan_long_runs_and_spaces() {
    // The pair scan of non-ASCII text: runs with more same-length replacements (أ → ا) than
    // the list of pending ones holds, spaces single, double and at both ends, a text ending
    // in a two-byte letter, a single byte or a space, and a kept three-byte character inside
    // a run.
    let many = "أحمد إلى مدرسة ".repeat(50);
    let cases = [
        many.as_str(),
        "أأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأأ",
        " كتاب  أحمد   إلى ",
        "  أ",
        "أ ",
        "كتاب أ",
        "كتاب x",
        "كتاب ،أحمد— إلى\u{201C}مدرسة\u{201D} ",
        "ب",
        " ",
        "  ",
        "a",
        "ةة ة\nة  \n ة",
    ];
    for input in cases {
        for swar in [false, true] {
            assert_eq!(
                search::run_variant(input, Zwnj::new(None), swar),
                search::run_reference(input, Zwnj::new(None)),
                "{input:?} swar {swar}"
            );
        }
        check(input, &normalize(input, Profile::Search));
    }
    // Every alignment of changes, spaces and three-byte characters against the eight-byte
    // chunks.
    let sample = "كتاب  أحمدُ إلى مدرسةٍ — كتاب\u{640}كتاب أ\nب  ة ى ";
    for pad in 0..10 {
        for input in [
            format!("{}{sample}{sample}", "ب".repeat(pad)),
            format!("{}{sample}x{sample}", "z".repeat(pad)),
        ] {
            assert_eq!(
                search::run_variant(&input, Zwnj::new(None), false),
                search::run_reference(&input, Zwnj::new(None)),
                "{input:?}"
            );
        }
    }
    let n = normalize(&many, Profile::Search);
    assert_eq!(n.text, "احمد الي مدرسه ".repeat(50).trim_end());
    assert_eq!(n.origin_runs().len(), 1);
    assert_eq!(n.changes, 50 * 4 + 1);
}

#[test]
fn search_pair_table_agrees_with_the_actions() {
    // Every entry of the pair table that a character start can reach (ASCII or a two-byte
    // lead followed by a continuation byte) says what the action table says.
    let pairs = table::search_pairs();
    let low = table::search_low();
    for cp in 0..0x800u32 {
        let Some(c) = char::from_u32(cp) else {
            continue;
        };
        let mut buf = [0u8; 4];
        let b = c.encode_utf8(&mut buf).as_bytes().to_vec();
        let action = low.actions[cp as usize];
        for next in 0..=255u8 {
            let key = if b.len() == 1 {
                usize::from(b[0]) | (usize::from(next) << 8)
            } else if next == 0 {
                usize::from(b[0]) | (usize::from(b[1]) << 8)
            } else {
                continue;
            };
            let want = if c == ' ' {
                if b.len() == 1 && next == b' ' {
                    table::P_EXIT
                } else {
                    table::P_KEEP
                }
            } else if action == table::S_KEEP {
                table::P_KEEP
            } else if low.same[cp as usize] != 0 {
                table::P_SAME
            } else {
                table::P_EXIT
            };
            assert_eq!(pairs[key], want, "U+{cp:04X} then {next:#x}");
        }
    }
    // Leads of three- and four-byte characters always leave the scan; continuation bytes
    // (looked at only inside an eight-byte chunk) never do.
    for b1 in 0..256usize {
        assert!((0xE0..256).all(|b0| pairs[b0 | (b1 << 8)] == table::P_EXIT));
        assert!((0x80..0xC0).all(|b0| pairs[b0 | (b1 << 8)] == table::P_KEEP));
        // A two-byte lead not followed by a continuation byte (and the overlong C0, C1)
        // leaves it too: with the entries above, every entry of the table is checked.
        if !(0x80..0xC0).contains(&b1) {
            assert!((0xC0..0xE0).all(|b0| pairs[b0 | (b1 << 8)] == table::P_EXIT));
        }
    }
    assert!((0..256).all(|b1| [0xC0, 0xC1]
        .iter()
        .all(|b0| pairs[b0 | (b1 << 8)] == table::P_EXIT)));
}

#[test]
fn search_fast_path_equals_reference_on_fixtures() {
    // The fast paths on whole real articles (the fixtures; the development corpus when
    // present).
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("tests/fixtures/seed-ar.txt")];
    if let Ok(entries) = std::fs::read_dir(root.join("tests/fixtures/quotes")) {
        let mut v: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        v.sort();
        files.extend(
            v.into_iter()
                .filter(|p| p.extension().is_some_and(|e| e == "txt")),
        );
    }
    // The development articles only (ar/001–010; the others are test material).
    files.extend((1..=10).map(|k| root.join(format!("../shared/corpus/ar/{k:03}.txt"))));
    assert!(files.len() > 10);
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let reference = search::run_reference(&text, Zwnj::new(None));
        for swar in [false, true] {
            assert_eq!(
                search::run_variant(&text, Zwnj::new(None), swar),
                reference,
                "{} swar {swar}",
                path.display()
            );
        }
    }
}

#[test]
fn trim_spaces_is_trim_matches_space() {
    for s in [
        "",
        " ",
        "   ",
        "a",
        " a ",
        "  أحمد  ",
        "\ta b\n",
        " é",
        "é ",
        " \u{a0}x\u{a0} ",
    ] {
        assert_eq!(trim_spaces(s), s.trim_matches(' '), "{s:?}");
    }
}
