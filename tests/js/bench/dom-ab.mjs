// The DOM highlighter of two packages, A/B interleaved in one headless Chromium (the workload
// of dom-bench.mjs: 50 keywords in a ~100 KB article DOM, Arabic and English; our
// highlighter only, both modes; and drawing a given Analysis of elementText(root), made
// before the measured call, in "mark" mode). Reports the main-thread CPU (CDP ThreadTime, from the call
// to the next frame) per package, min and median of RUNS runs each, run in turns A, B, A, B…
// so that the machine's load falls on both alike. The hit counts must be equal.
//   CHROME=/usr/bin/chromium [RUNS=9] [CORPUS_DIR=../shared/corpus] \
//     node --expose-gc tests/js/bench/dom-ab.mjs DIR_A DIR_B      (each DIR holds a pkg/)
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { PAGE_JS, articleHtml, keywords, paragraphs, sources } from "./dom-bench.mjs";
import { ORIGIN, launch, serve } from "./chromium-page.mjs";

/** Drawing a given Analysis: `analyse` (not measured) then `drawGiven` (measured). */
const GIVEN_JS = String.raw`
let given = null;
export function analyse(keywords) {
  const api = globalThis.__api;
  given = api.analyze(api.elementText(document.getElementById("root")), { keywords, autoKeywords: 0, quotes: false });
}
export async function drawGiven() {
  const t0 = performance.now();
  const result = globalThis.__api.highlightElement(document.getElementById("root"), given, { mode: "mark" });
  const t1 = performance.now();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return [t1 - t0, performance.now() - t0, result.highlights];
}
`;

const dirs = process.argv.slice(2, 4);
if (dirs.length !== 2 || !process.env.CHROME) throw new Error("usage: CHROME=… dom-ab.mjs DIR_A DIR_B");
const RUNS = Number(process.env.RUNS ?? 9);
const src = sources();
const articles = {};
for (const lang of ["ar", "en"]) {
  const paras = paragraphs(src[lang]);
  articles[lang] = { html: articleHtml(paras), keywords: keywords(paras, lang) };
}

const browser = await launch();
const pages = [];
for (const dir of dirs) {
  const served = {
    "/pkg/article_analyzer.js": ["text/javascript", readFileSync(`${dir}/pkg/article_analyzer.js`)],
    "/pkg/article_analyzer_bg.wasm": ["application/wasm", readFileSync(`${dir}/pkg/article_analyzer_bg.wasm`)],
    "/dom-workload.mjs": ["text/javascript", PAGE_JS + GIVEN_JS],
    "/": ["text/html", "<!doctype html><meta charset=utf-8><title>dom ab</title><div id=\"root\"></div>"],
  };
  const context = await browser.newContext();
  const page = await context.newPage();
  await serve(page, served);
  await page.goto(`${ORIGIN}/`);
  await page.evaluate(async () => (await import("/dom-workload.mjs")).setup());
  await page.evaluate(async () => { globalThis.__api = await import("/pkg/article_analyzer.js"); });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const threadTime = async () => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "ThreadTime").value * 1000;
  const call = (fn, ...args) => page.evaluate(async ([fn, args]) => (await import("/dom-workload.mjs"))[fn](...args), [fn, args]);
  pages.push({ dir, threadTime, call });
}

const fmt = (x) => Math.round(x * 10) / 10;
const median = (xs) => { const v = [...xs].sort((x, y) => x - y); return v[Math.floor(v.length / 2)]; };
console.log(`DOM highlighter A/B (${RUNS} runs each, interleaved, after a warm-up); load average ${loadavg().map(fmt).join(" ")}`);
const rows = [];
for (const lang of ["ar", "en"]) {
  for (const mode of ["highlight-api", "mark", "given"]) {
    const a = articles[lang];
    const cpu = [[], []];
    const hits = [new Set(), new Set()];
    for (let i = 0; i <= RUNS; i++) {
      for (const [j, p] of pages.entries()) {
        await p.call("prepare", a.html);
        if (mode === "given") await p.call("analyse", a.keywords);
        const before = await p.threadTime();
        const [, , h] = mode === "given" ? await p.call("drawGiven") : await p.call("highlight", "ours", a.keywords, { mode });
        const used = (await p.threadTime()) - before;
        if (i > 0) cpu[j].push(used);
        hits[j].add(h);
        await p.call("clear");
      }
    }
    rows.push({ article: lang, mode, "A min": fmt(Math.min(...cpu[0])), "A median": fmt(median(cpu[0])),
      "B min": fmt(Math.min(...cpu[1])), "B median": fmt(median(cpu[1])), "hits A": [...hits[0]].join("/"), "hits B": [...hits[1]].join("/") });
  }
}
console.table(rows);
await browser.close();
