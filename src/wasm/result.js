// The JavaScript half of the Analysis → JS conversion (src/wasm/mod.rs, `to_js`): the whole
// result arrives as flat Uint32Array/Float64Array views of wasm memory (UTF-16 offsets,
// already converted) and one string of names, and becomes plain objects here, in one call,
// with the contract's key order. Span texts are `input.slice(start, end)` of the caller's own string:
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

/** The `Analysis` object (mod.rs `to_js`). `names`: the language, then each keyword's term
 *  and group, back to back; `data`: the language's length, the four stats, then per keyword
 *  its flags (bit 0 "auto", bit 1 has a group, bit 2 has a score), term length, group length
 *  and count (lengths in UTF-16 units); `scores`: per keyword; `highlights`: (start, end,
 *  keyword) triples; `quotes`: per quote kind, then (start, end) of content, speaker,
 *  speakerMention and cue (NONE for an absent span), then continues (NONE for null). */
export function makeAnalysis(input, names, data, scores, highlights, quotes) {
  let at = 0;
  const name = (length) => names.slice(at, (at += length));
  const language = name(data[0]);
  const stats = { characters: data[1], words: data[2], sentences: data[3], paragraphs: data[4] };
  const keywords = [];
  for (let i = 5; i + 4 <= data.length; i += 4) {
    const flags = data[i];
    const keyword = { term: name(data[i + 1]), source: flags & 1 ? "auto" : "user" };
    const group = name(data[i + 2]);
    if (flags & 2) keyword.group = group;
    if (flags & 4) keyword.score = scores[keywords.length];
    keyword.count = data[i + 3];
    keywords.push(keyword);
  }
  const result = { language, stats, keywords, highlights: [], quotes: [] };
  for (let i = 0; i + HIGHLIGHT_WORDS <= highlights.length; i += HIGHLIGHT_WORDS) {
    result.highlights.push({ start: highlights[i], end: highlights[i + 1], keyword: highlights[i + 2] });
  }
  for (let i = 0; i + QUOTE_WORDS <= quotes.length; i += QUOTE_WORDS) {
    const continues = quotes[i + 9];
    result.quotes.push({
      kind: KINDS[quotes[i]],
      content: span(input, quotes, i + 1),
      speaker: span(input, quotes, i + 3),
      speakerMention: span(input, quotes, i + 5),
      cue: span(input, quotes, i + 7),
      continues: continues === NONE ? null : continues,
    });
  }
  return result;
}
