//! The guarantees of an [`Analysis`], as one checkable function: used by the property tests,
//! the corpus sweep and the fuzz targets, and available to callers who want to verify a
//! result in their own pipelines.

use crate::{Analysis, Span};

/// Checks that `analysis` keeps every documented guarantee for `text`: every span in bounds
/// and on character boundaries; highlights non-empty, sorted, disjoint and pointing at a
/// keyword whose `count` is the number of highlights pointing at it; quotes in text order;
/// `stats.characters` equal to the number of scalar values and `stats.words` to
/// [`crate::text::count_words`] (with quotes on, the quote tokenizer counts them in its own
/// pass). Returns the first violation.
pub fn check(text: &str, analysis: &Analysis) -> Result<(), String> {
    let valid = |span: &Span| span.start <= span.end && text.get(span.clone()).is_some();
    let mut last_end = 0;
    let mut counts = vec![0usize; analysis.keywords.len()];
    for h in &analysis.highlights {
        if !valid(&h.span) || h.span.start == h.span.end {
            return Err(format!(
                "highlight {:?} is empty or off a character boundary",
                h.span
            ));
        }
        if h.span.start < last_end {
            return Err(format!(
                "highlight {:?} is unsorted or overlaps the previous one",
                h.span
            ));
        }
        last_end = h.span.end;
        match counts.get_mut(h.keyword) {
            Some(c) => *c += 1,
            None => {
                return Err(format!(
                    "highlight points at keyword {} of {}",
                    h.keyword,
                    counts.len()
                ))
            }
        }
    }
    for (i, (k, &n)) in analysis.keywords.iter().zip(&counts).enumerate() {
        if k.count != n {
            return Err(format!(
                "keyword {i} has count {} but {n} highlights",
                k.count
            ));
        }
    }
    let mut last_start = 0;
    for q in &analysis.quotes {
        if !valid(&q.content) {
            return Err(format!(
                "quote content {:?} is off a character boundary",
                q.content
            ));
        }
        if q.content.start < last_start {
            return Err(format!("quote {:?} is out of text order", q.content));
        }
        last_start = q.content.start;
        for span in [
            q.speaker.as_ref(),
            q.speaker_mention.as_ref(),
            q.cue.as_ref(),
        ]
        .into_iter()
        .flatten()
        {
            if !valid(span) {
                return Err(format!(
                    "speaker or cue {span:?} is off a character boundary"
                ));
            }
        }
    }
    let characters = text.chars().count();
    if analysis.stats.characters != characters {
        return Err(format!(
            "stats.characters {} != {characters}",
            analysis.stats.characters
        ));
    }
    let words = crate::text::count_words(text);
    if analysis.stats.words != words {
        return Err(format!("stats.words {} != {words}", analysis.stats.words));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, AnalyzeOptions};

    #[test]
    fn accepts_a_real_analysis_and_rejects_a_broken_one() {
        let text = include_str!("../tests/fixtures/seed-ar.txt");
        let options = AnalyzeOptions {
            keywords: vec!["الكرملين".into()],
            ..AnalyzeOptions::default()
        };
        let mut a = analyze(text, &options).unwrap();
        assert_eq!(check(text, &a), Ok(()));
        a.highlights.reverse();
        assert!(check(text, &a).unwrap_err().contains("unsorted"));
        a.highlights.reverse();
        a.keywords[0].count += 1;
        assert!(check(text, &a).unwrap_err().contains("count"));
        a.keywords[0].count -= 1;
        a.stats.words += 1;
        assert!(check(text, &a).unwrap_err().contains("stats.words"));
    }
}
