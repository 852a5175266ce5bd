//! A small multiplicative hasher (rustc's FxHash) for the crate's word maps and sets: several
//! times faster than SipHash on short keys. Not DoS-resistant, which does not matter here: the
//! keys are the data files' own words (quote lexicons) or the words of the caller's own text
//! (automatic-keyword counts), and a collision attack could only slow the caller's own tab.
//!
//! Public because the keyword rules ([`crate::keywords::Rules`]) and
//! [`crate::keywords::auto::extract`] take these sets: one hasher for every word set in the
//! crate, so that the WebAssembly module carries one copy of the hash-table code per element
//! type (std's SipHash `HashSet<String>` was a second copy, issue #7).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash state.
#[derive(Default, Clone, Copy)]
pub struct Fx(u64);

impl Hasher for Fx {
    fn finish(&self) -> u64 {
        self.0
    }
    // Out of line: a string key's hash is a loop, and the crate hashes strings at dozens of
    // call sites (one copy of the loop instead of one per site: issue #7).
    #[inline(never)]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(c);
            self.add(u64::from_le_bytes(word));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

impl Fx {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// A `HashMap` with [`Fx`].
pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;
/// A `HashSet` with [`Fx`].
pub type FxSet<K> = HashSet<K, BuildHasherDefault<Fx>>;
