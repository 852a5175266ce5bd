// The scheduling of article-analyzer/worker (pkg/worker.js), with a scripted stand-in for the
// Web Worker so that every interleaving is exact. The real worker runs in headless Chromium
// in tests/js/e2e/embed.test.mjs.
import { test } from "node:test";
import assert from "node:assert/strict";

class FakeWorker {
  static last = null;
  constructor(url, options) {
    this.url = String(url);
    this.options = options;
    this.sent = [];
    this.terminated = false;
    FakeWorker.last = this;
  }
  postMessage(message) {
    this.sent.push(structuredClone(message));
  }
  terminate() {
    this.terminated = true;
  }
  /** Messages of one type sent so far. */
  requests(type = "analyze") {
    return this.sent.filter((m) => m.type === type);
  }
  reply(data) {
    this.onmessage({ data });
  }
}
globalThis.Worker = FakeWorker;
const { createAnalyzer, isAbortError } = await import(new URL("../../../pkg/worker.js", import.meta.url));

function start(options) {
  const analyzer = createAnalyzer(options);
  const worker = FakeWorker.last;
  worker.reply({ type: "ready" });
  return { analyzer, worker };
}

const settled = (promises) => Promise.allSettled(promises);

test("starts a module worker next to itself and sends init first", async () => {
  const { analyzer, worker } = start();
  assert.match(worker.url, /\/pkg\/analyzer-worker\.js$/);
  assert.deepEqual(worker.options, { type: "module" });
  assert.equal(worker.sent[0].type, "init");
  await analyzer.ready;
});

test("20 rapid requests: the 19 older ones reject with AbortError, only the last is run after the first", async () => {
  const { analyzer, worker } = start({ keywords: ["x"] });
  const promises = Array.from({ length: 20 }, (_, i) => analyzer.analyze(`text ${i}`));
  // The first went to the idle worker at once; the others waited, each replacing the last.
  assert.deepEqual(worker.requests().map((m) => m.text), ["text 0"]);
  worker.reply({ type: "result", id: worker.requests()[0].id, value: { n: 0 }, compiled: true });
  // The stale result of request 0 is dropped; then only the newest waiting one is sent.
  assert.deepEqual(worker.requests().map((m) => m.text), ["text 0", "text 19"]);
  worker.reply({ type: "result", id: worker.requests()[1].id, value: { n: 19 } });
  const results = await settled(promises);
  results.slice(0, 19).forEach((r, i) => {
    assert.equal(r.status, "rejected", `request ${i}`);
    assert.ok(isAbortError(r.reason), `request ${i}: ${r.reason}`);
    assert.equal(r.reason.name, "AbortError");
  });
  assert.deepEqual(results[19], { status: "fulfilled", value: { n: 19 } });
  assert.deepEqual(analyzer.stats, { sent: 2, superseded: 19, compiles: 1 });
});

test("options are sent when they change, and reused (not resent) while they do not", async () => {
  const { analyzer, worker } = start({ keywords: ["a"] });
  const answer = async (promise) => {
    const m = worker.requests().at(-1);
    worker.reply({ type: "result", id: m.id, value: m.text });
    return promise;
  };
  assert.equal(await answer(analyzer.analyze("one")), "one");
  assert.equal(await answer(analyzer.analyze("two")), "two");
  assert.equal(await answer(analyzer.analyze("three", { autoKeywords: 0 })), "three");
  assert.equal(await answer(analyzer.analyze("four", { autoKeywords: 0 })), "four");
  const sent = worker.requests();
  assert.deepEqual(sent.map((m) => "options" in m), [true, false, true, false]);
  assert.deepEqual(sent[0].options, { keywords: ["a"] });
  assert.deepEqual(sent[2].options, { keywords: ["a"], autoKeywords: 0 });
  assert.equal(sent[1].key, sent[0].key);
  assert.notEqual(sent[2].key, sent[0].key);
});

test("an error in the worker rejects with its name and message; the next request runs", async () => {
  const { analyzer, worker } = start();
  const failing = analyzer.analyze("x", { keywords: 5 });
  worker.reply({ type: "error", id: worker.requests()[0].id, error: { name: "TypeError", message: "keywords must be an array" } });
  await assert.rejects(failing, (e) => e instanceof TypeError && e.message === "keywords must be an array");
  const next = analyzer.analyze("y");
  worker.reply({ type: "result", id: worker.requests()[1].id, value: "ok" });
  assert.equal(await next, "ok");
});

test("analyze and normalize do not supersede each other", async () => {
  const { analyzer, worker } = start();
  const a = analyzer.analyze("a");
  const n = analyzer.normalize("n", { profile: "clean" });
  worker.reply({ type: "result", id: worker.requests()[0].id, value: "A" });
  const m = worker.requests("normalize")[0];
  assert.deepEqual(m.options, { profile: "clean" });
  worker.reply({ type: "result", id: m.id, value: "N" });
  assert.deepEqual(await Promise.all([a, n]), ["A", "N"]);
});

test("results apply in order: a consumer that renders every resolved analysis never goes back", async () => {
  const { analyzer, worker } = start();
  const applied = [];
  const all = [];
  let answered = 0;
  for (let i = 0; i < 20; i++) {
    all.push(analyzer.analyze(`v${i}`).then((v) => applied.push(v), (e) => assert.ok(isAbortError(e))));
    // The worker answers now and then, as a real one would while the journalist types.
    if (i % 3 === 2) {
      const m = worker.requests().at(-1);
      if (m.id > answered) {
        answered = m.id;
        worker.reply({ type: "result", id: m.id, value: Number(m.text.slice(1)) });
      }
      await Promise.resolve();
    }
  }
  // Answer until nothing is left to run.
  for (let m = worker.requests().at(-1); m.id > answered; m = worker.requests().at(-1)) {
    answered = m.id;
    worker.reply({ type: "result", id: m.id, value: Number(m.text.slice(1)) });
  }
  await Promise.all(all);
  assert.equal(applied.at(-1), 19);
  assert.deepEqual(applied, [...applied].sort((x, y) => x - y));
  assert.ok(applied.length < 20);
});

test("a worker that cannot load rejects what is pending and everything after", async () => {
  const analyzer = createAnalyzer();
  const worker = FakeWorker.last;
  const pending = analyzer.analyze("x");
  worker.reply({ type: "ready", error: { name: "Error", message: "WebAssembly.instantiate(): bad magic" } });
  await assert.rejects(pending, /bad magic/);
  await assert.rejects(analyzer.ready, /bad magic/);
  await assert.rejects(analyzer.analyze("y"), /bad magic/);
});

test("terminate stops the worker and rejects pending requests with AbortError", async () => {
  const { analyzer, worker } = start();
  const running = analyzer.analyze("x");
  const waiting = analyzer.normalize("y");
  analyzer.terminate();
  assert.ok(worker.terminated);
  for (const r of await settled([running, waiting, analyzer.analyze("z")])) {
    assert.equal(r.status, "rejected");
    assert.ok(isAbortError(r.reason));
  }
});

test("settings: a worker script URL and a wasm URL for bundlers that do not find them", () => {
  createAnalyzer({}, { workerUrl: "https://cdn.example/aa/analyzer-worker.js", wasmUrl: new URL("https://cdn.example/aa/x.wasm") });
  const worker = FakeWorker.last;
  assert.equal(worker.url, "https://cdn.example/aa/analyzer-worker.js");
  assert.deepEqual(worker.sent[0], { type: "init", wasm: "https://cdn.example/aa/x.wasm" });
});

test("a non-string text rejects with a TypeError without reaching the worker", async () => {
  const { analyzer, worker } = start();
  await assert.rejects(analyzer.analyze(42), TypeError);
  assert.equal(worker.requests().length, 0);
});
