//! UTF-16 ⇄ UTF-8 transcoding for bindings that can move a JavaScript string's UTF-16 code
//! units in and out of memory faster than the engine's UTF-8 encoder and decoder (Node.js:
//! `Buffer#write(…, "utf16le")` and `Buffer#toString("utf16le")` are a `memcpy`, while
//! `TextEncoder`/`TextDecoder` convert per character). Lone surrogates become U+FFFD, exactly
//! as `TextEncoder` does, so offsets stay aligned (one unit each side).

/// The UTF-8 length of the UTF-16 `units` (lone surrogates count as U+FFFD, three bytes).
/// A surrogate pair split between two calls is counted as two lone surrogates: callers cut
/// their input so that no chunk ends with a high surrogate ([`split_point`]).
pub fn utf8_len(units: &[u16]) -> usize {
    // One byte per unit, one more from U+0080, one more from U+0800 (a surrogate counts 3,
    // right for a lone one); a valid pair is 4 bytes, not 3 + 3. One branch-free pass.
    let mut len = 0usize;
    let mut high = false;
    for &u in units {
        let low = (u & 0xFC00) == 0xDC00;
        len += 1 + usize::from(u >= 0x80) + usize::from(u >= 0x800) - 2 * usize::from(high & low);
        high = (u & 0xFC00) == 0xD800;
    }
    len
}

/// How many of the first `units` to take so that the chunk does not end with a high
/// surrogate whose low half follows (`more`: the string goes on after `units`).
pub fn split_point(units: &[u16], more: bool) -> usize {
    match units.last() {
        Some(&u) if more && (0xD800..0xDC00).contains(&u) && units.len() > 1 => units.len() - 1,
        _ => units.len(),
    }
}

/// Bytes encoded into a local block before it is appended to the string.
const BLOCK: usize = 4096;

/// Appends the UTF-16 `units` to `out` as UTF-8, lone surrogates as U+FFFD (what
/// `TextEncoder` does). Reserve [`utf8_len`] bytes first: nothing more is allocated then.
pub fn push_utf8(units: &[u16], out: &mut String) {
    let mut block = [0u8; BLOCK];
    let mut k = 0usize; // bytes in `block`
    let mut i = 0usize;
    while let Some(&u) = units.get(i) {
        if k + 8 > BLOCK {
            append(out, block.get(..k).unwrap_or(&[]));
            k = 0;
        }
        // Four ASCII units at once (Latin text, digits, spaces).
        if let Some(&[a, b, c, d]) = units.get(i..i + 4) {
            if (a | b | c | d) < 0x80 {
                if let Some(dst) = block.get_mut(k..k + 4) {
                    dst.copy_from_slice(&[a as u8, b as u8, c as u8, d as u8]);
                }
                k += 4;
                i += 4;
                continue;
            }
        }
        let (bytes, n, used): ([u8; 4], usize, usize) = if u < 0x80 {
            ([u as u8, 0, 0, 0], 1, 1)
        } else if u < 0x800 {
            ([0xC0 | (u >> 6) as u8, 0x80 | (u & 0x3F) as u8, 0, 0], 2, 1)
        } else if (u & 0xF800) != 0xD800 {
            (three(u), 3, 1)
        } else {
            match units.get(i + 1) {
                Some(&l) if (u & 0xFC00) == 0xD800 && (l & 0xFC00) == 0xDC00 => {
                    let cp = 0x1_0000 + ((u32::from(u) & 0x3FF) << 10) + (u32::from(l) & 0x3FF);
                    (
                        [
                            0xF0 | (cp >> 18) as u8,
                            0x80 | ((cp >> 12) & 0x3F) as u8,
                            0x80 | ((cp >> 6) & 0x3F) as u8,
                            0x80 | (cp & 0x3F) as u8,
                        ],
                        4,
                        2,
                    )
                }
                _ => (three(0xFFFD), 3, 1),
            }
        };
        // Four bytes stored at once (one `i32` store in wasm, no `memcpy` call), `n` kept.
        if let Some(dst) = block.get_mut(k..k + 4) {
            dst.copy_from_slice(&bytes);
        }
        k += n;
        i += used;
    }
    append(out, block.get(..k).unwrap_or(&[]));
}

/// The three-byte UTF-8 sequence of a BMP code point from U+0800 that is not a surrogate.
#[inline]
fn three(u: u16) -> [u8; 4] {
    [
        0xE0 | (u >> 12) as u8,
        0x80 | ((u >> 6) & 0x3F) as u8,
        0x80 | (u & 0x3F) as u8,
        0,
    ]
}

/// Appends bytes produced by [`push_utf8`] to `out`.
#[inline]
fn append(out: &mut String, bytes: &[u8]) {
    // SAFETY: `push_utf8` only puts complete UTF-8 sequences of scalar values into its block
    // (one byte below U+0080, two below U+0800, three for any other BMP code point that is
    // not a surrogate or for U+FFFD, four for a high surrogate followed by a low one, encoded
    // by the standard bit layout) and appends the block only between two sequences, so `out`
    // stays well-formed UTF-8. Checked exhaustively by the tests below (every BMP unit, every
    // pair class). Validating instead would cost a second pass over the text in wasm.
    #[allow(unsafe_code)]
    unsafe {
        out.as_mut_vec().extend_from_slice(bytes);
    }
}

/// Hands `text` to `sink` as UTF-16 code units in consecutive pieces of at most `chunk` units
/// (at least 2). A surrogate pair may be cut between two pieces (a JavaScript string made by
/// concatenating the pieces' raw code units is the whole text).
pub fn utf16_chunks(text: &str, chunk: usize, mut sink: impl FnMut(&[u16])) {
    let chunk = chunk.max(2);
    let mut buf: Vec<u16> = Vec::with_capacity(chunk.min(text.len()));
    for unit in text.encode_utf16() {
        buf.push(unit);
        if buf.len() == chunk {
            sink(&buf);
            buf.clear();
        }
    }
    if !buf.is_empty() {
        sink(&buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `TextEncoder` produces: lone surrogates as U+FFFD.
    fn reference(units: &[u16]) -> String {
        char::decode_utf16(units.iter().copied())
            .map(|r| r.unwrap_or('\u{FFFD}'))
            .collect()
    }

    fn samples() -> Vec<Vec<u16>> {
        let mut v: Vec<Vec<u16>> = [
            "",
            "a",
            "abc def",
            "أحمد «قال» 2025 Café ß ﷽ 😀x😀",
            "\u{0}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
        ]
        .iter()
        .map(|s| s.encode_utf16().collect())
        .collect();
        v.push(vec![0xD800]);
        v.push(vec![0xDC00]);
        v.push(vec![0xDC00, 0xD800]);
        v.push(vec![0x61, 0xD83D, 0x62, 0xDE00, 0xD83D, 0xDE00, 0xD83D]);
        v.push(vec![0xD800, 0xD800, 0xDC00, 0xDC00]);
        v
    }

    #[test]
    fn utf8_of_utf16_matches_the_encoder() {
        for units in samples() {
            let want = reference(&units);
            assert_eq!(utf8_len(&units), want.len(), "{units:x?}");
            let mut got = String::new();
            push_utf8(&units, &mut got);
            assert_eq!(got, want, "{units:x?}");
        }
    }

    #[test]
    fn every_unit_and_pair_class_transcodes_like_the_encoder() {
        let mut units: Vec<u16> = (0..=u16::MAX).collect();
        // Pairs, high-high-low, and a trailing high surrogate.
        units.extend_from_slice(&[0xD800, 0xDC00, 0xDBFF, 0xDFFF, 0xD83D, 0xD83D, 0xDE00, 0x41]);
        units.extend_from_slice(&[0xDC00, 0xD800, 0x20, 0x20, 0x20, 0xD800]);
        let want = reference(&units);
        assert_eq!(utf8_len(&units), want.len());
        let mut got = String::with_capacity(want.len());
        push_utf8(&units, &mut got);
        assert!(std::str::from_utf8(got.as_bytes()).is_ok());
        assert_eq!(got, want);
        assert_eq!(got.capacity(), want.len(), "no reallocation beyond utf8_len");
    }

    #[test]
    fn chunked_reading_keeps_pairs_together() {
        for units in samples() {
            for chunk in 2..7 {
                let mut got = String::new();
                let mut len = 0;
                let mut start = 0;
                while start < units.len() {
                    let end = (start + chunk).min(units.len());
                    let piece = &units[start..end];
                    let take = split_point(piece, end < units.len());
                    len += utf8_len(&piece[..take]);
                    push_utf8(&piece[..take], &mut got);
                    start += take;
                }
                assert_eq!(got, reference(&units), "{units:x?} by {chunk}");
                assert_eq!(len, got.len());
            }
        }
    }

    #[test]
    fn utf16_pieces_concatenate_to_the_text() {
        let text = "أحمد 😀 Café\u{10FFFF}x";
        for chunk in [1, 2, 3, 7, 100] {
            let mut all = Vec::new();
            let mut sizes = Vec::new();
            utf16_chunks(text, chunk, |p| {
                sizes.push(p.len());
                all.extend_from_slice(p);
            });
            assert_eq!(String::from_utf16(&all).unwrap(), text);
            assert!(sizes.iter().all(|&n| n <= chunk.max(2) && n > 0));
        }
    }
}
