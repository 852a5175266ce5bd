// Benchmarks through the wasm package, in Node.js and then in headless Chromium (when CHROME
// is set), with the same workloads (workloads.mjs): MB/s of UTF-8 input and the ratio to
// `new TextEncoder().encode(text)`, the cost of merely handing the text to WebAssembly.
// Input: $CORPUS_DIR/big/{ar,en}.txt when present, else the seed fixture repeated to ~1 MB.
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runWorkloads } from "./workloads.mjs";
import { ORIGIN, launch, serve } from "./chromium-page.mjs";

const pkg = new URL("../../../pkg/", import.meta.url);
const api = await import(new URL("article_analyzer.js", pkg));
const instance = api.initSync({ module: readFileSync(fileURLToPath(new URL("article_analyzer_bg.wasm", pkg))) });

function inputs() {
  const dir = process.env.CORPUS_DIR;
  if (dir && existsSync(`${dir}/big/ar.txt`)) {
    return [["big/ar.txt", readFileSync(`${dir}/big/ar.txt`, "utf8")], ["big/en.txt", readFileSync(`${dir}/big/en.txt`, "utf8")]];
  }
  const seed = readFileSync(fileURLToPath(new URL("../../fixtures/seed-ar.txt", import.meta.url)), "utf8");
  console.log("(no ../shared corpus: using the seed repeated to ~1 MB)");
  return [["seed×200", (seed + "\n\n").repeat(200)]];
}

const texts = inputs();
console.log(`\n## wasm package in Node.js ${process.version}`);
console.table(runWorkloads(api, texts, 5, instance.memory));

const chrome = process.env.CHROME;
if (chrome) {
  const browser = await launch(chrome);
  const page = await browser.newPage();
  // Everything is served from memory (chromium-page.mjs): no server, no network.
  const files = {
    "/": ["text/html", "<!doctype html><meta charset=utf-8><title>bench</title>"],
    "/pkg/article_analyzer.js": ["text/javascript", readFileSync(fileURLToPath(new URL("article_analyzer.js", pkg)))],
    "/pkg/article_analyzer_bg.wasm": ["application/wasm", readFileSync(fileURLToPath(new URL("article_analyzer_bg.wasm", pkg)))],
    "/workloads.mjs": ["text/javascript", readFileSync(fileURLToPath(new URL("workloads.mjs", import.meta.url)))],
  };
  texts.forEach(([, text], i) => { files[`/input${i}.txt`] = ["text/plain; charset=utf-8", text]; });
  await serve(page, files);
  await page.goto(`${ORIGIN}/`);
  const names = texts.map(([name]) => name);
  const result = await page.evaluate(async (names) => {
    const api = await import("/pkg/article_analyzer.js");
    const instance = await api.default({ module_or_path: "/pkg/article_analyzer_bg.wasm" });
    const { runWorkloads } = await import("/workloads.mjs");
    const inputs = [];
    for (let i = 0; i < names.length; i++) inputs.push([names[i], await (await fetch(`/input${i}.txt`)).text()]);
    return { rows: runWorkloads(api, inputs, 5, instance.memory), agent: navigator.userAgent };
  }, names);
  console.log(`\n## wasm package in headless Chromium (${result.agent.match(/Chrome\/[\d.]+/)?.[0] ?? "?"})`);
  console.table(result.rows);
  await browser.close();
}
