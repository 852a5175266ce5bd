// The JavaScript half of the Analysis → JS conversion (src/wasm/mod.rs, `to_js`): the
// highlights and quotes arrive as flat Uint32Array views of wasm memory (UTF-16 offsets,
// already converted) and become plain objects here, in one JS loop per chunk, with the
// contract's key order. Span texts are `input.slice(start, end)` of the caller's own string:
// a V8 substring, no UTF-8 decoding and no JSON text, and `input.slice(start, end) === text`
// holds for every input, lone surrogates included. Read synchronously: the views are only
// valid until wasm allocates again.

/** Marks an absent span or `continues` (offsets never reach it: a JS string is < 2^30 units). */
const NONE = 0xffffffff;
/** `Quote.kind` by its code in the data (mod.rs `quote_kind_code`). */
const KINDS = ["direct", "partial", "indirect"];

/** Values per highlight and per quote in the data (mod.rs `HIGHLIGHT_WORDS`, `QUOTE_WORDS`). */
const HIGHLIGHT_WORDS = 3;
const QUOTE_WORDS = 10;

function span(input, data, i) {
  const start = data[i];
  if (start === NONE) return null;
  const end = data[i + 1];
  return { start, end, text: input.slice(start, end) };
}

/** Appends `{ start, end, keyword }` for each (start, end, keyword) triple of `data`. */
export function pushHighlights(highlights, data) {
  for (let i = 0; i + HIGHLIGHT_WORDS <= data.length; i += HIGHLIGHT_WORDS) {
    highlights.push({ start: data[i], end: data[i + 1], keyword: data[i + 2] });
  }
}

/** Appends a `Quote` for each record of `data`: kind, then (start, end) of content, speaker,
 *  speakerMention and cue (NONE for an absent span), then continues (NONE for null). */
export function pushQuotes(quotes, input, data) {
  for (let i = 0; i + QUOTE_WORDS <= data.length; i += QUOTE_WORDS) {
    const continues = data[i + 9];
    quotes.push({
      kind: KINDS[data[i]],
      content: span(input, data, i + 1),
      speaker: span(input, data, i + 3),
      speakerMention: span(input, data, i + 5),
      cue: span(input, data, i + 7),
      continues: continues === NONE ? null : continues,
    });
  }
}
