//native
// Chat with a Jamba model, streamed live to Windmill or not. https://docs.ai21.com/reference/jamba-1-7-api-ref
import {
  above,
  and,
  atMost,
  check,
  checks,
  defineContract,
  free,
  int,
  nonEmpty,
  oneString,
  range,
} from "../core/contract.ts";
import { path, readJson, request } from "../core/http.ts";
import { readOpenAiStream } from "../core/openai_stream.ts";
import { shape } from "./shapes/create_chat_completion.ts";

type Ai21 = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Ai21,
  body: {
    model: string;
    messages: {
      role: "system" | "user" | "assistant" | "tool";
      content?: string;
      // The spec's ToolCall defaults type to "function", so a call passed back without it is valid.
      tool_calls?: { id: string; type?: "function"; function: { name: string; arguments: string } }[];
      tool_call_id?: string;
      reasoning_content?: string;
    }[];
    tools?: { type: "function"; function: { name: string; description?: string; parameters?: object } }[];
    documents?: { id?: string; content: string; metadata?: object }[];
    response_format?: { type: "text" | "json_object" };
    max_tokens?: number;
    temperature?: number;
    top_p?: number;
    // The API also takes one string; the form offers the list most users need, and a string still passes.
    stop?: string[];
    n?: number;
    stream?: boolean;
  },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: json, options: o } = contract.parse(auth, body, options);
  const req = { method: "POST", path: path`/chat/completions`, json, idempotent: true } as const;
  if (json.stream) return request(t, req, o, (reply) => readOpenAiStream(t, reply, "chat"));
  return request(t, req, o, readJson);
}

const toolMessageNeedsId = check(
  "tool_call_id",
  "is required for a tool message",
  (m) => m.role === "tool" && m.tool_call_id === undefined,
);
const contentNeeded = check(
  "content",
  (m) => `is required for a ${m.role} message`,
  (m) => m.role !== "assistant" && m.content === undefined,
);
const oneWhenStreaming = check("n", "must be 1 when streaming", (b) => b.stream === true && b.n > 1);

// Bounds from providers.md: the spec's own ranges are stale or missing.
export const contract = defineContract(shape, {
  sends: "json",
  rules: {
    $: checks(oneWhenStreaming),
    model: nonEmpty,
    messages: free,
    "messages[]": checks(toolMessageNeedsId, contentNeeded),
    "messages[].role": free,
    "messages[].content": free,
    "messages[].tool_calls": free,
    "messages[].tool_calls[].id": free,
    "messages[].tool_calls[].type": free,
    "messages[].tool_calls[].function": free,
    "messages[].tool_calls[].function.name": free,
    "messages[].tool_calls[].function.arguments": free,
    "messages[].tool_call_id": nonEmpty,
    "messages[].reasoning_content": free,
    tools: free,
    "tools[].type": free,
    "tools[].function": free,
    "tools[].function.name": nonEmpty,
    "tools[].function.description": free,
    "tools[].function.parameters": free,
    documents: free,
    "documents[].id": free,
    "documents[].content": free,
    "documents[].metadata": free,
    response_format: free,
    "response_format.type": free,
    max_tokens: int(0, 4096),
    temperature: range(0, 2),
    top_p: and(above(0), atMost(1)),
    stop: free,
    n: int(1, 16),
    stream: free,
  },
  alternatives: { stop: oneString },
});
