// The DOM highlighter's typings (src/wasm/dom.rs), compiled with tsc --strict next to the API
// contract's usage file: every entry point, both argument forms, the result.
import init, { Analyzer, highlightElement, clearHighlights, elementText, type Analysis, type HighlightElementResult } from "article-analyzer";

await init();
const root: Element = document.createElement("article");
const text: string = elementText(root, { exclude: "figure, code" });
const drawn: HighlightElementResult = highlightElement(root, { keywords: ["الكرملين", { term: "بوتين", group: "people" }] }, { exclude: "figure", mode: "auto", quotes: true });
const mode: "highlight-api" | "mark" = drawn.mode;
const analysis: Analysis | null = drawn.analysis;
if (analysis) highlightElement(root, analysis, { mode: "mark" });
highlightElement(root);
const analyzer = new Analyzer({ keywords: ["Kremlin"] });
const again: number = analyzer.highlightElement(root, { mode: "highlight-api" }).highlights + drawn.quotes;
const removed: number = clearHighlights(root);
console.log(text, mode, again, removed);
