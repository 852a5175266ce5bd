// A/B comparison of two builds of the package in one headless Chromium page, for a loaded
// machine: the calls of A and B alternate, min and median of RUNS per workload (wall time of
// each call: the page has no CPU clock, so take the min, and run both orders).
//   CHROME=/usr/bin/chromium CORPUS_DIR=../shared/corpus node tests/js/bench/ab-chromium.mjs DIR_A DIR_B [RUNS]
// DIR_A, DIR_B: checkouts (or copies) holding pkg/. Workloads: `analyze` with quotes (no
// automatic keywords) and language + stats on big/{ar,en}.txt (LANGS=en for one), and the floor
// `new TextEncoder().encode(text)`.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ORIGIN, launch, serve } from "./chromium-page.mjs";

const dirs = process.argv.slice(2, 4);
if (dirs.length !== 2) throw new Error("usage: ab-chromium.mjs DIR_A DIR_B [RUNS]");
const runs = Number(process.argv[4] ?? 15);
const corpus = process.env.CORPUS_DIR ?? fileURLToPath(new URL("../../../../shared/corpus", import.meta.url));
const chrome = process.env.CHROME ?? "/usr/bin/chromium";
const langs = (process.env.LANGS ?? "ar,en").split(",");
const browser = await launch(chrome);
const page = await browser.newPage();
const files = { "/": ["text/html", "<!doctype html><meta charset=utf-8><title>ab</title>"] };
["a", "b"].forEach((k, i) => {
  files[`/${k}/article_analyzer.js`] = ["text/javascript", readFileSync(`${dirs[i]}/pkg/article_analyzer.js`)];
  files[`/${k}/article_analyzer_bg.wasm`] = ["application/wasm", readFileSync(`${dirs[i]}/pkg/article_analyzer_bg.wasm`)];
});
for (const l of langs) files[`/${l}.txt`] = ["text/plain; charset=utf-8", readFileSync(`${corpus}/big/${l}.txt`)];
await serve(page, files);
await page.goto(`${ORIGIN}/`);
const result = await page.evaluate(async ([langs, runs]) => {
  const apis = [];
  for (const k of ["a", "b"]) {
    const api = await import(`/${k}/article_analyzer.js`);
    await api.default({ module_or_path: `/${k}/article_analyzer_bg.wasm` });
    apis.push(api);
  }
  const time = (f) => { const t = performance.now(); f(); return performance.now() - t; };
  const stat = (a) => { const s = [...a].sort((x, y) => x - y); return [s[0].toFixed(1), s[s.length >> 1].toFixed(1)]; };
  const rows = [];
  for (const l of langs) {
    const text = await (await fetch(`/${l}.txt`)).text();
    const work = {
      quotes: apis.map((api) => () => api.analyze(text, { autoKeywords: 0, quotes: true })),
      "language + stats": apis.map((api) => () => api.analyze(text, { autoKeywords: 0, quotes: false })),
    };
    const t = { floor: [] };
    for (const k of Object.keys(work)) { t[k] = [[], []]; work[k].forEach((f) => f()); }
    for (let r = 0; r < runs; r++) {
      t.floor.push(time(() => new TextEncoder().encode(text)));
      for (const k of Object.keys(work)) for (let i = 0; i < 2; i++) { globalThis.gc?.(); t[k][i].push(time(work[k][i])); }
    }
    const floor = stat(t.floor);
    rows.push({ file: l, workload: "TextEncoder.encode (floor)", "A min": floor[0], "A median": floor[1] });
    for (const k of Object.keys(work)) {
      const a = stat(t[k][0]), b = stat(t[k][1]);
      rows.push({ file: l, workload: k, "A min": a[0], "A median": a[1], "A × floor": (a[0] / floor[0]).toFixed(1),
        "B min": b[0], "B median": b[1], "B × floor": (b[0] / floor[0]).toFixed(1) });
    }
  }
  return { rows, agent: navigator.userAgent };
}, [langs, runs]);
console.log(`headless ${result.agent.match(/Chrome\/[\d.]+/)?.[0] ?? "?"}: ms per call (wall), ${runs} interleaved runs`);
console.table(result.rows);
await browser.close();
