//! The quote extractor alone, in every language with a mark table: spans valid, content in
//! text order, no panic, whatever the marks, nesting and paragraph breaks.
#![no_main]

use article_analyzer::quotes::extract;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();
    for language in ["ar", "en", "fr", "de", "es", "ru", "und"] {
        let quotes = extract(text, language);
        let mut start = 0;
        for q in &quotes {
            for s in [Some(&q.content), q.speaker.as_ref(), q.cue.as_ref()].into_iter().flatten() {
                assert!(s.start <= s.end && text.get(s.clone()).is_some(), "{language}: {s:?}");
            }
            assert!(q.content.start >= start, "{language}: quotes out of order");
            start = q.content.start;
        }
    }
});
