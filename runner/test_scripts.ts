// Stand-in Windmill scripts for the runner's tests, written into a temporary repository so
// the tests do not depend on the real scripts (written concurrently, and free to change).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Minimal but honest: real fetch to the resource's base URL, real SSE splitting, and the
// exact line windmill-client's appendToResultStream prints.
const chat = (path: string) => `
export async function main(auth: { apiKey?: string; api_key?: string; baseUrl?: string; base_url?: string },
  body: { stream?: boolean }, options?: { max_retries?: number; timeout_seconds?: number }) {
  const base = auth.baseUrl ?? auth.base_url;
  const reply = await fetch(base + "${path}", {
    method: "POST",
    headers: { authorization: "Bearer " + (auth.apiKey ?? auth.api_key), "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!reply.ok) throw new ProviderError(reply.status + " " + (await reply.text()));
  if (!body.stream) return { ...(await reply.json()), options: options ?? null };
  let text = "", buffer = "", finish = null;
  const decoder = new TextDecoder();
  for await (const chunk of reply.body!) {
    buffer += decoder.decode(chunk, { stream: true });
    const events = buffer.split("\\n\\n");
    buffer = events.pop()!;
    for (const event of events) {
      const data = event.split("\\n").find((l) => l.startsWith("data: "))?.slice(6);
      if (!data || data === "[DONE]") continue;
      const json = JSON.parse(data);
      const piece = json.choices?.[0]?.delta?.content ?? json.delta?.message?.content?.text ?? "";
      finish = json.choices?.[0]?.finish_reason ?? json.delta?.finish_reason ?? finish;
      if (piece) { text += piece; console.log("WM_STREAM: " + piece.replace(/\\n/g, "\\\\n")); }
    }
  }
  return { text, finish_reason: finish };
}
class ProviderError extends Error {}
`;

export const standIns: Record<string, string> = {
  "f/ai21/create_chat_completion.ts": chat("/chat/completions"),
  "f/togetherai/create_chat_completion.ts": chat("/chat/completions"),
  "f/cohere/chat.ts": chat("/v2/chat"),
  "f/cohere/chat.script.yaml": `summary: Chat with a Command model
description: A stand-in for the chat script.
schema:
  properties:
    auth: { type: object, format: resource-cohere }
    body:
      type: object
      required: [model]
      properties:
        model: { type: string, description: The Command model to use. }
        stream: { type: boolean }
        safety_mode: { type: string, enum: [CONTEXTUAL, STRICT, "OFF"] }
    options: { type: object }
`,
  "f/cohere/lib.ts": "export const shared = 1; // a library: no main, not an operation\n",
  "f/ai21/fail.ts": `export async function main(auth: { apiKey: string }) {
  console.log("about to fail with key " + auth.apiKey);
  class RateLimitError extends Error {}
  throw new RateLimitError("429 too many requests for key " + auth.apiKey);
}\n`,
  "f/ai21/speak.ts": `export async function main(auth: { apiKey: string }, text: string) {
  const bytes = new Uint8Array(2048).map((_, i) => i % 256);
  return { file: { content: btoa(String.fromCharCode(...bytes)), filename: "speech.mp3" }, text };
}\n`,
  "f/ai21/generator.ts": `export async function main(auth: { apiKey: string }) {
  return (async function* () { yield "one "; yield "two"; })();
}\n`,
  "f/ai21/multiline.ts": `export async function main(auth: { apiKey: string }) {
  console.log("WM_STREAM: line one\\\\nline two");
  console.log("a log line");
  console.log("WM_STREAM: !");
  return { done: true };
}\n`,
};

/** Creates a throwaway repository holding the stand-ins; returns its root. */
export function makeStandInRepo(): string {
  const root = mkdtempSync(join(tmpdir(), "runner-test-"));
  for (const [path, code] of Object.entries(standIns)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), code);
  }
  return root;
}
