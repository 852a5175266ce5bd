// `article-analyzer/analyzer-worker` is the Web Worker script that `createAnalyzer` from
// `article-analyzer/worker` starts; it exports nothing. Bundlers that do not follow
// `new Worker(new URL(...), ...)` (esbuild) bundle it as an entry point of its own and pass
// its URL as `createAnalyzer(options, { workerUrl })`.
export {};
