// Headless Chromium for the bench scripts: one launch with the same flags everywhere, and pages
// that serve files from memory at http://bench.invalid/ through request interception (no
// server, no network). Used by wasm-bench, dom-bench, dom-ab, ab-chromium and split-chromium.

/** The origin the pages are served from. */
export const ORIGIN = "http://bench.invalid";

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--js-flags=--expose-gc"];

/** Launches headless Chromium from `chrome` (default: $CHROME, else /usr/bin/chromium). */
export async function launch(chrome = process.env.CHROME ?? "/usr/bin/chromium") {
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath: chrome, args: ARGS });
}

/** Serves `files` (`{ "/path": [contentType, body] }`) to `page` at ORIGIN; other paths get 404. */
export function serve(page, files) {
  return page.route(`${ORIGIN}/**`, (route) => {
    const file = files[new URL(route.request().url()).pathname];
    return file ? route.fulfill({ status: 200, contentType: file[0], body: file[1] }) : route.fulfill({ status: 404, body: "" });
  });
}
