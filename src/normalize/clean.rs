//! The `clean` profile: NFC, presentation forms, tatweel and invisible junk, stray bidi
//! controls, spacing. One pass; canonical composition is done per segment (a starter and the
//! non-starters after it) only where a segment holds something NFC may change.

use crate::ucd::{canonical_combining_class, compose, decompose_canonical};

use super::output::{at, zwnj_stays, Ahead, Behind, Out};
use super::table::{
    clean_replacement, folded_edge, Lookup, C_BIDI, C_DELETE, C_EMBED, C_HSPACE, C_LINEBREAK,
    C_MAP, C_NFC, C_STABLE, C_ZWJ, C_ZWNJ, F_SPACE, KIND,
};
use super::{Normalized, Zwnj};

struct State<'t> {
    text: &'t str,
    out: Out,
    lk: Lookup,
    changes: usize,
    /// Start of the pending verbatim run of the input.
    run: usize,
    /// Output byte offset of the last starter (the segment NFC may still change).
    seg: usize,
    /// The segment after `seg` holds non-starters or decomposed text: compose it before
    /// anything else is appended.
    dirty: bool,
    /// Input offset where the dirty segment began.
    seg_input: usize,
    /// The output ends with a space standing for a run of spaces: (its offset, no-break).
    pending_space: Option<(usize, bool)>,
    behind: Behind,
    ahead: Ahead,
    zwnj: Zwnj,
    last_zwnj: Option<usize>,
    last_zwj: Option<usize>,
    last_bidi: Option<usize>,
    /// Input offsets of unpaired embedding/isolate controls, ascending.
    stray: Vec<usize>,
    stray_next: usize,
    scratch: Vec<(char, u32)>,
    composed: Vec<(char, u32)>,
    decomposed: Vec<char>,
}

impl State<'_> {
    #[inline]
    fn flush(&mut self, i: usize) {
        if i > self.run {
            if let Some(run) = self.text.get(self.run..i) {
                self.out.copy(run, self.run);
                if let Some(last) = run.chars().next_back() {
                    self.seg = self.out.text.len() - last.len_utf8();
                }
                self.pending_space = None;
            }
        }
    }

    /// Composes the dirty segment.
    fn settle(&mut self, input_end: usize) {
        if !self.dirty {
            return;
        }
        self.dirty = false;
        let seg = self.seg.min(self.out.text.len());
        let Some(tail) = self.out.text.get(seg..) else {
            return;
        };
        self.scratch.clear();
        for (k, ch) in tail.char_indices() {
            let o = self.out.origin_at(seg + k).unwrap_or(0);
            decompose_canonical(ch, |d| self.scratch.push((d, o)));
        }
        // Canonical ordering: stable sort of each run of non-starters.
        let mut start = 0;
        while start < self.scratch.len() {
            let mut end = start;
            while self
                .scratch
                .get(end)
                .is_some_and(|&(c, _)| canonical_combining_class(c) != 0)
            {
                end += 1;
            }
            if end > start {
                if let Some(run) = self.scratch.get_mut(start..end) {
                    crate::sort::sort_by_key(run, |&(c, _)| canonical_combining_class(c));
                }
                start = end;
            } else {
                start += 1;
            }
        }
        // Canonical composition.
        self.composed.clear();
        let mut starter: Option<usize> = None;
        let mut last_class: Option<u8> = None;
        for &(c, o) in &self.scratch {
            let class = canonical_combining_class(c);
            if let Some(si) = starter {
                let blocked = last_class.is_some_and(|l| l >= class);
                if !blocked {
                    if let Some(slot) = self.composed.get_mut(si) {
                        if let Some(x) = compose(slot.0, c) {
                            slot.0 = x;
                            continue;
                        }
                    }
                }
            }
            if class == 0 {
                starter = Some(self.composed.len());
                last_class = None;
            } else {
                last_class = Some(class);
            }
            self.composed.push((c, o));
        }
        // Monotone origins: each takes the minimum of itself and what follows.
        let mut min = u32::MAX;
        for e in self.composed.iter_mut().rev() {
            min = min.min(e.1);
            e.1 = min;
        }
        let mut new = String::with_capacity(tail.len());
        new.extend(self.composed.iter().map(|e| e.0));
        let original = self
            .text
            .get(self.seg_input.min(input_end)..input_end)
            .unwrap_or("");
        if new != original {
            self.changes += 1;
        }
        if new != tail {
            self.out.truncate(seg);
            let mut last_starter = seg;
            for &(c, o) in &self.composed {
                if canonical_combining_class(c) == 0 {
                    last_starter = self.out.text.len();
                }
                self.out.push(c, o);
            }
            self.seg = last_starter;
        }
    }

    /// Appends one (decomposed) character of an NFC-relevant character or a replacement.
    fn push_nfc(&mut self, d: char, i: usize) {
        if canonical_combining_class(d) != 0 {
            self.mark_dirty(i);
            self.out.push(d, at(i));
            return;
        }
        self.settle(i);
        // A starter composes with the previous starter only when they are adjacent.
        let len = self.out.text.len();
        if let Some(prev) = self.out.text.get(self.seg..).and_then(|t| {
            let mut cs = t.chars();
            let first = cs.next()?;
            cs.next().is_none().then_some(first)
        }) {
            if let Some(x) = compose(prev, d) {
                let o = self.out.origin_at(self.seg).unwrap_or(at(i));
                self.out.truncate(self.seg);
                self.out.push(x, o);
                self.changes += 1;
                return;
            }
        }
        self.seg = len;
        self.out.push(d, at(i));
    }

    fn mark_dirty(&mut self, i: usize) {
        if !self.dirty {
            self.dirty = true;
            self.seg_input = self
                .out
                .origin_at(self.seg)
                .map_or(i, |o| o as usize)
                .min(i);
        }
    }

    fn nfc(&mut self, c: char, i: usize) {
        let mut parts = std::mem::take(&mut self.decomposed);
        parts.clear();
        decompose_canonical(c, |d| parts.push(d));
        let changed = !(parts.len() == 1 && parts.first() == Some(&c));
        for &d in &parts {
            self.push_nfc(d, i);
        }
        self.decomposed = parts;
        if changed {
            self.mark_dirty(i);
        }
    }

    fn starter_verbatim(&mut self, c: char, i: usize) {
        self.settle(i);
        self.seg = self.out.text.len();
        self.out.push(c, at(i));
        self.pending_space = None;
    }

    fn neighbours(&mut self, c: char, i: usize) -> (Option<(usize, char)>, Option<char>) {
        let prev = self.behind.get(self.text, i, &mut self.lk);
        let next = self.ahead.get(self.text, i + c.len_utf8(), &mut self.lk);
        (prev, next)
    }
}

/// True if the control kept last (`last`: the input offset of the last ZWJ, or of the last
/// bidi mark, kept) stands after the nearest significant character before this one (`prev`,
/// from [`Behind`]), or there is no such character: this control repeats it. (The ZWJ and
/// bidi arms of [`run`] asked it in the same six lines.)
fn repeated(last: Option<usize>, prev: Option<(usize, char)>) -> bool {
    match (last, prev) {
        (Some(k), Some((p, _))) => k > p,
        (Some(_), None) => true,
        _ => false,
    }
}

/// Input offsets of the embedding, override and isolate controls that have no partner in
/// their paragraph (stray controls left by copy and paste), ascending.
fn stray_embeds(text: &str) -> Vec<usize> {
    let mut stray = Vec::new();
    if !text.contains(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')) {
        return stray;
    }
    let mut embeds: Vec<usize> = Vec::new();
    let mut isolates: Vec<usize> = Vec::new();
    for (i, c) in text.char_indices() {
        match c {
            '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' => embeds.push(i),
            '\u{202C}' => stray.extend(embeds.pop().map_or(Some(i), |_| None)),
            '\u{2066}'..='\u{2068}' => isolates.push(i),
            '\u{2069}' => stray.extend(isolates.pop().map_or(Some(i), |_| None)),
            '\n' | '\r' | '\u{1C}'..='\u{1E}' | '\u{85}' | '\u{2029}' => {
                stray.append(&mut embeds);
                stray.append(&mut isolates);
            }
            _ => {}
        }
    }
    stray.append(&mut embeds);
    stray.append(&mut isolates);
    crate::sort::sort_numbers(&mut stray);
    stray
}

/// Runs the `clean` profile.
pub(crate) fn run(text: &str, zwnj: Zwnj) -> Normalized {
    let mut s = State {
        text,
        out: Out::with_capacity(text.len() + 8),
        lk: Lookup::default(),
        changes: 0,
        run: 0,
        seg: 0,
        dirty: false,
        seg_input: 0,
        pending_space: None,
        behind: Behind::default(),
        ahead: Ahead::default(),
        zwnj,
        last_zwnj: None,
        last_zwj: None,
        last_bidi: None,
        stray: stray_embeds(text),
        stray_next: 0,
        scratch: Vec::new(),
        composed: Vec::new(),
        decomposed: Vec::new(),
    };
    for (i, c) in text.char_indices() {
        let action = match c {
            ' ' | '\t' => C_HSPACE,
            '\n' | '\r' | '\u{0B}' | '\u{0C}' => C_LINEBREAK,
            '\0'..='\u{7F}' => C_STABLE,
            _ => s.lk.clean(c).0,
        };
        let kind = action & KIND;
        if kind == C_STABLE {
            if s.dirty {
                s.settle(i);
            }
            s.pending_space = None;
            continue;
        }
        s.flush(i);
        s.run = i + c.len_utf8();
        match kind {
            C_DELETE => s.changes += 1,
            C_NFC => {
                s.pending_space = None;
                s.nfc(c, i);
            }
            C_MAP => {
                s.pending_space = None;
                s.changes += 1;
                let rep = clean_replacement(&mut s.lk, c);
                for ch in rep.chars() {
                    s.nfc(ch, i);
                }
            }
            C_HSPACE => {
                let no_break = action & F_SPACE != 0 || c == '\u{A0}';
                match s.pending_space {
                    None => {
                        s.starter_verbatim(c, i);
                        s.pending_space = Some((s.seg, no_break));
                    }
                    Some((pos, false)) if no_break => {
                        s.out.truncate(pos);
                        s.out.push(c, at(i));
                        s.pending_space = Some((pos, true));
                        s.changes += 1;
                    }
                    Some(_) => s.changes += 1,
                }
            }
            C_LINEBREAK => {
                s.settle(i);
                if let Some((pos, _)) = s.pending_space.take() {
                    s.out.truncate(pos);
                    s.changes += 1;
                }
                s.starter_verbatim(c, i);
            }
            C_ZWNJ => {
                let (prev, next) = s.neighbours(c, i);
                if zwnj_stays(&mut s.lk, prev, next, s.last_zwnj) && s.zwnj.keeps(text) {
                    s.last_zwnj = Some(i);
                    s.starter_verbatim(c, i);
                } else {
                    s.changes += 1;
                }
            }
            C_ZWJ => {
                let (prev, next) = s.neighbours(c, i);
                let repeated = repeated(s.last_zwj, prev);
                let between = prev.is_some_and(|(_, p)| !p.is_whitespace())
                    && next.is_some_and(|n| !n.is_whitespace());
                if between && !repeated {
                    s.last_zwj = Some(i);
                    s.starter_verbatim(c, i);
                } else {
                    s.changes += 1;
                }
            }
            C_BIDI => {
                let (prev, next) = s.neighbours(c, i);
                let repeated = repeated(s.last_bidi, prev);
                let lk = &mut s.lk;
                let inside_word = prev
                    .and_then(|(_, p)| folded_edge(lk, p, true))
                    .is_some_and(char::is_alphanumeric)
                    && next
                        .and_then(|n| folded_edge(lk, n, false))
                        .is_some_and(char::is_alphanumeric);
                if inside_word || repeated {
                    s.changes += 1;
                } else {
                    s.last_bidi = Some(i);
                    s.starter_verbatim(c, i);
                }
            }
            C_EMBED => {
                while s.stray.get(s.stray_next).is_some_and(|&p| p < i) {
                    s.stray_next += 1;
                }
                if s.stray.get(s.stray_next) == Some(&i) {
                    s.changes += 1;
                } else {
                    s.starter_verbatim(c, i);
                }
            }
            _ => s.starter_verbatim(c, i),
        }
    }
    s.flush(text.len());
    s.settle(text.len());
    if let Some((pos, _)) = s.pending_space.take() {
        s.out.truncate(pos);
        s.changes += 1;
    }
    Normalized {
        text: s.out.text,
        runs: s.out.runs,
        changes: s.changes,
    }
}
