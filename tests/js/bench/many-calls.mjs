// Memory over many calls of one instance (a CMS page analysing article after article): the
// module's `WebAssembly.Memory` only grows, so its size after call N is the high-water mark of
// calls 1..N. With an allocator that reuses and merges freed memory the curve levels off once
// every shape has been seen; one that fragments keeps climbing.
//
// `CORPUS_DIR=../shared/corpus node tests/js/bench/many-calls.mjs [PKG] [ROUNDS]`
// (PKG: a pkg/ directory, default this checkout's; ROUNDS: passes over the sequence, default 8).
// The sequence: the development articles (ar/001-010, en/001-005, fr/001-005, seed-ar.txt),
// each with the defaults, then every third one with 100 keywords, every fourth with quotes off,
// every fifth normalized, and big/fr.txt (0.17 MB) once per round: 40+ calls a round.
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { BASE_KEYWORDS, hundredKeywords } from "./workloads.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const pkg = process.argv[2] ?? `${here}/../../../pkg`;
const rounds = Number(process.argv[3] ?? 8);
const corpus = process.env.CORPUS_DIR ?? `${here}/../../../../shared/corpus`;
const api = await import(pathToFileURL(`${pkg}/article_analyzer.js`).href);
const { memory } = api.initSync({ module: readFileSync(`${pkg}/article_analyzer_bg.wasm`) });

const names = [];
for (let i = 1; i <= 10; i++) names.push(`ar/${String(i).padStart(3, "0")}.txt`);
for (const lang of ["en", "fr"]) for (let i = 1; i <= 5; i++) names.push(`${lang}/00${i}.txt`);
names.push("seed-ar.txt");
const texts = names.filter((n) => existsSync(`${corpus}/${n}`)).map((n) => readFileSync(`${corpus}/${n}`, "utf8"));
if (texts.length === 0) throw new Error(`no development corpus under ${corpus}`);
const big = existsSync(`${corpus}/big/fr.txt`) ? readFileSync(`${corpus}/big/fr.txt`, "utf8") : null;

const calls = [];
texts.forEach((t, i) => {
  const kw = hundredKeywords(t, /[\u0600-\u06FF]/.test(t.slice(0, 1000)) ? BASE_KEYWORDS.ar : BASE_KEYWORDS.en);
  calls.push(() => api.analyze(t));
  if (i % 3 === 0) calls.push(() => api.analyze(t, { keywords: kw, autoKeywords: 0 }));
  if (i % 4 === 0) calls.push(() => api.analyze(t, { quotes: false }));
  if (i % 5 === 0) calls.push(() => api.normalize(t));
  if (i === Math.floor(texts.length / 2) && big) calls.push(() => api.analyze(big));
});

const MiB = 1048576;
const start = memory.buffer.byteLength;
const marks = new Set([1, 10, 50, 100, 150, 200, 300]);
const curve = [];
let n = 0;
for (let r = 1; r <= rounds; r++) {
  for (const call of calls) {
    call();
    n++;
    if (marks.has(n)) curve.push({ "after call": n, "memory MiB": (memory.buffer.byteLength / MiB).toFixed(2) });
  }
  curve.push({ "after call": `${n} (end of round ${r})`, "memory MiB": (memory.buffer.byteLength / MiB).toFixed(2) });
}
console.log(`\n## Memory over ${n} calls of one instance (${calls.length} a round, ${texts.length} articles; unused: ${(start / MiB).toFixed(2)} MiB)`);
console.table(curve);
