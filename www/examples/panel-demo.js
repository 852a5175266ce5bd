// The panel example: the contenteditable's panel also highlights its analysis inside the
// element, through the package's highlightElement (CSS Custom Highlight API where the
// browser has it, else <mark> elements; the panel ignores the DOM changes it makes itself).
import init, * as analyzer from "/pkg/article_analyzer.js";

await init();
if (typeof analyzer.highlightElement === "function") {
  document.getElementById("rich-panel").highlighter = analyzer;
}
document.body.dataset.ready = "true";
