// Node.js detection for src/wasm/jsstring.rs (`is_node`), inlined into the glue by
// xtask/src/build.rs like the other snippets.

/** Whether this is Node.js: a global `Buffer` function and a string `process.versions.node`
 *  (false if reading them throws); decided on the first call. */
let node;
export function isNode() {
  if (node === undefined) {
    try {
      node = typeof globalThis.Buffer === "function" && typeof globalThis.process.versions.node === "string";
    } catch {
      node = false;
    }
  }
  return node;
}
