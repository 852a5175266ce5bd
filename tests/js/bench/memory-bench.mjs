// Peak wasm memory per workload, as a multiple of the input (issue #8), through the wasm
// package in Node.js: part of `cargo xtask bench`.
//
// `CORPUS_DIR=../shared/corpus node tests/js/bench/memory-bench.mjs [PKG]`
// (PKG: a pkg/ directory to measure, default this checkout's), after `cargo xtask build`.
//
// The module's `WebAssembly.Memory` only grows (a transient peak is never given back), so its
// size after ONE call in a fresh instance (a new import of the glue) is the peak of that call.
// Reported per workload: that size, its growth over an unused instance (the module's own data
// and stack), as a multiple of the input's UTF-8 bytes, the part of it that is built once per
// instance on first use (the same call on the first 2,000 characters), and the rest per byte.
// The documented bound (README, `Limits`): growth ≤ 8 × input + ~1 MiB for news text.
// Inputs: big/{ar,en,fr}.txt under $CORPUS_DIR (default ../shared/corpus), else the seed
// repeated to ~1 MB; then the adversarial inputs of benches/worst_case.rs (not the 64 MB one).
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { BASE_KEYWORDS, hundredKeywords } from "./workloads.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const pkg = process.argv[2] ?? `${here}/../../../pkg`;
const corpus = process.env.CORPUS_DIR ?? `${here}/../../../../shared/corpus`;
const module = new WebAssembly.Module(readFileSync(`${pkg}/article_analyzer_bg.wasm`));
let fresh = 0;

/** A new instance of the package, with its own memory. */
async function instance() {
  const api = await import(`${pathToFileURL(`${pkg}/article_analyzer.js`).href}?fresh=${fresh++}`);
  const inst = api.initSync({ module });
  return { api, memory: inst.memory };
}

const MiB = 1048576;
const bytes = (s) => new TextEncoder().encode(s).length;
const idle = (await instance()).memory.buffer.byteLength;
console.log(`\n## Peak wasm memory per call (fresh instance, Node.js ${process.version}); unused instance: ${(idle / MiB).toFixed(2)} MiB`);

const rows = [];
/** Runs `call(api, text)` once in a fresh instance and records its peak against the input.
 *  The same call on the first 2,000 characters first builds the tables made once per instance
 *  (lexicons, stop words of the language): "growth" counts them, "per byte" does not. */
async function measure(input, workload, text, call) {
  const inputBytes = bytes(text);
  const { api, memory } = await instance();
  let warm;
  try {
    call(api, text.slice(0, 2000));
    warm = memory.buffer.byteLength;
    call(api, text);
  } catch (e) {
    rows.push({ input, workload, error: String(e?.message ?? e) });
    return;
  }
  const peak = memory.buffer.byteLength;
  rows.push({
    input,
    workload,
    "input MB": (inputBytes / 1e6).toFixed(2),
    "peak MiB": (peak / MiB).toFixed(1),
    "growth MiB": ((peak - idle) / MiB).toFixed(1),
    "growth × input": ((peak - idle) / inputBytes).toFixed(2),
    "first-use MiB": ((warm - idle) / MiB).toFixed(2),
    "per byte (growth − first use) × input": ((peak - warm) / inputBytes).toFixed(2),
  });
}

const texts = [];
for (const name of ["ar", "en", "fr"]) {
  const path = `${corpus}/big/${name}.txt`;
  if (existsSync(path)) texts.push([`big/${name}.txt`, readFileSync(path, "utf8")]);
}
if (texts.length === 0) {
  const seed = readFileSync(`${here}/../../fixtures/seed-ar.txt`, "utf8");
  console.log("(no ../shared corpus: using the seed repeated to ~1 MB)");
  texts.push(["seed×200", (seed + "\n\n").repeat(200)]);
}
for (const [name, text] of texts) {
  const keywords = hundredKeywords(text, /[\u0600-\u06FF]/.test(text.slice(0, 1000)) ? BASE_KEYWORDS.ar : BASE_KEYWORDS.en);
  await measure(name, "language + stats", text, (api, t) => api.analyze(t, { autoKeywords: 0, quotes: false }));
  await measure(name, "100 keywords", text, (api, t) => api.analyze(t, { keywords, autoKeywords: 0, quotes: false }));
  await measure(name, "10 auto keywords, no quotes", text, (api, t) => api.analyze(t, { quotes: false }));
  await measure(name, "quotes, no keywords", text, (api, t) => api.analyze(t, { autoKeywords: 0 }));
  await measure(name, "defaults (10 auto keywords + quotes)", text, (api, t) => api.analyze(t));
  await measure(name, "normalize search", text, (api, t) => api.normalize(t, { profile: "search" }));
}

// The adversarial inputs of benches/worst_case.rs (same strings), with the default options.
const seed = readFileSync(`${here}/../../fixtures/seed-ar.txt`, "utf8");
const normal = texts[0][1].slice(0, 1_100_000);
const adversarial = [
  ["200,000 unbalanced quote marks", "« قال ".repeat(200_000)],
  ["50,000 nested quote levels", `${"« “ ‘ ".repeat(Math.floor(50_000 / 3))}نص${" ’ ” »".repeat(Math.floor(50_000 / 3))}`],
  ["a quote mark on every line, 5 MB", "«قال الوزير إن الاتفاق مهم\n".repeat(Math.floor(5_000_000 / 48))],
  ["one line of 8 MB", seed.replaceAll("\n", " ").repeat(Math.floor(8 * MiB / bytes(seed)))],
  ["diacritics only, 2 MB", "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652ـ".repeat(Math.floor(2_000_000 / 18))],
  ["invisible and bidi characters only, 2 MB", "\u200B\u200F\u202E\u2066\uFEFF\u00AD".repeat(Math.floor(2_000_000 / 15))],
  ["one-letter quotations, 2 MB", '"a" '.repeat(500_000)],
  ["punctuation only, 2 MB", ",".repeat(2_000_000)],
];
for (const [name, text] of adversarial) {
  await measure(name, "defaults", text, (api, t) => api.analyze(t));
}
// 20,000 keywords sharing a prefix: the compiled keywords are measured against the keywords'
// own bytes, the analysis against the text.
const many = Array.from({ length: 20_000 }, (_, i) => `الكرملين${i}`);
const keywordBytes = many.reduce((sum, k) => sum + bytes(k), 0);
{
  const { api, memory } = await instance();
  new api.Analyzer({ keywords: many });
  const peak = memory.buffer.byteLength;
  rows.push({
    input: "20,000 keywords sharing a prefix",
    workload: "compile (new Analyzer), × keyword bytes",
    "input MB": (keywordBytes / 1e6).toFixed(2),
    "peak MiB": (peak / MiB).toFixed(1),
    "growth MiB": ((peak - idle) / MiB).toFixed(1),
    "growth × input": ((peak - idle) / keywordBytes).toFixed(2),
  });
}
{
  const { api, memory } = await instance();
  const analyzer = new api.Analyzer({ keywords: many });
  const compiled = memory.buffer.byteLength;
  analyzer.analyze(normal);
  const peak = memory.buffer.byteLength;
  const n = bytes(normal);
  rows.push({
    input: "20,000 keywords sharing a prefix",
    workload: "defaults on 1.1 M chars of text, after compiling",
    "input MB": (n / 1e6).toFixed(2),
    "peak MiB": (peak / MiB).toFixed(1),
    "growth MiB": ((peak - compiled) / MiB).toFixed(1),
    "growth × input": ((peak - compiled) / n).toFixed(2),
  });
}
console.table(rows);
