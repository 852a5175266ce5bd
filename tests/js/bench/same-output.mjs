// Output equality of two builds of the package, for changes that must not change results
// (binding, size work): `analyze()` and `normalize()` on the fixtures and the development
// corpus (big/* included) under several option sets, compared as JSON (key order included)
// between the two packages, plus a few malformed inputs and option errors.
//   CORPUS_DIR=../shared/corpus node tests/js/bench/same-output.mjs DIR_A DIR_B
// DIR_A, DIR_B: checkouts (or copies) holding pkg/. Prints the differences; exits 1 on any.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dirs = process.argv.slice(2, 4);
if (dirs.length !== 2) throw new Error("usage: same-output.mjs DIR_A DIR_B");
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const corpus = process.env.CORPUS_DIR ?? here("../../../../shared/corpus");
const apis = [];
for (const d of dirs) {
  const api = await import(`${d}/pkg/article_analyzer.js`);
  api.initSync({ module: readFileSync(`${d}/pkg/article_analyzer_bg.wasm`) });
  apis.push(api);
}
const { hundredKeywords, BASE_KEYWORDS } = await import("./workloads.mjs");

const inputs = [];
const fixtures = here("../../fixtures/quotes");
for (const f of readdirSync(fixtures).filter((f) => f.endsWith(".txt")).sort()) {
  inputs.push([`fixtures/${f}`, readFileSync(`${fixtures}/${f}`, "utf8")]);
}
if (existsSync(corpus)) {
  for (const lang of ["ar", "en", "fr"]) {
    for (const f of readdirSync(`${corpus}/${lang}`).filter((f) => /^0(0\d|10)\.txt$/.test(f)).sort()) {
      if (lang !== "ar" && Number(f.slice(0, 3)) > 5) continue; // unseen test material
      inputs.push([`corpus/${lang}/${f}`, readFileSync(`${corpus}/${lang}/${f}`, "utf8")]);
    }
  }
  for (const lang of ["ar", "en", "fr"]) inputs.push([`big/${lang}`, readFileSync(`${corpus}/big/${lang}.txt`, "utf8")]);
}
const seed = readFileSync(here("../../fixtures/seed-ar.txt"), "utf8");
inputs.push(["lone surrogates", `«قال» ${seed.slice(0, 400)} \uD800 "x" \uDC00 said \u0000 ${seed.slice(400, 900)}`]);
inputs.push(["empty", ""]);

const optionSets = (text) => {
  const base = /[\u0600-\u06FF]/.test(text.slice(0, 1000)) ? BASE_KEYWORDS.ar : BASE_KEYWORDS.en;
  const hundred = hundredKeywords(text, base);
  return {
    defaults: undefined,
    "100 keywords, no quotes": { keywords: hundred, autoKeywords: 0, quotes: false },
    "groups, no morphology, ar": {
      keywords: [...base.slice(0, 5), ...base.slice(5, 12).map((term, i) => (i % 2 ? { term, group: `g${i}` } : { term }))],
      morphology: false,
      language: "ar",
      autoKeywords: 3,
    },
    "25 auto, en, limits": { autoKeywords: 25, language: "en", limits: { maxKeywords: 200 } },
  };
};

const digest = (v) => createHash("sha256").update(v).digest("hex").slice(0, 16);
const call = (f) => {
  try {
    return JSON.stringify(f());
  } catch (e) {
    return `throws ${e?.constructor?.name}: ${e?.message}`;
  }
};
const json = (v) =>
  JSON.stringify(v, (k, x) => (x instanceof Uint32Array ? digest(Buffer.from(x.buffer, x.byteOffset, x.byteLength)) : x));

let compared = 0;
let differ = 0;
const compare = (what, results) => {
  compared++;
  if (results[0] !== results[1]) {
    differ++;
    console.log(`DIFFERS: ${what}\n  A: ${results[0].slice(0, 300)}\n  B: ${results[1].slice(0, 300)}`);
  }
};
for (const [name, text] of inputs) {
  for (const [label, options] of Object.entries(optionSets(text))) {
    compare(`${name} / ${label}`, apis.map((api) => call(() => api.analyze(text, options))));
  }
  compare(`${name} / Analyzer reuse`, apis.map((api) => {
    const a = new api.Analyzer({ keywords: ["said", "قال"] });
    return call(() => [a.analyze(text), a.analyze(text.slice(0, 1000))]);
  }));
  for (const profile of ["search", "clean"]) {
    compare(`${name} / normalize ${profile}`, apis.map((api) => json(api.normalize(text, { profile }))));
  }
}
const bad = [
  { keywords: "x" },
  { keywords: [1] },
  { keywords: [{ term: "a", group: 2 }] },
  { autoKeywords: -1 },
  { autoKeywords: 1.5 },
  { morphology: "yes" },
  { language: 3 },
  { limits: { maxKeywords: 1 }, keywords: ["a", "b"] },
  { limits: { maxInputBytes: 3 } },
  { limits: { other: 1 } },
  { colour: "red" },
  5,
  null,
];
for (const options of bad) {
  compare(`bad options ${JSON.stringify(options)}`, apis.map((api) => call(() => api.analyze("hello world", options))));
}
console.log(`${compared} comparisons over ${inputs.length} inputs, ${differ} differ`);
process.exit(differ ? 1 : 0);
