// The npm package as a Node.js user gets it: pkg/ loaded with initSync, called through its
// public API. Run by `cargo xtask test` after `cargo xtask build`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const pkgDir = new URL("../../../pkg/", import.meta.url);
const api = await import(new URL("article_analyzer.js", pkgDir));
const bytes = readFileSync(fileURLToPath(new URL("article_analyzer_bg.wasm", pkgDir)));
api.initSync({ module: bytes });

const seed = readFileSync(fileURLToPath(new URL("../../fixtures/seed-ar.txt", import.meta.url)), "utf8");

function assertSpan(input, span) {
  assert.ok(span.start <= span.end && span.end <= input.length, `${span.start}..${span.end}`);
  assert.equal(input.slice(span.start, span.end), span.text);
}

test("package.json describes an ES module package with types", () => {
  const pkg = JSON.parse(readFileSync(fileURLToPath(new URL("package.json", pkgDir)), "utf8"));
  assert.equal(pkg.name, "article-analyzer");
  assert.equal(pkg.type, "module");
  assert.deepEqual(pkg.sideEffects, ["./panel.js"]);
  assert.ok(pkg.files.includes("article_analyzer_bg.wasm"));
  assert.equal(pkg.types, "./article_analyzer.d.ts");
  assert.match(pkg.version, /^\d+\.\d+\.\d+/);
});

test("analyze: language and stats of the Arabic seed article", () => {
  const a = api.analyze(seed);
  assert.equal(a.language, "ar");
  assert.equal(a.stats.characters, [...seed].length);
  assert.equal(a.stats.paragraphs, 2);
  assert.ok(a.stats.sentences >= 15 && a.stats.sentences <= 25, `sentences ${a.stats.sentences}`);
  assert.ok(a.stats.words > 400 && a.stats.words < 520, `words ${a.stats.words}`);
  for (const q of a.quotes) {
    assertSpan(seed, q.content);
    if (q.speaker !== null) assertSpan(seed, q.speaker);
    if (q.speakerMention !== null) assertSpan(seed, q.speakerMention);
    if (q.cue !== null) assertSpan(seed, q.cue);
  }
  for (const h of a.highlights) assert.ok(h.end <= seed.length);
});

test("analyze: an interrupted quotation links its second fragment to the first", () => {
  const text = "\"The economy is strong,\" the senator said, \"and it will get stronger.\" Then she left.";
  const a = api.analyze(text, { language: "en" });
  assert.equal(a.quotes.length, 2);
  assert.equal(a.quotes[0].continues, null);
  assert.equal(a.quotes[1].continues, 0);
  assert.equal(a.quotes[1].content.text, "and it will get stronger.");
  assert.equal(a.quotes[0].speakerMention.text, "the senator");
});

test("analyze: speakerMention is the pronoun as written, speaker its referent", () => {
  const text = "Senator Jones spoke on Monday. He said the bill would pass next week.";
  const a = api.analyze(text, { language: "en" });
  assert.equal(a.quotes.length, 1);
  assert.equal(a.quotes[0].speaker.text, "Senator Jones");
  assert.equal(a.quotes[0].speakerMention.text, "He");
  assertSpan(text, a.quotes[0].speakerMention);
});

test("normalize: origin has one entry per UTF-16 unit and points into the input", () => {
  const input = "👍🏽 Café — الكرملين";
  for (const profile of ["search", "clean"]) {
    const n = api.normalize(input, { profile });
    assert.ok(n.origin instanceof Uint32Array);
    assert.equal(n.origin.length, n.text.length);
    for (let i = 0; i < n.origin.length; i++) {
      assert.ok(n.origin[i] < input.length);
      if (i > 0) assert.ok(n.origin[i - 1] <= n.origin[i]);
    }
    assert.equal(typeof n.changes, "number");
  }
});

test("errors are Error objects with a message, and the module keeps working", () => {
  assert.throws(() => api.analyze("x", { autoKeywords: "ten" }), (e) => e instanceof TypeError && /autoKeywords/.test(e.message));
  assert.throws(() => api.analyze("x".repeat(50), { limits: { maxInputBytes: 10 } }), (e) => e instanceof RangeError && /maxInputBytes/.test(e.message));
  assert.throws(() => new api.Analyzer({ keywords: "الكرملين" }), (e) => e instanceof TypeError && /keywords/.test(e.message));
  assert.equal(api.analyze("The minister said the talks would go on.").language, "en");
});

test("Analyzer compiles options once and analyses changing text", () => {
  const analyzer = new api.Analyzer({ language: "ar", keywords: ["روسيا", { term: "بوتين", group: "people" }] });
  let text = "";
  for (const word of seed.split(" ").slice(0, 40)) {
    text += word + " ";
    const a = analyzer.analyze(text);
    assert.equal(a.language, "ar");
  }
  analyzer.free();
});

test("lone surrogates: offsets stay aligned with the caller's string", () => {
  const input = "a\uD800b\uDC00 قال «نعم»";
  const a = api.analyze(input);
  assert.equal(a.stats.characters, [...input].length);
  const n = api.normalize(input);
  assert.equal(n.origin.length, n.text.length);
  const qaf = n.text.indexOf("ق");
  assert.equal(input[n.origin[qaf]], "ق");
});
