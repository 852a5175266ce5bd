// CPU time (process.cpuUsage(): user + system of the Node.js process) per call of the floor,
// language + stats, 100 keywords and 10 automatic keywords, for a loaded machine where wall
// time is meaningless. `CORPUS_DIR=../shared/corpus node --expose-gc tests/js/bench/cpu-bench.mjs [REPO]`
// (REPO: a checkout whose pkg/ to measure; default this one), after `cargo xtask build`.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
const root = process.argv[2] ?? fileURLToPath(new URL("../../..", import.meta.url));
const corpus = process.env.CORPUS_DIR ?? `${root}/../shared/corpus`;
const api = await import(`${root}/pkg/article_analyzer.js`);
const inst = api.initSync({ module: readFileSync(`${root}/pkg/article_analyzer_bg.wasm`) });
const { hundredKeywords, cpuTime, BASE_KEYWORDS } = await import(`${root}/tests/js/bench/workloads.mjs`);
const cpu = (f, runs) => { const t = cpuTime(f, runs); return [t.median, t.wall]; };
for (const name of ["ar", "en"]) {
  const text = readFileSync(`${corpus}/big/${name}.txt`, "utf8");
  const [floor, floorWall] = cpu(() => new TextEncoder().encode(text), 15);
  const an = new api.Analyzer({ keywords: hundredKeywords(text, BASE_KEYWORDS[name]), autoKeywords: 0, quotes: false });
  const [stats, statsWall] = cpu(() => api.analyze(text, { autoKeywords: 0, quotes: false }), 7);
  const [kw, kwWall] = cpu(() => an.analyze(text), 7);
  const [auto, autoWall] = cpu(() => api.analyze(text, { quotes: false }), 3);
  an.free();
  const f = (x) => x.toFixed(1);
  console.log(`${name}: floor cpu ${f(floor)} ms (wall ${f(floorWall)}); stats cpu ${f(stats)} = ${f(stats / floor)}x (wall ${f(statsWall)}); 100kw cpu ${f(kw)} = ${f(kw / floor)}x (wall ${f(kwWall)} = ${f(kwWall / floorWall)}x); auto10 cpu ${f(auto)} (wall ${f(autoWall)}); mem ${(inst.memory.buffer.byteLength / 1048576).toFixed(0)} MiB`);
}
