// Compares how two builds of the package treat malformed and valid options: for each case,
// the class and message of the error thrown (or a digest of the result) by analyze,
// new Analyzer, normalize and elementText/highlightElement's option readers, must be
// identical. Usage: node tests/js/bench/options-same.mjs <pkgA> <pkgB>
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

async function load(dir) {
  const api = await import(pathToFileURL(path.resolve(dir, "article_analyzer.js")).href);
  await api.default({ module_or_path: await readFile(path.resolve(dir, "article_analyzer_bg.wasm")) });
  return api;
}

const proto = Object.create({ mode: 5, quotes: "no" });
const getterOrder = [];
const tracing = new Proxy({ language: "en", autoKeywords: 2, quotes: false }, {
  get(t, k) { getterOrder.push(String(k)); return t[k]; },
});
const analyzeCases = [
  undefined, null, {}, 5, "x", [], () => {}, Object.create(null),
  { autokeywords: 3 }, { "é\u0301\u200b\t\n\"\\": 1 }, { "\ud800": 1 }, { " a\u0000\u007f\u00ad": 1 },
  { language: 5 }, { language: null }, { language: "not a tag" }, { language: "fr" },
  { autoKeywords: -1 }, { autoKeywords: 1.5 }, { autoKeywords: "ten" }, { autoKeywords: NaN },
  { autoKeywords: Infinity }, { autoKeywords: 2 ** 53 }, { autoKeywords: 2 ** 53 - 1, quotes: false }, { autoKeywords: -0 },
  { autoKeywords: 0, morphology: 1 }, { morphology: false, autoKeywords: 0 }, { quotes: "yes" }, { quotes: new Boolean(true) },
  { limits: 3 }, { limits: null }, { limits: {} }, { limits: { maxInput: 1 } }, { limits: { maxInputBytes: -2 } },
  { limits: { maxInputBytes: 10 } }, { limits: { maxKeywords: 1 }, keywords: ["a", "b"] },
  { limits: { maxKeywords: 2 }, keywords: ["a", "b"], autoKeywords: 0 }, { keywords: "word" }, { keywords: [1] },
  { keywords: ["a", null] }, { keywords: [{ term: 1 }] }, { keywords: [{ group: "g" }] }, { keywords: [{ term: "a", group: 2 }] },
  { keywords: [{ term: "a", group: null }, { term: "b", group: "g" }, "c"], autoKeywords: 0 }, { keywords: [{ term: new String("a") }] },
  { keywords: new Array(3) }, { keywords: [() => {}] }, { keywords: new Array(20001).fill("a") },
  { keywords: ["a"], limits: { maxKeywords: 0 } }, { keywords: [], limits: { maxKeywords: 0 } },
  { autoKeywords: "x", language: 3 }, { language: 3, autoKeywords: "x" }, { keywords: [1], limits: { maxKeywords: "x" } },
  tracing,
];
const normalizeCases = [undefined, null, {}, 5, { profile: "clean" }, { profile: "search" }, { profile: "x" }, { profile: null },
  { Profile: "clean" }, Object.create(null), { profile: "clean", extra: 1 }];
const drawCases = [undefined, null, {}, 5, proto, { exclude: 3 }, { exclude: " " }, { mode: "mark" }, { mode: "x" },
  { mode: new String("mark") }, { quotes: 1 }, { quotes: false, mode: "auto" }, { exclude: "a", other: 1 }, { mode: null }];

function outcome(f) {
  try {
    const r = f();
    return `ok ${JSON.stringify(r, (k, v) => (v instanceof Uint32Array ? Array.from(v) : v))}`;
  } catch (e) {
    return `${e?.constructor?.name}: ${e?.message}`;
  }
}

const [a, b] = [await load(process.argv[2]), await load(process.argv[3])];
const text = "The minister said on Monday that the bridge would reopen. \"It is safe,\" she said.";
// A stand-in root: elementText's options are read after the root check; nodeType 1, no children.
const root = { nodeType: 1, firstChild: null, matches: () => false, ownerDocument: null, nodeName: "DIV", localName: "div" };
let differ = 0;
let total = 0;
const check = (label, fa, fb) => {
  const [x, y] = [outcome(fa), outcome(fb)];
  total++;
  if (x !== y) {
    differ++;
    console.log(`DIFFER ${label}\n  A ${x.slice(0, 300)}\n  B ${y.slice(0, 300)}`);
  }
};
const orders = [];
for (const [i, o] of analyzeCases.entries()) {
  getterOrder.length = 0;
  check(`analyze #${i}`, () => a.analyze(text, o), () => b.analyze(text, o));
  check(`Analyzer #${i}`, () => a.new_analyzer?.(o) ?? new a.Analyzer(o).analyze(text), () => new b.Analyzer(o).analyze(text));
  orders.push(getterOrder.join(","));
}
for (const [i, o] of normalizeCases.entries()) check(`normalize #${i}`, () => a.normalize("Ａb\u0640c", o), () => b.normalize("Ａb\u0640c", o));
for (const [i, o] of drawCases.entries()) {
  check(`elementText #${i}`, () => a.elementText(root, o), () => b.elementText(root, o));
  check(`highlightElement #${i}`, () => a.highlightElement(root, undefined, o), () => b.highlightElement(root, undefined, o));
}
for (const [i, o] of analyzeCases.entries()) {
  check(`highlightElement options #${i}`, () => a.highlightElement(root, o), () => b.highlightElement(root, o));
}
console.log(`${total} comparisons, ${differ} differ`);
process.exitCode = differ ? 1 : 0;
