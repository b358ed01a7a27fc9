//native
// Cuts a long document into chunks of at most `chunk_chars` characters, at paragraph breaks where it
// can, else at sentence ends, else at spaces, so each chunk reads on its own.
export async function main(document: string, chunk_chars: number) {
  if (typeof document !== "string" || document.trim() === "") throw new Error("document: must be a non-empty text");
  if (!Number.isInteger(chunk_chars) || chunk_chars < 500)
    throw new Error("chunk_chars: must be an integer of at least 500");
  const chunks: string[] = [];
  let rest = document.trim();
  while (rest.length > chunk_chars) {
    const cut = breakAt(rest, chunk_chars);
    chunks.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) chunks.push(rest);
  return { chunks, count: chunks.length, characters: document.length };
}

// The last good break before the limit, searched in the second half so no chunk gets too short.
function breakAt(text: string, limit: number): number {
  const window = text.slice(0, limit);
  for (const pattern of [/\n\s*\n/g, /[.!?]["')\]]?\s/g, /\s/g]) {
    let best = -1;
    for (const m of window.matchAll(pattern)) if (m.index! >= limit / 2) best = m.index! + m[0].length;
    if (best > 0) return best;
  }
  return limit;
}
