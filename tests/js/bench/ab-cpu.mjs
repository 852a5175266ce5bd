// A/B comparison of two builds of the package in one Node.js process, for a loaded machine:
// the calls of A and B alternate (so both see the same load), and each is measured in CPU time
// (process.cpuUsage(): user + system of the process), min and median of RUNS.
//   CORPUS_DIR=../shared/corpus node --expose-gc tests/js/bench/ab-cpu.mjs DIR_A DIR_B [RUNS]
// DIR_A, DIR_B: checkouts (or copies) holding pkg/; the workloads are this checkout's.
// AUTO=1 adds the 10-automatic-keyword workload, QUOTES=1 `analyze` with quotes (no automatic
// keywords), DEFAULT=1 the default analysis (quotes and 10 automatic keywords), NORM=1
// `normalize` in both profiles, ONLY=<name> keeps one workload, LANGS=en (or ar) one file.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dirs = process.argv.slice(2, 4);
if (dirs.length !== 2) throw new Error("usage: ab-cpu.mjs DIR_A DIR_B [RUNS]");
const runs = Number(process.argv[4] ?? 15);
const corpus = process.env.CORPUS_DIR ?? fileURLToPath(new URL("../../../../shared/corpus", import.meta.url));
const apis = [];
for (const d of dirs) {
  const api = await import(`${d}/pkg/article_analyzer.js`);
  const instance = api.initSync({ module: readFileSync(`${d}/pkg/article_analyzer_bg.wasm`) });
  apis.push([api, instance]);
}
const { hundredKeywords, BASE_KEYWORDS: BASE, cpuOnce: cpu } = await import("./workloads.mjs");
const summary = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return { min: s[0], median: s[s.length >> 1] };
};
for (const name of (process.env.LANGS ?? "ar,en").split(",")) {
  const text = readFileSync(`${corpus}/big/${name}.txt`, "utf8");
  const keywords = hundredKeywords(text, BASE[name]);
  const workloads = {
    "language + stats": apis.map(([api]) => () => api.analyze(text, { autoKeywords: 0, quotes: false })),
    "100 keywords (Analyzer)": apis.map(([api]) => {
      const analyzer = new api.Analyzer({ keywords, autoKeywords: 0, quotes: false });
      return () => analyzer.analyze(text);
    }),
  };
  if (process.env.AUTO) workloads["10 auto keywords"] = apis.map(([api]) => () => api.analyze(text, { quotes: false }));
  if (process.env.QUOTES) workloads["quotes"] = apis.map(([api]) => () => api.analyze(text, { autoKeywords: 0, quotes: true }));
  if (process.env.DEFAULT) workloads["default (quotes, 10 auto)"] = apis.map(([api]) => () => api.analyze(text));
  if (process.env.NORM) {
    workloads["normalize search"] = apis.map(([api]) => () => api.normalize(text, { profile: "search" }));
    workloads["normalize clean"] = apis.map(([api]) => () => api.normalize(text, { profile: "clean" }));
  }
  const times = {};
  for (const k of Object.keys(workloads)) {
    if (process.env.ONLY && process.env.ONLY !== k) continue;
    times[k] = [[], []];
    workloads[k].forEach((f) => f());
  }
  const floor = [];
  for (let r = 0; r < runs; r++) {
    floor.push(cpu(() => new TextEncoder().encode(text)));
    for (const k of Object.keys(times)) for (let i = 0; i < 2; i++) times[k][i].push(cpu(workloads[k][i]));
  }
  const f = summary(floor);
  const rows = [{ workload: "TextEncoder.encode (floor)", "A min": f.min.toFixed(1), "A median": f.median.toFixed(1) }];
  for (const [k, [a, b]] of Object.entries(times)) {
    const sa = summary(a), sb = summary(b);
    rows.push({
      workload: k,
      "A min": sa.min.toFixed(1), "A median": sa.median.toFixed(1), "A × floor (min)": (sa.min / f.min).toFixed(1),
      "B min": sb.min.toFixed(1), "B median": sb.median.toFixed(1), "B × floor (min)": (sb.min / f.min).toFixed(1),
    });
  }
  console.log(`\n${name}: CPU ms per call, ${runs} interleaved runs; wasm memory A ${apis[0][1].memory.buffer.byteLength / 1048576} MiB, B ${apis[1][1].memory.buffer.byteLength / 1048576} MiB`);
  console.table(rows);
}
