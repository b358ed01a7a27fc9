//native
//fetch_response_timeout 0
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
import { type Reply, path, readJson, request } from "../core/http.ts";
import { readOpenAiStream } from "../core/openai_stream.ts";
import { parseChoices } from "../core/structured_choices.ts";
import { expectJson } from "../core/structured_output.ts";
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
    // json_object + json_schema (the schema itself): checked here, not sent. json_schema + json_schema
    // ({name, schema, strict?}): sent, for OpenAI-compatible Jamba servers that enforce it (vLLM).
    response_format?: { type: "text" | "json_object" | "json_schema"; json_schema?: object };
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
  const expected = await structuredOutput(json);
  const req = { method: "POST", path: path`/chat/completions`, json, idempotent: true } as const;
  const read = json.stream ? (reply: Reply) => readOpenAiStream(t, reply, "chat") : readJson<Record<string, any>>;
  const result = await request(t, req, o, read);
  return expected ? parseChoices(t, expected, result) : result;
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
const schemaForJsonSchema = check(
  "json_schema",
  "is required when type is json_schema: {name, schema, strict?}",
  (r) => r.type === "json_schema" && r.json_schema === undefined,
);
const schemaNamed = check(
  "json_schema.name",
  "is required when type is json_schema",
  (r) => r.type === "json_schema" && r.json_schema !== undefined && typeof r.json_schema.name !== "string",
);
const schemaGiven = check(
  "json_schema.schema",
  "is required when type is json_schema: a JSON schema object",
  (r) => r.type === "json_schema" && r.json_schema !== undefined && !isObject(r.json_schema.schema),
);
const schemaNeedsJson = check(
  "json_schema",
  'needs type "json_object" or "json_schema"',
  (r) => r.json_schema !== undefined && r.type === "text",
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
    response_format: checks(schemaForJsonSchema, schemaNamed, schemaGiven, schemaNeedsJson),
    "response_format.type": free,
    "response_format.json_schema": free,
    max_tokens: int(0, 4096),
    temperature: range(0, 2),
    top_p: and(above(0), atMost(1)),
    stop: free,
    n: int(1, 16),
    stream: free,
  },
  alternatives: { stop: oneString },
});

const isObject = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * What the reply must be. AI21's own API enforces JSON mode only (its spec's ResponseFormat has just
 * `type`), so a json_object schema is checked here and left out of the request.
 */
function structuredOutput(json: Parameters<typeof main>[1]) {
  const f = json.response_format as { type: string; json_schema?: any } | undefined;
  if (f?.type === "json_schema")
    return expectJson("provider schema", f.json_schema.schema, "body.response_format.json_schema.schema");
  if (f?.type !== "json_object") return undefined;
  json.response_format = { type: "json_object" };
  return expectJson("json mode + local check", f.json_schema, "body.response_format.json_schema");
}
