//! A small multiplicative hasher (rustc's FxHash) for the crate's word maps and sets: several
//! times faster than SipHash on short keys. Not DoS-resistant, which does not matter here: the
//! keys are the data files' own words (quote lexicons) or the words of the caller's own text
//! (automatic-keyword counts), and a collision attack could only slow the caller's own tab.
//!
//! Public because the keyword rules ([`crate::keywords::Rules`]) and
//! [`crate::keywords::auto::extract`] take these sets: one hasher for every word set in the
//! crate, so that the WebAssembly module carries one copy of the hash-table code per element
//! type (std's SipHash `HashSet<String>` was a second copy, issue #7).

use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};

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
/// A set with the FxHash hasher: a map to a `bool` that is never read, not std's `HashSet`
/// (a map to `()`). With `String` keys its entries are 16 bytes like those of the crate's
/// `String`-keyed maps (`FxMap<String, bool>`, `u16`, `u32`), so that they share one copy of
/// hashbrown's table code (`reserve_rehash` and the rest) in the WebAssembly module instead of
/// a second one for 12-byte entries (issue #7). Iteration order is the `HashSet`'s: the same
/// hashes in the same number of buckets.
#[derive(Debug, Clone)]
pub struct FxSet<K>(FxMap<K, bool>);

impl<K> Default for FxSet<K> {
    fn default() -> Self {
        FxSet(FxMap::default())
    }
}

impl<K: Eq + Hash> FxSet<K> {
    /// Adds `k`; false if it was already there (the stored key is kept, as `HashSet::insert`).
    pub fn insert(&mut self, k: K) -> bool {
        self.0.insert(k, true).is_none()
    }

    /// True if `k` is in the set.
    pub fn contains<Q: Hash + Eq + ?Sized>(&self, k: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.0.contains_key(k)
    }
}

impl<K> FxSet<K> {
    /// The elements, in the table's order.
    pub fn iter(&self) -> std::collections::hash_map::Keys<'_, K, bool> {
        self.0.keys()
    }

    /// The number of elements.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True if the set has no element.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Equal sets: the same elements (every value is `true`).
impl<K: Eq + Hash> PartialEq for FxSet<K> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl<K: Eq + Hash> Eq for FxSet<K> {}

impl<K: Eq + Hash> Extend<K> for FxSet<K> {
    fn extend<I: IntoIterator<Item = K>>(&mut self, iter: I) {
        self.0.extend(iter.into_iter().map(|k| (k, true)));
    }
}

impl<K: Eq + Hash> FromIterator<K> for FxSet<K> {
    fn from_iter<I: IntoIterator<Item = K>>(iter: I) -> Self {
        FxSet(iter.into_iter().map(|k| (k, true)).collect())
    }
}

impl<'a, K> IntoIterator for &'a FxSet<K> {
    type Item = &'a K;
    type IntoIter = std::collections::hash_map::Keys<'a, K, bool>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.keys()
    }
}
