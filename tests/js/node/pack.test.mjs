// What `npm pack` publishes from pkg/, and that a user's project can use it: every entry point
// in package.json "exports" with its types (checked with tsc --strict through the exports),
// and a bundle (esbuild) of the package running in Node.js with initSync.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { jsDir, packList, pkgDir, project } from "./packed.mjs";

const manifest = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));

test("npm pack publishes exactly the package's files", () => {
  assert.deepEqual(packList().files, [
    "LICENSE-APACHE",
    "LICENSE-MIT",
    "README.md",
    "analyzer-worker.d.ts",
    "analyzer-worker.js",
    "analyzer-worker.js.map",
    "article_analyzer.d.ts",
    "article_analyzer.js",
    "article_analyzer.js.map",
    "article_analyzer_bg.wasm",
    "article_analyzer_bg.wasm.d.ts",
    "package.json",
    "panel.d.ts",
    "panel.js",
    "panel.js.map",
    "worker.d.ts",
    "worker.js",
    "worker.js.map",
  ].sort());
  assert.equal(packList().entry.name, "article-analyzer");
});

test("no runtime dependency and no framework: no dependencies in package.json, every import in the packed modules is a file of the package", () => {
  for (const key of ["dependencies", "peerDependencies", "optionalDependencies", "bundleDependencies"]) {
    assert.equal(manifest[key], undefined, key);
  }
  const modules = packList().files.filter((f) => f.endsWith(".js"));
  assert.ok(modules.length >= 4);
  const found = {};
  for (const file of modules) {
    // (Without comments: the usage examples in them import the package by name. The modules
    // are minified: `import{a as b}from"./x.js"`, no space needed after the keyword.)
    const source = readFileSync(join(pkgDir, file), "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    const specifiers = [...source.matchAll(/(?:^|[;\s}])(?:import|export)\s*[{*\w$][^"'`;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|(?:^|[;\s}])import\s*["']([^"']+)["']|new URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url\s*\)/gm)]
      .map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
    found[file] = specifiers;
    for (const specifier of specifiers) {
      assert.match(specifier, /^(\.\/)?[\w.-]+\.(js|wasm)$/, `${file} imports ${specifier}`);
      const packed = packList().files.includes(specifier.replace(/^\.\//, ""));
      assert.ok(packed, `${file} imports ${specifier}, which is not packed`);
    }
  }
  // What the scan must find (so that a pattern it misses cannot pass unnoticed): the glue
  // fetches the wasm, the worker API starts the worker script, which imports the glue, and the
  // panel imports the worker API.
  assert.deepEqual(found, {
    "analyzer-worker.js": ["./article_analyzer.js"],
    "article_analyzer.js": ["article_analyzer_bg.wasm"],
    "panel.js": ["./worker.js"],
    "worker.js": ["./analyzer-worker.js"],
  });
});

test("every entry point is in exports, with types, and every export points at a packed file", () => {
  const files = new Set(packList().files);
  const entries = Object.entries(manifest.exports);
  assert.deepEqual(entries.map(([k]) => k).sort(), [
    ".", "./analyzer-worker", "./article_analyzer_bg.wasm", "./package.json", "./panel", "./worker",
  ]);
  for (const [key, target] of entries) {
    if (key === "./package.json") {
      assert.equal(target, "./package.json");
      continue;
    }
    assert.equal(typeof target, "object", key);
    assert.deepEqual(Object.keys(target), ["types", "default"], `${key}: "types" must come first`);
    for (const path of Object.values(target)) assert.ok(files.has(path.replace(/^\.\//, "")), `${key} → ${path} is not packed`);
  }
  // Every JavaScript module and the wasm are reachable through exports.
  const exported = new Set(entries.flatMap(([, t]) => (typeof t === "string" ? [t] : Object.values(t))).map((p) => p.replace(/^\.\//, "")));
  for (const file of files) {
    if (/\.(js|wasm)$/.test(file)) assert.ok(exported.has(file), `${file} is packed but not exported`);
  }
  assert.equal(manifest.types, "./article_analyzer.d.ts");
  assert.deepEqual(manifest.sideEffects, ["./panel.js"], "only the panel module has a side effect (it defines the element)");
});

test("the typings of every entry point, through exports, pass tsc --strict", () => {
  const usage = `
import init, { analyze, initSync, Analyzer, type Analysis } from "article-analyzer";
import { createAnalyzer, isAbortError, type WorkerAnalyzer } from "article-analyzer/worker";
import { ArticleAnalyzerPanel, parseKeywords, type PanelHighlighter } from "article-analyzer/panel";
import "article-analyzer/analyzer-worker";
import * as mainModule from "article-analyzer";

const loading: Promise<unknown> = init();
const direct: Analysis = analyze("text", { keywords: ["x"] });
const w: WorkerAnalyzer = createAnalyzer({ keywords: ["x", { term: "y", group: "g" }] }, { workerUrl: new URL("https://example.org/w.js") });
const pending: Promise<Analysis> = w.analyze("text", { autoKeywords: 0 });
pending.then((a) => a.highlights[0]?.start.toFixed(), (e: unknown) => isAbortError(e));
const sent: number = w.stats.sent;
w.normalize("x", { profile: "clean" }).then((n) => n.origin.length);
const ready: Promise<void> = w.ready;
w.terminate();
const panel = document.createElement("article-analyzer-panel");
const typed: ArticleAnalyzerPanel = panel;
panel.addEventListener("analysis", (event) => {
  const words: number = event.detail.analysis.stats.words;
  const text: string = event.detail.text;
  return [words, text];
});
panel.analyzer = w;
const highlighter: PanelHighlighter = { highlightElement: (_root, analysis) => analysis.highlights.length, clearHighlights: () => {} };
panel.highlighter = highlighter;
panel.highlighter = mainModule; // the package's own highlightElement / clearHighlights / elementText
const refreshed: Promise<Analysis | null> = panel.refresh();
const specs = parseKeywords("a, people: b");
const group: string | undefined = specs[0]?.group;
// @ts-expect-error analyze takes a string
w.analyze(5);
// @ts-expect-error it resolves to an Analysis
const wrong: Promise<string> = w.analyze("x");
// @ts-expect-error options are AnalyzeOptions
createAnalyzer({ autoKeywords: "ten" });
export { loading, direct, sent, ready, typed, refreshed, group, wrong, initSync, Analyzer };
`;
  const tsconfig = {
    compilerOptions: {
      strict: true, noEmit: true, target: "ES2022", module: "ES2022", moduleResolution: "bundler",
      lib: ["ES2022", "DOM"], types: [], skipLibCheck: false,
    },
    files: ["usage.ts"],
  };
  const dir = project({ "usage.ts": usage, "tsconfig.json": JSON.stringify(tsconfig) });
  const tsc = join(jsDir, "node_modules/typescript/bin/tsc");
  try {
    execFileSync(process.execPath, [tsc, "--project", join(dir, "tsconfig.json")], { encoding: "utf8" });
  } catch (error) {
    assert.fail(`tsc --strict failed:\n${error.stdout}${error.stderr}`);
  }
});

test("a bundle (esbuild) of the package runs in Node.js with initSync", async () => {
  const esbuild = await import(join(jsDir, "node_modules/esbuild/lib/main.js"));
  const entry = `
import { initSync, analyze } from "article-analyzer";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
const wasm = createRequire(import.meta.url).resolve("article-analyzer/article_analyzer_bg.wasm");
initSync({ module: readFileSync(wasm) });
const a = analyze("قال المتحدث باسم الكرملين إن بوتين سيزور الصين.", { keywords: ["الكرملين"], autoKeywords: 0 });
console.log(JSON.stringify({ language: a.language, highlights: a.highlights.length, words: a.stats.words }));
`;
  const dir = project({ "entry.mjs": entry });
  const result = await esbuild.build({
    entryPoints: [join(dir, "entry.mjs")], bundle: true, format: "esm", platform: "node",
    outfile: join(dir, "out/bundle.mjs"), logLevel: "silent", metafile: true,
  });
  assert.deepEqual(result.errors, []);
  // The package's glue is inside the bundle, not imported at run time.
  const inputs = Object.keys(result.metafile.inputs);
  assert.ok(inputs.some((i) => i.endsWith("node_modules/article-analyzer/article_analyzer.js")), inputs.join(", "));
  writeFileSync(join(dir, "out/package.json"), "{}");
  const out = execFileSync(process.execPath, [join(dir, "out/bundle.mjs")], { cwd: dir, encoding: "utf8" });
  assert.deepEqual(JSON.parse(out), { language: "ar", highlights: 1, words: 8 });
});
