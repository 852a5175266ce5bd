//! The `search` profile: one pass, one table read per character, verbatim runs copied in bulk.

use unicode_normalization::char::canonical_combining_class;

use super::output::{at, zwnj_stays, Ahead, Behind, Out};
use super::table::{
    folded_edge, search_replacement, Lookup, F_NONSTARTER, F_SPACE, KIND, S_DEC_SEP, S_DELETE,
    S_KEEP, S_KEEP_MARK, S_MAP, S_THOU_SEP, S_WS, S_ZWNJ,
};
use super::{Normalized, Zwnj};

/// ASCII classes of the hot loop.
const A_KEEP: u8 = 0;
const A_SPACE: u8 = 1;
const A_UPPER: u8 = 2;
const A_WS: u8 = 3;

#[inline]
fn ascii_class(b: u8) -> u8 {
    match b {
        b' ' => A_SPACE,
        b'A'..=b'Z' => A_UPPER,
        b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => A_WS,
        _ => A_KEEP,
    }
}

struct State<'t> {
    text: &'t str,
    out: Out,
    lk: Lookup,
    changes: usize,
    /// Start of the pending verbatim run of the input.
    run: usize,
    /// The output ends with a space that stands for white space.
    last_space: bool,
    behind: Behind,
    ahead: Ahead,
    zwnj: Zwnj,
    last_zwnj: Option<usize>,
}

impl State<'_> {
    #[inline]
    fn flush(&mut self, i: usize) {
        if i > self.run {
            if let Some(run) = self.text.get(self.run..i) {
                self.out.copy(run, self.run);
            }
        }
    }

    #[inline]
    fn space(&mut self, i: usize) {
        if !self.last_space {
            self.out.push(' ', at(i));
            self.last_space = true;
        }
    }

    fn map(&mut self, action: u32, c: char, i: usize) {
        let s = search_replacement(&mut self.lk, c);
        if action & (F_NONSTARTER | F_SPACE) == 0 {
            self.out.push_str(&s, at(i));
            self.last_space = false;
            return;
        }
        for ch in s.chars() {
            if ch == ' ' {
                self.space(i);
            } else {
                if canonical_combining_class(ch) != 0 {
                    self.out.push_ordered(ch, at(i));
                } else {
                    self.out.push(ch, at(i));
                }
                self.last_space = false;
            }
        }
    }

    fn separator(&mut self, c: char, i: usize, target: char) {
        let prev_digit = self
            .out
            .text
            .as_bytes()
            .last()
            .is_some_and(u8::is_ascii_digit);
        let next_digit = prev_digit && {
            let next = self.ahead.get(self.text, i + c.len_utf8(), &mut self.lk);
            next.and_then(|n| folded_edge(&mut self.lk, n, false))
                .is_some_and(|f| f.is_ascii_digit())
        };
        if next_digit {
            self.out.push(target, at(i));
            self.changes += 1;
        } else {
            self.out.push(c, at(i));
        }
        self.last_space = false;
    }

    fn zwnj(&mut self, c: char, i: usize) {
        let text = self.text;
        let keep = self.zwnj.keeps(text) && {
            let prev = self.behind.get(self.text, i, &mut self.lk);
            let next = self.ahead.get(self.text, i + c.len_utf8(), &mut self.lk);
            zwnj_stays(&mut self.lk, prev, next, self.last_zwnj)
        };
        if keep {
            self.out.push(c, at(i));
            self.last_zwnj = Some(i);
            self.last_space = false;
        } else {
            self.changes += 1;
        }
    }
}

/// Runs the `search` profile.
pub(crate) fn run(text: &str, zwnj: Zwnj) -> Normalized {
    let mut s = State {
        text,
        out: Out::with_capacity(text.len() + text.len() / 16 + 8),
        lk: Lookup::default(),
        changes: 0,
        run: 0,
        last_space: false,
        behind: Behind::default(),
        ahead: Ahead::default(),
        zwnj,
        last_zwnj: None,
    };
    for (i, c) in text.char_indices() {
        let cp = c as u32;
        if cp < 0x80 {
            match ascii_class(cp as u8) {
                A_KEEP => {
                    s.last_space = false;
                    continue;
                }
                A_SPACE if !s.last_space => {
                    s.last_space = true;
                    continue;
                }
                A_UPPER => {
                    s.flush(i);
                    s.out.push(c.to_ascii_lowercase(), at(i));
                    s.last_space = false;
                }
                _ => {
                    // A repeated space, or a tab / line break.
                    s.flush(i);
                    s.space(i);
                }
            }
            s.changes += 1;
            s.run = i + 1;
            continue;
        }
        let (action, _) = s.lk.search(c);
        let kind = action & KIND;
        if kind == S_KEEP {
            s.last_space = false;
            continue;
        }
        s.flush(i);
        s.run = i + c.len_utf8();
        match kind {
            S_DELETE => s.changes += 1,
            S_KEEP_MARK => {
                if s.out.push_ordered(c, at(i)) {
                    s.changes += 1;
                }
                s.last_space = false;
            }
            S_MAP => {
                s.changes += 1;
                s.map(action, c, i);
            }
            S_WS => {
                s.changes += 1;
                s.space(i);
            }
            S_DEC_SEP => s.separator(c, i, '.'),
            S_THOU_SEP => s.separator(c, i, ','),
            S_ZWNJ => s.zwnj(c, i),
            _ => s.out.push(c, at(i)),
        }
    }
    s.flush(text.len());
    if s.last_space && s.out.text.ends_with(' ') {
        let len = s.out.text.len() - 1;
        s.out.truncate(len);
        s.changes += 1;
    }
    Normalized {
        text: s.out.text,
        origin: s.out.origin,
        changes: s.changes,
    }
}
