// A Rust panic reaches JavaScript as an Error with the panic message — never a bare
// `unreachable` trap — and the module keeps working. Uses the test-only build with the
// `debug-panic` feature (target/pkg-debug-panic, made by `cargo xtask test`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dir = new URL("../../../target/pkg-debug-panic/", import.meta.url);
const api = await import(new URL("article_analyzer.js", dir));
api.initSync({ module: readFileSync(fileURLToPath(new URL("article_analyzer_bg.wasm", dir))) });

function quietly(f) {
  const errors = [];
  const original = console.error;
  console.error = (m) => errors.push(String(m));
  try { f(); } finally { console.error = original; }
  return errors;
}

test("every panic is an Error with the message, and the next call works", () => {
  const errors = quietly(() => {
    for (let i = 0; i < 3; i++) {
      assert.throws(() => api.debugPanic("boom"), (e) => {
        assert.ok(e instanceof Error);
        assert.ok(!(e instanceof WebAssembly.RuntimeError), "not a trap");
        assert.match(e.message, /internal error/);
        assert.match(e.message, /index out of bounds/);
        return true;
      });
      assert.equal(api.analyze("Le ministre a déclaré que l'accord était important.").language, "fr");
    }
  });
  assert.equal(errors.length, 3, "each panic is reported on the console");
});

test("Analyzer objects from before a panic fail cleanly; new ones work", () => {
  const before = new api.Analyzer({ keywords: ["Kremlin"], autoKeywords: 0 });
  assert.equal(before.analyze("the Kremlin said").highlights.length, 1);
  const keep = [];
  for (let i = 0; i < 50; i++) keep.push(new api.Analyzer({ keywords: ["x" + i] }));
  quietly(() => assert.throws(() => api.debugPanic("boom")));
  assert.throws(() => before.analyze("the Kremlin said"), /stale object/);
  for (const k of keep) k.free(); // stale: a no-op, must not corrupt the new instance's heap
  before.free();
  for (let i = 0; i < 200; i++) {
    const after = new api.Analyzer({ keywords: ["Kremlin"], autoKeywords: 0 });
    assert.equal(after.analyze("the Kremlin said that the Kremlin agreed").highlights.length, 2);
    after.free();
  }
});
