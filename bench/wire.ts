// What the providers send back, byte for byte as on the wire (shapes from providers.md and the
// specs): a non-streamed chat answer, and streamed answers as SSE events. Built once per shape.
import { encodeEvent } from "../fixtures/wire.ts";

export type Provider = "ai21" | "togetherai" | "cohere";
export const PROVIDERS: Provider[] = ["ai21", "togetherai", "cohere"];

/** A streamed answer: each SSE event as text, and which ones carry answer text. */
export interface Stream {
  events: string[];
  isText: boolean[];
  /** Length (UTF-16 units) of the answer a client assembles: the check that a contender did the work. */
  textLength: number;
}

// Token-like pieces, with the newlines (escaped in WM_STREAM lines) and multi-byte characters
// (split across network chunks) a real answer has.
const VOCAB = [
  " The",
  " worker",
  " runs",
  " each",
  " step",
  " of",
  " the",
  " flow",
  ",",
  " then",
  " returns",
  " its",
  " result",
  ".",
  "\n\n",
  " Café",
  " naïve",
  " →",
  " 数据",
  " 🚀",
  " and",
  " streams",
  " tokens",
  " live",
];

/** `count` deltas; each is one token, or about `chars` characters when asked for big pieces. */
export function deltas(count: number, chars = 0): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let d = VOCAB[(i * 7) % VOCAB.length]!;
    for (let j = i + 1; d.length < chars; j++) d += VOCAB[(j * 7) % VOCAB.length];
    out.push(d);
  }
  return out;
}

const ID = "chatcmpl-8f2c1a9e-5b7d-4c1e-9a3f-2d6b8e0c4f71";
const MODEL = {
  ai21: "jamba-mini",
  togetherai: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
  cohere: "command-a-03-2025",
};
const CREATED = 1763780000;

/** The non-streamed answer, as the JSON text the server sends. */
export function chatJson(provider: Provider, text: string): string {
  if (provider === "cohere") {
    return JSON.stringify({
      id: "c14c80c3-18eb-4519-9460-6c92edd8cfb4",
      message: { role: "assistant", content: [{ type: "text", text }] },
      finish_reason: "COMPLETE",
      usage: {
        billed_units: { input_tokens: 21, output_tokens: 120 },
        tokens: { input_tokens: 221, output_tokens: 120 },
      },
    });
  }
  const usage = { prompt_tokens: 21, completion_tokens: 120, total_tokens: 141 };
  const message = { role: "assistant", content: text, tool_calls: null };
  const choice = { index: 0, message, logprobs: null, finish_reason: "stop" };
  if (provider === "ai21")
    return JSON.stringify({
      id: ID,
      choices: [choice],
      usage,
      meta: { requestDurationMillis: 412 },
      model: MODEL.ai21,
    });
  return JSON.stringify({
    id: ID,
    object: "chat.completion",
    created: CREATED,
    model: MODEL.togetherai,
    prompt: [],
    choices: [{ ...choice, seed: 4242 }],
    usage,
  });
}

/** The streamed form of an answer made of `pieces`, ending in `data: [DONE]` as all three do. */
export function chatStream(provider: Provider, pieces: string[]): Stream {
  const events: string[] = [];
  const isText: boolean[] = [];
  const add = (data: unknown, text: boolean, type?: string) => {
    events.push(encodeEvent({ event: type, data }));
    isText.push(text);
  };
  const usage = { prompt_tokens: 21, completion_tokens: pieces.length, total_tokens: 21 + pieces.length };
  if (provider === "cohere") {
    const typed = (type: string, fields: object, text = false) => add({ type, ...fields }, text, type);
    typed("message-start", {
      id: "c14c80c3-18eb-4519-9460-6c92edd8cfb4",
      delta: { message: { role: "assistant", content: [], tool_plan: "", tool_calls: [], citations: [] } },
    });
    typed("content-start", { index: 0, delta: { message: { content: { type: "text", text: "" } } } });
    for (const text of pieces) typed("content-delta", { index: 0, delta: { message: { content: { text } } } }, true);
    typed("content-end", { index: 0 });
    const units = { input_tokens: 21, output_tokens: pieces.length };
    typed("message-end", {
      delta: { finish_reason: "COMPLETE", usage: { billed_units: units, tokens: { ...units, input_tokens: 221 } } },
    });
  } else if (provider === "ai21") {
    const chunk = (delta: object, finish: string | null, u: object | null = null) => ({
      id: ID,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
      usage: u,
    });
    add(chunk({ role: "assistant" }, null), false);
    for (const content of pieces) add(chunk({ content }, null), true);
    add(chunk({ content: "" }, "stop", usage), false);
  } else {
    // Together repeats the text as choices[].text and numbers each token (providers.md).
    const chunk = (text: string, tokenId: number, finish: string | null, u: object | null = null) => ({
      id: ID,
      object: "chat.completion.chunk",
      created: CREATED,
      model: MODEL.togetherai,
      choices: [
        {
          index: 0,
          text,
          logprobs: null,
          finish_reason: finish,
          seed: finish ? 4242 : null,
          delta: { token_id: tokenId, role: "assistant", content: text, tool_calls: null },
        },
      ],
      usage: u,
    });
    pieces.forEach((text, i) => add(chunk(text, 1000 + i, null), true));
    add(chunk("", 128009, "stop", usage), false);
  }
  add("[DONE]", false);
  return { events, isText, textLength: pieces.reduce((n, p) => n + p.length, 0) };
}
