//! Stable sorting with one copy of the sorting code.
//!
//! `slice::sort_by` is generic: every element type and comparator gets its own copy of the
//! standard library's driftsort, about 5 KB of WebAssembly each; with a dozen call sites that
//! was 27 KB of the gzipped module. [`sort_by`] keeps short slices to an insertion sort (small,
//! and what the standard library does for them too) and sorts longer ones through a vector of
//! indices with the one non-generic [`sort_indices`], then moves the elements into place.
//! `sort_indices` is the crate's own natural merge sort (~0.6 KB of WebAssembly), not the
//! standard library's driftsort (~6 KB, 2.6 KB of the gzipped module: issue #7). A stable sort
//! has one possible result, so results are those of `slice::sort_by` (property tests compare).

use std::cmp::Ordering;

/// Slices up to this length are insertion-sorted.
const SMALL: usize = 20;

/// Sorts `v` stably by `cmp`, like `slice::sort_by`. The generic part is one small method
/// (compare two positions, or swap them); the sorting itself is the non-generic [`sort_with`],
/// so a call site does not carry its own copy of the insertion sort and the permutation
/// (issue #7).
pub(crate) fn sort_by<T>(v: &mut [T], cmp: impl FnMut(&T, &T) -> Ordering) {
    let n = v.len();
    sort_with(n, &mut Slice { v, cmp });
}

/// The two steps [`sort_with`] sorts with. A trait of its own rather than a `dyn FnMut`
/// closure: a closure's vtable also names its `FnOnce::call_once` shim, a second copy of the
/// closure's body in the wasm (issue #7).
trait Step {
    /// With `swap` false, true if the element at `a` goes after the one at `b`
    /// (`cmp(a, b) == Greater`); with `swap` true, swaps the elements at `a` and `b`.
    fn step(&mut self, a: usize, b: usize, swap: bool) -> bool;
}

/// A slice and its comparison, as [`sort_by`] hands them to [`sort_with`].
struct Slice<'a, T, F> {
    v: &'a mut [T],
    cmp: F,
}

impl<T, F: FnMut(&T, &T) -> Ordering> Step for Slice<'_, T, F> {
    fn step(&mut self, a: usize, b: usize, swap: bool) -> bool {
        if swap {
            if a < self.v.len() && b < self.v.len() {
                self.v.swap(a, b);
            }
            return false;
        }
        match (self.v.get(a), self.v.get(b)) {
            (Some(x), Some(y)) => (self.cmp)(x, y) == Ordering::Greater,
            _ => false,
        }
    }
}

/// Sorts positions `0..n` stably through `s` ([`Step::step`]). Short lists are
/// insertion-sorted in place; longer ones are sorted as indices by [`sort_indices`], then
/// permuted into place by swaps.
#[inline(never)]
fn sort_with(n: usize, s: &mut dyn Step) {
    if n <= SMALL {
        for i in 1..n {
            let mut j = i;
            while j > 0 && s.step(j - 1, j, false) {
                s.step(j - 1, j, true);
                j -= 1;
            }
        }
        return;
    }
    let mut order: Vec<usize> = (0..n).collect();
    sort_indices(&mut order, &mut |a, b| s.step(a, b, false));
    // Position `i` takes what was at `order[i]`, one cycle of the permutation at a time
    // (`order` left as the identity).
    for i in 0..n {
        let mut j = i;
        while let Some(slot) = order.get_mut(j) {
            let k = std::mem::replace(slot, j);
            if k == i || k >= n {
                break;
            }
            s.step(j, k, true);
            j = k;
        }
    }
}

/// Sorts `v` stably by the key `f`, like `slice::sort_by_key`.
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut [T], mut f: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| f(a).cmp(&f(b)));
}

/// Sorts `v` ascending: the result of `slice::sort_unstable` (numbers have one sorted order),
/// through [`sort_by`] and so the one sort of the crate, so that the
/// module carries no unstable sort (3.8 KB of WebAssembly: issue #7). For lists that are short
/// or off the hot path (`normalize::clean`'s stray embedding controls).
pub(crate) fn sort_numbers(v: &mut [usize]) {
    sort_by(v, |a, b| a.cmp(b));
}

/// Shorter natural runs are extended to this length by insertion sort in [`sort_indices`].
const RUN: usize = 8;

/// The one stable sort of the crate, a natural merge sort of `order` by `greater` (true when
/// the first goes after the second, `cmp == Greater`): ascending runs
/// as they come (a run shorter than [`RUN`] extended to it by insertion sort); the last two
/// runs merge as they pile up while the one before them is not longer than both together or
/// the last is not shorter (so the pending runs shrink like Fibonacci numbers and merges stay
/// balanced: O(n·log n) comparisons whatever the run lengths), and all of them at the end.
/// Sorted input costs n − 1 comparisons; input made of a few sorted pieces (the quote events
/// of several passes, keyword hits in text order, the kept best of the automatic keywords
/// followed by new candidates) only the merges of those pieces. ~1 KB of WebAssembly where the
/// standard library's driftsort was ~6 KB (issue #7).
#[inline(never)]
fn sort_indices(order: &mut [usize], greater: &mut dyn FnMut(usize, usize) -> bool) {
    let n = order.len();
    // The runs not merged yet, as (start, end).
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut buf = Vec::new();
    let mut start = 0;
    while start < n {
        let mut end = start + 1;
        while let (Some(&a), Some(&b)) = (order.get(end - 1), order.get(end)) {
            if greater(a, b) {
                break;
            }
            end += 1;
        }
        if end - start < RUN {
            let stop = n.min(start + RUN);
            if let Some(run) = order.get_mut(start..stop) {
                insertion_sort(run, end - start, greater);
            }
            end = stop;
        }
        runs.push((start, end));
        start = end;
        // The last two runs merge while the one before them is not longer than both together,
        // or the last is not shorter than the one before it (and all of them at the end): the
        // runs left pending shrink at least like Fibonacci numbers, so merges stay balanced.
        while let &[.., (first, mid), (_, last)] = runs.as_slice() {
            let before = match runs.as_slice() {
                &[.., (prev, _), _, _] => first - prev,
                _ => usize::MAX,
            };
            if start < n && mid - first > last - mid && before > last - first {
                break;
            }
            if let Some(pair) = order.get_mut(first..last) {
                merge(pair, mid - first, &mut buf, greater);
            }
            runs.truncate(runs.len() - 2);
            runs.push((first, last));
        }
    }
}

/// Sorts `run` stably by inserting each element after `run[..sorted]` (already in order) into
/// the sorted part before it.
fn insertion_sort(run: &mut [usize], sorted: usize, greater: &mut dyn FnMut(usize, usize) -> bool) {
    for i in sorted.max(1)..run.len() {
        let Some(&x) = run.get(i) else {
            break;
        };
        let mut j = i;
        while let Some(&y) = j.checked_sub(1).and_then(|k| run.get(k)) {
            if !greater(y, x) {
                break;
            }
            if let Some(slot) = run.get_mut(j) {
                *slot = y;
            }
            j -= 1;
        }
        if let Some(slot) = run.get_mut(j) {
            *slot = x;
        }
    }
}

/// Merges the sorted `run[..mid]` and `run[mid..]` in place, stably, through `buf` (a copy of
/// the left half); nothing moves when the halves are already in order.
fn merge(
    run: &mut [usize],
    mid: usize,
    buf: &mut Vec<usize>,
    greater: &mut dyn FnMut(usize, usize) -> bool,
) {
    match (mid.checked_sub(1).and_then(|k| run.get(k)), run.get(mid)) {
        (Some(&last), Some(&first)) if greater(last, first) => {}
        _ => return,
    }
    buf.clear();
    buf.extend(run.iter().take(mid));
    // The next of the left half (in `buf`), of the right half (in `run`), and the slot to fill:
    // `k = i + j - mid <= j`, so no element of the right half is overwritten before it is read.
    let (mut i, mut j, mut k) = (0, mid, 0);
    while let (Some(&a), Some(&b)) = (buf.get(i), run.get(j)) {
        let take_right = greater(a, b);
        if let Some(slot) = run.get_mut(k) {
            *slot = if take_right { b } else { a };
        }
        j += usize::from(take_right);
        i += usize::from(!take_right);
        k += 1;
    }
    // What is left of the right half is in place already; what is left of the left half fills
    // the gap before it.
    for (slot, &x) in run.iter_mut().skip(k).zip(buf.iter().skip(i)) {
        *slot = x;
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

    proptest! {
        /// Longer inputs made of sorted pieces, descending pieces and noise (the shapes the
        /// natural runs and the merges see), against the standard library's stable sort.
        #[test]
        fn pieces_equal_std_stable_sort(
            pieces in proptest::collection::vec((0u16..500, 1usize..400, 0u8..3), 0..12),
        ) {
            let mut keys = Vec::new();
            for (base, len, shape) in pieces {
                for i in 0..len {
                    keys.push(match shape {
                        0 => base.wrapping_add(i as u16 / 3),
                        1 => base.wrapping_sub(i as u16),
                        _ => base ^ ((i as u16).wrapping_mul(40503) % 97),
                    });
                }
            }
            let items: Vec<(u16, usize)> = keys.into_iter().zip(0..).collect();
            let mut ours = items.clone();
            super::sort_by_key(&mut ours, |e| e.0);
            let mut std = items;
            std.sort_by_key(|e| e.0);
            prop_assert_eq!(ours, std);
        }
    }

    /// Ascending runs of shrinking lengths (which a rule that only merges a run into a shorter
    /// one before it would leave piled up, then merge in quadratic work): the right order,
    /// in O(n·log n) comparisons.
    #[test]
    fn shrinking_runs_stay_n_log_n() {
        let mut keys: Vec<u32> = Vec::new();
        for len in (1..=120u32).rev() {
            keys.extend((0..len).map(|i| 1000 - len + i));
        }
        let n = keys.len() as f64;
        let items: Vec<(u32, usize)> = keys.into_iter().zip(0..).collect();
        let mut ours = items.clone();
        let mut calls = 0u64;
        super::sort_by(&mut ours, |a, b| {
            calls += 1;
            a.0.cmp(&b.0)
        });
        let mut std = items;
        std.sort_by_key(|e| e.0);
        assert_eq!(ours, std);
        assert!(
            (calls as f64) < 2.0 * n * n.log2(),
            "{calls} comparisons for {n} elements"
        );
    }

    #[test]
    fn moves_owned_elements() {
        let mut v: Vec<String> = (0..100).rev().map(|i| format!("{i:03}")).collect();
        super::sort_by(&mut v, |a, b| a.cmp(b));
        let want: Vec<String> = (0..100).map(|i| format!("{i:03}")).collect();
        assert_eq!(v, want);
    }
}
