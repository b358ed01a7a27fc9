//native
// The flow's result: the summary (the combined one, or the only chunk's), the partial summaries,
// and the tokens all the calls used.
type Chat = {
  message?: { content?: { type: string; text?: string }[] };
  usage?: { billed_units?: { input_tokens?: number; output_tokens?: number } };
};

export async function main(partials: Chat[], combined: Chat | null) {
  const textOf = (c: Chat) => (c.message?.content ?? []).map((p) => (p.type === "text" ? (p.text ?? "") : "")).join("");
  const calls = combined ? [...partials, combined] : partials;
  const billed = (key: "input_tokens" | "output_tokens") =>
    calls.reduce((sum, c) => sum + (c.usage?.billed_units?.[key] ?? 0), 0);
  return {
    summary: textOf(combined ?? partials[0]!).trim(),
    chunks: partials.length,
    partial_summaries: partials.map((p) => textOf(p).trim()),
    usage: { calls: calls.length, input_tokens: billed("input_tokens"), output_tokens: billed("output_tokens") },
  };
}
