//! The wasm32 build's `memcmp`, four bytes at a time ([`compare`]).
//!
//! Every comparison of strings or byte slices (`==`, `starts_with`, the hash sets' key checks)
//! that LLVM does not expand in line ends in a call of `memcmp`. The one `compiler_builtins`
//! gives wasm32 compares one byte per iteration; its definitions are weak, so the strong one
//! below takes their place when the module is linked. Measured (BENCHMARKS.md, session 51
//! (speed-w)): the same instructions per `analyze` call in Node.js (within the garbage
//! collector's spread of ±0.5 %), the module 208 B smaller gzipped. Compiled natively for the
//! tests only (a native `memcmp` would replace the C library's).

/// The sign of the first differing byte pair of `a` and `b` (as unsigned bytes), compared up
/// to the shorter one's length: negative, zero (none differs) or positive, as C's `memcmp`.
/// Four bytes per iteration until a word differs, then byte by byte. No slice comparison here:
/// it would call `memcmp`, i.e. this function.
#[cfg_attr(target_arch = "wasm32", inline(always))]
pub(crate) fn compare(a: &[u8], b: &[u8]) -> i32 {
    let n = a.len().min(b.len());
    let mut i = 0;
    while let (Some(x), Some(y)) = (a.get(i..i + 4), b.get(i..i + 4)) {
        if i + 4 > n || word(x) != word(y) {
            break;
        }
        i += 4;
    }
    while let (Some(&x), Some(&y)) = (a.get(i), b.get(i)) {
        if i >= n {
            break;
        }
        if x != y {
            return i32::from(x) - i32::from(y);
        }
        i += 1;
    }
    0
}

/// Four bytes as one integer (`x` holds four).
#[inline(always)]
fn word(x: &[u8]) -> u32 {
    u32::from_le_bytes(x.try_into().unwrap_or([0; 4]))
}

/// C's `memcmp` for the wasm32 module: [`compare`] of the `n` bytes at `a` and at `b`.
///
/// # Safety
///
/// `a` and `b` must each be valid for reads of `n` bytes (C's contract; Rust's own calls
/// compare slices, whose pointers are never null).
#[cfg(target_arch = "wasm32")]
#[allow(unsafe_code)]
#[no_mangle]
#[inline(never)]
pub unsafe extern "C" fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    if n == 0 || a.is_null() || b.is_null() {
        return 0;
    }
    // SAFETY: `a` and `b` are non-null and valid for `n` bytes (the caller's contract); the
    // slices only live for this call, which writes nothing.
    let (a, b) = unsafe {
        (
            core::slice::from_raw_parts(a, n),
            core::slice::from_raw_parts(b, n),
        )
    };
    compare(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sign(o: std::cmp::Ordering) -> i32 {
        o as i32
    }

    #[test]
    fn compare_has_the_sign_of_slice_order_on_every_short_pattern() {
        // Every pair of slices of up to 9 bytes over 0, 1, 0x7F, 0x80, 0xFF at one differing
        // position (or none), after every length of equal prefix: the word loop, its exit on a
        // difference in any byte of a word, and the byte loop after it.
        let values = [0u8, 1, 0x7F, 0x80, 0xFF];
        for n in 0..=9usize {
            for at in 0..=n {
                for &x in &values {
                    for &y in &values {
                        let mut a: Vec<u8> = (0..n).map(|k| (k * 37 + 11) as u8).collect();
                        let mut b = a.clone();
                        if at < n {
                            a[at] = x;
                            b[at] = y;
                        }
                        let got = compare(&a, &b).signum();
                        assert_eq!(got, sign(a.cmp(&b)), "{a:?} {b:?}");
                        assert_eq!(compare(&b, &a).signum(), -got, "{b:?} {a:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn compare_agrees_with_slice_order_on_text() {
        let words = [
            "",
            "a",
            "ab",
            "abc",
            "abcd",
            "abcde",
            "قال",
            "قالت",
            "الرئيس",
            "الرئيسة",
            "said",
            "says",
            "éclat",
            "ُ",
            "😀x",
            "😀y",
            "Washington",
            "Washingtons",
        ];
        for a in words {
            for b in words {
                let (a, b) = (a.as_bytes(), b.as_bytes());
                let n = a.len().min(b.len());
                let want = sign(a[..n].cmp(&b[..n]));
                assert_eq!(compare(a, b).signum(), want, "{a:?} {b:?}");
            }
        }
    }
}
