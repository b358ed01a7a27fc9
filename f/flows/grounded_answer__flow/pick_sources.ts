//native
// Keeps the documents the reranker put first, in its order, as Cohere chat documents: each with
// the id its citations will point back to.
type Candidate = { id: string; index: number; text: string; title?: string; url?: string; similarity: number };

export async function main(candidates: Candidate[], reranked: { index: number; relevance_score: number }[]) {
  const sources = reranked.map(({ index, relevance_score }) => {
    const c = candidates[index];
    if (!c) throw new Error(`rerank returned index ${index}, but only ${candidates.length} documents were sent`);
    return { ...c, relevance_score };
  });
  const documents = sources.map((s) => ({
    id: s.id,
    data: { text: s.text, ...(s.title ? { title: s.title } : {}), ...(s.url ? { url: s.url } : {}) },
  }));
  return { documents, sources };
}
