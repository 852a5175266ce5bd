//! Moving big strings across the boundary in Node.js without the engine's UTF-8 codec.
//!
//! In Node.js 20 `TextEncoder.encode` of the 4.8 MB Arabic test file costs ~13 ms and
//! `TextDecoder.decode` of the folded result 30–45 ms (V8 converts per character), while
//! `Buffer#write(s, "utf16le")` and `Buffer#toString("utf16le")` copy the code units in under
//! a millisecond. So, in Node.js only (feature-detected: a global `Buffer` function and
//! `process.versions.node`), text goes in as UTF-16 and is transcoded to UTF-8 here
//! ([`crate::normalize::utf16`]), and results come out as UTF-16, a chunk at a time through
//! one small scratch `Buffer`, so neither side ever holds an extra copy of the whole text.
//! Elsewhere (browsers, where `TextEncoder`/`TextDecoder` are fast) the callers use them.

use js_sys::{JsString, Reflect, Uint16Array, Uint8Array};
use wasm_bindgen::prelude::*;

use crate::normalize::utf16;

/// Code units per chunk (a 128 KiB scratch buffer on each side).
pub(crate) const CHUNK: usize = 64 * 1024;

#[wasm_bindgen]
extern "C" {
    /// Node.js's `Buffer` (a `Uint8Array`).
    #[wasm_bindgen(extends = Uint8Array, js_name = Buffer)]
    type NodeBuffer;
    #[wasm_bindgen(static_method_of = NodeBuffer, js_class = "Buffer", js_name = allocUnsafeSlow)]
    fn alloc_unsafe_slow(size: u32) -> NodeBuffer;
    #[wasm_bindgen(method, js_name = write)]
    fn write(this: &NodeBuffer, s: &JsString, offset: u32, length: u32, encoding: &str) -> u32;
    #[wasm_bindgen(method, js_name = toString)]
    fn to_string_range(this: &NodeBuffer, encoding: &str, start: u32, end: u32) -> JsString;
}

/// A scratch `Buffer` of [`CHUNK`] code units and a `Uint16Array` view of it; `None` outside
/// Node.js.
pub(crate) struct Scratch {
    bytes: NodeBuffer,
    units: Uint16Array,
}

impl Scratch {
    /// The scratch buffer, if this is Node.js.
    pub(crate) fn node() -> Option<Scratch> {
        let global = js_sys::global();
        let buffer = Reflect::get(&global, &"Buffer".into()).ok()?;
        let node = Reflect::get(&global, &"process".into())
            .and_then(|p| Reflect::get(&p, &"versions".into()))
            .and_then(|v| Reflect::get(&v, &"node".into()))
            .ok()?;
        if !buffer.is_function() || !node.is_string() {
            return None;
        }
        let bytes = NodeBuffer::alloc_unsafe_slow((CHUNK * 2) as u32);
        let units = Uint16Array::new(&bytes.buffer());
        Some(Scratch { bytes, units })
    }

    /// Reads `input` as UTF-8 (lone surrogates as U+FFFD, like `TextEncoder`) into a `String`
    /// of exactly its size: one pass counts the UTF-8 length, a second transcodes.
    #[allow(dead_code)]
    pub(crate) fn read(&self, input: &JsString) -> String {
        let len = input.length();
        let mut units = vec![0u16; CHUNK];
        let mut size = 0usize;
        self.pieces(input, len, &mut units, |piece| size += utf16::utf8_len(piece));
        let mut text = String::with_capacity(size);
        self.pieces(input, len, &mut units, |piece| utf16::push_utf8(piece, &mut text));
        text
    }

    /// Copies `input` into `units` a chunk at a time (never ending a chunk between the two
    /// halves of a surrogate pair) and hands each chunk to `f`.
    fn pieces(&self, input: &JsString, len: u32, units: &mut [u16], mut f: impl FnMut(&[u16])) {
        let mut start = 0u32;
        while start < len {
            let end = len.min(start.saturating_add(CHUNK as u32));
            let n = (end - start) as usize;
            let part = if start == 0 && end == len {
                input.clone()
            } else {
                input.substring(start, end)
            };
            self.bytes.write(&part, 0, (n * 2) as u32, "utf16le");
            let Some(dst) = units.get_mut(..n) else { return };
            self.units.subarray(0, n as u32).copy_to(dst);
            let take = utf16::split_point(dst, end < len);
            f(dst.get(..take).unwrap_or(&[]));
            start += take as u32;
        }
    }

    /// A JavaScript string of the UTF-16 `units` (at most [`CHUNK`]), appended to `acc`.
    pub(crate) fn append(&self, acc: &mut Option<JsString>, units: &[u16]) {
        let n = units.len().min(CHUNK);
        self.units
            .subarray(0, n as u32)
            .copy_from(units.get(..n).unwrap_or(&[]));
        let piece = self.bytes.to_string_range("utf16le", 0, (n * 2) as u32);
        *acc = Some(match acc.take() {
            None => piece,
            Some(head) => head.concat(&piece),
        });
    }
}
