//native
// Turns Cohere's answer and citations into Markdown with numbered footnotes, one per cited document
// (numbered in order of first citation), and returns the structured citations beside it.
type Source = { id: string; index: number; text: string; title?: string; url?: string; relevance_score: number };
type Citation = { start: number; end: number; text: string; sources?: { id?: string }[] };
type Chat = {
  message: { content?: { type: string; text?: string }[]; citations?: Citation[] };
  finish_reason?: string;
  usage?: unknown;
};

export async function main(chat: Chat, sources: Source[]) {
  const text = (chat.message.content ?? []).map((c) => (c.type === "text" ? (c.text ?? "") : "")).join("");
  const byId = new Map(sources.map((s) => [s.id, s]));
  const numbers = new Map<string, number>();
  const citations = (chat.message.citations ?? []).map((c) => {
    const ids = (c.sources ?? []).map((s) => s.id).filter((id): id is string => !!id && byId.has(id));
    for (const id of ids) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    return {
      start: c.start,
      end: c.end,
      text: c.text,
      document_ids: ids,
      footnotes: ids.map((id) => numbers.get(id)!),
    };
  });
  // Offsets count characters (code points): insert the markers from the end so earlier ones stay valid.
  const chars = [...text];
  for (const c of [...citations].sort((a, b) => b.end - a.end)) {
    if (c.footnotes.length) chars.splice(c.end, 0, c.footnotes.map((n) => `[^${n}]`).join(""));
  }
  const cited = [...numbers].map(([id, footnote]) => ({ footnote, ...byId.get(id)! }));
  const notes = cited.map((s) => `[^${s.footnote}]: ${label(s)}`);
  const markdown = chars.join("") + (notes.length ? `\n\n${notes.join("\n")}\n` : "\n");
  return { markdown, text, citations, sources: cited, finish_reason: chat.finish_reason, usage: chat.usage };
}

function label(s: Source): string {
  const title = s.title ? `**${s.title}**` : `Document ${s.index + 1}`;
  const excerpt = s.text.length > 160 ? `${s.text.slice(0, 157).trimEnd()}...` : s.text;
  return `${s.url ? `[${title}](${s.url})` : title}: "${excerpt.replace(/\s+/g, " ")}"`;
}
