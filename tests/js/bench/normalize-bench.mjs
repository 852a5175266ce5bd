// `normalize` through the wasm package: CPU time and peak wasm memory, for a loaded machine.
//
// `CORPUS_DIR=../shared/corpus node --expose-gc tests/js/bench/normalize-bench.mjs [PKG] [RUNS]`
// (PKG: a pkg/ directory to measure, default this checkout's; RUNS: calls per figure, default 9),
// after `cargo xtask build`.
//
// - CPU time: `process.cpuUsage()` (user + system of the Node.js process) per call, median of
//   RUNS after a warm-up; the floor is `new TextEncoder().encode(text)` measured the same way.
// - Peak memory: the module's `WebAssembly.Memory` only grows, so its size after ONE call in a
//   fresh instance (a new import of the glue) is the peak of that call; the size of an unused
//   instance is printed too.
// Input: big/{ar,en,fr}.txt under $CORPUS_DIR (default ../shared/corpus).
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { cpuTime } from "./workloads.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const pkg = process.argv[2] ?? `${here}/../../../pkg`;
const runs = Number(process.argv[3] ?? 9);
const corpus = process.env.CORPUS_DIR ?? `${here}/../../../../shared/corpus`;
const wasmBytes = readFileSync(`${pkg}/article_analyzer_bg.wasm`);
const module = new WebAssembly.Module(wasmBytes);
let fresh = 0;

/** A new instance of the package (its own memory). */
async function instance() {
  const api = await import(`${pathToFileURL(`${pkg}/article_analyzer.js`).href}?fresh=${fresh++}`);
  const inst = api.initSync({ module });
  return { api, memory: inst.memory };
}

const cpu = (f) => cpuTime(f, runs).median;

const mib = (bytes) => (bytes / 1048576).toFixed(1);
const { memory: idle } = await instance();
console.log(`pkg ${pkg}; wasm memory of an unused instance: ${mib(idle.buffer.byteLength)} MiB; ${runs} runs`);
const rows = [];
for (const name of ["ar", "en", "fr"]) {
  const path = `${corpus}/big/${name}.txt`;
  if (!existsSync(path)) continue;
  const text = readFileSync(path, "utf8");
  const mb = Buffer.byteLength(text) / 1e6;
  const floor = cpu(() => new TextEncoder().encode(text));
  for (const [label, call] of [
    ["normalize search", (api) => api.normalize(text, { profile: "search" })],
    ["normalize clean", (api) => api.normalize(text, { profile: "clean" })],
    ["analyze defaults", (api) => api.analyze(text)],
  ]) {
    const { api, memory } = await instance();
    call(api);
    const peak = memory.buffer.byteLength;
    const ms = label.startsWith("analyze") ? null : cpu(() => call(api));
    rows.push({
      input: `big/${name}.txt`,
      workload: label,
      "floor cpu ms": floor.toFixed(1),
      "cpu ms": ms === null ? "-" : ms.toFixed(1),
      "MB/s (cpu)": ms === null ? "-" : (mb / (ms / 1000)).toFixed(0),
      "× floor": ms === null ? "-" : (ms / floor).toFixed(1),
      "peak MiB": mib(peak),
      "× input": (peak / (mb * 1e6)).toFixed(1),
    });
  }
}
console.table(rows);
