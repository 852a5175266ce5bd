// End-to-end: the page in real headless Chromium (Debian's, driven by playwright-core),
// served by `cargo xtask test` at BASE_URL. Screenshots go to SCREENSHOT_DIR for review.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BASE_URL, SCREENSHOTS, launchBrowser, openPage } from "./browser.mjs";

const seed = readFileSync(fileURLToPath(new URL("../../fixtures/seed-ar.txt", import.meta.url)), "utf8");

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function openApp() {
  const { page, requests, problems } = await openPage(browser, BASE_URL + "/");
  await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
  return { page, requests, problems };
}

async function analysedAfter(page, action) {
  const before = await page.evaluate(() => document.body.dataset.analysed ?? "0");
  await action();
  await page.waitForFunction((b) => (document.body.dataset.analysed ?? "0") !== b, before, { timeout: 30_000 });
}

test("the page loads the package from its own origin only, as application/wasm", async () => {
  const { page, requests, problems } = await openApp();
  const origin = new URL(BASE_URL).origin;
  for (const url of requests) assert.equal(new URL(url).origin, origin, `third-party request: ${url}`);
  assert.ok(requests.some((u) => u.endsWith("/pkg/article_analyzer_bg.wasm")), "wasm fetched");
  const response = await page.request.get(BASE_URL + "/pkg/article_analyzer_bg.wasm");
  assert.equal(response.headers()["content-type"], "application/wasm");
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.deepEqual(problems, []);
  await page.close();
});

test("pasting the Arabic seed shows its language and stats, with no request while analysing", async () => {
  const { page, requests, problems } = await openApp();
  const loaded = requests.length;
  await analysedAfter(page, () => page.fill("#article", seed));
  assert.equal(await page.textContent("#language"), "ar");
  const words = Number((await page.textContent("#words")).replace(/,/g, ""));
  assert.ok(words > 400 && words < 520, `words ${words}`);
  assert.equal(await page.textContent("#paragraphs"), "2");
  assert.equal(requests.length, loaded, `requests while analysing: ${requests.slice(loaded).join(", ")}`);
  assert.equal(await page.getAttribute("#article", "dir"), "auto");
  await page.screenshot({ path: `${SCREENSHOTS}/page-seed.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

async function addKeyword(page, term) {
  await analysedAfter(page, async () => {
    await page.fill("#keywords", term);
    await page.press("#keywords", "Enter");
  });
}

test("keywords: the seed's الكرملين ×6 and بوتين ×3 are marked; removing one unmarks it", async () => {
  const { page, requests, problems } = await openApp();
  await analysedAfter(page, () => page.fill("#article", seed));
  const loaded = requests.length;
  await addKeyword(page, "الكرملين");
  await addKeyword(page, "people: بوتين");
  const chip = async (i) => page.locator(`#chips li[data-keyword="${i}"] .count`).textContent();
  assert.equal(await chip(0), "6");
  assert.equal(await chip(1), "3");
  assert.equal(await page.locator('#view mark[data-keyword="0"]').count(), 6);
  assert.equal(await page.locator('#view mark[data-keyword="1"]').count(), 3);
  for (const text of await page.locator('#view mark[data-keyword="0"]').allTextContents()) {
    assert.match(text, /الكرملين$/); // whole words: الكرملين, للكرملين, والكرملين …
  }
  assert.match(await page.locator('#chips li[data-keyword="1"] .term').textContent(), /^people: بوتين$/);
  // The view shows the article verbatim: its text equals the input, line by line.
  const viewText = await page.locator("#view p").allTextContents();
  assert.deepEqual(viewText, seed.split("\n").filter((l) => l.trim() !== ""));
  // Stepping through occurrences scrolls to them.
  await page.click('#chips li[data-keyword="0"] .term');
  assert.equal(await page.locator('#view mark.current[data-keyword="0"]').count(), 1);
  // Remove الكرملين: its marks disappear, بوتين stays (now keyword 0).
  await analysedAfter(page, () => page.click('#chips li[data-keyword="0"] .remove'));
  assert.equal(await page.locator("#chips li.user").count(), 1);
  assert.equal(await page.locator('#chips li[data-keyword="0"] .term').textContent(), "people: بوتين");
  assert.equal(await page.locator('#view mark[data-keyword="0"]').count(), 3);
  assert.equal(requests.length, loaded, `requests while analysing: ${requests.slice(loaded).join(", ")}`);
  await page.screenshot({ path: `${SCREENSHOTS}/page-keywords.png` });
  assert.deepEqual(problems, []);
  await page.close();
});

test("quotes: Peskov's quote is listed with his name; clicking it scrolls to it", async () => {
  const { page, problems } = await openApp();
  await page.setViewportSize({ width: 1200, height: 700 });
  await analysedAfter(page, () => page.fill("#article", seed));
  const items = page.locator("#quotes li.quote");
  assert.ok((await items.count()) >= 3);
  const peskov = items.filter({ hasText: "الولايات المتحدة تتخذ موقفاً" });
  assert.equal(await peskov.count(), 1);
  assert.match(await peskov.locator(".speaker").textContent(), /بيسكوف/);
  assert.equal(await peskov.locator(".kind").textContent(), "direct");
  // Filter by speaker.
  const speakers = await page.locator("#speaker-filter option").allTextContents();
  const name = speakers.find((s) => s.includes("بيسكوف"));
  await page.selectOption("#speaker-filter", name);
  assert.ok((await items.count()) >= 1);
  for (const s of await page.locator("#quotes .speaker").allTextContents()) assert.equal(s, name);
  await page.selectOption("#speaker-filter", "");
  // The last quote is far down: clicking it scrolls the view and flashes its paragraph.
  await page.evaluate(() => { document.getElementById("view").scrollTop = 0; });
  const last = items.last();
  const start = Number(await last.getAttribute("data-start"));
  await last.click();
  await page.waitForFunction((s) => document.body.dataset.shown === String(s), start);
  const visible = await page.evaluate(() => {
    const view = document.getElementById("view").getBoundingClientRect();
    const p = document.querySelector("#view p.flash").getBoundingClientRect();
    return p.bottom > view.top && p.top < view.bottom;
  });
  assert.ok(visible, "the quote's paragraph is scrolled into view");
  assert.ok(await page.evaluate(() => document.getElementById("view").scrollTop > 0));
  assert.deepEqual(problems, []);
  await page.close();
});

test("right-to-left Arabic and left-to-right English paragraphs in one article", async () => {
  const { page } = await openApp();
  const mixed = "قال الكرملين إن المحادثات ستستمر.\n\nThe Kremlin said the talks would go on.";
  await analysedAfter(page, () => page.fill("#article", mixed));
  const directions = await page.$$eval("#view p", (ps) => ps.map((p) => [p.getAttribute("dir"), getComputedStyle(p).direction, p.matches(":dir(rtl)")]));
  assert.deepEqual(directions.map((d) => d[0]), ["auto", "auto"]);
  assert.deepEqual(directions.map((d) => d[2]), [true, false]);
  await page.close();
});

test("clean text tab marks what the clean profile changed", async () => {
  const { page } = await openApp();
  await analysedAfter(page, () => page.fill("#article", "الكرمـــلين\u200B يرحب  \uFEFBبذلك"));
  await page.click("#tab-clean");
  await page.waitForFunction(() => document.getElementById("clean-changes").textContent !== "");
  assert.ok((await page.locator("#clean ins, #clean .removed").count()) >= 2);
  assert.doesNotMatch(await page.locator("#clean").textContent(), /\u0640/);
  await page.close();
});

test("interface switches to Arabic and back", async () => {
  const { page } = await openApp();
  await page.click("#ui-language");
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  assert.equal(await page.textContent("#quotes-heading"), "الاقتباسات");
  await page.click("#ui-language");
  assert.equal(await page.getAttribute("html", "dir"), "ltr");
  await page.close();
});

// Responsiveness is checked by structure, not by the clock (a loaded CI machine stretches every
// task): the analysis runs in the worker and the view is built in many slices, each its own task.
// The page's clock is replaced by one that advances 0.05 ms per reading, so the number of slices
// `renderView`'s 12 ms budget gives is the same on every machine (at most 239 paragraphs a
// slice). The long tasks the browser saw (real time) are printed for the record.
test("a 5 MB paste shows progress and builds the view in many slices", async () => {
  const { page, problems } = await openApp();
  const result = await page.evaluate(async (seed) => {
    const text = (seed + "\n\n").repeat(Math.ceil(5_000_000 / new TextEncoder().encode(seed + "\n\n").length));
    const longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(Math.round(e.duration)); })
      .observe({ type: "longtask" });
    let progressShown = false;
    const progress = document.getElementById("progress");
    new MutationObserver(() => { if (!progress.hidden) progressShown = true; })
      .observe(progress, { attributes: true, attributeFilter: ["hidden"] });
    // Each MutationObserver callback is one task that added paragraphs to the view.
    let slices = 0;
    new MutationObserver(() => { slices += 1; }).observe(document.getElementById("view"), { childList: true });
    const before = document.body.dataset.analysed;
    const data = new DataTransfer();
    data.setData("text/plain", text);
    let tick = 0;
    performance.now = () => (tick += 1) / 20;
    const started = Date.now();
    document.getElementById("article").dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    while (document.body.dataset.analysed === before) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 200)); // let the observer deliver the last entries
    return { bytes: new TextEncoder().encode(text).length, longTasks, progressShown, slices, ms: Date.now() - started,
      paragraphs: document.querySelectorAll("#view p").length };
  }, seed);
  console.log(`5 MB paste: ${result.bytes} bytes analysed and shown in ${Math.round(result.ms)} ms, ${result.slices} slices; long tasks: ${JSON.stringify(result.longTasks)}`);
  assert.ok(result.bytes >= 5_000_000);
  assert.ok(result.progressShown, "progress was shown");
  assert.ok(result.paragraphs > 1500, `paragraphs ${result.paragraphs}`);
  // With the clock at 0.05 ms a reading, a 12 ms slice holds at most 239 paragraphs, so the view
  // of the ~11,500 paragraphs is built in ~48 tasks or more (with the real clock the count was
  // render time over 12 ms, 9 to 12 on session 57's machine, where ">= 10" failed on unchanged
  // code).
  assert.ok(result.slices >= Math.floor(result.paragraphs / 240),
    `the view of ${result.paragraphs} paragraphs was built in ${result.slices} slices`);
  assert.equal(await page.inputValue("#article"), "", "a 5 MB article is not put into the textarea");
  assert.match(await page.getAttribute("#article", "placeholder"), /MB/);
  assert.equal(await page.textContent("#language"), "ar");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a dropped .html file becomes its text; exports give the analysis as JSON and the quotes as CSV", async () => {
  const { page, problems } = await openApp();
  const html = `<html><body><h1>Minister speaks</h1><p>The minister said: "We will not accept this deal under any circumstances."</p><script>window.pwned=1</script><img src=x onerror="window.pwned=2"></body></html>`;
  await analysedAfter(page, () => page.setInputFiles("#file", { name: "article.html", mimeType: "text/html", buffer: Buffer.from(html) }));
  const value = await page.inputValue("#article");
  assert.match(value, /^Minister speaks\n\nThe minister said/);
  assert.doesNotMatch(value, /<p>|<img/);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.textContent("#language"), "en");
  const [json] = await Promise.all([page.waitForEvent("download"), page.click("#export-json")]);
  const analysis = JSON.parse(readFileSync(await json.path(), "utf8"));
  assert.equal(analysis.language, "en");
  assert.ok(analysis.quotes.length >= 1);
  assert.equal(value.slice(analysis.quotes[0].content.start, analysis.quotes[0].content.end), analysis.quotes[0].content.text);
  const [csv] = await Promise.all([page.waitForEvent("download"), page.click("#export-csv")]);
  const lines = readFileSync(await csv.path(), "utf8").trim().split("\r\n");
  assert.equal(lines[0], '"kind","speaker","cue","content","start","end"');
  assert.equal(lines.length, analysis.quotes.length + 1);
  assert.match(lines[1], /We will not accept this deal/);
  assert.deepEqual(problems, []);
  await page.close();
});

test("the sample article button loads the Arabic founding article", async () => {
  const { page } = await openApp();
  await analysedAfter(page, () => page.click("#sample"));
  assert.equal(await page.inputValue("#article"), seed);
  assert.equal(await page.textContent("#language"), "ar");
  await page.close();
});

test("typing re-analyses, the latest text wins", async () => {
  const { page } = await openApp();
  await page.focus("#article");
  const typed = "The minister said the talks would go on. ";
  await page.keyboard.type(typed, { delay: 5 });
  // Analyses of the partly typed text may finish while typing goes on (more so on a loaded
  // machine); what must hold is that the analysis finally shown is the one of the whole text.
  await page.waitForFunction(
    () => document.body.dataset.busy === "false" && document.body.dataset.analysedLength === String(document.querySelector("#article").value.length),
    null, { timeout: 30_000 });
  assert.equal(await page.inputValue("#article"), typed);
  assert.equal(await page.textContent("#language"), "en");
  assert.equal(await page.textContent("#sentences"), "1");
  await page.close();
});

test("hostile text stays text", async () => {
  const { page, problems } = await openApp();
  const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script> said "<b>bold</b> claim"';
  await analysedAfter(page, () => page.fill("#article", hostile));
  await addKeyword(page, "<img");
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.locator("img, #view script, #view b").count(), 0);
  assert.equal(await page.locator("#view").textContent(), hostile);
  assert.deepEqual(problems, []);
  await page.close();
});
