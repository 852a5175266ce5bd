// Memory over many calls of one instance (a page analysing article after article): the
// module's memory only grows, so its size is the high-water mark of every call so far. Once the
// allocator has seen every shape of a sequence, repeating the sequence must not grow it: freed
// memory is reused and merged. Run by `cargo xtask test` after `cargo xtask build`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const pkgDir = new URL("../../../pkg/", import.meta.url);
// A fresh instance of its own (the query makes a new module), whatever other files ran.
const api = await import(new URL("article_analyzer.js?memory-test", pkgDir));
const { memory } = api.initSync({ module: readFileSync(fileURLToPath(new URL("article_analyzer_bg.wasm", pkgDir))) });

const fixtures = fileURLToPath(new URL("../../fixtures/quotes/", import.meta.url));
// Articles of different sizes and languages: every seventh fixture text.
const texts = readdirSync(fixtures)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .filter((_, i) => i % 7 === 0)
  .map((f) => readFileSync(`${fixtures}/${f}`, "utf8"));

function round() {
  texts.forEach((t, i) => {
    api.analyze(t);
    if (i % 3 === 0) api.analyze(t, { quotes: false, autoKeywords: 20 });
    if (i % 4 === 0) api.normalize(t);
  });
  // One larger text in the middle of the small ones: its blocks are freed among theirs.
  api.analyze(texts.join("\n\n"));
  return memory.buffer.byteLength;
}

test("many calls: memory levels off once every shape has been seen", () => {
  assert.ok(texts.length >= 40, `${texts.length} fixture texts`);
  const sizes = [round(), round(), round(), round()];
  assert.equal(sizes[3], sizes[1], `memory after rounds 1-4: ${sizes.join(", ")} bytes`);
});
