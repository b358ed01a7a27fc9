// Assembles an OpenAI-style `data: {chunk}` … `data: [DONE]` stream (AI21, Together) into the
// response the same request would get without streaming, while the text goes live to Windmill.
import type { Reply, Target } from "./http.ts";
import { redactJsonExcept } from "./redact.ts";
import { ResultStream } from "./result_stream.ts";
import { readSse } from "./sse.ts";
import { parseEvent, streamError } from "./stream_events.ts";

type Json = Record<string, any>;

/** `chat` gathers `delta` into `message`; `completion` gathers `choices[].text` (Together /completions). */
export type StreamKind = "chat" | "completion";

export async function readOpenAiStream(target: Target, reply: Reply, kind: StreamKind): Promise<Json> {
  const out = new ResultStream(target.apiKey);
  const result: Json = {
    id: undefined,
    object: kind === "chat" ? "chat.completion" : "text_completion",
    created: undefined,
    model: undefined,
    choices: [],
  };
  // Text of the current network chunk, per choice, appended (and streamed, for choice 0) once per
  // chunk: a long answer then holds a few large strings, not one per token (bench/RESULTS.md).
  const pending: string[][] = [];
  const settle = () => {
    for (let i = 0; i < pending.length; i++) {
      const parts = pending[i];
      if (!parts?.length) continue;
      const text = parts.join("");
      appendText(result.choices[i], kind, text);
      if (i === 0) out.push(text);
      parts.length = 0;
    }
  };
  let done = false;

  try {
    await readSse(reply, {
      onEvent({ data }) {
        if (data === "[DONE]") return void (done = true);
        merge(result, parseEvent(target, reply, data), kind, pending);
      },
      onChunk() {
        settle();
        out.flush();
        if (out.started) reply.delivered = true;
      },
    });
    settle();
    if (!done) throw streamError(target, reply, "the stream ended before [DONE]; the answer is incomplete", true);
    out.end();
  } catch (e) {
    out.fail();
    throw e;
  }
  // Choice 0's text is what went live: when the stream masked nothing, it holds no fragment of the key.
  const first = kind === "chat" ? result.choices[0]?.message : result.choices[0];
  const clean: [Json, string][] = out.masked || !first ? [] : [[first, kind === "chat" ? "content" : "text"]];
  return redactJsonExcept(result, target.apiKey, clean);
}

function merge(result: Json, chunk: Json, kind: StreamKind, pending: string[][]): void {
  result.id ??= chunk.id;
  result.created ??= chunk.created;
  result.model ??= chunk.model;
  if (chunk.usage) result.usage = chunk.usage;
  const choices: Json[] | undefined = chunk.choices;
  if (!choices) return;
  for (let i = 0; i < choices.length; i++) {
    const c = choices[i];
    const index: number = c.index ?? 0;
    const choice = result.choices[index] ?? (result.choices[index] = newChoice(index, kind));
    if (c.finish_reason) choice.finish_reason = c.finish_reason;
    if (c.logprobs) appendLogprobs(choice, c.logprobs);
    const d = c.delta;
    const text: string | undefined = kind === "chat" ? d?.content : c.text;
    if (text) (pending[index] ??= []).push(text);
    // Nearly every delta is text alone; only the others take the general path, which costs per token.
    if (
      kind === "chat" &&
      d &&
      (d.role !== undefined || d.tool_calls || d.reasoning != null || d.reasoning_content != null)
    )
      mergeDelta(choice.message, d);
  }
}

function appendText(choice: Json, kind: StreamKind, text: string): void {
  if (kind === "chat") choice.message.content = (choice.message.content ?? "") + text;
  else choice.text += text;
}

function newChoice(index: number, kind: StreamKind): Json {
  return kind === "chat"
    ? { index, message: { role: "assistant", content: null }, finish_reason: null }
    : { index, text: "", finish_reason: null };
}

function mergeDelta(message: Json, delta: Json): void {
  if (delta.role) message.role = delta.role;
  // Reasoning models stream their thinking beside the answer; AI21 calls it reasoning_content.
  if (typeof delta.reasoning === "string") message.reasoning = (message.reasoning ?? "") + delta.reasoning;
  if (typeof delta.reasoning_content === "string")
    message.reasoning_content = (message.reasoning_content ?? "") + delta.reasoning_content;
  for (const t of delta.tool_calls ?? []) {
    const calls: Json[] = (message.tool_calls ??= []);
    const i = t.index ?? calls.length;
    const call = (calls[i] ??= { id: t.id, type: t.type ?? "function", function: { name: "", arguments: "" } });
    if (t.id) call.id = t.id;
    if (t.function?.name && !call.function.name) call.function.name = t.function.name;
    if (t.function?.arguments) call.function.arguments += t.function.arguments;
  }
}

function appendLogprobs(choice: Json, logprobs: Json): void {
  if (!Array.isArray(logprobs.content)) return void (choice.logprobs = logprobs);
  choice.logprobs ??= { content: [] };
  choice.logprobs.content.push(...logprobs.content);
}
