//native
// Writes the batch input file Together expects: one JSON line per prompt, {custom_id, body}, the body
// being a chat completions request (https://docs.together.ai/docs/batch-inference). Returned as base64,
// the form f/togetherai/upload_file takes a file in.
export async function main(prompts: string[], model: string, max_tokens: number, system: string = "") {
  if (!Array.isArray(prompts) || prompts.length === 0) throw new Error("prompts: give at least one prompt");
  const custom_ids = prompts.map((_, i) => `prompt-${i}`);
  const lines = prompts.map((prompt, i) => {
    if (typeof prompt !== "string" || prompt.trim() === "") throw new Error(`prompts[${i}]: must be a non-empty text`);
    const messages = [...(system ? [{ role: "system", content: system }] : []), { role: "user", content: prompt }];
    return JSON.stringify({ custom_id: custom_ids[i], body: { model, messages, max_tokens } });
  });
  const bytes = new TextEncoder().encode(lines.join("\n") + "\n");
  return { file: base64(bytes), file_name: `batch_${prompts.length}_prompts.jsonl`, custom_ids };
}

// btoa takes one character per byte; in slices, since one huge String.fromCharCode call overflows the stack.
function base64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 24_576) out += btoa(String.fromCharCode(...bytes.subarray(i, i + 24_576)));
  return out;
}
