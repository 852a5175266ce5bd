//! The order of the functions in the package's WebAssembly module, chosen for gzip.
//!
//! A server sends the module gzipped, and deflate finds repeats only within the last 32 KiB:
//! the same code in two functions far apart is paid twice. LLVM and wasm-opt emit the
//! functions in an order that knows nothing of that. [`reorder`] puts each function after
//! the one whose code compresses best with it (greedy, from the largest): the same functions,
//! the same code, another order (−2.4 KB gzipped, BENCHMARKS.md "Session 26 (bytes-d)").
//!
//! How: binaryen's `wasm-dis` writes the module as text, where a call names its function
//! (`call $12`) instead of giving its index, so the `(func …)` blocks can move freely;
//! `wasm-as` reads the text back (indices follow the new order) and `wasm-opt` runs its `-O3`
//! once more, which restores the encoding details the text form does not keep. Nothing but
//! the order of the function bodies (and so the function indices) changes.
//!
//! Then the data segments, in the binary itself: the same greedy over the ~260 active
//! segments wasm-opt leaves (their addresses are in each, so their order is free; −0.5 KB
//! gzipped, BENCHMARKS.md "Session 30 (bytes-g)").

use std::path::Path;
use std::process::Command;

use crate::imports::{push_leb, read_leb};
use crate::util;

/// Bytes of the code before a candidate that [`greedy`] compresses it with: deflate's
/// distances reach 32 KiB, but the nearest functions matter most (BENCHMARKS.md, session 26:
/// windows of 1, 2, 3 and 8 KiB measured). The greedy's result is not monotonic in the window
/// (session 35 (bytes-l), one module: 1 KiB +320, 1.5 KiB −138, 3 KiB +399, 4 KiB −246 B gzipped
/// against 2 KiB), so [`reorder`] builds the module for each of these and keeps the smallest.
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
    // (gzipped size, window) of the smallest module so far, which is in `wasm`.
    let mut best: Option<(usize, usize)> = None;
    let candidate = wasm.with_extension("candidate.wasm");
    for &window in WINDOWS {
        let order = greedy(&bodies, window);
        std::fs::write(&wat, reordered(&text, &order)?)
            .map_err(|e| format!("{}: {e}", wat.display()))?;
        util::run(
            Command::new(&asm)
                .args(features)
                .arg(&wat)
                .arg("-o")
                .arg(&candidate),
        )?;
        util::run(
            Command::new(wasm_opt)
                .args(opt_args)
                .args(features)
                .arg(&candidate)
                .arg("-o")
                .arg(&candidate),
        )?;
        let gz = crate::build::gzip_size(&candidate)?;
        if best.is_none_or(|(b, _)| gz < b) {
            best = Some((gz, window));
            std::fs::rename(&candidate, wasm).map_err(|e| format!("{}: {e}", wasm.display()))?;
        }
    }
    std::fs::remove_file(&wat).map_err(|e| format!("{}: {e}", wat.display()))?;
    if candidate.exists() {
        std::fs::remove_file(&candidate).map_err(|e| format!("{}: {e}", candidate.display()))?;
    }
    if let Some((gz, window)) = best {
        println!("function order: greedy window {window} B ({gz} B gzipped before the data order)");
    }
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
