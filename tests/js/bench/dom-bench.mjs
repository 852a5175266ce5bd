// The DOM highlighter in headless Chromium, side by side with mark.js 8.11.1 in the same page
// (issue #7): 50 keywords in a ~100 KB article DOM (<p> paragraphs with some <b> and <a>), for
// an Arabic and an English article. Reports the time of each highlighter (median of 5 runs
// after a warm-up: the synchronous call, and up to the next frame), the hit counts, how many
// of our highlights mark.js misses (diacritised and cliticised forms), the time from page load
// to the first analysis, and the package's gzipped bytes.
// Input: $CORPUS_DIR/big/{ar,en}.txt when present, else the test fixtures.
// Run by `cargo xtask bench` (after wasm-bench.mjs); needs CHROME.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { cpus, loadavg } from "node:os";
import { ORIGIN, launch, serve } from "./chromium-page.mjs";

const pkg = new URL("../../../pkg/", import.meta.url);
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const TARGET_BYTES = 100_000;
const KEYWORDS = 50;
const RUNS = 5;

export function sources() {
  const dir = process.env.CORPUS_DIR;
  if (dir && existsSync(`${dir}/big/ar.txt`)) {
    return { ar: readFileSync(`${dir}/big/ar.txt`, "utf8"), en: readFileSync(`${dir}/big/en.txt`, "utf8"), from: "../shared/corpus/big" };
  }
  const fixtures = here("../../fixtures/quotes/");
  const read = (lang) => readdirSync(fixtures).filter((f) => f.startsWith(`${lang}-`) && f.endsWith(".txt")).sort()
    .map((f) => readFileSync(fixtures + f, "utf8")).join("\n");
  return { ar: read("ar").repeat(4), en: read("en").repeat(8), from: "tests/fixtures/quotes (no ../shared corpus)" };
}

/** The first lines of `text` (non-blank, trimmed) up to ~100 KB of UTF-8. */
export function paragraphs(text) {
  const out = [];
  let bytes = 0;
  for (const line of text.split("\n")) {
    const p = line.trim();
    if (!p) continue;
    out.push(p);
    bytes += Buffer.byteLength(p);
    if (bytes >= TARGET_BYTES) break;
  }
  return out;
}

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Each paragraph as a <p>; every 12th word in <b>, every 31st in <a>. No whitespace between
 *  the <p>s, so that elementText(root) is the paragraphs joined by "\n\n". */
export function articleHtml(paras) {
  let n = 0;
  return paras.map((p) => "<p>" + p.split(" ").map((w) => {
    n++;
    if (n % 31 === 0) return `<a href="#w${n}">${escape(w)}</a>`;
    if (n % 12 === 0) return `<b>${escape(w)}</b>`;
    return escape(w);
  }).join(" ") + "</p>").join("");
}

const HARAKAT = /[\u064B-\u065F\u0670\u0640]/g;
const STOP_EN = new Set("which their there about would after other these being where could first before since while under people between during against through without another because around should still those years".split(" "));

/** 50 keywords from the article itself, by frequency: Arabic words with the article ال (5+
 *  letters, harakat removed: our morphology also finds their و/ب/ل/ف/ك+ال forms); English
 *  words of 6+ letters that are not function words. */
export function keywords(paras, lang) {
  const counts = new Map();
  for (const p of paras) {
    for (let w of p.match(/[\p{L}\p{M}]+/gu) ?? []) {
      if (lang === "ar") {
        w = w.replace(HARAKAT, "");
        if (!w.startsWith("ال") || [...w].length < 5) continue;
      } else {
        w = w.toLowerCase();
        if (w.length < 6 || STOP_EN.has(w)) continue;
      }
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, KEYWORDS).map(([w]) => w);
}

// ---- In the page ----------------------------------------------------------------------

export const PAGE_JS = String.raw`
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** [start, end) of every mark.js <mark> in elementText offsets (paragraphs joined by "\n\n"). */
function markjsSpans(root) {
  const spans = [];
  let base = 0;
  for (const p of root.children) {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (t.parentElement.closest("mark[data-markjs]")) spans.push([base + offset, base + offset + t.data.length]);
      offset += t.data.length;
    }
    base += offset + 2;
  }
  return spans;
}

let api = null;
let text = "";
let ours = [];
const root = () => document.getElementById("root");

export async function setup() {
  api = await import("/pkg/article_analyzer.js");
  await api.default({ module_or_path: "/pkg/article_analyzer_bg.wasm" });
}

/** A fresh copy of the article, laid out and painted. */
export async function prepare(html) {
  root().innerHTML = html;
  text = api.elementText(root());
  const joined = [...root().children].map((p) => p.textContent).join("\n\n");
  if (text !== joined) throw new Error("elementText is not the paragraphs joined by two newlines");
  await nextFrame();
}

/** One highlighter run: [ms of the call, ms up to the next frame, hits]. */
export async function highlight(who, keywords, options) {
  const t0 = performance.now();
  let t1 = 0, hits = 0;
  if (who === "ours") {
    const result = api.highlightElement(root(), { keywords, autoKeywords: 0, quotes: false }, options);
    t1 = performance.now();
    hits = result.highlights;
    ours = result.analysis.highlights.map((h) => [h.start, h.end, result.analysis.keywords[h.keyword].term]);
  } else {
    new Mark(root()).mark(keywords, { ...options, done: (n) => { t1 = performance.now(); hits = n; } });
    if (!t1) t1 = performance.now();
  }
  await nextFrame();
  return [t1 - t0, performance.now() - t0, hits];
}

/** Our last highlights that mark.js' marks (now in the DOM) miss, and the reverse. */
export function compare() {
  const theirs = markjsSpans(root());
  const overlaps = (a, list) => { // list sorted by start
    let lo = 0, hi = list.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid][1] <= a[0]) lo = mid + 1; else hi = mid; }
    return lo < list.length && list[lo][0] < a[1];
  };
  const missed = ours.filter((s) => !overlaps(s, theirs));
  const extra = theirs.filter((s) => !overlaps(s, ours));
  const sample = (spans) => [...new Set(spans.map(([s, e]) => text.slice(s, e)))].slice(0, 15);
  // Why: diacritised (harakat or tatweel in the word), another form of the keyword (clitics,
  // inflection, no article, plural, possessive), or the keyword's own form (a boundary issue).
  const marks = /[\u064B-\u065F\u0670\u0640]/;
  const fold = (w) => w.replace(/[\u064B-\u065F\u0670\u0640]/g, "").toLowerCase();
  const why = { diacritised: 0, otherForm: 0, sameForm: 0 };
  for (const [s, e, term] of missed) {
    const word = text.slice(s, e);
    if (marks.test(word)) why.diacritised++;
    else if (fold(word) === fold(term)) why.sameForm++;
    else why.otherForm++;
  }
  return { missed: missed.length, why, missedSample: sample(missed), extra: extra.length, extraSample: sample(extra) };
}

export function clear() {
  api.clearHighlights(root());
  root().textContent = "";
  // Ranges removed from CSS.highlights stay live until they are collected, and the browser
  // updates every live Range on every text mutation: without a collection here, the run after
  // a Highlight-API run (730 ranges × 6) measured 3–10× slower in <mark> mode.
  globalThis.gc?.();
}
`;

/** A page that loads the package and analyses the article once, timed from navigation start. */
function loadPage(article) {
  return `<!doctype html><meta charset=utf-8><title>first analysis</title>
<script type="application/json" id="article">${JSON.stringify(article).replace(/</g, "\\u003c")}</script>
<script type="module">
const t0 = performance.now();
const api = await import("/pkg/article_analyzer.js");
await api.default({ module_or_path: "/pkg/article_analyzer_bg.wasm" });
const t1 = performance.now();
const text = JSON.parse(document.getElementById("article").textContent);
const t2 = performance.now();
const analysis = api.analyze(text);
const t3 = performance.now();
api.analyze(text);
const t4 = performance.now();
window.timing = { start: t0, init: t1 - t0, analyze: t3 - t2, again: t4 - t3, total: t3, highlights: analysis.highlights.length };
</script>`;
}

const fmt = (x) => Math.round(x * 10) / 10;

export async function main() {
  const chrome = process.env.CHROME;
  if (!chrome) {
    console.log("\n(no CHROME: the DOM highlighter benchmark is skipped)");
    return;
  }
  const src = sources();
  const articles = {};
  for (const lang of ["ar", "en"]) {
    const paras = paragraphs(src[lang]);
    articles[lang] = { paras, html: articleHtml(paras), keywords: keywords(paras, lang) };
  }

  // Gzipped bytes of the package (level 9, each file on its own; what a server sends).
  const pkgDir = fileURLToPath(pkg);
  const files = readdirSync(pkgDir).filter((f) => /\.(js|wasm)$/.test(f)).sort();
  const sizes = files.map((f) => { const b = readFileSync(pkgDir + f); return { file: f, bytes: b.length, gzip: gzipSync(b, { level: 9 }).length }; });
  console.log("\n## Package size (pkg/, gzip -9 per file)");
  console.table(sizes);
  const main = sizes.filter((s) => s.file === "article_analyzer.js" || s.file === "article_analyzer_bg.wasm");
  console.log(`main entry (glue + wasm): ${main.reduce((a, s) => a + s.gzip, 0)} bytes gzipped; every .js/.wasm: ${sizes.reduce((a, s) => a + s.gzip, 0)} bytes gzipped`);

  const browser = await launch(chrome);
  const served = {
    "/pkg/article_analyzer.js": ["text/javascript", readFileSync(pkgDir + "article_analyzer.js")],
    "/pkg/article_analyzer_bg.wasm": ["application/wasm", readFileSync(pkgDir + "article_analyzer_bg.wasm")],
    "/mark.min.js": ["text/javascript", readFileSync(here("../node_modules/mark.js/dist/mark.min.js"))],
    "/dom-workload.mjs": ["text/javascript", PAGE_JS],
    "/": ["text/html", "<!doctype html><meta charset=utf-8><title>dom bench</title><script src=\"/mark.min.js\"></script><div id=\"root\"></div>"],
    "/load-ar": ["text/html", loadPage(articles.ar.paras.join("\n\n"))],
  };
  const route = (page) => serve(page, served);

  // Page load → first analysis, in fresh contexts (no cache), 5 times.
  const loads = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await route(page);
    await page.goto(`${ORIGIN}/load-ar`);
    await page.waitForFunction(() => window.timing, null, { timeout: 60_000 });
    loads.push(await page.evaluate(() => window.timing));
    await context.close();
  }
  const med = (key) => { const xs = loads.map((l) => l[key]).sort((a, b) => a - b); return fmt(xs[Math.floor(xs.length / 2)]); };

  const page = await browser.newPage();
  await route(page);
  await page.goto(`${ORIGIN}/`);
  const agent = await page.evaluate(() => navigator.userAgent);
  console.log(`\n## DOM highlighter vs mark.js in headless Chromium (${agent.match(/Chrome\/[\d.]+/)?.[0] ?? "?"}); load average ${loadavg().map(fmt).join(" ")} on ${cpus().length} CPUs`);
  console.log(`input: ${src.from}; ${KEYWORDS} keywords each; median of ${RUNS} runs after a warm-up; CPU = main-thread ThreadTime (CDP) from the call to the next frame`);
  console.log(`page load → first analysis of the ${fmt(Buffer.byteLength(articles.ar.paras.join("\n\n")) / 1000)} KB Arabic article (median of 5 fresh contexts, files served from memory): ` +
    `import + wasm fetch/compile/instantiate ${med("init")} ms, first analyze() ${med("analyze")} ms (a second call: ${med("again")} ms), navigation start → first analysis done ${med("total")} ms`);
  await page.evaluate(async () => (await import("/dom-workload.mjs")).setup());
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const threadTime = async () => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "ThreadTime").value * 1000;
  const call = (fn, ...args) => page.evaluate(async ([fn, args]) => (await import("/dom-workload.mjs"))[fn](...args), [fn, args]);
  const median = (xs) => { const v = [...xs].sort((x, y) => x - y); return v[Math.floor(v.length / 2)]; };
  const LIMITERS = [..."\u060C\u061B\u061F,.;:!?'\"()[]«»“”‘’…—–-"];
  const contenders = [
    ["ours, Highlight API", "ours", { mode: "highlight-api" }],
    ["ours, <mark> mode", "ours", { mode: "mark" }],
    ["mark.js 8.11.1", "markjs", { diacritics: true, separateWordSearch: false, accuracy: "exactly" }],
    ["mark.js, + punctuation limiters", "markjs", { diacritics: true, separateWordSearch: false, accuracy: { value: "exactly", limiters: LIMITERS } }],
  ];
  const summary = {};
  for (const lang of ["ar", "en"]) {
    const a = articles[lang];
    const rows = [];
    const misses = [];
    for (const [name, who, options] of contenders) {
      const call_ms = [], frame_ms = [], cpu_ms = [];
      let hits = 0;
      for (let i = 0; i <= RUNS; i++) {
        await call("prepare", a.html);
        const before = await threadTime();
        const [c, f, h] = await call("highlight", who, a.keywords, options);
        const cpu = (await threadTime()) - before;
        if (i > 0) { call_ms.push(c); frame_ms.push(f); cpu_ms.push(cpu); }
        hits = h;
        if (who === "markjs" && i === RUNS) misses.push([name, await call("compare")]);
        await call("clear");
      }
      rows.push({ name, call: median(call_ms), frame: median(frame_ms), cpu: median(cpu_ms), hits });
    }
    const markjs = rows.find((r) => r.name === "mark.js 8.11.1");
    console.log(`\n### ${lang}: ${a.paras.length} paragraphs, ${fmt(Buffer.byteLength(a.paras.join("\n\n")) / 1000)} KB UTF-8, ${a.html.split("<").length - 1} tags; ${a.keywords.length} keywords: ${a.keywords.slice(0, 10).join(", ")}, …`);
    console.table(rows.map((r) => ({
      highlighter: r.name, "call ms": fmt(r.call), "to next frame ms": fmt(r.frame), "main-thread CPU ms": fmt(r.cpu), hits: r.hits,
      "× mark.js (call)": fmt(markjs.call / r.call), "× mark.js (CPU)": fmt(markjs.cpu / r.cpu),
    })));
    for (const [name, m] of misses) {
      console.log(`${name}: misses ${m.missed} of our ${rows[0].hits} highlights — ${m.why.diacritised} diacritised, ${m.why.otherForm} other forms (clitics, inflection), ${m.why.sameForm} the keyword's own form (word boundary) — e.g. ${m.missedSample.join(", ")}; finds ${m.extra} that we do not${m.extra ? ` (e.g. ${m.extraSample.join(", ")})` : ""}`);
    }
    summary[lang] = { rows, misses };
  }
  await browser.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
