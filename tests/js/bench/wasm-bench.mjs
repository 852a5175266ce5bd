// Benchmarks through the wasm package in Node.js: the same workloads as the native criterion
// benches, reported as MB/s (UTF-8 bytes of input per second) and as a ratio to the cost of
// `new TextEncoder().encode(text)` — the floor of merely handing the text to WebAssembly.
// Input: $CORPUS_DIR/big/{ar,en}.txt when present, else the seed fixture repeated to ~1 MB.
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const pkg = new URL("../../../pkg/", import.meta.url);
const api = await import(new URL("article_analyzer.js", pkg));
api.initSync({ module: readFileSync(fileURLToPath(new URL("article_analyzer_bg.wasm", pkg))) });

function inputs() {
  const dir = process.env.CORPUS_DIR;
  if (dir && existsSync(`${dir}/big/ar.txt`)) {
    return [["big/ar.txt", readFileSync(`${dir}/big/ar.txt`, "utf8")], ["big/en.txt", readFileSync(`${dir}/big/en.txt`, "utf8")]];
  }
  const seed = readFileSync(fileURLToPath(new URL("../../fixtures/seed-ar.txt", import.meta.url)), "utf8");
  console.log("(no ../shared corpus: using the seed repeated to ~1 MB)");
  return [["seed×200", (seed + "\n\n").repeat(200)]];
}

/** Median time in ms of `runs` calls of f (after one warm-up). */
function time(f, runs = 5) {
  f();
  const t = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const s = performance.now();
    f();
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  return t[Math.floor(t.length / 2)];
}

const rows = [];
for (const [name, text] of inputs()) {
  const bytes = new TextEncoder().encode(text).length;
  const mb = bytes / 1e6;
  const floor = time(() => new TextEncoder().encode(text), 9);
  const workloads = [
    ["TextEncoder.encode (floor)", () => new TextEncoder().encode(text)],
    ["normalize search", () => api.normalize(text, { profile: "search" })],
    ["normalize clean", () => api.normalize(text, { profile: "clean" })],
    ["analyze (stats+language only)", () => api.analyze(text, { autoKeywords: 0, quotes: false })],
    ["analyze (defaults)", () => api.analyze(text)],
  ];
  for (const [label, f] of workloads) {
    const ms = time(f);
    rows.push({ input: name, workload: label, MB: mb.toFixed(2), ms: ms.toFixed(1), "MB/s": (mb / (ms / 1000)).toFixed(1), "× floor": (ms / floor).toFixed(1) });
  }
}
console.table(rows);
const mem = api.__wasm?.memory ?? null;
console.log(`node ${process.version}; wasm memory after the runs: ${mem ? (mem.buffer.byteLength / 1048576).toFixed(1) + " MiB" : "n/a"}`);
