// What moving an article to the analyzer's Web Worker and its Analysis back costs on the
// page's main thread (issue #7: the worker posts the whole Analysis in one message), in
// headless Chromium: for a ~100 KB and the ~5 MB article (shared/corpus/big/ar.txt), the
// postMessage of the text, the analysis in the worker, the worker's postMessage of the
// Analysis (structured-clone serialisation, on the worker thread), and reading event.data on
// the main thread (deserialisation, where Chromium does it: lazily, on first access).
// Medians of 5 runs after a warm-up. Needs CHROME and CORPUS_DIR; run by hand:
//   CHROME=/usr/bin/chromium CORPUS_DIR=../shared/corpus node tests/js/bench/worker-transfer.mjs
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { chromium } from "playwright-core";

const pkg = new URL("../../../pkg/", import.meta.url);
const big = readFileSync(`${process.env.CORPUS_DIR ?? "../shared/corpus"}/big/ar.txt`, "utf8");
let small = big.slice(0, 100_000);
small = small.slice(0, small.lastIndexOf("\n"));
const texts = { "~100 KB": small, "~5 MB": big };

const files = {
  "/": ["text/html", "<!doctype html><meta charset=utf-8><title>worker transfer</title>"],
  "/article_analyzer.js": ["text/javascript", readFileSync(new URL("article_analyzer.js", pkg))],
  "/article_analyzer_bg.wasm": ["application/wasm", readFileSync(new URL("article_analyzer_bg.wasm", pkg))],
  "/probe-worker.js": ["text/javascript", `
    import init, { Analyzer } from "./article_analyzer.js";
    await init({ module_or_path: "./article_analyzer_bg.wasm" });
    const analyzer = new Analyzer({ keywords: ["الكرملين", "بوتين", "روسيا"], autoKeywords: 10 });
    self.onmessage = (e) => {
      const t0 = performance.now();
      const text = e.data.text;
      const t1 = performance.now();
      const analysis = analyzer.analyze(text);
      const t2 = performance.now();
      self.postMessage({ analysis });
      const t3 = performance.now();
      self.postMessage({ timing: { readText: t1 - t0, analyze: t2 - t1, post: t3 - t2 } });
    };
    self.postMessage({ ready: true });`],
};
const server = createServer((req, res) => {
  const file = files[new URL(req.url, "http://x").pathname];
  res.writeHead(file ? 200 : 404, { "Content-Type": file?.[0] ?? "text/plain" });
  res.end(file?.[1] ?? "");
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const browser = await chromium.launch({ executablePath: process.env.CHROME ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"] });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/`);
const rows = [];
for (const [name, text] of Object.entries(texts)) {
  const row = await page.evaluate(async (text) => {
    const worker = new Worker("/probe-worker.js", { type: "module" });
    await new Promise((r) => { worker.onmessage = (e) => e.data.ready && r(); });
    const runs = [];
    for (let i = 0; i < 6; i++) {
      const got = new Promise((resolve) => {
        const rec = {};
        worker.onmessage = (e) => {
          const t0 = performance.now();
          const data = e.data;
          const t1 = performance.now();
          if (data.analysis) { rec.receive = t1 - t0; rec.analysis = data.analysis; } else { rec.timing = data.timing; resolve(rec); }
        };
      });
      const s0 = performance.now();
      worker.postMessage({ text });
      const send = performance.now() - s0;
      const rec = await got;
      const json = JSON.stringify(rec.analysis).length;
      runs.push({ send, ...rec.timing, receive: rec.receive, highlights: rec.analysis.highlights.length, quotes: rec.analysis.quotes.length, json });
    }
    worker.terminate();
    runs.shift();
    const median = (k) => { const v = runs.map((r) => r[k]).sort((a, b) => a - b); return Math.round(v[Math.floor(v.length / 2)] * 10) / 10; };
    return Object.fromEntries(["send", "readText", "analyze", "post", "receive", "highlights", "quotes", "json"].map((k) => [k, median(k)]));
  }, text);
  rows.push({ article: `${name} (${text.length} UTF-16 units)`, "main: post text ms": row.send, "worker: read text ms": row.readText,
    "worker: analyze ms": row.analyze, "worker: post Analysis ms": row.post, "main: read Analysis ms": row.receive,
    "main thread total ms": Math.round((row.send + row.receive) * 10) / 10, highlights: row.highlights, quotes: row.quotes, "Analysis as JSON": row.json });
}
console.log(`## Worker transfer (headless Chromium); load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
console.table(rows);
await browser.close();
server.close();
