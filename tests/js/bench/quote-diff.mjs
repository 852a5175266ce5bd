// Which quotations differ between two builds of the package, field by field, on a directory of
// .txt files (e.g. the PolNeAR train sample; never ../shared/eval: it prints per-item output).
//   node tests/js/bench/quote-diff.mjs DIR_A DIR_B TEXT_DIR
// DIR_A, DIR_B: checkouts (or copies) holding pkg/. `analyze()` with quotes under the automatic
// language, "en" and "de"; for each analysis that differs, the quotations whose fields differ,
// with the text of each span. Exits 1 on any difference. (same-output.mjs compares whole
// results on the fixtures and the development corpus; this one says what changed.)
import { readdirSync, readFileSync } from "node:fs";

const [a, b, dir] = process.argv.slice(2, 5);
if (!dir) throw new Error("usage: quote-diff.mjs DIR_A DIR_B TEXT_DIR");
const apis = [];
for (const d of [a, b]) {
  const api = await import(`${d}/pkg/article_analyzer.js`);
  api.initSync({ module: readFileSync(`${d}/pkg/article_analyzer_bg.wasm`) });
  apis.push(api);
}
const show = (v) => (v && typeof v === "object" && "start" in v ? `${v.start}..${v.end} ${JSON.stringify(v.text)}` : JSON.stringify(v));
let compared = 0;
let differ = 0;
for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt")).sort()) {
  const text = readFileSync(`${dir}/${f}`, "utf8");
  for (const language of [undefined, "en", "de"]) {
    const options = { autoKeywords: 0, quotes: true, ...(language ? { language } : {}) };
    const [x, y] = apis.map((api) => api.analyze(text, options));
    compared++;
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    differ++;
    console.log(`== ${f} (language ${language ?? "auto"})`);
    if (x.quotes.length !== y.quotes.length) console.log(`  quotations: A ${x.quotes.length}, B ${y.quotes.length}`);
    x.quotes.forEach((q, i) => {
      const r = y.quotes[i] ?? {};
      const fields = Object.keys(q).filter((k) => JSON.stringify(q[k]) !== JSON.stringify(r[k]));
      if (fields.length === 0) return;
      console.log(`  #${i} ${JSON.stringify(q.content.text.slice(0, 60))}`);
      for (const k of fields) console.log(`    ${k}: A ${show(q[k])} | B ${show(r[k])}`);
    });
    for (const k of Object.keys(x)) if (k !== "quotes" && JSON.stringify(x[k]) !== JSON.stringify(y[k])) console.log(`  ${k} differs`);
  }
}
console.log(`${compared} analyses over ${compared / 3} texts, ${differ} differ`);
process.exitCode = differ ? 1 : 0;
