// End-to-end, in headless Chromium: the package's embedding pieces. The worker API
// (article-analyzer/worker) with the real worker under rapid input, the package bundled with
// esbuild and run in the browser, the <article-analyzer-panel> element, and the Quill editor
// example. Served by `cargo xtask test` at BASE_URL (www/ at /, pkg/ at /pkg/).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, readFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize as normalizePath } from "node:path";
import { fileURLToPath } from "node:url";
import { BASE_URL, SCREENSHOTS, launchBrowser, openPage } from "./browser.mjs";

const seed = readFileSync(fileURLToPath(new URL("../../fixtures/seed-ar.txt", import.meta.url)), "utf8");
const jsDir = fileURLToPath(new URL("../", import.meta.url));
const pkgDir = fileURLToPath(new URL("../../../pkg/", import.meta.url));

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const open = (path, base = BASE_URL) => openPage(browser, base + path);

// ---------------------------------------------------------------- worker API

test("worker: 20 requests fired at once; the first 19 reject with AbortError, only the last result is applied", async () => {
  const { page, problems } = await open("/examples/");
  const result = await page.evaluate(async (seed) => {
    const { createAnalyzer, isAbortError } = await import("/pkg/worker.js");
    const analyzer = createAnalyzer({ keywords: ["الكرملين"] });
    await analyzer.ready;
    const applied = [];
    const outcomes = [];
    const calls = [];
    for (let i = 0; i < 20; i++) {
      // Each text has i more words than the seed, so each result says which request it is.
      const text = seed + " كلمة".repeat(i);
      calls.push(analyzer.analyze(text).then(
        (analysis) => { applied.push(i); outcomes[i] = { words: analysis.stats.words, kremlin: analysis.keywords[0].count }; },
        (error) => { outcomes[i] = { error: error.name, abort: isAbortError(error), message: error.message }; },
      ));
    }
    await Promise.all(calls);
    const base = (await analyzer.analyze(seed)).stats.words;
    const stats = analyzer.stats;
    analyzer.terminate();
    return { applied, outcomes, base, stats };
  }, seed);
  assert.deepEqual(result.applied, [19], "only the newest result is applied");
  result.outcomes.slice(0, 19).forEach((o, i) => {
    assert.equal(o.error, "AbortError", `request ${i}`);
    assert.ok(o.abort);
    assert.match(o.message, /superseded/);
  });
  assert.equal(result.outcomes[19].words, result.base + 19);
  assert.equal(result.outcomes[19].kremlin, 6);
  // The first went to the idle worker, the 18 in between were never run, then the last; then
  // the check of the base count.
  assert.deepEqual(result.stats, { sent: 3, superseded: 19, compiles: 1 });
  assert.deepEqual(problems, []);
  await page.close();
});

test("worker: typing-speed requests resolve in order, and the last one always wins", async () => {
  const { page, problems } = await open("/examples/");
  const result = await page.evaluate(async (seed) => {
    const { createAnalyzer } = await import("/pkg/worker.js");
    const analyzer = createAnalyzer();
    await analyzer.ready;
    const applied = [];
    const calls = [];
    let text = seed;
    for (let i = 0; i < 40; i++) {
      text += " كلمة";
      const n = i;
      calls.push(analyzer.analyze(text).then((a) => applied.push([n, a.stats.words]), () => {}));
      await new Promise((r) => setTimeout(r, i % 7)); // 0–6 ms between keystrokes
    }
    await Promise.all(calls);
    return { applied, stats: analyzer.stats };
  }, seed);
  const order = result.applied.map(([n]) => n);
  assert.deepEqual(order, [...order].sort((a, b) => a - b), "never applied out of order");
  assert.equal(order.at(-1), 39);
  assert.ok(result.stats.sent < 40, `sent ${result.stats.sent}`);
  assert.equal(result.stats.sent + result.stats.superseded >= 40, true);
  // Consecutive applied results differ by as many words as requests between them.
  for (let k = 1; k < result.applied.length; k++) {
    const [n0, w0] = result.applied[k - 1];
    const [n1, w1] = result.applied[k];
    assert.equal(w1 - w0, n1 - n0);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test("worker: options compiled once while unchanged; errors reject with the worker's TypeError; normalize", async () => {
  const { page, problems } = await open("/examples/");
  const result = await page.evaluate(async () => {
    const { createAnalyzer } = await import("/pkg/worker.js");
    const analyzer = createAnalyzer({ keywords: ["Kremlin"], autoKeywords: 0 });
    const counts = [];
    for (const text of ["The Kremlin said.", "The Kremlin said no.", "Kremlin, Kremlin."]) {
      counts.push((await analyzer.analyze(text)).keywords[0].count);
    }
    const sameOptions = analyzer.stats.compiles;
    const other = await analyzer.analyze("Moscow and the Kremlin.", { keywords: ["Moscow"] });
    let error = null;
    try {
      await analyzer.analyze("x", { keywords: 5 });
    } catch (e) {
      error = { name: e.name, message: e.message, isTypeError: e instanceof TypeError };
    }
    const after = await analyzer.analyze("The Kremlin.");
    const clean = await analyzer.normalize("الكرمـــلين\u200B", { profile: "clean" });
    return {
      counts, sameOptions, other: other.keywords.map((k) => k.term), error, after: after.keywords[0].count,
      clean: { text: clean.text, origin: clean.origin instanceof Uint32Array, length: clean.origin.length },
      compiles: analyzer.stats.compiles,
    };
  });
  assert.deepEqual(result.counts, [1, 1, 2]);
  assert.equal(result.sameOptions, 1, "three analyses, one compilation");
  assert.deepEqual(result.other, ["Moscow"]);
  assert.equal(result.error.name, "TypeError");
  assert.ok(result.error.isTypeError);
  assert.match(result.error.message, /keywords/);
  assert.equal(result.after, 1);
  assert.equal(result.compiles, 3, "default options, then Moscow, then the defaults again");
  assert.equal(result.clean.text, "الكرملين");
  assert.ok(result.clean.origin);
  assert.equal(result.clean.length, result.clean.text.length);
  assert.deepEqual(problems, []);
  await page.close();
});

// ---------------------------------------------------------------- bundler

/** Serves `dir` on 127.0.0.1 (a free port) for the bundle test; returns { url, close }. */
function serveDir(dir) {
  const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".map": "application/json" };
  const server = createServer((req, res) => {
    const path = normalizePath(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    const file = join(dir, path.endsWith("/") ? `${path}index.html` : path);
    try {
      const body = readFileSync(file);
      res.writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((r) => server.close(r)),
  })));
}

test("bundler: esbuild bundles the package and its worker; the bundle runs in Chromium", async () => {
  const esbuild = await import(join(jsDir, "node_modules/esbuild/lib/main.js"));
  // A user's project with the package installed (the files npm would publish).
  const dir = mkdtempSync(join(tmpdir(), "article-analyzer-bundle-"));
  const installed = join(dir, "node_modules/article-analyzer");
  cpSync(pkgDir, installed, { recursive: true });
  writeFileSync(join(dir, "main.js"), `
import init, { analyze } from "article-analyzer";
import { createAnalyzer } from "article-analyzer/worker";
window.result = (async () => {
  await init();
  const direct = analyze("The Kremlin said the talks would go on.", { keywords: ["Kremlin"] });
  const analyzer = createAnalyzer({ keywords: ["الكرملين"] });
  const inWorker = await analyzer.analyze("قال الكرملين إن المحادثات ستستمر.");
  return { direct: [direct.language, direct.keywords[0].count], worker: [inWorker.language, inWorker.keywords[0].count] };
})().catch((e) => ({ error: String(e) }));
`);
  const out = join(dir, "dist");
  // The worker script is a second entry point (esbuild does not follow new Worker(new URL(…)));
  // the main bundle finds it, and each finds the .wasm, next to itself.
  const result = await esbuild.build({
    absWorkingDir: dir,
    entryPoints: [{ in: "./main.js", out: "main" }, { in: "article-analyzer/analyzer-worker", out: "analyzer-worker" }],
    bundle: true, format: "esm", platform: "browser", outdir: out, logLevel: "silent", metafile: true,
  });
  assert.deepEqual(result.errors, []);
  cpSync(join(installed, "article_analyzer_bg.wasm"), join(out, "article_analyzer_bg.wasm"));
  writeFileSync(join(out, "index.html"), `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="main.js"></script>`);
  const bundled = Object.keys(result.metafile.outputs).map((o) => o.replace(/^dist\//, "")).sort();
  assert.deepEqual(bundled, ["analyzer-worker.js", "main.js"]);
  const server = await serveDir(out);
  try {
    const { page, problems, requests } = await open("/", server.url);
    const answer = await page.evaluate(() => window.result);
    assert.deepEqual(answer, { direct: ["en", 1], worker: ["ar", 1] });
    // Only the bundle's own files were loaded: nothing from pkg/ or node_modules.
    const paths = requests.filter((u) => u.startsWith("http")).map((u) => new URL(u).pathname).sort();
    assert.deepEqual([...new Set(paths)], ["/", "/analyzer-worker.js", "/article_analyzer_bg.wasm", "/main.js"]);
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------- <article-analyzer-panel>

/** A number shown in Latin or Arabic-Indic digits. */
const digits = (text) => Number(text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[,٬]/g, ""));

/** Waits until the panel `id` has shown an analysis of a text that has `includes`, ends with
 *  `endsWith`, and is at least `minLength` long (each when given). */
async function analysedText(page, id, check) {
  try {
    await page.waitForFunction(([id, { includes, endsWith, minLength }]) => {
      const panel = document.getElementById(id);
      const text = panel.text;
      return panel.analysis !== null && panel.dataset.state !== "analysing" && (includes === undefined || text.includes(includes))
        && (endsWith === undefined || text.endsWith(endsWith)) && (minLength === undefined || text.length >= minLength);
    }, [id, check], { timeout: 30_000 });
  } catch (error) {
    // Say what the panel shows instead.
    const state = await page.evaluate((id) => {
      const panel = document.getElementById(id);
      return { state: panel.dataset.state, status: panel.shadowRoot.querySelector("[part~=status]").textContent,
        analysed: panel.text.slice(-40), now: panel.textOf(panel.target).slice(-40), stats: panel.analyzer?.stats };
    }, id);
    throw new Error(`${error.message}\npanel ${id}: ${JSON.stringify(state)}`);
  }
}

test("panel: watches a textarea; keyword chips with counts, quotes with speakers, stats", async () => {
  const { page, problems, requests } = await open("/examples/panel.html");
  await page.fill("#plain", seed);
  await analysedText(page, "plain-panel", { minLength: 1000 });
  const chips = page.locator("#plain-panel [part~=chip]");
  assert.equal(await chips.nth(0).locator("[part~=term]").textContent(), "الكرملين");
  assert.equal(await chips.nth(0).locator("[part~=count]").textContent(), "6");
  assert.equal(await chips.nth(1).locator("[part~=term]").textContent(), "people: بوتين");
  assert.equal(await chips.nth(1).locator("[part~=count]").textContent(), "3");
  assert.equal(await page.locator("#plain-panel [part~=chip-auto]").count(), 5);
  const peskov = page.locator("#plain-panel [part~=quote]").filter({ hasText: "الولايات المتحدة تتخذ موقفاً" });
  assert.equal(await peskov.count(), 1);
  assert.match(await peskov.locator("[part~=speaker]").textContent(), /بيسكوف/);
  assert.equal(await peskov.locator("[part~=kind]").textContent(), "direct");
  assert.equal(await page.locator("#plain-panel [data-stat=language]").textContent(), "ar");
  const words = Number((await page.locator("#plain-panel [data-stat=words]").textContent()).replace(/,/g, ""));
  assert.ok(words > 400 && words < 520, `words ${words}`);
  assert.equal(await page.locator("#plain-panel [data-stat=paragraphs]").textContent(), "2");
  // Typing re-analyses after the pause; the attributes are the options.
  await page.evaluate(() => document.getElementById("plain-panel").setAttribute("keywords", "Kremlin"));
  await page.fill("#plain", "");
  await page.focus("#plain");
  await page.keyboard.type("The Kremlin said the talks would go on, a Kremlin aide said.", { delay: 5 });
  await analysedText(page, "plain-panel", { endsWith: "aide said." });
  assert.equal(await chips.nth(0).locator("[part~=term]").textContent(), "Kremlin");
  assert.equal(await chips.nth(0).locator("[part~=count]").textContent(), "2");
  assert.equal(await page.locator("#plain-panel [data-stat=language]").textContent(), "en");
  const origin = new URL(BASE_URL).origin;
  for (const url of requests) assert.equal(new URL(url).origin, origin, `third-party request: ${url}`);
  assert.deepEqual(problems, []);
  await page.screenshot({ path: `${SCREENSHOTS}/panel-textarea.png`, fullPage: true });
  await page.close();
});

test("panel: watches a contenteditable element (input and DOM changes); Arabic labels, right to left, themable", async () => {
  const { page, problems } = await open("/examples/panel.html");
  // The initial content is analysed as soon as the panel is connected.
  await analysedText(page, "rich-panel", { includes: "نرحب بذلك" });
  const chip = page.locator("#rich-panel [part~=chip]").first();
  assert.equal(digits(await chip.locator("[part~=count]").textContent()), 1);
  assert.equal(await page.locator("#rich-panel [part~=heading]").first().textContent(), "الكلمات المفتاحية");
  assert.equal(await page.locator("#rich-panel").evaluate((el) => getComputedStyle(el).direction), "rtl");
  const quote = page.locator("#rich-panel [part~=quote]").first();
  assert.equal(await quote.locator("[part~=content]").textContent(), "نرحب بذلك");
  assert.match(await quote.locator("[part~=speaker]").textContent(), /بيسكوف/);
  // Typing into it (input events)…
  await page.click("#rich p");
  await page.keyboard.press("End");
  await page.keyboard.type(" وأضاف أن الكرملين سيرد.", { delay: 5 });
  await analysedText(page, "rich-panel", { endsWith: "سيرد." });
  assert.equal(digits(await chip.locator("[part~=count]").textContent()), 2);
  // …and changes made by script (MutationObserver).
  await page.evaluate(() => {
    const p = document.createElement("p");
    p.textContent = "الكرملين";
    document.getElementById("rich").append(p);
  });
  await analysedText(page, "rich-panel", { endsWith: "الكرملين" });
  assert.equal(digits(await chip.locator("[part~=count]").textContent()), 3);
  // The panel was given the package's highlighter (panel-demo.js): the keyword is highlighted
  // in the element too, three times, without a change to its DOM.
  await page.waitForFunction(() => [...(CSS.highlights.get("aa-keyword") ?? [])]
    .filter((r) => document.getElementById("rich").contains(r.startContainer) && r.toString() === "الكرملين").length === 3);
  assert.equal(await page.locator("#rich mark").count(), 0);
  assert.equal(await page.locator("#rich b").textContent(), "الكرملين");
  // Theming: custom properties and ::part() from the page's stylesheet.
  const [chipBackground, countColor] = await page.evaluate(() => {
    const root = document.getElementById("rich-panel").shadowRoot;
    return [getComputedStyle(root.querySelector("[part~=chip]")).backgroundColor, getComputedStyle(root.querySelector("[part~=count]")).color];
  });
  assert.equal(chipBackground, "rgb(216, 240, 230)");
  assert.equal(countColor, "rgb(255, 255, 255)");
  await page.screenshot({ path: `${SCREENSHOTS}/panel-contenteditable.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test("panel: the <mark> fallback in a contenteditable (keywords and quotes drawn, no re-analysis of its own marks, removed exactly)", async () => {
  const { page, problems } = await open("/examples/panel.html");
  await analysedText(page, "rich-panel", { includes: "نرحب بذلك" });
  const html = await page.evaluate(() => document.getElementById("rich").innerHTML);
  // What a browser without the CSS Custom Highlight API gets.
  await page.evaluate(() => {
    const panel = document.getElementById("rich-panel");
    window.analyses = 0;
    panel.addEventListener("analysis", () => { window.analyses += 1; });
    panel.highlightOptions = { mode: "mark" };
    panel.refresh();
  });
  await page.waitForFunction(() => document.querySelectorAll("#rich mark").length > 0, null, { timeout: 30_000 });
  // The user's keyword (index 0; the automatic keywords follow it).
  assert.deepEqual(await page.locator('#rich mark.aa-mark[data-keyword="0"]').allTextContents(), ["الكرملين"]);
  assert.deepEqual(await page.locator("#rich mark.aa-quote").allTextContents(), ["نرحب بذلك"]);
  assert.equal(await page.locator('#rich b > mark.aa-mark[data-keyword="0"]').count(), 1, "inside the <b>, not around it");
  // The marks are the panel's own DOM changes: they do not trigger another analysis.
  await page.waitForTimeout(800);
  assert.equal(await page.evaluate(() => window.analyses), 1);
  assert.equal(await page.evaluate(() => document.getElementById("rich-panel").dataset.state), "ready");
  // Typing re-analyses and redraws.
  await page.click("#rich p");
  await page.keyboard.press("End");
  await page.keyboard.type(" وأضاف أن الكرملين سيرد.", { delay: 5 });
  await analysedText(page, "rich-panel", { endsWith: "سيرد." });
  await page.waitForFunction(() => document.querySelectorAll('#rich mark.aa-mark[data-keyword="0"]').length === 2, null, { timeout: 30_000 });
  const typed = await page.evaluate(() => document.getElementById("rich").textContent);
  assert.ok(typed.endsWith("الكرملين سيرد."), typed);
  // Switching the highlighter off removes every mark and leaves the text as typed, in as
  // many text nodes as before the marks.
  const plain = await page.evaluate(() => {
    const panel = document.getElementById("rich-panel");
    panel.highlighter = null;
    const rich = document.getElementById("rich");
    return { marks: rich.querySelectorAll("mark").length, text: rich.textContent, html: rich.innerHTML };
  });
  assert.equal(plain.marks, 0);
  assert.equal(plain.text, typed);
  assert.ok(plain.html.startsWith(html.replace(/»\.<\/p>$/, "")), plain.html);
  assert.deepEqual(problems, []);
  await page.close();
});

// ---------------------------------------------------------------- the editor example (Quill)

/** The texts of the ranges in a CSS highlight, sorted. */
function highlightTexts(page, name = "aa-keyword") {
  return page.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((r) => r.toString()).sort(), name);
}

/** Waits until the editor has at least `n` keyword ranges; on timeout, says what the panel
 *  shows. */
async function editorHighlights(page, n) {
  try {
    await page.waitForFunction((n) => (CSS.highlights.get("aa-keyword")?.size ?? 0) >= n, n, { timeout: 30_000 });
  } catch (error) {
    const state = await page.evaluate(() => {
      const panel = document.getElementById("panel");
      return { state: panel.dataset.state, status: panel.shadowRoot.querySelector("[part~=status]").textContent,
        analysed: panel.text.slice(-40), now: panel.textOf(panel.target).slice(-40), stats: panel.analyzer?.stats,
        ranges: [...(CSS.highlights.get("aa-keyword") ?? [])].map((r) => r.toString()) };
    });
    throw new Error(`${error.message}\neditor panel: ${JSON.stringify(state)}`);
  }
}

/** What a CMS would save, and Quill's own state. */
function editorState(page) {
  return page.evaluate(() => {
    const { quill } = window.example;
    return {
      semantic: quill.getSemanticHTML(),
      innerHTML: quill.root.innerHTML,
      delta: JSON.stringify(quill.getContents()),
      undo: quill.history.stack.undo.length,
      redo: quill.history.stack.redo.length,
      marks: quill.root.querySelectorAll("mark").length,
    };
  });
}

test("editor example: Quill with highlights as you type; saved HTML, document and undo history identical with highlights on and off", async () => {
  const { page, problems, requests } = await open("/examples/editor.html");
  await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
  assert.equal(await page.evaluate(() => typeof window.Quill), "function");
  await page.evaluate(() => document.getElementById("panel").setAttribute("auto-keywords", "0"));
  // Count the document changes Quill sees; highlighting must cause none.
  await page.evaluate(() => {
    window.changes = 0;
    window.example.quill.on("text-change", () => { window.changes += 1; });
  });
  await page.click("#editor .ql-editor");
  await page.keyboard.type("The ", { delay: 5 });
  // "Kremlin" split over two elements: <strong>Krem</strong>lin.
  await page.keyboard.press("Control+b");
  await page.keyboard.type("Krem", { delay: 5 });
  await page.keyboard.press("Control+b");
  await page.keyboard.type("lin said Putin would go.", { delay: 5 });
  await page.keyboard.press("Enter");
  await page.keyboard.type("قال الكرملين إن بوتين سيزور الصين.", { delay: 5 });
  await editorHighlights(page, 4);
  assert.deepEqual(await highlightTexts(page), ["Kremlin", "Putin", "الكرملين", "بوتين"].sort());
  assert.match(await page.evaluate(() => window.example.quill.root.innerHTML), /<strong>Krem<\/strong>lin/);
  // The panel beside it shows the same analysis.
  assert.equal(await page.locator("#panel [part~=chip]").filter({ hasText: "Kremlin" }).locator("[part~=count]").textContent(), "1");
  assert.equal(await page.locator("#panel [data-stat=paragraphs]").textContent(), "2");

  const typed = await page.evaluate(() => window.changes);
  const on = await editorState(page);
  assert.equal(on.marks, 0, "no element added to the editor");
  assert.ok(on.undo >= 1, "typing made undo steps");
  // Highlights off: cleared, and nothing else changes.
  await page.uncheck("#highlights");
  await page.waitForFunction(() => (CSS.highlights.get("aa-keyword")?.size ?? 0) === 0);
  const off = await editorState(page);
  assert.deepEqual(off, on);
  // Saving gives the same HTML byte for byte.
  await page.click("#save");
  const savedOff = await page.textContent("#saved");
  assert.equal(savedOff, on.semantic);
  // On again: highlighted again, still the same document, history and saved HTML.
  await page.check("#highlights");
  await editorHighlights(page, 4);
  assert.deepEqual(await editorState(page), on);
  await page.click("#save");
  assert.equal(await page.textContent("#saved"), savedOff);
  assert.equal(await page.evaluate(() => window.changes), typed, "highlighting made no document change");
  await page.screenshot({ path: `${SCREENSHOTS}/editor-quill.png`, fullPage: true });

  // Undo still works: the last typing step goes, highlights follow, redo brings it back.
  const before = await page.evaluate(() => window.example.quill.getText());
  await page.keyboard.press("Control+z");
  const undone = await page.evaluate(() => window.example.quill.getText());
  assert.notEqual(undone, before);
  assert.ok(before.startsWith(undone.replace(/\n$/, "")), `undo left ${JSON.stringify(undone)}`);
  // The highlights follow the undone text: the panel analysed it, and each range is one of
  // its highlights.
  await page.waitForFunction(() => {
    const panel = document.getElementById("panel");
    return panel.dataset.state === "ready" && panel.text === panel.textOf(panel.target);
  }, null, { timeout: 30_000 });
  const afterUndo = await page.evaluate(() => {
    const panel = document.getElementById("panel");
    return { expected: panel.analysis.highlights.map((h) => panel.text.slice(h.start, h.end)).sort(), text: panel.text };
  });
  assert.ok(afterUndo.text.length < before.length + 2);
  assert.deepEqual(await highlightTexts(page), afterUndo.expected);
  await page.keyboard.press("Control+Shift+z");
  assert.equal(await page.evaluate(() => window.example.quill.getText()), before);
  await editorHighlights(page, 4);
  assert.equal((await editorState(page)).semantic, on.semantic);

  const origin = new URL(BASE_URL).origin;
  for (const url of requests) assert.equal(new URL(url).origin, origin, `third-party request: ${url}`);
  assert.ok(requests.some((u) => u.endsWith("/vendor/quill/quill.js")), "Quill from /vendor/quill/");
  assert.deepEqual(problems, []);
  await page.close();
});

test("editor example: the Arabic sample is highlighted in the editor and analysed beside it", async () => {
  const { page, problems } = await open("/examples/editor.html");
  await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
  await page.evaluate(() => document.getElementById("panel").setAttribute("auto-keywords", "0"));
  await page.click("#sample");
  await editorHighlights(page, 9);
  const texts = await highlightTexts(page);
  assert.equal(texts.filter((t) => t.endsWith("الكرملين")).length, 6);
  assert.equal(texts.filter((t) => t.endsWith("بوتين")).length, 3);
  // Each range lies inside the editor.
  assert.ok(await page.evaluate(() => [...CSS.highlights.get("aa-keyword")].every((r) => window.example.quill.root.contains(r.commonAncestorContainer))));
  assert.equal(await page.locator("#panel [data-stat=language]").textContent(), "ar");
  assert.ok(await page.locator("#panel [part~=quote]").count() >= 3);
  assert.equal(await page.evaluate(() => window.example.quill.root.querySelectorAll("mark").length), 0);
  await page.screenshot({ path: `${SCREENSHOTS}/editor-quill-ar.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test("editor example: Quill's lines are the paragraphs of the text (a blank line is none; lists, headings, quotes and code blocks are each one; an image separates words)", async () => {
  const { page, problems } = await open("/examples/editor.html");
  await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
  await page.evaluate(() => document.getElementById("panel").setAttribute("auto-keywords", "0"));
  await page.click("#editor .ql-editor");
  await page.keyboard.type("First line about the Kremlin.", { delay: 2 });
  await page.keyboard.press("Enter");
  await page.keyboard.type("Second line, Putin said", { delay: 2 });
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Fourth line after a blank one", { delay: 2 });
  await editorHighlights(page, 2);
  await page.waitForFunction(() => document.getElementById("panel").text.endsWith("blank one"), null, { timeout: 30_000 });
  const typed = await page.evaluate(() => {
    const { quill, panel } = window.example;
    return { html: quill.root.innerHTML, text: panel.text, paragraphs: panel.analysis.stats.paragraphs, sentences: panel.analysis.stats.sentences };
  });
  // Quill saves one <p> per line (the blank line as <p><br></p>): three paragraphs, and the
  // unterminated lines are sentences of their own.
  assert.equal(typed.html, "<p>First line about the Kremlin.</p><p>Second line, Putin said</p><p><br></p><p>Fourth line after a blank one</p>");
  assert.equal(typed.text, "First line about the Kremlin.\n\nSecond line, Putin said\n\nFourth line after a blank one");
  assert.equal(typed.paragraphs, 3);
  assert.equal(typed.sentences, 3);
  assert.equal(await page.locator("#panel [data-stat=paragraphs]").textContent(), "3");
  // Headings, list items, block quotes and code blocks are blocks too; an inline image
  // between two words does not join them (Quill's formats, set through its API).
  await page.evaluate(() => {
    window.example.quill.setContents([
      { insert: "A headline" }, { insert: "\n", attributes: { header: 2 } },
      { insert: "Item one" }, { insert: "\n", attributes: { list: "bullet" } },
      { insert: "Item two" }, { insert: "\n", attributes: { list: "bullet" } },
      { insert: "A quoted line" }, { insert: "\n", attributes: { blockquote: true } },
      { insert: "code()" }, { insert: "\n", attributes: { "code-block": true } },
      { insert: "Kremlin" }, { insert: { image: "/favicon.svg" } }, { insert: "Putin\n" },
    ], "user");
  });
  await page.waitForFunction(() => document.getElementById("panel").text.endsWith("Kremlin Putin"), null, { timeout: 30_000 });
  const formats = await page.evaluate(() => {
    const { panel } = window.example;
    return { text: panel.text, paragraphs: panel.analysis.stats.paragraphs, words: panel.analysis.stats.words };
  });
  assert.equal(formats.text, "A headline\n\nItem one\n\nItem two\n\nA quoted line\n\ncode()\n\nKremlin Putin");
  assert.equal(formats.paragraphs, 6);
  assert.equal(formats.words, 12);
  await editorHighlights(page, 2);
  assert.deepEqual(await highlightTexts(page), ["Kremlin", "Putin"]);
  assert.deepEqual(problems, []);
  await page.close();
});
