// Types of `article-analyzer/worker` (hand-written; worker.js is plain JavaScript).
import type { Analysis, AnalyzeOptions, Normalized, NormalizeOptions } from "./article_analyzer.js";

export type { Analysis, AnalyzeOptions, Normalized, NormalizeOptions };

/** Where the worker script and the WebAssembly file are, for bundlers that do not find
 *  `new URL("./analyzer-worker.js", import.meta.url)` themselves (esbuild, for one). */
export interface WorkerSettings {
  /** URL of the bundled or copied `article-analyzer/analyzer-worker` script (a module worker). */
  workerUrl?: string | URL;
  /** URL of `article_analyzer_bg.wasm` (default: next to the worker script). */
  wasmUrl?: string | URL;
}

/** The analyzer running in a Web Worker. Latest request wins: a call made while an older
 *  call of the same kind has not finished makes the older promise reject with an
 *  `AbortError` (`DOMException`, `error.name === "AbortError"`); the older request is never
 *  run if it was still waiting, and its result is dropped if it was running. */
export interface WorkerAnalyzer {
  /** Resolves when the WebAssembly module is loaded in the worker; rejects if it cannot be. */
  readonly ready: Promise<void>;
  /** Analyses `text` with the analyzer's options, overridden by `options` for this call.
   *  The worker compiles the options once and reuses them while they are unchanged.
   *  Rejects with the worker's `TypeError`/`RangeError` (same message) on invalid options or
   *  input, and with an `AbortError` when superseded or terminated. */
  analyze(text: string, options?: AnalyzeOptions): Promise<Analysis>;
  /** `normalize` in the worker; superseded only by a newer `normalize` call. */
  normalize(text: string, options?: NormalizeOptions): Promise<Normalized>;
  /** Counters since creation: requests sent to the worker, requests superseded (their
   *  promise rejected with an AbortError), and how many times the worker compiled options. */
  readonly stats: { sent: number; superseded: number; compiles: number };
  /** Stops the worker; pending promises reject with an `AbortError`, later calls too. */
  terminate(): void;
}

/** Starts a module Web Worker running the analyzer with these default options. */
export function createAnalyzer(options?: AnalyzeOptions, settings?: WorkerSettings): WorkerAnalyzer;

/** True for the error of a superseded or terminated request. */
export function isAbortError(error: unknown): boolean;
