// article-analyzer/worker: the analyzer in a Web Worker, with a promise API and
// latest-request-wins scheduling, for editors that analyse on every keystroke.
//
//   import { createAnalyzer } from "article-analyzer/worker";
//   const analyzer = createAnalyzer({ keywords: ["الكرملين"] });
//   editor.on("change", async () => {
//     try {
//       render(await analyzer.analyze(editor.getText()));
//     } catch (error) {
//       if (error.name !== "AbortError") throw error; // superseded by a newer call
//     }
//   });
//
// Scheduling: the worker runs one request at a time. Requests of the same kind (analyze,
// normalize) replace each other: when a newer one is made before an older one has finished,
// the older promise rejects at once with an AbortError (a DOMException named "AbortError"),
// a request still waiting is never sent to the worker, and the result of one already running
// is dropped when it arrives. So only the newest call of each kind ever resolves, and results
// can never be applied out of order.

/** @returns {Error} an AbortError (DOMException where there is one). */
function abortError(message) {
  if (typeof DOMException === "function") return new DOMException(message, "AbortError");
  const error = new Error(message);
  error.name = "AbortError";
  return error;
}

/** True for the error a superseded (or terminated) request rejects with. */
export function isAbortError(error) {
  return error?.name === "AbortError";
}

function fromWorker(error) {
  const Kind = error?.name === "TypeError" ? TypeError : error?.name === "RangeError" ? RangeError : Error;
  const out = new Kind(String(error?.message ?? "the analyzer failed"));
  if (out.name !== error?.name && typeof error?.name === "string") out.name = error.name;
  return out;
}

/**
 * Starts a Web Worker running the analyzer.
 * @param {object} [options] default analysis options (AnalyzeOptions) for every `analyze` call.
 * @param {{ workerUrl?: string | URL, wasmUrl?: string | URL }} [settings] where the worker
 *   script and the .wasm are, when a bundler does not find them itself.
 */
export function createAnalyzer(options = {}, settings = {}) {
  const worker = settings.workerUrl
    ? new Worker(settings.workerUrl, { type: "module" })
    : new Worker(new URL("./analyzer-worker.js", import.meta.url), { type: "module" });
  const defaults = { ...options };
  let nextId = 0;
  /** The request the worker is running: { id, kind, resolve, reject, settled }. */
  let running = null;
  /** Requests not yet sent, at most one per kind (the newest). */
  const waiting = new Map();
  /** Set when the worker cannot be used any more (failed to load, or terminated). */
  let broken = null;
  let sentKey = null;
  const stats = { sent: 0, superseded: 0, compiles: 0 };

  let readyResolve;
  let readyReject;
  const ready = new Promise((resolve, reject) => {
    readyResolve = resolve;
    readyReject = reject;
  });
  ready.catch(() => {}); // reported through every pending request; not an unhandled rejection

  function settle(request, error, value) {
    if (request.settled) return;
    request.settled = true;
    if (error) request.reject(error);
    else request.resolve(value);
  }

  function breakWith(error) {
    if (broken) return;
    broken = error;
    readyReject(error);
    if (running) settle(running, error);
    running = null;
    for (const request of waiting.values()) settle(request, error);
    waiting.clear();
  }

  function pump() {
    if (running || broken || waiting.size === 0) return;
    // The oldest waiting request goes first.
    let next = null;
    for (const request of waiting.values()) if (!next || request.id < next.id) next = request;
    waiting.delete(next.kind);
    running = next;
    const message = { type: next.kind, id: next.id, text: next.text };
    if (next.kind === "analyze") {
      message.key = next.key;
      if (next.key !== sentKey) message.options = next.options;
    } else {
      message.options = next.options;
    }
    try {
      worker.postMessage(message);
      stats.sent += 1;
      if (next.kind === "analyze") sentKey = next.key;
    } catch (error) {
      running = null;
      settle(next, error);
      pump();
    }
  }

  function request(kind, text, requestOptions, key) {
    if (broken) return Promise.reject(broken);
    if (typeof text !== "string") return Promise.reject(new TypeError("text must be a string"));
    return new Promise((resolve, reject) => {
      const request = { id: ++nextId, kind, text, options: requestOptions, key, resolve, reject, settled: false };
      for (const older of [waiting.get(kind), running?.kind === kind ? running : null]) {
        if (older && !older.settled) {
          settle(older, abortError(`superseded by a newer ${kind} request`));
          stats.superseded += 1;
        }
      }
      waiting.set(kind, request);
      pump();
    });
  }

  worker.onmessage = (event) => {
    const data = event.data;
    if (data?.type === "ready") {
      if (data.error) breakWith(fromWorker(data.error));
      else readyResolve();
      return;
    }
    if (!running || data?.id !== running.id) return;
    const done = running;
    running = null;
    if (data.compiled) stats.compiles += 1;
    if (data.type === "error") settle(done, fromWorker(data.error));
    else settle(done, null, data.value);
    pump();
  };
  worker.onerror = (event) => {
    event.preventDefault?.();
    breakWith(new Error(`the analyzer worker failed: ${event.message || "it could not be loaded"}`));
  };
  worker.onmessageerror = () => {
    if (running) {
      const done = running;
      running = null;
      settle(done, new Error("a message from the analyzer worker could not be read"));
      pump();
    }
  };
  worker.postMessage({ type: "init", wasm: settings.wasmUrl ? String(settings.wasmUrl) : undefined });

  return {
    ready,
    get stats() {
      return { ...stats };
    },
    analyze(text, overrides) {
      const merged = overrides ? { ...defaults, ...overrides } : defaults;
      let key;
      try {
        key = JSON.stringify(merged);
      } catch (error) {
        return Promise.reject(new TypeError(`options cannot be sent to the worker: ${error.message}`));
      }
      return request("analyze", text, merged, key);
    },
    normalize(text, normalizeOptions) {
      return request("normalize", text, normalizeOptions ?? {}, null);
    },
    terminate() {
      if (broken) return;
      worker.terminate();
      breakWith(abortError("the analyzer was terminated"));
    },
  };
}
