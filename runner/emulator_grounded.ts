// A grounded answer for a Cohere chat that brings `documents`: one sentence from each of the (at
// most three) documents most relevant to the question, each cited back to its document the way
// Cohere v2 does: {start, end, text, sources: [{type: "document", id, document}], type}.
import { bestSentence, relevance } from "./emulator_text.ts";

export type Citation = {
  start: number;
  end: number;
  text: string;
  sources: { type: "document"; id: string; document: Record<string, unknown> }[];
  type: "TEXT_CONTENT";
};

type Doc = { id: string; document: Record<string, unknown>; text: string };

// Cohere takes plain strings or {id?, data}; a string is addressed as doc:<index>, as its citations do.
function normalise(documents: unknown[]): Doc[] {
  return documents.map((d, i) => {
    if (typeof d === "string") return { id: `doc:${i}`, document: { id: `doc:${i}`, text: d }, text: d };
    const { id, data } = (d ?? {}) as { id?: string; data?: Record<string, unknown> };
    const key = id ?? `doc:${i}`;
    const text = Object.values(data ?? {})
      .filter((v) => typeof v === "string")
      .join(". ");
    return { id: key, document: { id: key, ...data }, text };
  });
}

export function groundedAnswer(question: string, documents: unknown[]): { text: string; citations: Citation[] } {
  const ranked = normalise(documents)
    .map((doc, index) => ({ doc, index, score: relevance(question, doc.text) }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const cited = ranked.filter((r) => r.score > 0).slice(0, 3);
  if (cited.length === 0 && ranked[0]) cited.push(ranked[0]);
  let text = "From the documents: ";
  const citations: Citation[] = [];
  for (const { doc } of cited) {
    const sentence = bestSentence(doc.text, question);
    if (!sentence) continue;
    // Cohere counts offsets in characters (code points), not UTF-16 units.
    const start = [...text].length;
    text += sentence;
    citations.push({
      start,
      end: [...text].length,
      text: sentence,
      sources: [{ type: "document", id: doc.id, document: doc.document }],
      type: "TEXT_CONTENT",
    });
    text += " ";
  }
  return { text: text.trimEnd(), citations };
}
