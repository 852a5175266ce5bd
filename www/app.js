// The page. Analysis runs in a module Web Worker through the package's own worker API
// (article-analyzer/worker): the latest request wins (an older request still waiting is
// never run, and its promise rejects with an AbortError), so typing never stalls. Article
// text is only ever inserted as text (textContent, text nodes), never as HTML.
import { createAnalyzer, isAbortError } from "/pkg/worker.js";
import { apply, t, uiLanguage } from "./i18n.js";
import { blockAt, quotesCsv, rangeOf, renderClean, renderView } from "./render.js";

const $ = (id) => document.getElementById(id);
const article = $("article");
const status = $("status");
const view = $("view");

const analyzer = createAnalyzer();
const state = {
  keywords: [], // [{ term, group? }]
  analysis: null,
  text: "",
  latest: 0, // number of the newest analysis run
  step: new Map(), // keyword index → occurrence last shown
  cleanShown: false,
  large: null, // an article too large to edit in the textarea (pasted or dropped), else null
};

/** Above this many UTF-16 units, an article is not put into the textarea: a browser needs
 *  seconds to lay out a multi-megabyte textarea, during which the page is frozen. */
const LARGE = 500_000;

// ---------------------------------------------------------------- worker

analyzer.ready.then(
  () => {
    status.textContent = t("ready");
    document.body.dataset.ready = "true";
    if (article.value) schedule(0);
  },
  (error) => {
    status.textContent = `Could not load the analyzer: ${error.message}`;
    document.body.dataset.ready = "false";
  },
);

/** Runs `call` on the worker: { value } | { error } | null when superseded. */
async function request(call) {
  try {
    return { value: await call() };
  } catch (error) {
    return isAbortError(error) ? null : { error };
  }
}

// ---------------------------------------------------------------- analysis

function options() {
  const auto = $("auto-toggle").checked ? Math.max(0, Math.min(50, Number($("auto-count").value) || 0)) : 0;
  return { keywords: state.keywords, autoKeywords: auto };
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

let timer = 0;
function schedule(delay = 200) {
  clearTimeout(timer);
  timer = setTimeout(run, delay);
}

function progress(fraction, label) {
  const box = $("progress");
  box.hidden = fraction === null;
  if (fraction === null) return;
  box.querySelector(".fill").style.width = `${Math.round(fraction * 100)}%`;
  box.querySelector(".fill").classList.toggle("busy", fraction === 0);
  box.querySelector(".label").textContent = label;
}

async function run() {
  const text = state.large ?? article.value;
  const id = ++state.latest;
  const big = text.length > 200_000;
  if (big) progress(0, t("analysing"));
  document.body.dataset.busy = "true";
  const started = performance.now();
  const answer = await request(() => analyzer.analyze(text, options()));
  if (answer === null || id !== state.latest) return; // a newer request is on its way
  if (answer.error) {
    status.textContent = `${answer.error.name}: ${answer.error.message}`;
    progress(null);
    document.body.dataset.busy = "false";
    return;
  }
  const analysis = answer.value;
  state.analysis = analysis;
  state.text = text;
  state.step.clear();
  // Each step is its own task, so that a large analysis never blocks the page for long.
  const stale = () => id !== state.latest;
  showSummary(analysis);
  showKeywords(analysis);
  await nextTask();
  if (stale()) return;
  showQuotes(analysis);
  await nextTask();
  if (stale()) return;
  try {
    await renderView(view, text, analysis.highlights, {
      isStale: stale,
      onProgress: (done, total) => { if (big) progress(done / total, `${t("rendering")} ${done.toLocaleString()} / ${total.toLocaleString()}`); },
    });
  } catch {
    return; // replaced by a newer analysis
  }
  if (state.cleanShown) showClean();
  progress(null);
  document.body.dataset.busy = "false";
  document.body.dataset.analysed = String(id);
  document.body.dataset.analysedLength = String(text.length); // lets tests tell which text is shown
  status.textContent = t("analysed", Math.round(performance.now() - started));
}

function showSummary(analysis) {
  $("language").textContent = analysis.language;
  for (const key of ["characters", "words", "sentences", "paragraphs"]) {
    $(key).textContent = analysis.stats[key].toLocaleString("en");
  }
}

// ---------------------------------------------------------------- keywords

function addKeywords(raw) {
  for (const piece of raw.split(/[,،\n]/)) {
    const text = piece.trim();
    if (!text) continue;
    const colon = text.indexOf(":");
    const spec = colon > 0 ? { group: text.slice(0, colon).trim(), term: text.slice(colon + 1).trim() } : { term: text };
    if (spec.term && !state.keywords.some((k) => k.term === spec.term)) state.keywords.push(spec);
  }
  schedule(0);
}

$("keywords").addEventListener("keydown", (event) => {
  if (event.key === "Enter" || event.key === ",") {
    event.preventDefault();
    addKeywords(event.target.value);
    event.target.value = "";
  }
});
$("keywords").addEventListener("paste", (event) => {
  const pasted = event.clipboardData?.getData("text") ?? "";
  if (/[,\n]/.test(pasted)) {
    event.preventDefault();
    addKeywords(pasted);
  }
});

function showKeywords(analysis) {
  const chips = $("chips");
  chips.replaceChildren();
  analysis.keywords.forEach((keyword, index) => {
    const li = document.createElement("li");
    li.className = `chip ${keyword.source} k${index % 12}`;
    li.dataset.keyword = String(index);
    const button = document.createElement("button");
    button.type = "button";
    button.className = "term";
    button.dir = "auto";
    button.textContent = keyword.group ? `${keyword.group}: ${keyword.term}` : keyword.term;
    button.title = keyword.source === "auto" ? `automatic (score ${keyword.score?.toFixed(2)})` : "";
    button.addEventListener("click", () => stepTo(index));
    const count = document.createElement("span");
    count.className = "count";
    count.textContent = String(keyword.count);
    li.append(button, count);
    if (keyword.source === "user") {
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "remove";
      remove.setAttribute("aria-label", `${t("remove")} ${keyword.term}`);
      remove.textContent = "×";
      remove.addEventListener("click", () => {
        state.keywords = state.keywords.filter((k) => k.term !== keyword.term);
        schedule(0);
      });
      li.append(remove);
    }
    chips.append(li);
  });
}

function stepTo(index) {
  const marks = view.querySelectorAll(`mark[data-keyword="${index}"]`);
  if (marks.length === 0) return;
  const next = ((state.step.get(index) ?? -1) + 1) % marks.length;
  state.step.set(index, next);
  view.querySelector("mark.current")?.classList.remove("current");
  marks[next].classList.add("current");
  marks[next].scrollIntoView({ block: "center", behavior: "smooth" });
}

// ---------------------------------------------------------------- quotes

function showQuotes(analysis) {
  const filter = $("speaker-filter");
  const chosen = filter.value;
  const speakers = [...new Set(analysis.quotes.map((q) => q.speaker?.text).filter(Boolean))].sort();
  filter.replaceChildren(new Option(t("allSpeakers"), ""), ...speakers.map((s) => new Option(s, s)));
  filter.value = speakers.includes(chosen) ? chosen : "";
  listQuotes();
}

let listing = 0; // generation of the quotes list being rendered
async function listQuotes() {
  const generation = ++listing;
  const list = $("quotes");
  list.replaceChildren();
  const quotes = state.analysis?.quotes ?? [];
  const who = $("speaker-filter").value;
  const shown = quotes.filter((q) => !who || q.speaker?.text === who);
  if (shown.length === 0) {
    const li = document.createElement("li");
    li.className = "empty";
    li.textContent = t("noQuotes");
    list.append(li);
    return;
  }
  let sliceStart = performance.now();
  for (const quote of shown) {
    if (performance.now() - sliceStart > 12) {
      // Long lists are built in slices so that the page stays responsive.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (generation !== listing) return;
      sliceStart = performance.now();
    }
    const li = document.createElement("li");
    li.className = `quote ${quote.kind}`;
    li.tabIndex = 0;
    li.dataset.start = String(quote.content.start);
    const meta = document.createElement("div");
    meta.className = "meta";
    const kind = document.createElement("span");
    kind.className = "kind";
    kind.textContent = t(quote.kind);
    const speaker = document.createElement("span");
    speaker.className = "speaker";
    speaker.dir = "auto";
    speaker.textContent = quote.speaker?.text ?? t("unknownSpeaker");
    const cue = document.createElement("span");
    cue.className = "cue";
    cue.dir = "auto";
    cue.textContent = quote.cue?.text ?? "";
    meta.append(kind, speaker, cue);
    const content = document.createElement("q");
    content.dir = "auto";
    content.textContent = quote.content.text;
    li.append(meta, content);
    const go = () => showInView(quote.content.start, quote.content.end);
    li.addEventListener("click", go);
    li.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); go(); } });
    list.append(li);
  }
}
$("speaker-filter").addEventListener("change", listQuotes);

/** Scrolls the view to [start, end) and flashes it (CSS Custom Highlight API where there is
 *  one — no DOM change — else a class on the paragraph). */
function showInView(start, end) {
  selectTab("view");
  const range = rangeOf(view, start, end);
  if (!range) return;
  const paragraph = view.children[blockAt([...view.children].map((p) => ({ start: Number(p.dataset.start) })), start)];
  paragraph?.scrollIntoView({ block: "center" });
  if (globalThis.CSS?.highlights && globalThis.Highlight) {
    CSS.highlights.set("flash", new Highlight(range));
    setTimeout(() => CSS.highlights.delete("flash"), 1600);
  }
  paragraph?.classList.remove("flash");
  void paragraph?.offsetWidth; // restart the animation
  paragraph?.classList.add("flash");
  document.body.dataset.shown = String(start);
}

// ---------------------------------------------------------------- clean text

async function showClean() {
  const text = state.text;
  const answer = await request(() => analyzer.normalize(text, { profile: "clean" }));
  if (answer === null || answer.error || text !== state.text) return;
  const marked = renderClean($("clean"), text, answer.value);
  $("clean-changes").textContent = t("changes", marked);
  $("clean").dataset.text = ""; // the copy button reads the last result below
  state.cleanText = answer.value.text;
}

$("copy-clean").addEventListener("click", async () => {
  if (state.cleanText === undefined) return;
  await navigator.clipboard?.writeText(state.cleanText);
  status.textContent = t("copied");
});

function selectTab(which) {
  const clean = which === "clean";
  $("tab-view").setAttribute("aria-selected", String(!clean));
  $("tab-clean").setAttribute("aria-selected", String(clean));
  view.hidden = clean;
  $("clean-panel").hidden = !clean;
  state.cleanShown = clean;
  if (clean) showClean();
}
$("tab-view").addEventListener("click", () => selectTab("view"));
$("tab-clean").addEventListener("click", () => selectTab("clean"));

// ---------------------------------------------------------------- input: typing, files, sample

article.addEventListener("input", () => {
  if (state.large !== null) useTextarea();
  schedule(article.value.length > 200_000 ? 400 : 200);
});
article.addEventListener("paste", (event) => {
  const pasted = event.clipboardData?.getData("text/plain") ?? "";
  if (pasted.length > LARGE) {
    event.preventDefault();
    useLarge(pasted, "Pasted article");
  }
});

/** Analyses `text` without putting it into the textarea (see LARGE). */
function useLarge(text, label) {
  state.large = text;
  article.value = "";
  article.dataset.large = "true";
  article.placeholder = `${label}: ${(new TextEncoder().encode(text).length / 1e6).toFixed(1)} MB — too large to edit here; it is analysed and shown below. Type or paste here to replace it.`;
  schedule(0);
}

function useTextarea() {
  state.large = null;
  delete article.dataset.large;
  article.placeholder = t("placeholder");
}
$("auto-toggle").addEventListener("change", () => schedule(0));
$("auto-count").addEventListener("change", () => schedule(0));

async function loadFile(file) {
  const raw = await file.text();
  const html = /\.html?$/i.test(file.name) || file.type === "text/html";
  const text = html ? htmlToText(raw) : raw;
  if (text.length > LARGE) {
    useLarge(text, file.name);
  } else {
    useTextarea();
    article.value = text;
    schedule(0);
  }
}
/** The text of an HTML file, one paragraph per block element. Parsed into a <template>,
 *  whose content is inert: no script runs, no image or other resource is fetched, no event
 *  handler fires (a DOMParser document still fires `onerror` on images). */
function htmlToText(raw) {
  const template = document.createElement("template");
  // Event-handler attributes are dropped before parsing: nothing would run anyway (inert
  // template, CSP), but Chrome reports a CSP violation for each one it parses.
  template.innerHTML = raw.replace(/[\s/]on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]*)/gi, " ");
  const root = template.content;
  for (const el of root.querySelectorAll("script, style, noscript, template, iframe, object, svg, head, title")) el.remove();
  for (const el of root.querySelectorAll("p, div, h1, h2, h3, h4, h5, h6, li, blockquote, section, article, header, footer, tr, figcaption, pre")) {
    el.before("\n\n");
    el.after("\n\n");
  }
  for (const br of root.querySelectorAll("br")) br.replaceWith("\n");
  return root.textContent
    .replace(/[ \t\u00a0]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

$("file").addEventListener("change", (event) => { const f = event.target.files?.[0]; if (f) loadFile(f); });
for (const target of [article, view]) {
  target.addEventListener("dragover", (event) => event.preventDefault());
  target.addEventListener("drop", (event) => {
    const f = event.dataTransfer?.files?.[0];
    if (f) { event.preventDefault(); loadFile(f); }
  });
}
$("sample").addEventListener("click", async () => {
  const response = await fetch("samples/seed-ar.txt");
  useTextarea();
  article.value = await response.text();
  schedule(0);
});

// ---------------------------------------------------------------- export

function download(name, type, body) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
$("export-json").addEventListener("click", () => {
  if (state.analysis) download("analysis.json", "application/json", JSON.stringify(state.analysis, null, 2));
});
$("export-csv").addEventListener("click", () => {
  if (state.analysis) download("quotes.csv", "text/csv", quotesCsv(state.analysis.quotes));
});

// ---------------------------------------------------------------- interface language

$("ui-language").addEventListener("click", () => {
  apply(uiLanguage() === "en" ? "ar" : "en");
  $("ui-language").textContent = t("uiSwitch");
  if (state.analysis) { showKeywords(state.analysis); showQuotes(state.analysis); }
});
apply(navigator.language?.startsWith("ar") ? "ar" : "en");
$("ui-language").textContent = t("uiSwitch");
status.textContent = t("loading");
