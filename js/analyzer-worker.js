// The Web Worker behind `article-analyzer/worker` (spawned by worker.js; not imported
// directly). It loads the WebAssembly module once and answers one request at a time;
// scheduling (latest request wins) is done on the calling side, so this never sees a stale
// request.
//
// In:  { type: "init", wasm?: string }                       (first message, once)
//      { type: "analyze", id, text, options?: object, key }  (options omitted when `key` is
//                                                             the key of the last options sent)
//      { type: "normalize", id, text, options?: object }
// Out: { type: "ready" } | { type: "ready", error: { name, message } }
//      { type: "result", id, value, ms, compiled } | { type: "error", id, error: { name, message } }
//      (`compiled`: whether this analysis compiled the options, rather than reusing them)
import init, { Analyzer, normalize } from "./article_analyzer.js";

/** The compiled Analyzer for the last options, reused while they do not change. */
let compiled = null; // { key, options, analyzer }
let lastOptions = { key: "{}", options: {} };
let ready = null;

function failure(error) {
  return {
    name: typeof error?.name === "string" ? error.name : "Error",
    message: String(error?.message ?? error),
  };
}

function analyzerFor(key) {
  if (compiled?.key === key) return compiled.analyzer;
  dropCompiled();
  const analyzer = new Analyzer(lastOptions.options);
  compiled = { key, analyzer };
  return analyzer;
}

function dropCompiled() {
  try {
    compiled?.analyzer.free();
  } catch {
    // An object of an instance replaced after an internal error: nothing to free.
  }
  compiled = null;
}

self.onmessage = async (event) => {
  const message = event.data;
  if (message?.type === "init") {
    ready = init(message.wasm ? { module_or_path: message.wasm } : undefined);
    ready.then(
      () => self.postMessage({ type: "ready" }),
      (error) => self.postMessage({ type: "ready", error: failure(error) }),
    );
    return;
  }
  const { id, type, text } = message;
  try {
    if (ready === null) throw new Error("the worker received a request before its init message");
    await ready;
    const started = performance.now();
    if (type === "analyze") {
      if ("options" in message) lastOptions = { key: message.key, options: message.options ?? {} };
      let analysis;
      const compiles = compiled?.key !== lastOptions.key;
      try {
        analysis = analyzerFor(lastOptions.key).analyze(text);
      } catch (error) {
        // Invalid options or input throw TypeError/RangeError and leave the analyzer usable;
        // anything else (an internal error re-instantiates the module) drops it.
        if (error?.name !== "TypeError" && error?.name !== "RangeError") dropCompiled();
        throw error;
      }
      self.postMessage({ type: "result", id, value: analysis, ms: performance.now() - started, compiled: compiles });
    } else if (type === "normalize") {
      const normalized = normalize(text, message.options ?? {});
      self.postMessage({ type: "result", id, value: normalized, ms: performance.now() - started }, [
        normalized.origin.buffer,
      ]);
    } else {
      throw new TypeError(`unknown request type ${JSON.stringify(type)}`);
    }
  } catch (error) {
    self.postMessage({ type: "error", id, error: failure(error) });
  }
};
