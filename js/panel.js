// article-analyzer/panel: the <article-analyzer-panel> custom element. No framework.
//
//   <script type="module">import "article-analyzer/panel";</script>
//   <textarea id="body"></textarea>
//   <article-analyzer-panel for="body" keywords="الكرملين, people: بوتين" auto-keywords="10">
//   </article-analyzer-panel>
//
// It watches the element whose id is in `for` (a textarea's or input's value, or the text of
// any other element, e.g. a contenteditable editor, through input events and a
// MutationObserver), analyses it in a Web Worker (article-analyzer/worker) after a pause in
// typing, and shows keyword chips with counts, the quotes (kind, speaker, content) and the
// statistics. Theming: the CSS custom properties and ::part() names listed in STYLE below and
// in the package README. Labels follow the element's language (`lang`, inherited: English, or
// Arabic for "ar"), and the layout its direction (`dir`, inherited).
import { createAnalyzer, isAbortError } from "./worker.js";

const LABELS = {
  en: {
    keywords: "Keywords", quotes: "Quotes", statistics: "Statistics", noKeywords: "No keywords yet.",
    noQuotes: "No quotes found.", unknownSpeaker: "unknown speaker", loading: "Loading the analyzer…",
    analysing: "Analysing…", ready: "Analysed.", waiting: "Waiting for text.", more: (n) => `and ${n} more`,
    direct: "direct", partial: "partial", indirect: "indirect", automatic: "automatic", user: "yours",
    language: "Language", characters: "Characters", words: "Words", sentences: "Sentences", paragraphs: "Paragraphs",
    notFound: (id) => `No element with id "${id}" to watch.`,
  },
  ar: {
    keywords: "الكلمات المفتاحية", quotes: "الاقتباسات", statistics: "إحصاءات", noKeywords: "لا كلمات مفتاحية بعد.",
    noQuotes: "لا اقتباسات.", unknownSpeaker: "قائل غير معروف", loading: "جارٍ تحميل المحلل…",
    analysing: "جارٍ التحليل…", ready: "تم التحليل.", waiting: "في انتظار النص.", more: (n) => `و${n} غيرها`,
    direct: "مباشر", partial: "جزئي", indirect: "غير مباشر", automatic: "تلقائية", user: "من إضافتك",
    language: "اللغة", characters: "الأحرف", words: "الكلمات", sentences: "الجمل", paragraphs: "الفقرات",
    notFound: (id) => `لا يوجد عنصر بالمعرّف "${id}".`,
  },
};

/** At most this many quotes are listed (the count is shown for the rest). */
const MAX_QUOTES = 200;

const STYLE = `
:host {
  display: block;
  font: var(--aa-font, inherit);
  color: var(--aa-color, inherit);
  background: var(--aa-background, transparent);
  border: var(--aa-border, 1px solid #d0cdc4);
  border-radius: var(--aa-radius, 8px);
  padding: var(--aa-padding, 0.75rem);
}
:host([hidden]) { display: none; }
h2 { font-size: var(--aa-heading-size, 0.95rem); margin: 0.75rem 0 0.4rem; color: var(--aa-heading-color, inherit); }
h2:first-of-type { margin-top: 0; }
[part~="status"] { margin: 0 0 0.5rem; color: var(--aa-muted, #67676d); font-size: 0.85em; min-height: 1.2em; }
ul, ol { list-style: none; margin: 0; padding: 0; }
[part~="chips"] { display: flex; flex-wrap: wrap; gap: var(--aa-gap, 0.35rem); }
[part~="chip"] {
  display: inline-flex; align-items: center; gap: 0.35em; padding: 0.15em 0.55em;
  border-radius: 999px; background: var(--aa-chip-background, #fff3c4); color: var(--aa-chip-color, inherit);
}
[part~="chip-auto"] { background: var(--aa-chip-auto-background, #e3eef9); }
[part~="count"] {
  font-size: 0.8em; font-variant-numeric: tabular-nums; padding: 0 0.4em; border-radius: 999px;
  background: var(--aa-count-background, rgba(0, 0, 0, 0.08));
}
[part~="quotes"] { display: grid; gap: var(--aa-gap, 0.35rem); }
[part~="quote"] {
  border-inline-start: 3px solid var(--aa-accent, #0b6e4f); padding-inline-start: 0.5rem;
}
[part~="quote-partial"] { border-inline-start-color: var(--aa-partial-color, #b7791f); }
[part~="quote-indirect"] { border-inline-start-color: var(--aa-indirect-color, #7b61a8); }
.meta { display: flex; gap: 0.5em; font-size: 0.85em; color: var(--aa-muted, #67676d); }
[part~="kind"] { text-transform: uppercase; letter-spacing: 0.03em; }
[part~="speaker"] { font-weight: 600; color: var(--aa-speaker-color, inherit); }
[part~="content"] { display: block; }
[part~="stats"] { display: grid; grid-template-columns: auto 1fr; gap: 0.15rem 0.75rem; margin: 0; }
[part~="stats"] dt { color: var(--aa-muted, #67676d); }
[part~="stats"] dd { margin: 0; font-variant-numeric: tabular-nums; }
.empty { color: var(--aa-muted, #67676d); font-size: 0.9em; }
`;

/** The panel's style sheet, shared by every panel (built on first use). */
let sheet = null;

/** Parses "a, b، group: c" into keyword specs. */
export function parseKeywords(raw) {
  const out = [];
  for (const piece of String(raw ?? "").split(/[,،\n]/)) {
    const text = piece.trim();
    if (!text) continue;
    const colon = text.indexOf(":");
    const spec = colon > 0 ? { term: text.slice(colon + 1).trim(), group: text.slice(0, colon).trim() } : { term: text };
    if (spec.term && !out.some((k) => k.term === spec.term)) out.push(spec);
  }
  return out;
}

function isFormField(el) {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

function element(tag, part, text) {
  const el = document.createElement(tag);
  if (part) el.setAttribute("part", part);
  if (text !== undefined) el.textContent = text;
  return el;
}

export class ArticleAnalyzerPanel extends HTMLElement {
  static observedAttributes = ["for", "language", "keywords", "auto-keywords", "quotes", "debounce", "lang"];

  #analyzer = null;
  #ownAnalyzer = false;
  #target = null;
  #observer = null;
  #waitForTarget = null;
  #timer = 0;
  #generation = 0;
  #highlighter = null;
  #highlighted = null;
  #ui = null;

  /** The latest analysis shown (null before the first). */
  analysis = null;
  /** The text that analysis is of. */
  text = "";
  /** Options for the highlighter (`exclude`, `mode`, `quotes`), passed to `elementText` and
   *  `highlightElement`. */
  highlightOptions = {};

  /** Reads the text to analyse from the watched element. Default: a textarea's or input's
   *  value; else, with a highlighter, its `elementText(target)` (the text its offsets are
   *  relative to: text nodes, with "\n\n" between blocks); else the element's `innerText`.
   *  Replace it to analyse something else. */
  textOf = (target) => {
    if (isFormField(target)) return target.value;
    if (typeof this.#highlighter?.elementText === "function") {
      // elementText takes `exclude` only (a `mode` or `quotes` would be refused).
      const { exclude } = this.highlightOptions ?? {};
      return this.#highlighter.elementText(target, exclude === undefined ? undefined : { exclude });
    }
    return target.innerText ?? target.textContent ?? "";
  };

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: "open" });
    // A constructed style sheet: pages with a strict Content-Security-Policy (no
    // 'unsafe-inline' styles, as in most CMSs) block a <style> element, not this.
    let style = null;
    if ("adoptedStyleSheets" in shadow && typeof CSSStyleSheet === "function" && "replaceSync" in CSSStyleSheet.prototype) {
      sheet ??= new CSSStyleSheet();
      if (sheet.cssRules.length === 0) sheet.replaceSync(STYLE);
      shadow.adoptedStyleSheets = [sheet];
    } else {
      style = document.createElement("style");
      style.textContent = STYLE;
    }
    const status = element("p", "status");
    status.setAttribute("role", "status");
    const keywordsHeading = element("h2", "heading");
    const chips = element("ul", "chips");
    const quotesHeading = element("h2", "heading");
    const quotes = element("ol", "quotes");
    const statsHeading = element("h2", "heading");
    const stats = element("dl", "stats");
    const panel = element("div", "panel");
    panel.append(status, keywordsHeading, chips, quotesHeading, quotes, statsHeading, stats);
    shadow.append(...(style ? [style] : []), panel);
    this.#ui = { status, keywordsHeading, chips, quotesHeading, quotes, statsHeading, stats };
  }

  /** The worker analyzer (article-analyzer/worker) used; set it to give the panel one you
   *  created (e.g. with a `workerUrl` for your bundler). Give each panel its own: requests on
   *  one analyzer replace each other (latest request wins).
   *  Without one, the panel starts its own when connected and stops it when disconnected. */
  get analyzer() {
    return this.#analyzer;
  }
  set analyzer(value) {
    if (this.#ownAnalyzer) this.#analyzer?.terminate();
    this.#analyzer = value;
    this.#ownAnalyzer = false;
    this.schedule(0);
  }

  /** The package's main module (after `init()`), or any object with its `highlightElement`,
   *  `clearHighlights` and `elementText`: when set and the watched element is not a textarea
   *  or input, its text is read with `elementText` and each analysis is highlighted in it. */
  get highlighter() {
    return this.#highlighter;
  }
  set highlighter(value) {
    this.#clearHighlights();
    this.#highlighter = value;
    this.schedule(0);
  }

  /** The watched element, or null. */
  get target() {
    return this.#target;
  }

  /** The analysis options from the attributes. */
  get options() {
    const options = {};
    const language = this.getAttribute("language");
    if (language) options.language = language;
    options.keywords = parseKeywords(this.getAttribute("keywords"));
    const auto = this.getAttribute("auto-keywords");
    if (auto !== null && auto !== "") options.autoKeywords = Math.max(0, Math.floor(Number(auto)) || 0);
    if (this.getAttribute("quotes") === "false") options.quotes = false;
    return options;
  }

  connectedCallback() {
    if (!this.#analyzer) {
      this.#analyzer = createAnalyzer();
      this.#ownAnalyzer = true;
    }
    this.#renderLabels();
    this.#setStatus("loading");
    this.#bind();
  }

  disconnectedCallback() {
    this.#unbind();
    clearTimeout(this.#timer);
    this.#clearHighlights();
    if (this.#ownAnalyzer) {
      this.#analyzer?.terminate();
      this.#analyzer = null;
      this.#ownAnalyzer = false;
    }
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue || !this.isConnected) return;
    if (name === "for") this.#bind();
    else if (name === "lang") {
      this.#renderLabels();
      if (this.analysis) this.#render(this.analysis);
    } else if (name !== "debounce") this.schedule(0);
  }

  /** Analyses the watched element's text after `delay` ms (default: the `debounce`
   *  attribute, 250 ms); a newer call replaces a pending one. */
  schedule(delay) {
    if (!this.isConnected) return;
    clearTimeout(this.#timer);
    const wait = delay ?? (Number(this.getAttribute("debounce")) >= 0 && this.hasAttribute("debounce") ? Number(this.getAttribute("debounce")) : 250);
    this.#timer = setTimeout(() => this.refresh(), wait);
  }

  /** Analyses the watched element's text now. Resolves with the analysis, or null when a
   *  newer one replaced it (or nothing is watched). */
  async refresh() {
    clearTimeout(this.#timer);
    const target = this.#target;
    const analyzer = this.#analyzer;
    if (!target || !analyzer) return null;
    const generation = ++this.#generation;
    let text;
    try {
      text = this.textOf(target);
    } catch (error) {
      this.#fail(error, "");
      return null;
    }
    this.#setStatus("analysing");
    this.setAttribute("aria-busy", "true");
    let analysis;
    try {
      analysis = await analyzer.analyze(text, this.options);
    } catch (error) {
      if (isAbortError(error) || generation !== this.#generation) return null;
      this.#fail(error, text);
      return null;
    }
    if (generation !== this.#generation) return null;
    this.analysis = analysis;
    this.text = text;
    this.#render(analysis);
    this.#highlight(target, text, analysis);
    this.removeAttribute("aria-busy");
    this.#setStatus(text.trim() === "" ? "waiting" : "ready");
    this.dispatchEvent(new CustomEvent("analysis", { detail: { analysis, text } }));
    return analysis;
  }

  #fail(error, text) {
    this.removeAttribute("aria-busy");
    this.dataset.state = "error";
    this.#ui.status.textContent = `${error?.name ?? "Error"}: ${error?.message ?? error}`;
    this.dispatchEvent(new CustomEvent("analysis-error", { detail: { error, text } }));
  }

  #labels() {
    const lang = (this.closest("[lang]")?.getAttribute("lang") ?? document.documentElement.lang ?? "en").toLowerCase();
    return lang.startsWith("ar") ? LABELS.ar : LABELS.en;
  }

  #renderLabels() {
    const l = this.#labels();
    this.#ui.keywordsHeading.textContent = l.keywords;
    this.#ui.quotesHeading.textContent = l.quotes;
    this.#ui.statsHeading.textContent = l.statistics;
  }

  #setStatus(key) {
    this.#ui.status.textContent = this.#labels()[key];
    this.dataset.state = key;
  }

  #bind() {
    this.#unbind();
    const id = this.getAttribute("for");
    if (!id) return;
    const root = this.getRootNode();
    const find = () => (typeof root.getElementById === "function" ? root.getElementById(id) : null) ?? document.getElementById(id);
    const target = find();
    if (!target) {
      // Not there yet (the editor may be created after the panel): wait for it.
      this.#ui.status.textContent = this.#labels().notFound(id);
      this.#waitForTarget = new MutationObserver(() => {
        if (find()) this.#bind();
      });
      this.#waitForTarget.observe(root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? root : document, { childList: true, subtree: true, attributes: true, attributeFilter: ["id"] });
      return;
    }
    this.#target = target;
    target.addEventListener("input", this.#onInput);
    if (!isFormField(target)) {
      this.#observer = new MutationObserver(this.#onInput);
      this.#observer.observe(target, { characterData: true, childList: true, subtree: true });
    }
    this.schedule(0);
  }

  #unbind() {
    this.#waitForTarget?.disconnect();
    this.#waitForTarget = null;
    this.#observer?.disconnect();
    this.#observer = null;
    this.#target?.removeEventListener("input", this.#onInput);
    this.#target = null;
  }

  #onInput = () => this.schedule();

  #highlight(target, text, analysis) {
    const highlighter = this.#highlighter;
    if (!highlighter || isFormField(target)) return;
    // Typed into since it was read: these offsets no longer fit; the newer analysis is on
    // its way (input events), so leave the previous highlights until it arrives.
    try {
      if (this.textOf(target) !== text) return;
    } catch {
      return;
    }
    // The highlighter's <mark> fallback changes the DOM: those mutations are ours, not input.
    this.#observer?.disconnect();
    try {
      highlighter.highlightElement(target, analysis, this.highlightOptions);
      this.#highlighted = target;
    } catch (error) {
      this.dispatchEvent(new CustomEvent("analysis-error", { detail: { error, text } }));
    } finally {
      if (this.#observer && this.#target === target) {
        this.#observer.takeRecords();
        this.#observer.observe(target, { characterData: true, childList: true, subtree: true });
      }
    }
  }

  #clearHighlights() {
    if (this.#highlighted && this.#highlighter) {
      this.#observer?.disconnect();
      try {
        this.#highlighter.clearHighlights(this.#highlighted);
      } catch {
        // Nothing highlighted any more.
      }
      if (this.#observer && this.#target) this.#observer.observe(this.#target, { characterData: true, childList: true, subtree: true });
    }
    this.#highlighted = null;
  }

  #render(analysis) {
    const l = this.#labels();
    const locale = l === LABELS.ar ? "ar" : "en";
    const { chips, quotes, stats } = this.#ui;

    chips.replaceChildren();
    analysis.keywords.forEach((keyword, index) => {
      const chip = element("li", `chip chip-${keyword.source}`);
      chip.dataset.keyword = String(index);
      chip.title = keyword.source === "auto" ? l.automatic : l.user;
      const term = element("span", "term", keyword.group ? `${keyword.group}: ${keyword.term}` : keyword.term);
      term.dir = "auto";
      chip.append(term, element("span", "count", keyword.count.toLocaleString(locale)));
      chips.append(chip);
    });
    if (analysis.keywords.length === 0) chips.append(Object.assign(element("li", null, l.noKeywords), { className: "empty" }));

    quotes.replaceChildren();
    for (const quote of analysis.quotes.slice(0, MAX_QUOTES)) {
      const item = element("li", `quote quote-${quote.kind}`);
      item.dataset.kind = quote.kind;
      item.dataset.start = String(quote.content.start);
      const meta = element("div");
      meta.className = "meta";
      const speaker = element("span", "speaker", quote.speaker?.text ?? l.unknownSpeaker);
      speaker.dir = "auto";
      meta.append(element("span", "kind", l[quote.kind] ?? quote.kind), speaker);
      const content = element("q", "content", quote.content.text);
      content.dir = "auto";
      item.append(meta, content);
      quotes.append(item);
    }
    if (analysis.quotes.length > MAX_QUOTES) {
      quotes.append(Object.assign(element("li", null, l.more(analysis.quotes.length - MAX_QUOTES)), { className: "empty" }));
    } else if (analysis.quotes.length === 0) {
      quotes.append(Object.assign(element("li", null, l.noQuotes), { className: "empty" }));
    }

    const rows = [["language", analysis.language]];
    for (const key of ["characters", "words", "sentences", "paragraphs"]) rows.push([key, analysis.stats[key].toLocaleString(locale)]);
    stats.replaceChildren(
      ...rows.flatMap(([key, value]) => {
        const dd = element("dd", `stat stat-${key}`, value);
        dd.dataset.stat = key;
        return [element("dt", null, l[key]), dd];
      }),
    );
  }
}

if (typeof customElements !== "undefined" && !customElements.get("article-analyzer-panel")) {
  customElements.define("article-analyzer-panel", ArticleAnalyzerPanel);
}
