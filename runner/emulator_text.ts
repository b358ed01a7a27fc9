// Text arithmetic the emulator answers with: words, a relevance score and embeddings made from
// the words themselves, so rankings, similarities and citations follow the request's own text.
const STOP = new Set(
  "a an and are as at be by for from has have how in is it its of on or that the this to was what when where which who why will with".split(
    " ",
  ),
);

/** Lower-cased words and numbers, without the commonest English words. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP.has(w));
}

/** Share of the query's distinct words found in the document, 0 to 1. */
export function relevance(query: string, document: string): number {
  const wanted = new Set(words(query));
  if (wanted.size === 0) return 0;
  const present = new Set(words(document));
  let hits = 0;
  for (const w of wanted) if (present.has(w)) hits++;
  return hits / wanted.size;
}

// FNV-1a: a stable spread of words over the vector's dimensions.
function hash(word: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A unit vector of `dimension` numbers: each word adds to two hashed dimensions, plus a small
 * constant part so no text is the zero vector. Texts sharing words have a higher cosine similarity.
 */
export function embedText(text: string, dimension: number): number[] {
  const v = new Array<number>(dimension).fill(0);
  for (let i = 0; i < dimension; i += 97) v[i] = 0.05;
  for (const w of words(text)) {
    for (const seed of [1, 2]) {
      const h = hash(w, seed);
      v[h % dimension]! += h & 0x100 ? 1 : -1;
    }
  }
  const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  return v.map((x) => Math.round((x / norm) * 1e6) / 1e6);
}

/** The first `count` words of a text, with an ellipsis when cut. */
export function snippet(text: string, count = 12): string {
  const all = text.trim().split(/\s+/).filter(Boolean);
  return all.slice(0, count).join(" ") + (all.length > count ? " …" : "");
}

/** The sentence of `text` that shares most words with `query` (the first on a tie), at most 30 words. */
export function bestSentence(text: string, query: string): string {
  const sentences = text.match(/[^.!?\n]+[.!?]*/g)?.map((s) => s.trim()) ?? [];
  let best = sentences[0] ?? text.trim();
  let score = -1;
  for (const s of sentences) {
    const r = relevance(query, s);
    if (r > score) [best, score] = [s, r];
  }
  return snippet(best, 30);
}
