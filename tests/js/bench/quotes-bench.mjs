// Quote extraction through the wasm package, in CPU time (process.cpuUsage(): user + system of
// the Node.js process, for a loaded machine where wall time is meaningless), with the module's
// peak memory, one language per process (WebAssembly memory only grows):
// `node --expose-gc tests/js/bench/quotes-bench.mjs ar|en [REPO]` after `cargo xtask build`
// (REPO: a checkout whose pkg/ to measure; default this one; corpus from CORPUS_DIR or
// REPO/../shared/corpus). Prints the floor (TextEncoder.encode), `analyze` with language +
// stats only, `analyze` with quotes, and their difference (the quote stage).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { cpuTime } from "./workloads.mjs";
const name = process.argv[2] ?? "ar";
const root = process.argv[3] ?? fileURLToPath(new URL("../../..", import.meta.url));
const corpus = process.env.CORPUS_DIR ?? `${root}/../shared/corpus`;
const api = await import(`${root}/pkg/article_analyzer.js`);
const inst = api.initSync({ module: readFileSync(`${root}/pkg/article_analyzer_bg.wasm`) });
const runs = Number(process.env.RUNS ?? 7);
const text = readFileSync(`${corpus}/big/${name}.txt`, "utf8");
const mib = () => (inst.memory.buffer.byteLength / 1048576).toFixed(0);
const base = mib();
const quotes = cpuTime(() => api.analyze(text, { autoKeywords: 0, quotes: true }), runs);
const peak = mib();
const floor = cpuTime(() => new TextEncoder().encode(text), runs * 2);
const stats = cpuTime(() => api.analyze(text, { autoKeywords: 0, quotes: false }), runs);
const f = (x) => x.toFixed(1);
console.log(
  `${name}: floor ${f(floor.median)} ms CPU (min ${f(floor.min)}); stats ${f(stats.median)} (min ${f(stats.min)}); ` +
    `analyze with quotes ${f(quotes.median)} (min ${f(quotes.min)}) = ${f(quotes.median / floor.median)}x floor (min/min ${f(quotes.min / floor.min)}x); ` +
    `quote stage ≈ ${f(quotes.median - stats.median)} ms; wasm memory ${base} → ${peak} MiB after quotes (median of ${runs})`,
);

// SIZES=5000,64000: the same on the first N UTF-16 units of the file (an ordinary article is
// 3–10 KB), `analyze` with quotes with the language detected ("auto") and given: for short
// text the detection of the language (a 64 KB sample) is a large part of the call. Each figure
// is the CPU median of RUNS × 20 calls.
for (const size of (process.env.SIZES ?? "").split(",").filter(Boolean).map(Number)) {
  const part = text.slice(0, size);
  const n = runs * 20;
  const fl = cpuTime(() => new TextEncoder().encode(part), n);
  const auto = cpuTime(() => api.analyze(part, { autoKeywords: 0, quotes: true }), n);
  const given = cpuTime(() => api.analyze(part, { language: name, autoKeywords: 0, quotes: true }), n);
  const ms = (x) => x.toFixed(3);
  console.log(
    `${name} first ${size} units: floor ${ms(fl.median)} ms; analyze with quotes, language auto ${ms(auto.median)} ` +
      `(${f(auto.median / fl.median)}x), given ${ms(given.median)} (${f(given.median / fl.median)}x) (CPU medians of ${n})`,
  );
}
