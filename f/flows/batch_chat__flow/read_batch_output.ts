//native
// Reads the batch's output file (JSON lines {custom_id, response: {status_code, body}}) back into one
// answer per prompt, in the prompts' order; a prompt without a successful answer says why.
type Line = {
  custom_id?: string;
  response?: { status_code?: number; body?: Chat };
  error?: { message?: string } | null;
};
type Chat = {
  choices?: { message?: { content?: string | null }; finish_reason?: string }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number };
};

export async function main(
  output: { file: { content: string } },
  custom_ids: string[],
  prompts: string[],
  batch: { id: string; status: string; error_file_id?: string },
) {
  const text = new TextDecoder().decode(Uint8Array.from(atob(output.file.content), (c) => c.charCodeAt(0)));
  const lines = new Map<string, Line>();
  for (const raw of text.split("\n")) {
    if (!raw.trim()) continue;
    const line = JSON.parse(raw) as Line;
    if (line.custom_id) lines.set(line.custom_id, line);
  }
  const missing = batch.error_file_id ? `not answered: see the error file ${batch.error_file_id}` : "not answered";
  const results = custom_ids.map((custom_id, index) => {
    const line = lines.get(custom_id);
    const status = line?.response?.status_code;
    const chat = line?.response?.body;
    if (!line || status !== 200 || !chat) {
      const error = line?.error?.message ?? (status ? `status ${status}` : missing);
      return { index, custom_id, prompt: prompts[index], text: null, error };
    }
    const choice = chat.choices?.[0];
    return {
      index,
      custom_id,
      prompt: prompts[index],
      text: choice?.message?.content ?? null,
      finish_reason: choice?.finish_reason,
      usage: chat.usage,
    };
  });
  const sum = (key: "prompt_tokens" | "completion_tokens") =>
    results.reduce((n, r) => n + ((r as { usage?: Chat["usage"] }).usage?.[key] ?? 0), 0);
  return {
    batch_id: batch.id,
    status: batch.status,
    results,
    failed: results.filter((r) => r.text === null).length,
    usage: { prompt_tokens: sum("prompt_tokens"), completion_tokens: sum("completion_tokens") },
  };
}
