//! Both normalization profiles on arbitrary text: origin maps monotone, in bounds and on
//! character boundaries; both profiles idempotent; `search(clean(x)) == search(x)`; every
//! `source_range` a valid range of the input.
#![no_main]

use article_analyzer::{normalize, Profile};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();
    for profile in [Profile::Search, Profile::Clean] {
        let n = normalize(text, profile);
        let origin: Vec<u32> = n.origins().collect();
        assert_eq!(origin.len(), n.text.len(), "one origin per output byte");
        let mut last = 0;
        for (i, &o) in origin.iter().enumerate() {
            assert_eq!(n.origin_at(i), Some(o), "origin_at disagrees with origins");
            let o = o as usize;
            assert!(o >= last, "origin not monotone");
            assert!(o < text.len() && text.is_char_boundary(o), "origin off a boundary");
            last = o;
        }
        let again = normalize(&n.text, profile);
        assert_eq!(again.text, n.text, "{profile:?} is not idempotent");
        // A few folded ranges map back to whole characters of the input.
        let bounds: Vec<usize> = n.text.char_indices().map(|(i, _)| i).chain([n.text.len()]).collect();
        for w in bounds.windows(2).step_by(7) {
            let r = n.source_range(text, w[0]..w[1]);
            assert!(r.start <= r.end && text.get(r.clone()).is_some(), "source_range {r:?}");
        }
    }
    let search = normalize(text, Profile::Search).text;
    let via_clean = normalize(&normalize(text, Profile::Clean).text, Profile::Search).text;
    assert_eq!(via_clean, search, "search(clean(x)) != search(x)");
});
