// `normalize` (search, with its origin map) against the TextEncoder floor, measured in a fresh
// Node.js process: the floor (`new TextEncoder().encode(text)`) and `normalize` calls
// interleaved, a garbage collection before each call, wall-clock and CPU time (user + system),
// min / median of each, and the ratios min/min and median/median. The floor of one
// `cargo xtask bench` row moves by up to 2× within a run (BENCHMARKS.md, end of session 6);
// this gives the floor's best case and the figure that goes with it.
//   CORPUS_DIR=../shared/corpus node --expose-gc tests/js/bench/floor-check.mjs [PKG ...] [RUNS=21] [PROFILE=search] [LANGS=en,ar]
// PKG: pkg/ directories (`cargo xtask build` output; default ./pkg). With several packages
// their calls are interleaved too (an A/B in one process). Without the corpus: the seed repeated.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

if (!globalThis.gc) console.log("(run with --expose-gc for a GC before each call)");
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const runs = Number(process.env.RUNS ?? 21);
const profile = process.env.PROFILE ?? "search";
const pkgs = process.argv.slice(2);
if (pkgs.length === 0) pkgs.push(here("../../../pkg"));
const apis = [];
for (const d of pkgs) {
  const api = await import(pathToFileURL(`${d}/article_analyzer.js`).href);
  api.initSync({ module: readFileSync(`${d}/article_analyzer_bg.wasm`) });
  apis.push(api);
}
const corpus = process.env.CORPUS_DIR ?? here("../../../../shared/corpus");
const inputs = [];
if (existsSync(`${corpus}/big/en.txt`)) {
  for (const l of (process.env.LANGS ?? "en,ar").split(",")) inputs.push([`big/${l}`, readFileSync(`${corpus}/big/${l}.txt`, "utf8")]);
} else {
  const seed = readFileSync(here("../../fixtures/seed-ar.txt"), "utf8");
  console.log("(no ../shared corpus: using the seed repeated to ~1 MB)");
  inputs.push(["seed×200", (seed + "\n\n").repeat(200)]);
}

/** Wall-clock and CPU milliseconds of one call of `f`, after a GC. */
function once(f) {
  globalThis.gc?.();
  const c = process.cpuUsage();
  const s = performance.now();
  f();
  const w = performance.now() - s;
  const d = process.cpuUsage(c);
  return [w, (d.user + d.system) / 1000];
}
const sorted = (a) => [...a].sort((x, y) => x - y);
const mm = (a) => { const s = sorted(a); return [s[0], s[Math.floor(s.length / 2)]]; };
const f1 = (x) => x.toFixed(1);
const f2 = (x) => x.toFixed(2);

const rows = [];
for (const [name, text] of inputs) {
  const jobs = [["floor", () => new TextEncoder().encode(text)]];
  apis.forEach((api, k) => jobs.push([pkgs.length > 1 ? `normalize ${k ? String.fromCharCode(65 + k) : "A"}` : "normalize",
    () => api.normalize(text, { profile })]));
  for (const [, f] of jobs) f(); // warm-up (tables built on first use, tier-up)
  const wall = jobs.map(() => []);
  const cpu = jobs.map(() => []);
  for (let r = 0; r < runs; r++) {
    // Rotate the order so that no job always follows the same one.
    for (let j = 0; j < jobs.length; j++) {
      const k = (j + r) % jobs.length;
      const [w, c] = once(jobs[k][1]);
      wall[k].push(w);
      cpu[k].push(c);
    }
  }
  const [fw, fc] = [mm(wall[0]), mm(cpu[0])];
  jobs.forEach(([label], k) => {
    const [w, c] = [mm(wall[k]), mm(cpu[k])];
    rows.push({
      input: name, job: label,
      "wall min / med ms": `${f1(w[0])} / ${f1(w[1])}`,
      "CPU min / med ms": `${f1(c[0])} / ${f1(c[1])}`,
      "× floor wall (min, med)": k ? `${f2(w[0] / fw[0])}, ${f2(w[1] / fw[1])}` : "",
      "× floor CPU (min, med)": k ? `${f2(c[0] / fc[0])}, ${f2(c[1] / fc[1])}` : "",
    });
  });
}
console.log(`normalize ${profile}, ${runs} interleaved runs per job, fresh Node.js ${process.version} process`);
console.table(rows);
