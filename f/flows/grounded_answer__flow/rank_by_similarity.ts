//native
// Ranks the documents by cosine similarity between their embeddings and the question's, and keeps
// the closest ones for the reranker. The batches' embeddings arrive in document order.
type Embedded = { embeddings: { int8?: number[][]; float?: number[][] } };

export async function main(
  documents: { id: string; index: number; text: string; title?: string; url?: string }[],
  document_embeddings: Embedded[],
  query_embedding: Embedded,
  keep: number,
) {
  const vectors = document_embeddings.flatMap(vectorsOf);
  if (vectors.length !== documents.length) {
    throw new Error(`embed returned ${vectors.length} vectors for ${documents.length} documents`);
  }
  const query = vectorsOf(query_embedding)[0];
  if (!query) throw new Error("embed returned no vector for the question");
  const ranked = documents
    .map((doc, i) => ({ ...doc, similarity: cosine(query, vectors[i]!) }))
    .sort((a, b) => b.similarity - a.similarity || a.index - b.index);
  return { candidates: ranked.slice(0, Math.max(1, keep)) };
}

function vectorsOf(e: Embedded): number[][] {
  return e.embeddings.int8 ?? e.embeddings.float ?? [];
}

function cosine(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na && nb ? Math.round((dot / Math.sqrt(na * nb)) * 1e6) / 1e6 : 0;
}
