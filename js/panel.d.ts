// Types of `article-analyzer/panel` (hand-written; panel.js is plain JavaScript).
// Importing the module defines the <article-analyzer-panel> custom element.
import type { Analysis, AnalyzeOptions, KeywordSpec } from "./article_analyzer.js";
import type { WorkerAnalyzer } from "./worker.js";

/** What the panel needs to highlight in the watched element: the package's main module
 *  (after `init()`), or anything with the same functions. */
export interface PanelHighlighter {
  highlightElement(root: Element, analysis: Analysis, options?: PanelHighlightOptions): unknown;
  clearHighlights(root: Element): unknown;
  /** The text the highlight offsets are relative to (used to read the element when given). */
  elementText?(root: Element, options?: Pick<PanelHighlightOptions, "exclude">): string;
}

/** Passed to the highlighter: `exclude` (a selector list of subtrees to skip), `mode`,
 *  `quotes` (see `highlightElement` in the main module). */
export interface PanelHighlightOptions {
  exclude?: string;
  mode?: "auto" | "highlight-api" | "mark";
  quotes?: boolean;
}

/** Detail of the `analysis` event, fired after each analysis is shown. */
export interface PanelAnalysisDetail {
  analysis: Analysis;
  /** The text analysed (offsets in `analysis` are UTF-16 indices into it). */
  text: string;
}

/** Detail of the `analysis-error` event. */
export interface PanelErrorDetail {
  error: Error;
  text: string;
}

/**
 * `<article-analyzer-panel for="editor-id">`: keyword chips, quotes and statistics for the
 * watched element. Attributes: `for` (id of a textarea, input or any element, e.g. a
 * contenteditable editor), `language` ("auto" or a BCP 47 tag), `keywords` (comma-separated,
 * `group: term` for a group), `auto-keywords` (a number, 0 turns them off), `quotes`
 * ("false" turns quote extraction off), `debounce` (ms after the last change, default 250).
 */
export class ArticleAnalyzerPanel extends HTMLElement {
  static observedAttributes: string[];
  /** The latest analysis shown (null before the first). */
  analysis: Analysis | null;
  /** The text `analysis` is of. */
  text: string;
  /** Options passed to the highlighter's `elementText` and `highlightElement`. */
  highlightOptions: PanelHighlightOptions;
  /** Reads the text to analyse from the watched element (default: `value` of a textarea
   *  or input; else the highlighter's `elementText`, when there is one; else `innerText`). */
  textOf: (target: Element) => string;
  /** The worker analyzer used (by default the panel starts its own). Give each panel its
   *  own: requests on one analyzer replace each other (latest request wins). */
  analyzer: WorkerAnalyzer | null;
  /** When set, each analysis is also highlighted in a watched element that is not a
   *  textarea or input. */
  highlighter: PanelHighlighter | null;
  /** The watched element, or null. */
  readonly target: Element | null;
  /** The analysis options given by the attributes. */
  readonly options: AnalyzeOptions;
  /** Analyses after `delay` ms (default: the `debounce` attribute). */
  schedule(delay?: number): void;
  /** Analyses now; resolves with the analysis, or null if a newer one replaced it. */
  refresh(): Promise<Analysis | null>;
  connectedCallback(): void;
  disconnectedCallback(): void;
  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void;
  addEventListener<K extends keyof ArticleAnalyzerPanelEventMap>(
    type: K,
    listener: (this: ArticleAnalyzerPanel, event: ArticleAnalyzerPanelEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
}

export interface ArticleAnalyzerPanelEventMap extends HTMLElementEventMap {
  analysis: CustomEvent<PanelAnalysisDetail>;
  "analysis-error": CustomEvent<PanelErrorDetail>;
}

/** Parses "a, b، group: c" (the `keywords` attribute) into keyword specs. */
export function parseKeywords(raw: string | null | undefined): KeywordSpec[];

declare global {
  interface HTMLElementTagNameMap {
    "article-analyzer-panel": ArticleAnalyzerPanel;
  }
}
