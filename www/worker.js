// The analysis worker: loads the WebAssembly package once and answers requests.
// In:  { id, kind: "analyze", text, options } | { id, kind: "clean", text }
// Out: { id, analysis, ms } | { id, clean: { text, origin, changes }, ms } | { id, error }
//      and once { ready: true } or { ready: false, error }.
import init, { analyze, normalize } from "/pkg/article_analyzer.js";

const ready = init();

self.onmessage = async (event) => {
  const { id, kind, text, options } = event.data;
  try {
    await ready;
    const started = performance.now();
    if (kind === "clean") {
      const clean = normalize(text, { profile: "clean" });
      self.postMessage({ id, clean, ms: performance.now() - started }, [clean.origin.buffer]);
    } else {
      const analysis = analyze(text, options);
      self.postMessage({ id, analysis, ms: performance.now() - started });
    }
  } catch (error) {
    self.postMessage({ id, error: { name: error?.name ?? "Error", message: String(error?.message ?? error) } });
  }
};

ready.then(
  () => self.postMessage({ ready: true }),
  (error) => self.postMessage({ ready: false, error: { name: "Error", message: String(error?.message ?? error) } }),
);
