// A/B of `normalize` between two builds of the package, for a loaded machine: first checks that
// both give identical results (text, origin map, changes) for both profiles on the development
// corpus, the fixtures and synthetic edge inputs, then measures CPU time (process.cpuUsage) with
// the calls of A, B and the floor (`new TextEncoder().encode(text)`) interleaved.
//   CORPUS_DIR=../shared/corpus node --expose-gc tests/js/bench/normalize-ab.mjs PKG_A PKG_B [RUNS]
// PKG_A, PKG_B: pkg/ directories (`cargo xtask build` output). CLEAN=1 also times `clean`.
// Exits 1 if any result differs.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const pkgs = process.argv.slice(2, 4);
if (pkgs.length !== 2) throw new Error("usage: normalize-ab.mjs PKG_A PKG_B [RUNS]");
const runs = Number(process.argv[4] ?? 11);
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const corpus = process.env.CORPUS_DIR ?? here("../../../../shared/corpus");
const apis = [];
for (const d of pkgs) {
  const api = await import(pathToFileURL(`${d}/article_analyzer.js`).href);
  api.initSync({ module: readFileSync(`${d}/article_analyzer_bg.wasm`) });
  apis.push(api);
}

const inputs = [];
if (existsSync(corpus)) {
  for (const l of ["ar", "en", "fr"]) inputs.push([`big/${l}`, readFileSync(`${corpus}/big/${l}.txt`, "utf8")]);
  for (const l of ["ar", "en", "fr"]) {
    for (const f of readdirSync(`${corpus}/${l}`).filter((f) => /^0(0\d|10)\.txt$/.test(f)).sort()) {
      if (l !== "ar" && Number(f.slice(0, 3)) > 5) continue; // unseen test material
      inputs.push([`${l}/${f}`, readFileSync(`${corpus}/${l}/${f}`, "utf8")]);
    }
  }
}
const fixtures = here("../../fixtures/quotes");
for (const f of readdirSync(fixtures).filter((f) => f.endsWith(".txt")).sort()) {
  inputs.push([`fixtures/${f}`, readFileSync(`${fixtures}/${f}`, "utf8")]);
}
const seed = readFileSync(here("../../fixtures/seed-ar.txt"), "utf8");
inputs.push(["seed", seed]);
inputs.push(["lone surrogates", `«قال» ${seed.slice(0, 400)} \uD800 "x" \uDC00 said \u0000 ${seed.slice(400, 900)}`]);
inputs.push(["empty", ""], ["white space", "  \n\t  "], ["tatweel", "ـــ"]);
let every = "";
for (let cp = 0; cp < 0x30000; cp++) {
  if (cp >= 0xd800 && cp < 0xe000) continue;
  every += String.fromCodePoint(cp);
  if (cp % 50 === 0) every += " Ab ";
}
inputs.push(["every code point", every]);
inputs.push([
  "capitals, pieces, pairs",
  "MOSCOW (Reuters) – The KREMLIN said “no”.\n\n".repeat(20000) + "x".repeat(70000) + "é".repeat(70000) +
    "ABC".repeat(30000) + "😀a".repeat(400000),
]);
inputs.push(["ASCII only, 1.5 M units", "Abc  DEF\n\tgh. ".repeat(100000)]);

let differ = 0;
for (const [name, text] of inputs) {
  for (const profile of ["search", "clean"]) {
    const [a, b] = apis.map((api) => api.normalize(text, { profile }));
    const same = a.text === b.text && a.changes === b.changes && a.origin.length === b.origin.length &&
      Buffer.compare(Buffer.from(a.origin.buffer, a.origin.byteOffset, a.origin.byteLength),
        Buffer.from(b.origin.buffer, b.origin.byteOffset, b.origin.byteLength)) === 0;
    if (!same) {
      differ++;
      console.log(`DIFFERS: ${name} / ${profile}`);
    }
  }
}
console.log(`${inputs.length * 2} comparisons, ${differ} differ`);

const { cpuOnce: cpu } = await import("./workloads.mjs");
const sorted = (a) => [...a].sort((x, y) => x - y);
if (existsSync(`${corpus}/big/ar.txt`)) {
  const rows = [];
  for (const name of ["ar", "en"]) {
    const text = readFileSync(`${corpus}/big/${name}.txt`, "utf8");
    for (const profile of process.env.CLEAN ? ["search", "clean"] : ["search"]) {
      const t = [[], [], []];
      for (let r = 0; r < runs; r++) {
        t[0].push(cpu(() => new TextEncoder().encode(text)));
        t[1].push(cpu(() => apis[0].normalize(text, { profile })));
        t[2].push(cpu(() => apis[1].normalize(text, { profile })));
      }
      const [f, a, b] = t.map(sorted);
      const h = runs >> 1;
      rows.push({
        input: `big/${name}`, profile,
        "floor min / med": `${f[0].toFixed(1)} / ${f[h].toFixed(1)}`,
        "A min / med": `${a[0].toFixed(1)} / ${a[h].toFixed(1)}`,
        "A × floor (min, med)": `${(a[0] / f[0]).toFixed(2)}, ${(a[h] / f[h]).toFixed(2)}`,
        "B min / med": `${b[0].toFixed(1)} / ${b[h].toFixed(1)}`,
        "B × floor (min, med)": `${(b[0] / f[0]).toFixed(2)}, ${(b[h] / f[h]).toFixed(2)}`,
      });
    }
  }
  console.log(`CPU ms per call, ${runs} interleaved runs (A: ${pkgs[0]}, B: ${pkgs[1]})`);
  console.table(rows);
}
process.exit(differ ? 1 : 0);
