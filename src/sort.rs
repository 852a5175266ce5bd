//! Stable sorting with one copy of the sorting code.
//!
//! `slice::sort_by` is generic: every element type and comparator gets its own copy of the
//! standard library's driftsort, about 5 KB of WebAssembly each; with a dozen call sites that
//! was 27 KB of the gzipped module. [`sort_by`] keeps short slices to an insertion sort (small,
//! and what the standard library does for them too) and sorts longer ones through a vector of
//! indices with the one non-generic [`sort_indices`], then moves the elements into place.
//! A stable sort has one possible result, so results are those of `slice::sort_by`.

use std::cmp::Ordering;

/// Slices up to this length are insertion-sorted.
const SMALL: usize = 20;

/// Sorts `v` stably by `cmp`, like `slice::sort_by`.
pub(crate) fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() <= SMALL {
        for i in 1..v.len() {
            let mut j = i;
            while j > 0 {
                let (Some(a), Some(b)) = (v.get(j - 1), v.get(j)) else {
                    break;
                };
                if cmp(a, b) != Ordering::Greater {
                    break;
                }
                v.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    let mut order: Vec<usize> = (0..v.len()).collect();
    sort_indices(&mut order, &mut |a, b| match (v.get(a), v.get(b)) {
        (Some(x), Some(y)) => cmp(x, y),
        _ => Ordering::Equal,
    });
    permute(v, &mut order);
}

/// Sorts `v` stably by the key `f`, like `slice::sort_by_key`.
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut [T], mut f: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| f(a).cmp(&f(b)));
}

/// Sorts `v` ascending: the result of `slice::sort_unstable` (numbers have one sorted order),
/// through [`sort_by`] and so the one instance of the standard library's sort, so that the
/// module carries no unstable sort (3.8 KB of WebAssembly: issue #7). For lists that are short
/// or off the hot path (`normalize::clean`'s stray embedding controls).
pub(crate) fn sort_numbers(v: &mut [usize]) {
    sort_by(v, |a, b| a.cmp(b));
}

/// The one instance of the standard library's stable sort.
#[inline(never)]
fn sort_indices(order: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

/// Reorders `v` so that position `i` holds what was at `order[i]` (`order` a permutation;
/// left as the identity).
fn permute<T>(v: &mut [T], order: &mut [usize]) {
    for i in 0..order.len() {
        let mut j = i;
        while let Some(slot) = order.get_mut(j) {
            let k = std::mem::replace(slot, j);
            if k == i || k >= v.len() {
                break;
            }
            v.swap(j, k);
            j = k;
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        /// Same result as the standard library's stable sort (stability included: keys have
        /// few values and elements carry their original position).
        #[test]
        fn equals_std_stable_sort(keys in proptest::collection::vec(0u8..6, 0..200)) {
            let items: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            let mut ours = items.clone();
            super::sort_by_key(&mut ours, |e| e.0);
            let mut std = items.clone();
            std.sort_by_key(|e| e.0);
            prop_assert_eq!(&ours, &std);
            let mut ours = items.clone();
            super::sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
            let mut std = items;
            std.sort_by_key(|e| std::cmp::Reverse(e.0));
            prop_assert_eq!(ours, std);
        }
    }

    proptest! {
        #[test]
        fn numbers_equal_std_unstable_sort(
            v in proptest::collection::vec(
                prop_oneof![0usize..50, 0usize..100_000, proptest::num::usize::ANY],
                0..300,
            ),
        ) {
            let mut ours = v.clone();
            super::sort_numbers(&mut ours);
            let mut std = v;
            std.sort_unstable();
            prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn moves_owned_elements() {
        let mut v: Vec<String> = (0..100).rev().map(|i| format!("{i:03}")).collect();
        super::sort_by(&mut v, |a, b| a.cmp(b));
        let want: Vec<String> = (0..100).map(|i| format!("{i:03}")).collect();
        assert_eq!(v, want);
    }
}
