// Shared by the end-to-end tests: one way to launch Debian's headless Chromium (driven by
// playwright-core) and to open a page that records its requests and errors.
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";

/** Base URL of the server `cargo xtask test` starts (www/ at /, pkg/ at /pkg/). */
export const BASE_URL = process.env.BASE_URL ?? "http://127.0.0.1:8080";
/** Where screenshots for review go. */
export const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? "target/screenshots";

/** Launches headless Chromium (`$CHROME` or /usr/bin/chromium) with a quiet profile. */
export async function launchBrowser() {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROME ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/**
 * Opens `url` in a new page of `browser`. `requests` collects every requested URL, `problems`
 * every console error and uncaught page error, so a test can assert that both are as expected.
 */
export async function openPage(browser, url) {
  const page = await browser.newPage();
  const requests = [];
  const problems = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
  page.on("pageerror", (e) => problems.push(String(e)));
  await page.goto(url);
  return { page, requests, problems };
}
