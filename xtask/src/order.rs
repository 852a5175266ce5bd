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

use std::path::Path;
use std::process::Command;

use crate::util;

/// Bytes of the code before a candidate that [`greedy`] compresses it with: deflate's
/// distances reach 32 KiB, but the nearest functions matter most (BENCHMARKS.md, session 26:
/// windows of 1, 2, 3 and 8 KiB measured).
const WINDOW: usize = 2048;

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
    let order = greedy(&bodies);
    let text = reordered(&text, &order)?;
    std::fs::write(&wat, text).map_err(|e| format!("{}: {e}", wat.display()))?;
    util::run(
        Command::new(&asm)
            .args(features)
            .arg(&wat)
            .arg("-o")
            .arg(wasm),
    )?;
    std::fs::remove_file(&wat).map_err(|e| format!("{}: {e}", wat.display()))?;
    util::run(
        Command::new(wasm_opt)
            .args(opt_args)
            .args(features)
            .arg(wasm)
            .arg("-o")
            .arg(wasm),
    )
}

/// Reads an unsigned LEB128 number at `*i`.
fn leb(bytes: &[u8], i: &mut usize) -> Result<usize, String> {
    let mut value = 0usize;
    for shift in (0..35).step_by(7) {
        let b = *bytes.get(*i).ok_or("truncated module")?;
        *i += 1;
        value |= usize::from(b & 0x7F) << shift;
        if b < 0x80 {
            return Ok(value);
        }
    }
    Err("bad LEB128 number".into())
}

/// The function bodies of the code section, in order.
fn code_bodies(bytes: &[u8]) -> Result<Vec<&[u8]>, String> {
    let mut i = 8;
    while i < bytes.len() {
        let id = bytes[i];
        i += 1;
        let len = leb(bytes, &mut i)?;
        let section = bytes.get(i..i + len).ok_or("truncated section")?;
        i += len;
        if id == 10 {
            let mut j = 0;
            let count = leb(section, &mut j)?;
            let mut bodies = Vec::with_capacity(count);
            for _ in 0..count {
                let n = leb(section, &mut j)?;
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

/// The order: the largest body first, then each time the body that the last [`WINDOW`]
/// bytes placed save the most compressed bytes of (its compressed size alone minus what it
/// adds after them; ties: the earlier function).
fn greedy(bodies: &[&[u8]]) -> Vec<usize> {
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
        let cut = context.len().saturating_sub(WINDOW);
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
        let mut order = greedy(&bodies);
        assert_eq!(order[0], 1);
        order.sort();
        assert_eq!(order, [0, 1, 2, 3]);
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
