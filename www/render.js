// Rendering an analysis into the page. Article text is only ever inserted as text nodes;
// offsets are UTF-16 indices into the analysed string, exactly what String.slice takes.

/** The lines of `text` that hold something, with their UTF-16 start offsets: one block each.
 *  Linear: jumps from one non-space character to the next, never copying a line. */
export function blocks(text) {
  const out = [];
  const nonSpace = /\S/g;
  let pos = 0;
  for (;;) {
    nonSpace.lastIndex = pos;
    const found = nonSpace.exec(text);
    if (!found) break;
    const start = text.lastIndexOf("\n", found.index) + 1;
    let end = text.indexOf("\n", found.index);
    if (end < 0) end = text.length;
    out.push({ start, end });
    pos = end + 1;
  }
  return out;
}

/** Index of the block containing `offset` (binary search). */
export function blockAt(list, offset) {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Renders `text` into `view` as one <p dir="auto"> per block, with <mark data-keyword=i>
 * around the highlights. Works in slices of paragraphs, yielding to the event loop between
 * them so that a 5 MB article never blocks the page; `onProgress(done, total)` is called
 * after each slice. Returns a promise that resolves when done, or rejects with "stale" when
 * `isStale()` turns true (a newer analysis replaced this one).
 */
export async function renderView(view, text, highlights, { onProgress, isStale, budgetMs = 12 }) {
  const list = blocks(text);
  view.replaceChildren();
  let h = 0;
  let i = 0;
  while (i < list.length) {
    const sliceStart = performance.now();
    const fragment = document.createDocumentFragment();
    while (i < list.length && performance.now() - sliceStart < budgetMs) {
      const { start, end } = list[i];
      const p = document.createElement("p");
      p.dir = "auto";
      p.dataset.start = String(start);
      let at = start;
      while (h < highlights.length && highlights[h].end <= start) h++;
      while (h < highlights.length && highlights[h].start < end) {
        const hl = highlights[h];
        const from = Math.max(hl.start, start);
        const to = Math.min(hl.end, end);
        if (from > at) p.append(text.slice(at, from));
        const mark = document.createElement("mark");
        mark.dataset.keyword = String(hl.keyword);
        mark.className = `k${hl.keyword % 12}`;
        mark.textContent = text.slice(from, to);
        p.append(mark);
        at = to;
        if (hl.end > end) break; // continues in the next block
        h++;
      }
      if (at < end) p.append(text.slice(at, end));
      fragment.append(p);
      i++;
    }
    view.append(fragment);
    onProgress?.(i, list.length);
    if (i < list.length) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (isStale?.()) throw new Error("stale");
    }
  }
  return list;
}

/** A DOM Range over UTF-16 offsets [start, end) of the analysed text, inside `view`. */
export function rangeOf(view, start, end) {
  const paragraphs = view.children;
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (Number(paragraphs[mid].dataset.start) <= start) lo = mid;
    else hi = mid - 1;
  }
  const p = paragraphs[lo];
  if (!p) return null;
  const range = document.createRange();
  let offset = Number(p.dataset.start);
  let startSet = false;
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.data.length;
    if (!startSet && start < offset + length) {
      range.setStart(node, start - offset);
      startSet = true;
    }
    if (startSet && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  if (startSet) range.setEndAfter(p.lastChild ?? p);
  return startSet ? range : null;
}

/** Renders the clean text with its changes marked: <ins> for changed characters, a small
 *  marker for removed ones. Returns the number of marked places. */
export function renderClean(container, input, clean) {
  container.replaceChildren();
  const { text, origin } = clean;
  const fragment = document.createDocumentFragment();
  let plain = "";
  let marked = 0;
  let expected = 0; // the input index the next output unit comes from if nothing was removed
  const flush = () => { if (plain) { fragment.append(plain); plain = ""; } };
  const removed = (from, to) => {
    flush();
    const del = document.createElement("span");
    del.className = "removed";
    del.title = `removed: ${[...input.slice(from, to)].map((c) => "U+" + c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")).join(" ")}`;
    del.textContent = "·";
    fragment.append(del);
    marked++;
  };
  let i = 0;
  while (i < text.length) {
    const from = origin[i];
    if (from > expected) removed(expected, from);
    const out = text.codePointAt(i);
    const outLength = out > 0xffff ? 2 : 1;
    const inLength = input.codePointAt(from) > 0xffff ? 2 : 1;
    if (out === input.codePointAt(from) && origin[i + outLength] !== from) {
      plain += text.slice(i, i + outLength);
      i += outLength;
    } else {
      // Every output unit that came from this input character is one change.
      let j = i;
      while (j < text.length && origin[j] === from) j++;
      flush();
      const ins = document.createElement("ins");
      ins.textContent = text.slice(i, j);
      ins.title = `was: ${input.slice(from, from + inLength)}`;
      fragment.append(ins);
      marked++;
      i = j;
    }
    expected = from + inLength;
  }
  if (expected < input.length) removed(expected, input.length);
  flush();
  container.append(fragment);
  return marked;
}

/** Quotes as CSV (RFC 4180 quoting). */
export function quotesCsv(quotes) {
  const cell = (v) => `"${String(v ?? "").replace(/"/g, '""')}"`;
  const rows = [["kind", "speaker", "cue", "content", "start", "end"].map(cell).join(",")];
  for (const q of quotes) {
    rows.push([q.kind, q.speaker?.text, q.cue?.text, q.content.text, q.content.start, q.content.end].map(cell).join(","));
  }
  return rows.join("\r\n") + "\r\n";
}
