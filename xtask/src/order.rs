//! The order of the functions in the package's WebAssembly module, chosen for gzip.
//!
//! A server sends the module gzipped, and deflate finds repeats only within the last 32 KiB:
//! the same code in two functions far apart is paid twice. LLVM and wasm-opt emit the
//! functions in an order that knows nothing of that. [`reorder`] puts each function after
//! the one whose code compresses best with it (greedy, from the largest): the same functions,
//! the same code, another order (−2.4 KB gzipped, BENCHMARKS.md "Session 26 (bytes-d)").
//! A local search ([`improve`]) then moves short runs of functions where the code around
//! them deflates smaller (−0.4 KB gzipped, BENCHMARKS.md "Session 36 (bytes-m)"), beside
//! the functions they share code with (−1.5 KB more), from each window's greedy order
//! (−0.3 KB more, BENCHMARKS.md "Session 37 (bytes-n)").
//!
//! How: binaryen's `wasm-dis` writes the module as text, where a call names its function
//! (`call $12`) instead of giving its index, so the `(func …)` blocks can move freely;
//! `wasm-as` reads the text back (indices follow the new order) and `wasm-opt` runs its `-O3`
//! once more, which restores the encoding details the text form does not keep. Nothing but
//! the order of the function bodies (and so the function indices) changes.
//!
//! Then the data segments, in the binary itself: the same greedy and local search over the
//! ~260 active segments wasm-opt leaves (their addresses are in each, so their order is free;
//! −0.5 KB gzipped, BENCHMARKS.md "Session 30 (bytes-g)").

use std::path::Path;
use std::process::Command;

use crate::imports::{push_leb, read_leb};
use crate::util;

/// Bytes of the code before a candidate that [`greedy`] compresses it with: deflate's
/// distances reach 32 KiB, but the nearest functions matter most (BENCHMARKS.md, session 26:
/// windows of 1, 2, 3 and 8 KiB measured). The greedy's result is not monotonic in the window
/// (session 35 (bytes-l), one module: 1 KiB +320, 1.5 KiB −138, 3 KiB +399, 4 KiB −246 B gzipped
/// against 2 KiB), so [`reorder`] runs it for each of these, and the local search on each
/// ([`improve_best`]): the greedy's best is not the best after the search (session 37:
/// 1,536 B, 152,812 B deflated before, 151,199 after; 2,048 B, 153,262 then 150,786).
const WINDOWS: &[usize] = &[2048, 1536, 4096];

/// Reorders the functions of `wasm` in place (see the module docs). `wasm_opt` is the
/// `wasm-opt` binary, `features` and `opt_args` the flags the module was optimised with;
/// `wasm-dis` and `wasm-as` are taken from the same folder. Without them the module is left
/// as it is, with a note.
pub fn reorder(
    wasm_opt: &Path,
    wasm: &Path,
    features: &[&str],
    opt_args: &[&str],
) -> Result<(), String> {
    let dir = wasm_opt.parent().unwrap_or_else(|| Path::new(""));
    let (dis, asm) = (dir.join("wasm-dis"), dir.join("wasm-as"));
    if !dis.is_file() || !asm.is_file() {
        eprintln!("note: no wasm-dis / wasm-as beside wasm-opt; the functions keep their order");
        return Ok(());
    }
    let bytes = std::fs::read(wasm).map_err(|e| format!("{}: {e}", wasm.display()))?;
    let bodies = code_bodies(&bytes)?;
    let wat = wasm.with_extension("wat");
    util::run(
        Command::new(&dis)
            .args(features)
            .arg(wasm)
            .arg("-o")
            .arg(&wat),
    )?;
    let text = std::fs::read_to_string(&wat).map_err(|e| format!("{}: {e}", wat.display()))?;
    // The data segments may move only if no instruction names one by its index.
    let data_movable = !text.contains("memory.init") && !text.contains("data.drop");
    // The greedy's order for each window, the local search on each, continued on the one whose
    // code deflates smallest after its first moves (the code alone, with the call indices as
    // they are: it ranks the orders as the rebuilt module does); the module is rebuilt once, in
    // that order.
    let orders: Vec<Vec<usize>> = WINDOWS.iter().map(|&w| greedy(&bodies, w)).collect();
    let Some((order, kept, i)) = improve_best(&bodies, &orders, FIRST_MOVES, MOVES - FIRST_MOVES)
    else {
        return Ok(());
    };
    let (window, before) = (WINDOWS[i], deflated(&stream(&bodies, &orders[i])));
    let after = deflated(&stream(&bodies, &order));
    std::fs::write(&wat, reordered(&text, &order)?)
        .map_err(|e| format!("{}: {e}", wat.display()))?;
    util::run(
        Command::new(&asm)
            .args(features)
            .arg(&wat)
            .arg("-o")
            .arg(wasm),
    )?;
    util::run(
        Command::new(wasm_opt)
            .args(opt_args)
            .args(features)
            .arg(wasm)
            .arg("-o")
            .arg(wasm),
    )?;
    std::fs::remove_file(&wat).map_err(|e| format!("{}: {e}", wat.display()))?;
    println!(
        "function order: greedy window {window} B, then {kept} of {MOVES} moves kept (code {before} → \
         {after} B deflated; module {} B gzipped before the data order)",
        crate::build::gzip_size(wasm)?
    );
    if data_movable {
        let bytes = std::fs::read(wasm).map_err(|e| format!("{}: {e}", wasm.display()))?;
        if let Some(out) = reorder_data(&bytes)? {
            std::fs::write(wasm, out).map_err(|e| format!("{}: {e}", wasm.display()))?;
        }
    }
    Ok(())
}

/// Bytes of the data placed before a segment that [`reorder_data`] compresses it with
/// (BENCHMARKS.md, session 30 (bytes-g): 4, 8, 16 and 32 KiB gave −364, −126, −485 and −510 B
/// gzipped, the greedy taking 8, 11, 36 and 63 s on a loaded machine).
const DATA_WINDOW: usize = 16384;

/// Moves that [`improve`] tries on the greedy's order of the data segments.
const DATA_MOVES: usize = 2_000;

/// The module `bytes` with the segments of its data section in the order [`greedy`] picks
/// for them, or `None` when they must keep theirs: a segment that is not an active segment
/// of memory 0 at an `i32.const` offset, or two that overlap. Active segments that do not
/// overlap write the same bytes in any order, and nothing else refers to them (the caller
/// checks that no `memory.init` or `data.drop` names one by its index); wasm-opt leaves
/// ~260 of them (it splits the data at runs of zeros), the word lists and the Unicode
/// tables among them, in the linker's order.
fn reorder_data(bytes: &[u8]) -> Result<Option<Vec<u8>>, String> {
    let Some((header, start, end)) = section(bytes, 11)? else {
        return Ok(None);
    };
    let data = &bytes[start..end];
    let mut i = 0;
    let count = read_leb(data, &mut i)?;
    // (whole segment, its first and past-the-end addresses)
    let mut segments: Vec<(&[u8], u64, u64)> = Vec::with_capacity(count);
    for _ in 0..count {
        let from = i;
        // flag 0: active, memory 0, then `i32.const n` `end`
        if read_leb(data, &mut i)? != 0 || data.get(i) != Some(&0x41) {
            return Ok(None);
        }
        i += 1;
        let mut at: i64 = 0;
        let mut shift = 0;
        loop {
            let b = *data.get(i).ok_or("truncated data segment")?;
            i += 1;
            at |= i64::from(b & 0x7F) << shift;
            shift += 7;
            if b < 0x80 {
                if b & 0x40 != 0 && shift < 64 {
                    at -= 1 << shift;
                }
                break;
            }
            if shift > 35 {
                return Err("bad data segment offset".into());
            }
        }
        if data.get(i) != Some(&0x0B) {
            return Ok(None);
        }
        i += 1;
        let len = read_leb(data, &mut i)?;
        i += len;
        let segment = data.get(from..i).ok_or("truncated data segment")?;
        let first = u64::from(at as u32);
        segments.push((segment, first, first + len as u64));
    }
    if i != data.len() {
        return Err("data section longer than its segments".into());
    }
    let mut by_address: Vec<(u64, u64)> = segments.iter().map(|s| (s.1, s.2)).collect();
    by_address.sort_unstable();
    if by_address.windows(2).any(|w| w[0].1 > w[1].0) {
        return Ok(None);
    }
    let items: Vec<&[u8]> = segments.iter().map(|s| s.0).collect();
    let order = greedy(&items, DATA_WINDOW);
    let (order, kept) = improve(&items, order, DATA_MOVES);
    println!("data order: {kept} of {DATA_MOVES} moves kept");
    let mut section = Vec::with_capacity(data.len());
    push_leb(&mut section, count);
    for k in order {
        section.extend_from_slice(items[k]);
    }
    let mut out = bytes[..=header].to_vec();
    push_leb(&mut out, section.len());
    out.extend_from_slice(&section);
    out.extend_from_slice(&bytes[end..]);
    Ok(Some(out))
}

/// Where the first section with id `id` starts (its id byte), and the byte range of its
/// content, if there is one.
fn section(bytes: &[u8], id: u8) -> Result<Option<(usize, usize, usize)>, String> {
    let mut i = 8;
    while i < bytes.len() {
        let header = i;
        let this = bytes[i];
        i += 1;
        let len = read_leb(bytes, &mut i)?;
        if i + len > bytes.len() {
            return Err("truncated section".into());
        }
        if this == id {
            return Ok(Some((header, i, i + len)));
        }
        i += len;
    }
    Ok(None)
}

/// The function bodies of the code section, in order.
fn code_bodies(bytes: &[u8]) -> Result<Vec<&[u8]>, String> {
    let mut i = 8;
    while i < bytes.len() {
        let id = bytes[i];
        i += 1;
        let len = read_leb(bytes, &mut i)?;
        let section = bytes.get(i..i + len).ok_or("truncated section")?;
        i += len;
        if id == 10 {
            let mut j = 0;
            let count = read_leb(section, &mut j)?;
            let mut bodies = Vec::with_capacity(count);
            for _ in 0..count {
                let n = read_leb(section, &mut j)?;
                bodies.push(section.get(j..j + n).ok_or("truncated body")?);
                j += n;
            }
            return Ok(bodies);
        }
    }
    Err("the module has no code section".into())
}

/// Raw deflate size of `data` at the best level.
fn deflated(data: &[u8]) -> usize {
    use std::io::Write;
    let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(data).ok();
    e.finish().map_or(data.len(), |v| v.len())
}

/// The order: the largest body first, then each time the body that the last `window`
/// bytes placed save the most compressed bytes of (its compressed size alone minus what it
/// adds after them; ties: the earlier function).
fn greedy(bodies: &[&[u8]], window: usize) -> Vec<usize> {
    let alone: Vec<usize> = bodies.iter().map(|b| deflated(b)).collect();
    let mut left: Vec<usize> = (0..bodies.len()).collect();
    let mut order = Vec::with_capacity(bodies.len());
    let Some(first) = (0..bodies.len()).max_by_key(|&k| (bodies[k].len(), std::cmp::Reverse(k)))
    else {
        return order;
    };
    let mut current = first;
    let mut context: Vec<u8> = Vec::new();
    loop {
        left.retain(|&k| k != current);
        order.push(current);
        context.extend_from_slice(bodies[current]);
        let cut = context.len().saturating_sub(window);
        context.drain(..cut);
        if left.is_empty() {
            return order;
        }
        let base = deflated(&context);
        let mut probe = context.clone();
        // (function, bytes saved) of the best so far.
        let mut best: Option<(usize, isize)> = None;
        for &k in &left {
            probe.truncate(context.len());
            probe.extend_from_slice(bodies[k]);
            let added = deflated(&probe).saturating_sub(base);
            let saved = alone[k] as isize - added as isize;
            if best.is_none_or(|(_, s)| saved > s) {
                best = Some((k, saved));
            }
        }
        current = best.map_or(left[0], |(k, _)| k);
    }
}

/// The bodies in `order`, one after the other: the code section's bytes but for the size
/// before each body.
fn stream(bodies: &[&[u8]], order: &[usize]) -> Vec<u8> {
    order
        .iter()
        .flat_map(|&k| bodies[k].iter().copied())
        .collect()
}

/// Moves that [`improve`] tries on the kept order of the functions: with moves to random
/// places, on the module of session 36, 5,000 took 292 B gzipped off, 12,000 371 B and 20,000
/// 446 B (BENCHMARKS.md "Session 36 (bytes-m)"); beside partners, on session 37's, 6,000 took
/// 621 B off the code deflated, 12,000 1,766 B and 20,000 1,711 B (BENCHMARKS.md "Session 37
/// (bytes-n)"); 12,000 take ~50 s on a machine shared by five builds.
const MOVES: usize = 12_000;

/// Of [`MOVES`], those [`improve_best`] tries on each greedy order before it keeps the best:
/// 4,000 picked the order that is best after 12,000 (2,000 did not), for 8,000 moves more in
/// all (BENCHMARKS.md "Session 37 (bytes-n)").
const FIRST_MOVES: usize = 4_000;

/// Bytes before and after a changed place of the code that [`improve`] deflates to judge a move.
const AROUND: usize = 8192;

/// `order` improved by local search, and how many moves it kept: `moves` times, a run of one
/// to four functions is taken out and put in beside one of the [`partners`] of one of its
/// functions (the run, the function and the partner picked by a fixed pseudo-random sequence,
/// so every build makes the same order; a function without partners goes anywhere; a random
/// place instead found a fifth of the gain, BENCHMARKS.md "Session 37 (bytes-n)"), and the
/// move is kept if the code around the places it changes ([`AROUND`] bytes on each side of the
/// removal and of the insertion, or one stretch when they are near) deflates smaller than
/// before. The greedy
/// places each function after the last ones it placed and never looks back; this finds what
/// it left: a function that compresses better beside one placed earlier, a run between two
/// functions that want each other. Each move is judged on a part of the code only, so the
/// moves together may still lose: then `order` comes back as it was, with 0 moves kept.
fn improve(bodies: &[&[u8]], order: Vec<usize>, moves: usize) -> (Vec<usize>, usize) {
    let mut state = SEED;
    let near = partners(bodies);
    let (searched, kept) = search(bodies, order.clone(), moves, &near, &mut state);
    smaller(bodies, order, (searched, kept))
}

/// The first state of [`search`]'s pseudo-random sequence.
const SEED: u64 = 0x9E37_79B9_7F4A_7C15;

/// [`improve`] on the best of several starting orders: `first` moves on each (each from
/// [`SEED`]), then `rest` more on the one whose code deflates smallest then; that order, its
/// kept moves and its index in `orders`.
fn improve_best(
    bodies: &[&[u8]],
    orders: &[Vec<usize>],
    first: usize,
    rest: usize,
) -> Option<(Vec<usize>, usize, usize)> {
    // (its code deflated, its index, the sequence's state, the order, its kept moves)
    type Searched = (usize, usize, u64, Vec<usize>, usize);
    let mut best: Option<Searched> = None;
    let near = partners(bodies);
    for (i, order) in orders.iter().enumerate() {
        let mut state = SEED;
        let (searched, kept) = search(bodies, order.clone(), first, &near, &mut state);
        let size = deflated(&stream(bodies, &searched));
        if best.as_ref().is_none_or(|b| size < b.0) {
            best = Some((size, i, state, searched, kept));
        }
    }
    let (_, i, mut state, searched, kept) = best?;
    let (searched, more) = search(bodies, searched, rest, &near, &mut state);
    let (order, kept) = smaller(bodies, orders[i].clone(), (searched, kept + more));
    Some((order, kept, i))
}

/// `searched` (an order and its count of kept moves) if its stream deflates smaller than
/// `start`'s, else `start` with 0 moves kept.
fn smaller(
    bodies: &[&[u8]],
    start: Vec<usize>,
    searched: (Vec<usize>, usize),
) -> (Vec<usize>, usize) {
    if searched.1 > 0 && deflated(&stream(bodies, &searched.0)) < deflated(&stream(bodies, &start))
    {
        searched
    } else {
        (start, 0)
    }
}

/// [`improve`]'s moves, without its final check; `near` is [`partners`]`(bodies)`.
fn search(
    bodies: &[&[u8]],
    mut order: Vec<usize>,
    moves: usize,
    near: &[Vec<usize>],
    state: &mut u64,
) -> (Vec<usize>, usize) {
    let n = order.len();
    let mut kept = 0;
    if n < 2 {
        return (order, kept);
    }
    // xorshift64: a fixed sequence, so that the order is the same at every build
    let mut below = |bound: usize| {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        (*state % bound as u64) as usize
    };
    // Where each function of `order` starts in the stream, and its end.
    let starts = |order: &[usize]| -> Vec<usize> {
        let mut at = 0;
        let mut v: Vec<usize> = order
            .iter()
            .map(|&k| {
                let s = at;
                at += bodies[k].len();
                s
            })
            .collect();
        v.push(at);
        v
    };
    // Where each body stands in `order`.
    let places = |order: &[usize]| -> Vec<usize> {
        let mut v = vec![0; order.len()];
        for (i, &k) in order.iter().enumerate() {
            v[k] = i;
        }
        v
    };
    let mut at = starts(&order);
    let mut place = places(&order);
    let total = at[n];
    for _ in 0..moves {
        let len = 1 + below(4.min(n - 1));
        let from = below(n - len + 1);
        // The place in the order without the run: beside a partner of one of its bodies,
        // before or after it, or anywhere if that body has none.
        let to = match near[order[from + below(len)]].as_slice() {
            [] => below(n - len + 1),
            near => {
                let q = place[near[below(near.len())]];
                if (from..from + len).contains(&q) {
                    continue;
                }
                (if q > from { q - len } else { q }) + below(2)
            }
        };
        if to == from {
            continue;
        }
        let mut moved = order.clone();
        let run: Vec<usize> = moved.drain(from..from + len).collect();
        moved.splice(to..to, run);
        // In bytes of the stream before the move: the run, and where it goes.
        let (run_start, run_end) = (at[from], at[from + len]);
        let dest = if to < from { at[to] } else { at[to + len] };
        let old = |a: usize, b: usize| bytes(bodies, &order, &at, a, b);
        let (lo, hi) = (run_start.min(dest), run_end.max(dest));
        let delta = if hi - lo <= 2 * AROUND {
            let (a, b) = (lo.saturating_sub(AROUND), (hi + AROUND).min(total));
            let new = bytes(bodies, &moved, &starts(&moved), a, b);
            deflated(&new) as isize - deflated(&old(a, b)) as isize
        } else {
            let (a, b) = (
                run_start.saturating_sub(AROUND),
                (run_end + AROUND).min(total),
            );
            let mut removed = old(a, run_start);
            removed.extend(old(run_end, b));
            let (c, d) = (dest.saturating_sub(AROUND), (dest + AROUND).min(total));
            let mut inserted = old(c, dest);
            inserted.extend(old(run_start, run_end));
            inserted.extend(old(dest, d));
            deflated(&removed) as isize - deflated(&old(a, b)) as isize
                + deflated(&inserted) as isize
                - deflated(&old(c, d)) as isize
        };
        if delta < 0 {
            order = moved;
            at = starts(&order);
            place = places(&order);
            kept += 1;
        }
    }
    (order, kept)
}

/// Partners [`improve`] puts a body beside, at most this many for each body.
const PARTNERS: usize = 8;

/// For each body, up to [`PARTNERS`] others that share the most 8-byte strings with it, most
/// first (ties: the earlier body), each sharing at least two. A quarter of the strings is
/// looked at (those whose hash falls in it), and a string found in more than 32 bodies is
/// left out (short common code says little about which bodies belong together).
fn partners(bodies: &[&[u8]]) -> Vec<Vec<usize>> {
    use std::collections::{HashMap, HashSet};
    let n = bodies.len();
    let mut found: HashMap<u64, Vec<usize>> = HashMap::new();
    for (k, body) in bodies.iter().enumerate() {
        let mut seen = HashSet::new();
        for w in body.windows(8) {
            let s = u64::from_le_bytes(w.try_into().unwrap_or_default());
            if s.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 62 == 0 && seen.insert(s) {
                found.entry(s).or_default().push(k);
            }
        }
    }
    let mut shared = vec![0u32; n * n];
    for list in found.values().filter(|l| (2..=32).contains(&l.len())) {
        for (i, &a) in list.iter().enumerate() {
            for &b in &list[i + 1..] {
                shared[a * n + b] += 1;
                shared[b * n + a] += 1;
            }
        }
    }
    (0..n)
        .map(|a| {
            let mut p: Vec<usize> = (0..n).filter(|&b| shared[a * n + b] >= 2).collect();
            p.sort_by_key(|&b| (std::cmp::Reverse(shared[a * n + b]), b));
            p.truncate(PARTNERS);
            p
        })
        .collect()
}

/// Bytes `from..to` of the stream of `bodies` in `order`, whose functions start at `at`.
fn bytes(bodies: &[&[u8]], order: &[usize], at: &[usize], from: usize, to: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(to.saturating_sub(from));
    let first = at.partition_point(|&s| s <= from).saturating_sub(1);
    for (i, &k) in order.iter().enumerate().skip(first) {
        if at[i] >= to {
            break;
        }
        let body = bodies[k];
        let lo = from.max(at[i]) - at[i];
        let hi = to.min(at[i] + body.len()) - at[i];
        if lo < hi {
            out.extend_from_slice(&body[lo..hi]);
        }
    }
    out
}

/// `wat` (wasm-dis output: one top-level item per ` (` line, the functions last) with its
/// `(func …)` blocks in `order` (indexes of the blocks as they come).
fn reordered(wat: &str, order: &[usize]) -> Result<String, String> {
    let lines: Vec<&str> = wat.lines().collect();
    let starts: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].starts_with(" (func "))
        .collect();
    let end = lines
        .iter()
        .rposition(|l| *l == ")")
        .ok_or("wasm-dis output without its closing parenthesis")?;
    if starts.len() != order.len() {
        return Err(format!(
            "wasm-dis wrote {} functions, the code section has {}",
            starts.len(),
            order.len()
        ));
    }
    let first = starts.first().copied().unwrap_or(end);
    let mut bounds = starts.clone();
    bounds.push(end);
    if lines[first..end]
        .iter()
        .any(|l| l.starts_with(" (") && !l.starts_with(" (func "))
    {
        return Err("wasm-dis output has other items among its functions".into());
    }
    let mut out = String::with_capacity(wat.len());
    let mut push = |ls: &[&str]| {
        for l in ls {
            out.push_str(l);
            out.push('\n');
        }
    };
    push(&lines[..first]);
    for &k in order {
        push(&lines[bounds[k]..bounds[k + 1]]);
    }
    push(&lines[end..]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reordered_moves_whole_function_blocks() {
        let wat =
            "(module\n (type $0 (func))\n (func $0\n  (nop)\n )\n (func $1\n  (call $0)\n )\n)\n";
        let out = reordered(wat, &[1, 0]).unwrap();
        assert_eq!(
            out,
            "(module\n (type $0 (func))\n (func $1\n  (call $0)\n )\n (func $0\n  (nop)\n )\n)\n"
        );
        assert!(reordered(wat, &[0]).is_err());
    }

    #[test]
    fn greedy_orders_every_body_once() {
        let bodies: Vec<&[u8]> = vec![b"abc", b"abcdefgh", b"xyz", b"abcdefgh"];
        let mut order = greedy(&bodies, WINDOWS[0]);
        assert_eq!(order[0], 1);
        order.sort();
        assert_eq!(order, [0, 1, 2, 3]);
    }

    #[test]
    fn bytes_reads_a_stretch_across_bodies() {
        let bodies: Vec<&[u8]> = vec![b"abc", b"de", b"fgh"];
        let order = [2, 0, 1];
        let at = [0, 3, 6, 8];
        assert_eq!(stream(&bodies, &order), b"fghabcde");
        assert_eq!(bytes(&bodies, &order, &at, 2, 6), b"habc");
        assert_eq!(bytes(&bodies, &order, &at, 0, 8), b"fghabcde");
        assert_eq!(bytes(&bodies, &order, &at, 4, 4), b"");
    }

    /// `n` bytes of a linear congruential generator's noise (incompressible to deflate).
    fn noise(seed: &mut u32, n: usize) -> Vec<u8> {
        (0..n)
            .map(|_| {
                *seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                (*seed >> 24) as u8
            })
            .collect()
    }

    /// `count` bodies of 3 KB of noise, then a copy of the first: twins as far apart as
    /// `count` × 3 KB.
    fn twins(seed: u32, count: usize) -> Vec<Vec<u8>> {
        let mut seed = seed;
        let mut owned: Vec<Vec<u8>> = (0..count).map(|_| noise(&mut seed, 3000)).collect();
        owned.push(owned[0].clone());
        owned
    }

    #[test]
    fn improve_brings_twins_together() {
        // Twelve bodies of 3 KB of noise; the first and the last are the same, 33 KB apart
        // (beyond deflate's reach): a move that puts them side by side saves ~3 KB.
        let owned = twins(1, 11);
        let bodies: Vec<&[u8]> = owned.iter().map(|b| b.as_slice()).collect();
        let start: Vec<usize> = (0..12).collect();
        let (order, kept) = improve(&bodies, start.clone(), 300);
        assert!(kept > 0);
        let mut sorted = order.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, start);
        let (a, b) = (
            order.iter().position(|&k| k == 0).unwrap(),
            order.iter().position(|&k| k == 11).unwrap(),
        );
        assert!(a.abs_diff(b) <= 3, "{order:?}");
        assert!(deflated(&stream(&bodies, &order)) + 2500 < deflated(&stream(&bodies, &start)));
    }

    #[test]
    fn smaller_keeps_the_start_unless_the_search_deflates_smaller() {
        // Two copies of 3 KB of noise, side by side in `start` and 36 KB apart (beyond
        // deflate's reach) in `apart`.
        let owned = twins(7, 13);
        let bodies: Vec<&[u8]> = owned.iter().map(|b| b.as_slice()).collect();
        let start: Vec<usize> = [0, 13].into_iter().chain(1..13).collect();
        let apart: Vec<usize> = (0..14).collect();
        assert_eq!(
            smaller(&bodies, start.clone(), (apart.clone(), 5)),
            (start.clone(), 0)
        );
        assert_eq!(
            smaller(&bodies, apart.clone(), (start.clone(), 5)),
            (start, 5)
        );
    }

    #[test]
    fn improve_best_continues_the_smallest_order() {
        // As in `smaller_keeps_…`: the twins 36 KB apart in the first order, side by side in
        // the second; without moves the second comes back.
        let owned = twins(9, 13);
        let bodies: Vec<&[u8]> = owned.iter().map(|b| b.as_slice()).collect();
        let apart: Vec<usize> = (0..14).collect();
        let side: Vec<usize> = [0, 13].into_iter().chain(1..13).collect();
        let orders = vec![apart, side.clone()];
        assert_eq!(
            improve_best(&bodies, &orders, 0, 0),
            Some((side.clone(), 0, 1))
        );
        // with moves, either may win (partner moves bring the twins together in both)
        let (order, _, i) = improve_best(&bodies, &orders, 50, 50).unwrap();
        assert!(deflated(&stream(&bodies, &order)) <= deflated(&stream(&bodies, &orders[i])));
        assert_eq!(improve_best(&bodies, &[], 10, 10), None);
    }

    #[test]
    fn partners_share_strings() {
        // Bodies 0 and 2 are the same 1 KB of noise but for one byte; 1 is other noise.
        let mut seed = 3;
        let (a, b) = (noise(&mut seed, 1000), noise(&mut seed, 1000));
        let mut c = a.clone();
        c[500] ^= 1;
        let bodies: Vec<&[u8]> = vec![&a, &b, &c];
        assert_eq!(partners(&bodies), [vec![2], vec![], vec![0]]);
    }

    #[test]
    fn reorder_data_moves_active_segments_only() {
        // Header, a memory section, then a data section of three active segments.
        let mut m = b"\0asm\x01\0\0\0".to_vec();
        m.extend_from_slice(&[5, 3, 1, 0, 1]);
        let segs: [&[u8]; 3] = [
            &[0, 0x41, 0x10, 0x0B, 2, b'x', b'y'],
            &[
                0, 0x41, 0x20, 0x0B, 8, b'a', b'b', b'c', b'd', b'a', b'b', b'c', b'd',
            ],
            &[0, 0x41, 0x30, 0x0B, 4, b'a', b'b', b'c', b'd'],
        ];
        let content: Vec<u8> = [&[3u8][..], &segs.concat()].concat();
        m.push(11);
        push_leb(&mut m, content.len());
        m.extend_from_slice(&content);
        let out = reorder_data(&m).unwrap().unwrap();
        assert_eq!(out.len(), m.len());
        let (_, start, end) = section(&out, 11).unwrap().unwrap();
        let mut got = out[start + 1..end].to_vec();
        // the largest first; every segment once, whole
        assert!(got.starts_with(segs[1]));
        let mut want = segs.concat();
        got.sort_unstable();
        want.sort_unstable();
        assert_eq!(got, want);
        // overlapping segments, or a passive one: left as they are
        let mut overlap = m.clone();
        let at = overlap.len() - 7;
        overlap[at] = 0x11;
        assert!(reorder_data(&overlap).unwrap().is_none());
        let mut passive = m.clone();
        let first = passive.len() - content.len() + 1;
        passive[first] = 1;
        assert!(reorder_data(&passive).unwrap().is_none());
    }

    #[test]
    fn code_bodies_reads_the_code_section() {
        // Header, a type section (one `() -> ()`), then a code section of two bodies.
        let mut m = b"\0asm\x01\0\0\0".to_vec();
        m.extend_from_slice(&[1, 4, 1, 0x60, 0, 0]);
        m.extend_from_slice(&[10, 7, 2, 2, 0, 0x0B, 2, 0, 0x0B]);
        assert_eq!(code_bodies(&m).unwrap(), [&[0u8, 0x0B][..], &[0, 0x0B][..]]);
    }
}
