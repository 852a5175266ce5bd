// Where the time of `analyze` with quotes goes in headless Chromium: a CPU profile (CDP
// Profiler, sampling) of RUNS calls, self time per function, grouped into the wasm core, the
// boundary (the glue's JS and its imports), GC and the rest.
//   CHROME=/usr/bin/chromium node tests/js/bench/split-chromium.mjs PKG_DIR [RUNS] [LANGS]
// PKG_DIR: a pkg/ folder (a build with a name section, e.g. wasm-opt -g, names the wasm functions).
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ORIGIN, launch, serve } from "./chromium-page.mjs";

const dir = process.argv[2];
const runs = Number(process.argv[3] ?? 20);
const langs = (process.argv[4] ?? "ar,en").split(",");
const corpus = process.env.CORPUS_DIR ?? fileURLToPath(new URL("../../../../shared/corpus", import.meta.url));
const browser = await launch();
const page = await browser.newPage();
const files = { "/": ["text/html", "<!doctype html><meta charset=utf-8><title>split</title>"] };
const walk = (d, p) => { for (const f of readdirSync(d)) { const full = join(d, f); if (statSync(full).isDirectory()) walk(full, `${p}/${f}`); else files[`/pkg${p}/${f}`] = [f.endsWith(".wasm") ? "application/wasm" : "text/javascript", readFileSync(full)]; } };
walk(dir, "");
for (const l of langs) files[`/${l}.txt`] = ["text/plain; charset=utf-8", readFileSync(`${corpus}/big/${l}.txt`)];
await serve(page, files);
await page.goto(`${ORIGIN}/`);
await page.evaluate(async () => {
  const api = await import("/pkg/article_analyzer.js");
  await api.default({ module_or_path: "/pkg/article_analyzer_bg.wasm" });
  globalThis.api = api;
});
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
for (const l of langs) {
  await page.evaluate(async (l) => { globalThis.text = await (await fetch(`/${l}.txt`)).text(); for (let i = 0; i < 3; i++) api.analyze(text, { autoKeywords: 0, quotes: true }); }, l);
  await cdp.send("Profiler.start");
  const wall = await page.evaluate((runs) => { const t = []; for (let i = 0; i < runs; i++) { const s = performance.now(); api.analyze(text, { autoKeywords: 0, quotes: true }); t.push(performance.now() - s); } return t.sort((a, b) => a - b); }, runs);
  const { profile } = await cdp.send("Profiler.stop");
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const self = new Map();
  let total = 0;
  for (const n of profile.nodes) {
    const t = dt.get(n.id) ?? 0;
    if (!t) continue;
    const f = n.callFrame;
    const name = `${f.functionName || "(anon)"} ${f.url.replace(/.*\//, "")}`;
    if (f.functionName === "(idle)") continue;
    self.set(name, (self.get(name) ?? 0) + t);
    total += t;
  }
  const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => ({ fn: k.slice(0, 90), ms: (v / 1000 / runs).toFixed(2), pct: (100 * v / total).toFixed(1) }));
  console.log(`\n${l}: ${runs} calls, wall min ${wall[0].toFixed(1)} median ${wall[wall.length >> 1].toFixed(1)} ms; profile ${(total / 1000 / runs).toFixed(1)} ms per call`);
  console.table(rows);
  // Groups: the wasm's boundary (offsets, result records, the stats' character count) and the
  // rest of the wasm (the core), the text's way in (`encodeInto`), the glue's JS, GC, others.
  const group = {};
  for (const [k, v] of self) {
    const g = /\.wasm/.test(k) ? (/Boundary|Utf16|wasm::run|count_chars|char_count/.test(k) ? "wasm boundary + stats chars" : "wasm core")
      : /\(garbage collector\)/.test(k) ? "gc" : /^encodeInto/.test(k) ? "encodeInto (text in)" : /\.js /.test(k) || /\.js$/.test(k) ? "js glue" : k.split(" ")[0];
    group[g] = (group[g] ?? 0) + v;
  }
  console.table(Object.entries(group).sort((a, b) => b[1] - a[1]).map(([g, v]) => ({ group: g, ms: (v / 1000 / runs).toFixed(2), pct: (100 * v / total).toFixed(1) })));
}
await browser.close();
