//! Handing a big result string to Node.js without V8's UTF-8 decoder.
//!
//! In Node.js 20 `TextDecoder.decode` of the folded 4.8 MB Arabic test file costs 30–45 ms
//! (V8 converts per character; more than twice `TextEncoder.encode` of the input), while
//! `Buffer#toString` copies. So, in Node.js only (feature-detected once: a global `Buffer`
//! function and `process.versions.node`), `normalize` writes its result as UTF-16
//! ([`crate::Normalized::utf16_chunks`], together with the origin map) a chunk at a time, and
//! concatenates the pieces (V8 keeps them as a rope until the string is read). Each piece is
//! read by `Buffer#toString("utf16le")` straight from a `Buffer` view of the wasm memory (no
//! copy into a scratch buffer). (Narrowing the chunks whose units all fit in one byte and
//! reading them as `"latin1"` was measured: no gain, V8 narrows such a piece itself.)
//!
//! Elsewhere the binding decodes UTF-8 as before (browsers' `TextDecoder` is fast, and
//! Chromium already met the target).

use js_sys::{JsString, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Code units per chunk.
pub(crate) const CHUNK: usize = 64 * 1024;

#[wasm_bindgen]
extern "C" {
    /// Node.js's `Buffer` (a `Uint8Array`).
    #[wasm_bindgen(extends = Uint8Array, js_name = Buffer)]
    type NodeBuffer;
    /// `Buffer.from(arrayBuffer, byteOffset, length)`: a view, no copy.
    #[wasm_bindgen(static_method_of = NodeBuffer, js_class = "Buffer", js_name = from)]
    fn view(buffer: &JsValue, offset: u32, length: u32) -> NodeBuffer;
    #[wasm_bindgen(method, js_name = toString)]
    fn to_string_as(this: &NodeBuffer, encoding: &str) -> JsString;
}

thread_local! {
    /// Whether this is Node.js, decided on first use.
    static NODE: bool = {
        let global = js_sys::global();
        let buffer = Reflect::get(&global, &"Buffer".into()).unwrap_or(JsValue::UNDEFINED);
        let node = Reflect::get(&global, &"process".into())
            .and_then(|p| Reflect::get(&p, &"versions".into()))
            .and_then(|v| Reflect::get(&v, &"node".into()))
            .unwrap_or(JsValue::UNDEFINED);
        buffer.is_function() && node.is_string()
    };
}

/// Builds a JavaScript string from UTF-16 pieces, in Node.js.
pub(crate) struct Pieces {
    acc: Option<JsString>,
}

impl Pieces {
    /// A builder, if this is Node.js.
    pub(crate) fn node() -> Option<Pieces> {
        NODE.with(|&node| node).then_some(Pieces { acc: None })
    }

    /// Appends the UTF-16 `units` (any length; a piece may end between the two halves of a
    /// surrogate pair), read by `Buffer#toString("utf16le")` straight from the wasm memory.
    pub(crate) fn append(&mut self, units: &[u16]) {
        // No wasm allocation from here to `toString` (which copies): the view stays valid.
        let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
        let bytes = u32::try_from(units.len() * 2).unwrap_or(u32::MAX);
        let piece = NodeBuffer::view(&memory.buffer(), units.as_ptr() as u32, bytes)
            .to_string_as("utf16le");
        self.acc = Some(match self.acc.take() {
            None => piece,
            Some(head) => head.concat(&piece),
        });
    }

    /// The string of every piece appended.
    pub(crate) fn finish(self) -> JsString {
        self.acc.unwrap_or_else(|| JsString::from(""))
    }
}
