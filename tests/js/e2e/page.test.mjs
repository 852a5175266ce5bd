// End-to-end: the page in real headless Chromium (Debian's, driven by playwright-core),
// served by `cargo xtask test` at BASE_URL. Screenshots go to SCREENSHOT_DIR for review.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const BASE_URL = process.env.BASE_URL ?? "http://127.0.0.1:8080";
const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? "target/screenshots";
const seed = readFileSync(fileURLToPath(new URL("../../fixtures/seed-ar.txt", import.meta.url)), "utf8");

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROME ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
});
after(async () => { await browser?.close(); });

async function openPage() {
  const page = await browser.newPage();
  const requests = [];
  const problems = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
  page.on("pageerror", (e) => problems.push(String(e)));
  await page.goto(BASE_URL + "/");
  await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
  return { page, requests, problems };
}

async function analysedAfter(page, action) {
  const before = await page.evaluate(() => document.body.dataset.analysed ?? "0");
  await action();
  await page.waitForFunction((b) => (document.body.dataset.analysed ?? "0") !== b, before, { timeout: 30_000 });
}

test("the page loads the package from its own origin only, as application/wasm", async () => {
  const { page, requests, problems } = await openPage();
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
  const { page, requests, problems } = await openPage();
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

test("typing re-analyses, the latest text wins", async () => {
  const { page } = await openPage();
  await page.focus("#article");
  await analysedAfter(page, () => page.keyboard.type("The minister said the talks would go on. ", { delay: 5 }));
  assert.equal(await page.textContent("#language"), "en");
  assert.equal(await page.textContent("#sentences"), "1");
  await page.close();
});

test("hostile text stays text", async () => {
  const { page, problems } = await openPage();
  await analysedAfter(page, () => page.fill("#article", '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'));
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.locator("img").count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});
