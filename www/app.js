// The page: sends the textarea's text to the analysis worker as the user types (debounced,
// latest request wins) and shows the result. Article text is only ever set as text.
const $ = (id) => document.getElementById(id);
const article = $("article");
const status = $("status");

const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
let latest = 0;      // id of the newest request sent
let timer = 0;

function show(analysis) {
  $("language").textContent = analysis.language;
  for (const key of ["characters", "words", "sentences", "paragraphs"]) {
    $(key).textContent = analysis.stats[key].toLocaleString("en");
  }
}

worker.onmessage = (event) => {
  const data = event.data;
  if ("ready" in data) {
    status.textContent = data.ready ? "Ready." : `Could not load the analyzer: ${data.error.message}`;
    document.body.dataset.ready = String(data.ready);
    if (data.ready && article.value) schedule(0);
    return;
  }
  if (data.id !== latest) return; // an older request: a newer one is on its way
  if (data.error) {
    status.textContent = `${data.error.name}: ${data.error.message}`;
    return;
  }
  show(data.analysis);
  status.textContent = `Analysed in ${data.ms.toFixed(1)} ms.`;
  document.body.dataset.analysed = String(data.id);
};

function schedule(delay) {
  clearTimeout(timer);
  timer = setTimeout(() => {
    latest += 1;
    worker.postMessage({ id: latest, text: article.value, options: {} });
  }, delay);
}

article.addEventListener("input", () => schedule(150));
