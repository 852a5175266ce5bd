// The editor example: Quill 2 with keyword highlights and the analysis panel.
//
// The panel (article-analyzer/panel) watches Quill's editing root, reads its text with the
// package's elementText() (paragraphs separated as the highlighter expects), analyses it in a
// Web Worker after a pause in typing, and hands each analysis to highlightElement() in
// "highlight-api" mode: ranges registered in CSS.highlights, painted by ::highlight(aa-keyword),
// with no change to the DOM. Quill watches its DOM with a MutationObserver and turns changes
// into document edits and undo steps; <mark> elements would become part of the document, so
// where the Highlight API is missing the example shows no highlights in the editor rather
// than corrupt it.
import init, * as analyzer from "/pkg/article_analyzer.js";
import "/pkg/panel.js";

const $ = (id) => document.getElementById(id);
const panel = $("panel");

const quill = new globalThis.Quill("#editor", {
  theme: "snow",
  placeholder: "Type or paste an article…",
  modules: {
    toolbar: [[{ header: [2, 3, false] }], ["bold", "italic", "link"], ["blockquote", { list: "ordered" }, { list: "bullet" }], [{ direction: "rtl" }], ["clean"]],
    history: { delay: 400, userOnly: true },
  },
});
quill.root.id = "editor-content";
quill.root.setAttribute("dir", "auto");
quill.root.setAttribute("spellcheck", "false");

const supported = Boolean(globalThis.CSS?.highlights && globalThis.Highlight);
const highlighter = {
  elementText: (root, options) => analyzer.elementText(root, options),
  highlightElement: (root, analysis, options) => analyzer.highlightElement(root, analysis, { ...options, mode: "highlight-api" }),
  clearHighlights: (root) => analyzer.clearHighlights(root),
};

function applyToggle() {
  panel.highlighter = $("highlights").checked && supported ? highlighter : null;
  document.body.dataset.highlights = String(panel.highlighter !== null);
}

await init();
if (!supported) {
  $("note").textContent = "This browser has no CSS Custom Highlight API: highlights are shown in the panel only.";
}
$("highlights").addEventListener("change", applyToggle);
applyToggle();

$("save").addEventListener("click", () => {
  $("saved").textContent = quill.getSemanticHTML();
});
$("sample").addEventListener("click", async () => {
  const text = await (await fetch("../samples/seed-ar.txt")).text();
  quill.setText(text.trimEnd() + "\n", "user");
});

document.body.dataset.ready = "true";
// For tests and the console.
globalThis.example = { quill, panel };
