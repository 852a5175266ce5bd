// The DOM writes of the DOM highlighter (src/wasm/dom.rs), batched: the tree walk, the offset
// mapping and every decision (which text-node pieces, cut where, wrapped in what, joined to
// which neighbour; which range covers which span) stay in Rust, which hands over flat Uint32Array
// views of wasm memory; these functions only execute them. One call per drawing instead of
// one wasm → JS call (and one glue shim, one wasm wrapper) per DOM operation: the package is
// smaller (issue #7), the DOM operations are the same, in the same order. Read synchronously:
// the views are only valid until wasm allocates again.

/** An absent keyword or quote in the data (dom.rs `NONE`). */
const NONE = 0xffffffff;
/** `data-aa` of a mark by its join bits (dom.rs `JOIN_PREVIOUS` = 1, `JOIN_NEXT` = 2). */
const JOINS = ["", "p", "n", "pn"];
/** Flag of a segment that opens a new quote mark (dom.rs `QUOTE_OPENS`). */
const QUOTE_OPENS = 4;

/** An empty document of our own that is never changed: a range in it costs the page nothing. */
let parking = null;
/** Ranges taken out of `CSS.highlights` by `clearRanges`, reused by the next drawing. */
const parked = [];

function mark(doc, className, attribute, index, group, joins) {
  const m = doc.createElement("mark");
  m.className = className;
  m.setAttribute(attribute, String(index));
  if (group != null) m.setAttribute("data-group", group);
  m.setAttribute("data-aa", JOINS[joins & 3]);
  return m;
}

/** Wraps text-node pieces in `<mark>`s. `data`, per text node: its index in `nodes`, its
 *  segment count n, the n - 1 cut offsets (ascending), then per segment (keyword or NONE,
 *  quote or NONE, flags: keyword joins in bits 0–1, QUOTE_OPENS, the quote mark's joins in
 *  bits 3–4). `groups[k]`: keyword k's group or null. */
export function drawMarks(doc, nodes, groups, data) {
  let i = 0;
  while (i < data.length) {
    const text = nodes[data[i]];
    const n = data[i + 1];
    const cuts = i + 2;
    i = cuts + n - 1;
    const parent = text.parentNode;
    if (!parent) {
      i += 3 * n;
      continue;
    }
    // Split from the end, so that the original node stays the first segment.
    const segments = [text];
    for (let j = n - 1; j > 0; j--) segments[j] = text.splitText(data[cuts + j - 1]);
    let outer = null;
    for (let j = 0; j < n; j++, i += 3) {
      const k = data[i];
      const q = data[i + 1];
      const flags = data[i + 2];
      const segment = segments[j];
      const inner = k === NONE ? null : mark(doc, "aa-mark", "data-keyword", k, groups[k], flags);
      if (q === NONE) {
        if (inner) {
          parent.insertBefore(inner, segment);
          inner.appendChild(segment);
        }
        continue;
      }
      if (flags & QUOTE_OPENS) {
        outer = mark(doc, "aa-quote", "data-quote", q, null, flags >> 3);
        parent.insertBefore(outer, segment);
      }
      if (inner) {
        inner.appendChild(segment);
        outer.appendChild(inner);
      } else {
        outer.appendChild(segment);
      }
    }
  }
}

/** A Range from (nodes[data[i]], data[i + 1]) to (nodes[data[i + 2]], data[i + 3]): a parked
 *  one when there is one (its start in the page's document moves it there), else a new one. */
function range(doc, nodes, data, i) {
  const r = parked.length ? parked.pop() : doc.createRange();
  r.setStart(nodes[data[i]], data[i + 1]);
  r.setEnd(nodes[data[i + 2]], data[i + 3]);
  return r;
}

/** The registry's highlight `name`, made (with `priority`) when missing. */
function named(registry, Highlight, name, priority) {
  const existing = registry.get(name);
  if (existing !== undefined && existing !== null) return existing;
  const highlight = new Highlight();
  highlight.priority = priority;
  registry.set(name, highlight);
  return highlight;
}

/** Registers one Range per record in `CSS.highlights` (`registry`, its window's `Highlight`):
 *  `keywords`, 5 values each (first node, start, last node, end, keyword), under "aa-keyword"
 *  and "aa-keyword-<group>"; when `drawQuotes`, `quotes`, 4 values each, under "aa-quote". */
export function drawRanges(registry, Highlight, doc, nodes, groups, keywords, drawQuotes, quotes) {
  const keyword = named(registry, Highlight, "aa-keyword", 0);
  for (let i = 0; i + 5 <= keywords.length; i += 5) {
    const r = range(doc, nodes, keywords, i);
    keyword.add(r);
    const group = groups[keywords[i + 4]];
    if (group != null) named(registry, Highlight, "aa-keyword-" + group, 1).add(r);
  }
  if (drawQuotes) {
    const quote = named(registry, Highlight, "aa-quote", -1);
    for (let i = 0; i + 4 <= quotes.length; i += 4) quote.add(range(doc, nodes, quotes, i));
  }
}

/** Moves `r` into the parking document and keeps it for reuse, unless it is parked already
 *  (a range registered under two names is removed twice). A boundary point in another
 *  document collapses the range there: the page's document stops tracking it. */
function park(r) {
  if (parking === null) parking = new Document();
  if (r.startContainer === parking) return;
  r.setStart(parking, 0);
  parked.push(r);
}

/** Removes our ranges inside `root` from `registry` (every "aa-" name; a name left empty is
 *  deleted), parks the live ones; returns how many were removed. */
export function clearRanges(registry, root) {
  let removed = 0;
  const taken = [];
  for (const name of Array.from(registry.keys())) {
    if (typeof name !== "string" || !name.startsWith("aa-")) continue;
    const highlight = registry.get(name);
    for (const r of Array.from(highlight)) {
      // (By property, not instanceof: the range may be of an iframe's window.)
      const start = r.startContainer;
      const inside = typeof start === "object" && start !== null && root.contains(start);
      if (inside && highlight.delete(r)) {
        removed++;
        // A live Range (not a StaticRange someone added): parked for reuse.
        if ("setStart" in r) taken.push(r);
      }
    }
    if (highlight.size === 0) registry.delete(name);
  }
  for (const r of taken) park(r);
  return removed;
}

/** Drops parked ranges beyond the first `keep` (dom.rs `KEEP_PARKED`). */
export function trimParked(keep) {
  if (parked.length > keep) parked.length = keep;
}

function asText(node) {
  return node !== null && node.nodeType === 3 ? node : null;
}

/** Puts a mark's content back in its parent, merging the text pieces that were one node. */
function unwrapMark(m) {
  const parent = m.parentNode;
  if (!parent) return;
  const joins = m.getAttribute("data-aa") ?? "";
  const first = m.firstChild;
  const inner = first !== null && first.nextSibling === null ? asText(first) : null;
  if (!inner) {
    // Changed since we drew it: move its children out as they are.
    for (let child = m.firstChild; child; child = m.firstChild) parent.insertBefore(child, m);
    parent.removeChild(m);
    return;
  }
  const previous = joins.includes("p") ? asText(m.previousSibling) : null;
  const following = joins.includes("n") ? asText(m.nextSibling) : null;
  let target = inner;
  if (previous) {
    previous.appendData(inner.data);
    parent.removeChild(m);
    target = previous;
  } else {
    parent.insertBefore(inner, m);
    parent.removeChild(m);
  }
  if (following) {
    target.appendData(following.data);
    parent.removeChild(following);
  }
}

/** Unwraps our `<mark>`s under `root`, last first (a mark nested in another, a keyword in a
 *  quote, is after it in document order, so the inner one is unwrapped and its pieces merged
 *  before the outer one); returns how many. */
export function unwrapMarks(root) {
  const marks = root.querySelectorAll("mark[data-aa]");
  for (let i = marks.length - 1; i >= 0; i--) unwrapMark(marks[i]);
  return marks.length;
}

function fail(Type, message) {
  throw new Type("highlightElement: " + message);
}

/** `analysis[key]`, which must be an array. */
function list(analysis, key) {
  const value = Reflect.get(analysis, key);
  if (!Array.isArray(value)) fail(TypeError, `analysis.${key} must be an array`);
  return value;
}

/** `value[key]`, which must be a whole number in 0..2^32 - 1 (`what` names `value`). */
function whole(value, key, what) {
  const n = Reflect.get(value, key);
  if (typeof n !== "number" || !(n >= 0) || !Number.isInteger(n) || n > 4294967295) {
    fail(TypeError, `${what}.${key} must be a whole number ≥ 0`);
  }
  return n;
}

function outOfBounds(what, len) {
  fail(RangeError, `${what} is out of bounds of the element's text (${len} UTF-16 units); ` +
    "the analysis must be made from elementText(root) with the same exclude option");
}

/** Reads a JavaScript `Analysis` made from `elementText(root)` (`len` UTF-16 units), checking
 *  every span (a TypeError or RangeError naming the first bad value): [the group of each
 *  keyword (a string or null), the highlights as (start, end, keyword) triples (sorted and
 *  disjoint, as analyze() makes them; any other is skipped), the quote contents as (start,
 *  end) pairs]. */
export function readSpans(analysis, len) {
  const keywords = list(analysis, "keywords");
  const groups = [];
  for (let i = 0; i < keywords.length; i++) {
    const group = Reflect.get(keywords[i], "group");
    groups.push(typeof group === "string" ? group : null);
  }
  const highlights = list(analysis, "highlights");
  const h = [];
  let lastEnd = 0;
  for (let i = 0; i < highlights.length; i++) {
    const what = `analysis.highlights[${i}]`;
    const x = highlights[i];
    const start = whole(x, "start", what);
    const end = whole(x, "end", what);
    const keyword = whole(x, "keyword", what);
    if (start > end || end > len) outOfBounds(what, len);
    if (keyword >= groups.length) fail(TypeError, `${what}.keyword is not an index into analysis.keywords`);
    if (start >= lastEnd && start < end) {
      h.push(start, end, keyword);
      lastEnd = end;
    }
  }
  const q = [];
  const quotes = Reflect.get(analysis, "quotes");
  if (quotes !== undefined && quotes !== null) {
    if (!Array.isArray(quotes)) fail(TypeError, "analysis.quotes must be an array");
    for (let i = 0; i < quotes.length; i++) {
      const what = `analysis.quotes[${i}].content`;
      const content = Reflect.get(quotes[i], "content");
      if (content === undefined || content === null) fail(TypeError, `${what} is missing`);
      const start = whole(content, "start", what);
      const end = whole(content, "end", what);
      if (start > end || end > len) outOfBounds(what, len);
      q.push(start, end);
    }
  }
  return [groups, new Uint32Array(h), new Uint32Array(q)];
}

/** Elements whose content is not article text: read as a word break (dom.rs module docs). */
const SKIPPED = new Set(["audio", "button", "canvas", "embed", "iframe", "img", "input", "math", "noscript",
  "object", "script", "select", "style", "svg", "template", "textarea", "video"]);
/** Block-level elements: their start and end separate paragraphs. */
const BLOCKS = new Set(["address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div",
  "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
  "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
  "th", "thead", "tr", "ul"]);
/** The virtual separators by strength (none, word, line, block). */
const SEPARATORS = ["", " ", "\n", "\n\n"];

/** Walks the text under `root` (dom.rs module docs, "The element's text"): no recursion, a
 *  loop over first child / next sibling / parent with one flag per open ancestor. Returns
 *  [text, text nodes (the non-empty ones, in document order), data]; `data`: the text's
 *  length, the node count n, the n UTF-16 starts, the n lengths, then the UTF-16 start of
 *  each separator. `exclude`: a selector list (already checked) or undefined. */
export function collectText(root, exclude) {
  let text = "";
  const nodes = [];
  const starts = [];
  const lens = [];
  const separators = [];
  let pending = 0;
  // One entry per ancestor entered below root: is it a block?
  const open = [];
  let node = root.firstChild;
  while (node) {
    let child = null;
    const type = node.nodeType;
    if (type === 3 || type === 4) {
      const data = node.nodeValue;
      if (data) {
        if (pending && text) {
          separators.push(text.length);
          text += SEPARATORS[pending];
        }
        pending = 0;
        starts.push(text.length);
        lens.push(data.length);
        text += data;
        nodes.push(node);
      }
    } else if (type === 1) {
      const name = node.localName.replace(/[A-Z]/g, (c) => c.toLowerCase());
      if (name === "br") {
        pending = Math.max(pending, 2);
      } else if (SKIPPED.has(name) || (exclude !== undefined && node.matches(exclude))) {
        pending = Math.max(pending, 1);
      } else {
        const block = BLOCKS.has(name);
        if (block) pending = 3;
        child = node.firstChild;
        if (child) open.push(block);
      }
    }
    if (child) {
      node = child;
      continue;
    }
    // Climb to the next sibling of the node or of its nearest ancestor that has one.
    let current = node;
    node = null;
    while (current) {
      node = current.nextSibling;
      if (node) break;
      const parent = current.parentNode;
      if (!parent || parent === root) break;
      if (open.pop()) pending = 3;
      current = parent;
    }
  }
  return [text, nodes, Uint32Array.from([text.length, nodes.length, ...starts, ...lens, ...separators])];
}

/** dom.rs `registry`: [CSS.highlights, Highlight] of the window `root` is shown in (an editor
 *  in an iframe is painted from its own window's registry), or null. */
export function registryOf(root) {
  let view;
  try {
    view = root.ownerDocument?.defaultView;
  } catch {}
  if (typeof view !== "object" || view === null) view = globalThis;
  try {
    const css = view.CSS;
    if (css == null) return null;
    const highlights = css.highlights;
    const Highlight = view.Highlight;
    return typeof highlights === "object" && highlights !== null && typeof Highlight === "function"
      ? [highlights, Highlight]
      : null;
  } catch {
    return null;
  }
}
