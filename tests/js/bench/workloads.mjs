// The benchmark workloads, shared by the Node.js and the Chromium runs. Each returns rows of
// { input, workload, MB, ms, "MB/s", "× floor" }; the floor is TextEncoder.encode(text).
export function median(f, runs) {
  return times(f, runs).median;
}

/** Wall-clock median and minimum of `f` over `runs` calls after one warm-up call, with a GC
 *  before each when `--expose-gc` is given. */
export function times(f, runs) {
  f();
  const t = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const s = performance.now();
    f();
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)], min: t[0] };
}

/** The 20 real terms the keyword workloads start from, per language. */
export const BASE_KEYWORDS = {};
const KEYWORDS_AR = BASE_KEYWORDS.ar = ["الكرملين", "روسيا", "أوكرانيا", "الولايات المتحدة", "بوتين", "السعودية", "المملكة", "الرياض", "وزير", "الخارجية",
  "إيران", "اليمن", "مصر", "الحكومة", "الرئيس", "الأمير", "الملك", "النفط", "الاقتصاد", "الأمن"];
const KEYWORDS_EN = BASE_KEYWORDS.en = ["Kremlin", "Russia", "Ukraine", "United States", "Putin", "government", "minister", "police", "election", "court",
  "president", "economy", "market", "bank", "football", "music", "film", "school", "health", "war"];

/**
 * CPU time of `f` (process.cpuUsage(): user + system of the Node.js process, in ms) over
 * `runs` calls after one warm-up call, with a garbage collection before each when `--expose-gc`
 * is given; also the wall-clock median. The machine is often shared, so CPU time is the figure
 * to compare.
 */
/** CPU milliseconds (user + system) of one call of `f`, after a garbage collection when
 *  `--expose-gc` is given: the unit of the interleaved A/B scripts. */
export function cpuOnce(f) {
  globalThis.gc?.();
  const c = process.cpuUsage();
  f();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
}

export function cpuTime(f, runs) {
  f();
  const t = [];
  const w = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const c = process.cpuUsage();
    const s = performance.now();
    f();
    const d = process.cpuUsage(c);
    w.push(performance.now() - s);
    t.push((d.user + d.system) / 1000);
  }
  t.sort((a, b) => a - b);
  w.sort((a, b) => a - b);
  return { min: t[0], median: t[Math.floor(runs / 2)], wall: w[Math.floor(runs / 2)] };
}

/** 100 keywords: 20 real terms and 80 rarer word forms taken from the text itself. */
export function hundredKeywords(text, base) {
  const words = [...new Set(text.slice(0, 200000).split(/\s+/).filter((w) => /^\p{L}{6,}$/u.test(w)))];
  return base.concat(words.slice(0, 100 - base.length));
}

/**
 * `f` and the floor `floor` measured in alternation (a GC before each call, one warm-up call
 * each), so that both see the same load: returns the median wall-clock time of `f`, the median
 * of the floor runs made beside it, and the median of the per-pair ratios f/floor (the figure
 * least moved by a load that changes during the run).
 */
export function interleaved(f, floor, runs) {
  f();
  floor();
  const t = [];
  const fl = [];
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    let s = performance.now();
    floor();
    const a = performance.now() - s;
    globalThis.gc?.();
    s = performance.now();
    f();
    const b = performance.now() - s;
    fl.push(a);
    t.push(b);
    ratios.push(b / a);
  }
  const mid = (x) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];
  return { ms: mid(t), floor: mid(fl), ratio: mid(ratios), min: Math.min(...t), floorMin: Math.min(...fl) };
}

/** `memory` is the module's WebAssembly.Memory (from init/initSync): it only grows, so its size
 *  after a workload is the peak reached so far. Each workload is timed interleaved with the
 *  TextEncoder floor (`interleaved`); "× floor" is the median of the per-pair ratios. The floor
 *  itself moves by up to 2× within one run (BENCHMARKS.md, end of session 6), so each row also
 *  gives "× min floor": the workload's fastest call over the fastest floor call of the whole
 *  run on that input (every floor call, GC before each), a figure that no slow floor call can
 *  flatter. (`tests/js/bench/floor-check.mjs` measures `normalize` that way in a fresh process.) */
export function runWorkloads(api, inputs, runs = 5, memory = null) {
  const rows = [];
  for (const [name, text] of inputs) {
    const mb = new TextEncoder().encode(text).length / 1e6;
    const encode = () => new TextEncoder().encode(text);
    const keywords = hundredKeywords(text, /[\u0600-\u06FF]/.test(text.slice(0, 1000)) ? KEYWORDS_AR : KEYWORDS_EN);
    const analyzer = new api.Analyzer({ keywords, autoKeywords: 0, quotes: false });
    const workloads = [
      ["TextEncoder.encode (floor)", encode],
      ["normalize search", () => api.normalize(text, { profile: "search" })],
      ["normalize clean", () => api.normalize(text, { profile: "clean" })],
      ["analyze: language + stats", () => api.analyze(text, { autoKeywords: 0, quotes: false })],
      ["analyze: 100 keywords (Analyzer)", () => analyzer.analyze(text)],
      ["analyze: quotes", () => api.analyze(text, { autoKeywords: 0, quotes: true })],
      ["analyze: defaults (10 auto keywords, quotes)", () => api.analyze(text)],
    ];
    const mins = [];
    let floorMin = Infinity;
    for (const [label, f] of workloads) {
      let m;
      try {
        if (f === encode) {
          const t = times(f, runs * 2);
          m = { ms: t.median, ratio: 1, min: t.min, floorMin: t.min };
        } else {
          m = interleaved(f, encode, runs);
        }
      } catch (e) {
        rows.push({ input: name, workload: label, error: String(e?.message ?? e) });
        continue;
      }
      floorMin = Math.min(floorMin, m.floorMin);
      const mib = memory ? (memory.buffer.byteLength / 1048576).toFixed(0) : "n/a";
      const row = {
        input: name, workload: label, MB: mb.toFixed(2), ms: m.ms.toFixed(1), "MB/s": (mb / (m.ms / 1000)).toFixed(1),
        "floor ms": (m.floor ?? m.ms).toFixed(1), "× floor": m.ratio.toFixed(1), "× min floor": "", "wasm memory MiB": mib,
      };
      rows.push(row);
      mins.push([row, m.min]);
    }
    for (const [row, min] of mins) {
      row["× min floor"] = `${(min / floorMin).toFixed(1)} (${min.toFixed(1)} / ${floorMin.toFixed(1)})`;
    }
    analyzer.free();
  }
  return rows;
}
