// Assembles a Cohere v2 chat stream (`event: <type>` + `data: {"type": ...}` … `data: [DONE]`) into
// the response the same request would get without streaming, while the text goes live to Windmill.
import type { Reply, Target } from "./http.ts";
import { redactJsonExcept } from "./redact.ts";
import { ResultStream } from "./result_stream.ts";
import { readSse } from "./sse.ts";
import { parseEvent, streamError } from "./stream_events.ts";

type Json = Record<string, any>;

/**
 * Event types and fields as providers.md lists them; the spec's StreamedChatResponseV2 has no
 * citation events and no `[DONE]`. Returns `{id, finish_reason, message, usage, logprobs?}`,
 * the shape of the non-streamed ChatResponseV2.
 */
export async function readCohereStream(target: Target, reply: Reply): Promise<Json> {
  const out = new ResultStream(target.apiKey);
  const message: Json = { role: "assistant" };
  const result: Json = { id: undefined, finish_reason: undefined, message, usage: undefined };
  const text = new TextRun(out);
  let ended = false;
  const fail = (message: string, retryable: boolean) => streamError(target, reply, message, retryable);

  try {
    await readSse(reply, {
      onEvent({ data }) {
        if (data === "[DONE]") return;
        const event = parseEvent(target, reply, data);
        if (event.type === "message-end") {
          ended = true;
          result.id ??= event.id;
          const d = event.delta ?? {};
          result.finish_reason = d.finish_reason;
          if (d.usage) result.usage = d.usage;
          // The model gave up mid-answer: a partial text must not pass for a complete one. A TIMEOUT is
          // worth another attempt; an ERROR may come from the request itself, so it is not repeated.
          if (d.finish_reason === "ERROR" || d.finish_reason === "TIMEOUT") {
            throw fail(
              `generation ended with ${d.finish_reason}: ${d.error ?? "no message given"}`,
              d.finish_reason === "TIMEOUT",
            );
          }
          return;
        }
        apply(result, event, text);
      },
      onChunk() {
        text.settle();
        out.flush();
        if (out.started) reply.delivered = true;
      },
    });
    text.settle();
    // message-end carries finish_reason and usage; without it the answer may be cut short.
    if (!ended) throw fail("the stream ended before message-end; the answer is incomplete", true);
    if (result.usage === undefined) delete result.usage;
    out.end();
  } catch (e) {
    out.fail();
    throw e;
  }
  // The text blocks are what went live: when the stream masked nothing, they hold no fragment of the key.
  const blocks: Json[] = out.masked ? [] : (message.content ?? []);
  const clean = blocks.filter((b) => b?.type === "text").map((b): [Json, string] => [b, "text"]);
  return redactJsonExcept(result, target.apiKey, clean);
}

/**
 * The text deltas of one content block, appended to it once per network chunk: a long answer then
 * holds a few large strings instead of one string per token (half the memory, bench/RESULTS.md).
 */
class TextRun {
  constructor(private readonly out: ResultStream) {}

  private block: Json | undefined;
  private field = "";
  private parts: string[] = [];

  add(block: Json, field: "text" | "thinking", piece: string): void {
    if (block !== this.block || field !== this.field) this.settle();
    this.block = block;
    this.field = field;
    this.parts.push(piece);
  }

  /** Answer text also goes live to Windmill; thinking stays in the result. */
  settle(): void {
    if (!this.block || !this.parts.length) return;
    const piece = this.parts.join("");
    this.block[this.field] = (this.block[this.field] ?? "") + piece;
    if (this.field === "text") this.out.push(piece);
    this.parts.length = 0;
  }
}

function apply(result: Json, event: Json, text: TextRun): void {
  const message = result.message;
  const m = event.delta?.message ?? {};
  const i: number = event.index ?? 0;
  switch (event.type) {
    case "message-start":
      result.id = event.id;
      if (m.role) message.role = m.role;
      return;
    case "content-start":
    case "content-delta": {
      const c = m.content ?? {};
      const kind = c.type ?? (typeof c.thinking === "string" ? "thinking" : "text");
      const block = ((message.content ??= [])[i] ??=
        kind === "thinking" ? { type: "thinking", thinking: "" } : { type: "text", text: "" });
      if (typeof c.text === "string") text.add(block, "text", c.text);
      if (typeof c.thinking === "string") text.add(block, "thinking", c.thinking);
      if (event.logprobs) (result.logprobs ??= []).push(event.logprobs);
      return;
    }
    case "tool-plan-delta":
      if (typeof m.tool_plan === "string") message.tool_plan = (message.tool_plan ?? "") + m.tool_plan;
      return;
    case "tool-call-start": {
      const t = m.tool_calls ?? {};
      const calls: Json[] = (message.tool_calls ??= []);
      calls[event.index ?? calls.length] = {
        id: t.id,
        type: t.type ?? "function",
        function: { name: t.function?.name ?? "", arguments: t.function?.arguments ?? "" },
      };
      return;
    }
    case "tool-call-delta": {
      const call = (message.tool_calls ??= [])[i];
      const fragment = m.tool_calls?.function?.arguments;
      if (call && typeof fragment === "string") call.function.arguments += fragment;
      return;
    }
    case "citation-start":
      if (m.citations) {
        const citations: Json[] = (message.citations ??= []);
        citations[event.index ?? citations.length] = m.citations;
      }
      return;
    // content-end, tool-call-end, citation-end and debug carry nothing the result needs.
  }
}
