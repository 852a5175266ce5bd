// Module import and first-call time of two builds of the package in Node.js, A/B interleaved,
// each run in a fresh process (no module or code cache): the glue's `import()`, `initSync`
// (compile + instantiate the wasm), and the first `analyze()` of a short text (which builds the
// lazily initialised tables). Prints min / median ms of wall time (performance.now) and the
// process CPU time of the three steps together.
//   node tests/js/bench/import-ab.mjs PKG_A PKG_B [RUNS]
import { execFileSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [dirA, dirB, runsArg] = process.argv.slice(2);
if (process.argv[2] === "--child") {
  const dir = process.argv[3];
  const { readFileSync } = await import("node:fs");
  const wasm = readFileSync(path.resolve(dir, "article_analyzer_bg.wasm"));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const api = await import(pathToFileURL(path.resolve(dir, "article_analyzer.js")).href);
  const t1 = performance.now();
  api.initSync({ module: wasm });
  const t2 = performance.now();
  api.analyze("The minister said on Monday that the bridge would reopen. \"It is safe,\" she said.", { keywords: ["bridge"] });
  const t3 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  console.log(JSON.stringify({ import: t1 - t0, init: t2 - t1, first: t3 - t2, cpu: (cpu.user + cpu.system) / 1000 }));
  process.exit(0);
}
if (!dirA || !dirB) throw new Error("usage: import-ab.mjs PKG_A PKG_B [RUNS]");
const runs = Number(runsArg ?? 15);
const results = { A: [], B: [] };
for (let i = 0; i < runs; i++) {
  const order = i % 2 ? ["B", "A"] : ["A", "B"];
  for (const k of order) {
    const dir = k === "A" ? dirA : dirB;
    const out = execFileSync(process.execPath, [new URL(import.meta.url).pathname, "--child", dir], { encoding: "utf8" });
    results[k].push(JSON.parse(out));
  }
}
const stat = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[0].toFixed(2)} / ${s[Math.floor(s.length / 2)].toFixed(2)}`;
};
for (const field of ["import", "init", "first", "cpu"]) {
  console.log(`${field.padEnd(7)} A ${stat(results.A.map((r) => r[field]))}   B ${stat(results.B.map((r) => r[field]))}   (min / median ms, ${runs} runs)`);
}
