//! Handing a big result string to Node.js without V8's UTF-8 decoder.
//!
//! In Node.js 20 `TextDecoder.decode` of the folded 4.8 MB Arabic test file costs 30–45 ms
//! (V8 converts per character; more than twice `TextEncoder.encode` of the input), while
//! `Buffer#toString` copies. So, in Node.js only (feature-detected once: a global `Buffer`
//! function and `process.versions.node`), `normalize` writes its result as UTF-16
//! ([`crate::Normalized::utf16le_pieces_from`], together with the origin map) a piece at a time, and
//! concatenates the pieces (V8 keeps them as a rope until the string is read). Each piece is
//! read by `Buffer#toString("utf16le")` straight from a `Buffer` view of the wasm memory (no
//! copy into a scratch buffer); a big result is written in pieces of at least
//! [`EXTERN_APEX`] units, which Node.js copies once into external strings. (Narrowing the chunks whose units all fit in one byte and
//! reading them as `"latin1"` was measured: no gain, V8 narrows such a piece itself.)
//!
//! Elsewhere the binding decodes UTF-8 as before (browsers' `TextDecoder` is fast, and
//! Chromium already met the target).

use js_sys::{JsString, Uint32Array, Uint8Array};
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
    /// `Buffer.allocUnsafeSlow(size)`: a buffer of its own `ArrayBuffer` (never the pool),
    /// not zeroed.
    #[wasm_bindgen(static_method_of = NodeBuffer, js_class = "Buffer", js_name = allocUnsafeSlow)]
    fn alloc_unsafe_slow(size: f64) -> NodeBuffer;
    #[wasm_bindgen(method, js_name = toString)]
    fn to_string_as(this: &NodeBuffer, encoding: &str) -> JsString;
}

#[wasm_bindgen(module = "/src/wasm/node.js")]
extern "C" {
    /// Whether this is Node.js: a global `Buffer` function and a string
    /// `process.versions.node`, decided by `node.js` on the first call (one import: not
    /// js-sys's `global()`, whose search of `self`, `window`, `globalThis` and `global` cost
    /// four imports and ~0.5 KB of wasm).
    #[wasm_bindgen(js_name = isNode)]
    pub(crate) fn is_node() -> bool;
}

/// A `Uint32Array` of `length` entries over an `ArrayBuffer` of its own, exactly its size,
/// whose contents are not zeroed: the caller must write every entry. Node.js only (see
/// [`is_node`]). Measured (Node.js 20, a 19 MB array filled by `set` in 64 Ki-entry pieces):
/// 3.3 → 1.7 ms CPU against `new Uint32Array(length)`.
pub(crate) fn uninit_u32(length: u32) -> Uint32Array {
    let buffer = NodeBuffer::alloc_unsafe_slow(f64::from(length) * 4.0);
    Uint32Array::new_with_byte_offset_and_length(&buffer.buffer(), 0, length)
}

/// Node.js makes a string of at least this many code units an external string with one copy
/// (`EXTERN_APEX` in its `string_bytes.cc`); a shorter one goes through V8's
/// `String::NewFromTwoByte`, which first scans it for a one-byte representation. Measured
/// (Node.js 20, CPU ms for the 4.8 MB big/ar, big/en as UTF-16): 7.7 / 6.3 in 64 Ki-unit
/// pieces, 2.5 / 2.0 in 1 Mi-unit pieces.
const EXTERN_APEX: usize = 0xF_BEE9;

/// The JavaScript string of the ASCII `text` (a one-byte string: its bytes are its code
/// units), read by `Buffer#toString("latin1")` straight from the wasm memory. Node.js only
/// (see [`is_node`]).
pub(crate) fn ascii(text: &str) -> JsString {
    // No wasm allocation from here to `toString` (which copies): the view stays valid.
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    let bytes = u32::try_from(text.len()).unwrap_or(u32::MAX);
    NodeBuffer::view(&memory.buffer(), text.as_ptr() as u32, bytes).to_string_as("latin1")
}

/// Builds a JavaScript string from UTF-16 pieces, in Node.js.
pub(crate) struct Pieces {
    acc: Option<JsString>,
    /// Units per piece handed to JavaScript.
    piece: usize,
}

impl Pieces {
    /// A builder for a string of `total` code units (Node.js only: see [`is_node`]). A string
    /// of at least [`EXTERN_APEX`] units is to be handed over in equal pieces of at least that
    /// length (each at most twice it, and at most the whole string), a shorter one in pieces of
    /// [`CHUNK`] units.
    pub(crate) fn new(total: usize) -> Pieces {
        let count = total / EXTERN_APEX;
        let piece = if count == 0 {
            CHUNK
        } else {
            // `Normalized::utf16le_pieces_from` hands over `piece − 1` or `piece` units.
            total.div_ceil(count) + 1
        };
        Pieces { acc: None, piece }
    }

    /// The piece size to ask of `Normalized::utf16le_pieces_from` (a scratch of at most
    /// ~4 MB of wasm memory, freed after).
    pub(crate) fn units_per_piece(&self) -> usize {
        self.piece
    }

    /// Hands the UTF-16LE `bytes` (a piece may end between the two halves of a surrogate
    /// pair) to JavaScript, read by `Buffer#toString("utf16le")` straight from the wasm memory,
    /// and appends the piece to the string.
    pub(crate) fn emit(&mut self, bytes: &[u8]) {
        // No wasm allocation from here to `toString` (which copies): the view stays valid.
        let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
        let len = u32::try_from(bytes.len()).unwrap_or(u32::MAX);
        let piece =
            NodeBuffer::view(&memory.buffer(), bytes.as_ptr() as u32, len).to_string_as("utf16le");
        self.acc = Some(match self.acc.take() {
            None => piece,
            Some(head) => head.concat(&piece),
        });
    }

    /// The string of every piece emitted.
    pub(crate) fn finish(self) -> JsString {
        self.acc.unwrap_or_else(|| JsString::from(""))
    }
}
