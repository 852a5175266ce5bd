// The analysis worker: loads the WebAssembly package once and answers analysis requests.
// Messages in:  { id, text, options }.  Messages out: { id, analysis } or { id, error }.
import init, { analyze } from "/pkg/article_analyzer.js";

const ready = init();

self.onmessage = async (event) => {
  const { id, text, options } = event.data;
  try {
    await ready;
    const started = performance.now();
    const analysis = analyze(text, options);
    self.postMessage({ id, analysis, ms: performance.now() - started });
  } catch (error) {
    self.postMessage({ id, error: { name: error?.name ?? "Error", message: String(error?.message ?? error) } });
  }
};

ready.then(
  () => self.postMessage({ ready: true }),
  (error) => self.postMessage({ ready: false, error: { name: "Error", message: String(error?.message ?? error) } }),
);
