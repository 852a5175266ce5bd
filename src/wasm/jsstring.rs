//! Handing a big result string to Node.js without V8's UTF-8 decoder.
//!
//! In Node.js 20 `TextDecoder.decode` of the folded 4.8 MB Arabic test file costs 30–45 ms
//! (V8 converts per character; more than twice `TextEncoder.encode` of the input), while
//! `Buffer#toString("utf16le")` copies code units in under a millisecond. So, in Node.js only
//! (feature-detected: a global `Buffer` function and `process.versions.node`), `normalize`
//! writes its result as UTF-16 ([`crate::Normalized::utf16_chunks`], together with the origin
//! map) a chunk at a time through one small scratch `Buffer`, and concatenates the pieces
//! (V8 keeps them as a rope until the string is read). Elsewhere the binding decodes UTF-8
//! as before (browsers' `TextDecoder` is fast, and Chromium already met the target).

use js_sys::{JsString, Reflect, Uint16Array, Uint8Array};
use wasm_bindgen::prelude::*;

/// Code units per chunk (a 128 KiB scratch buffer on each side).
pub(crate) const CHUNK: usize = 64 * 1024;

#[wasm_bindgen]
extern "C" {
    /// Node.js's `Buffer` (a `Uint8Array`).
    #[wasm_bindgen(extends = Uint8Array, js_name = Buffer)]
    type NodeBuffer;
    #[wasm_bindgen(static_method_of = NodeBuffer, js_class = "Buffer", js_name = allocUnsafeSlow)]
    fn alloc_unsafe_slow(size: u32) -> NodeBuffer;
    #[wasm_bindgen(method, js_name = toString)]
    fn to_string_range(this: &NodeBuffer, encoding: &str, start: u32, end: u32) -> JsString;
}

/// A scratch `Buffer` of [`CHUNK`] code units and a `Uint16Array` view of it.
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
