//native
//fetch_response_timeout 0
// Chat with a Command model, streamed live to Windmill or not. https://docs.cohere.com/reference/chat
import {
  alternative,
  check,
  checks,
  defineContract,
  free,
  int,
  json,
  length,
  list,
  nonEmpty,
  obj,
  oneOf,
  oneString,
  range,
  req,
  str,
} from "../core/contract.ts";
import { readCohereStream } from "../core/cohere_stream.ts";
import { type Reply, path, readJson, request, type Target } from "../core/http.ts";
import { type Expected, expectJson, parseReply, withParsed } from "../core/structured_output.ts";
import { shape } from "./shapes/chat.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: {
    model: string;
    messages: {
      role: "user" | "assistant" | "system" | "tool";
      // The API also takes a list of content blocks (text, image_url, thinking, document); the form
      // offers the plain text most messages are, and a list is an alternative.
      content?: string;
      tool_call_id?: string;
      tool_calls?: { id: string; type: "function"; function: { name: string; arguments: string } }[];
      tool_plan?: string;
      citations?: object[];
    }[];
    tools?: { type: "function"; function: { name: string; description?: string; parameters: object } }[];
    strict_tools?: boolean;
    // The API also takes plain strings; objects carry the ids that citations point back to, and strings are an alternative.
    documents?: { id?: string; data: object }[];
    citation_options?: { mode?: "ENABLED" | "DISABLED" | "FAST" | "ACCURATE" | "OFF" };
    response_format?: { type: "text" | "json_object"; json_schema?: object };
    safety_mode?: "CONTEXTUAL" | "STRICT" | "OFF";
    max_tokens?: number;
    stop_sequences?: string[];
    temperature?: number;
    seed?: number;
    frequency_penalty?: number;
    presence_penalty?: number;
    k?: number;
    p?: number;
    logprobs?: boolean;
    tool_choice?: "REQUIRED" | "NONE";
    thinking?: { type: "enabled" | "disabled"; token_budget?: number };
    priority?: number;
    stream?: boolean;
  },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: json, options: o } = contract.parse(auth, body, options);
  const expected = await structuredOutput(json.response_format);
  const req = { method: "POST", path: path`/v2/chat`, json, idempotent: true } as const;
  const read = json.stream ? (reply: Reply) => readCohereStream(t, reply) : readJson<Record<string, any>>;
  const result = await request(t, req, o, read);
  return expected ? parseMessage(t, expected, result) : result;
}

// The spec's content blocks (ChatTextContent, ImageContent, ChatThinkingContent, DocumentContent).
const block = obj({
  type: req(oneOf("text", "image_url", "thinking", "document")),
  text: str,
  image_url: obj({ url: req(str), detail: oneOf("auto", "low", "high") }),
  thinking: str,
  document: obj({ id: str, data: req(json) }),
});
const blockHasItsField = check(
  (b) => b.type,
  (b) => `is required when type is ${b.type}`,
  (b) => b[b.type] === undefined,
);
const contentBlocks = alternative("a list of content blocks", list(block), { "[]": checks(blockHasItsField) });

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
// Cohere refuses JSON output with documents or tools with a 400 (spec ResponseFormatV2: "not
// supported when used in combinations with the documents or tools parameters"); saying so before
// the call names the field. `{type: "text"}` is the default ("Defaults to text",
// ResponseFormatTypeV2): it asks for nothing, so it combines with anything.
const asksJson = (b: { response_format?: { type: string } }) => b.response_format?.type === "json_object";
const formatWithoutDocuments = check(
  "response_format",
  'type "json_object" cannot be combined with documents',
  (b) => asksJson(b) && b.documents !== undefined,
);
const formatWithoutTools = check(
  "response_format",
  'type "json_object" cannot be combined with tools',
  (b) => asksJson(b) && b.tools !== undefined,
);
const schemaNeedsJsonObject = check(
  "json_schema",
  'needs type "json_object"',
  (r) => r.json_schema !== undefined && r.type !== "json_object",
);
const requiredNeedsTools = check(
  "tool_choice",
  "REQUIRED needs tools",
  (b) => b.tool_choice === "REQUIRED" && b.tools === undefined,
);

export const contract = defineContract(shape, {
  sends: "json",
  rules: {
    $: checks(formatWithoutDocuments, formatWithoutTools, requiredNeedsTools),
    model: nonEmpty,
    messages: free,
    "messages[]": checks(toolMessageNeedsId, contentNeeded),
    "messages[].role": free,
    "messages[].content": free,
    "messages[].tool_call_id": nonEmpty,
    "messages[].tool_calls": free,
    "messages[].tool_calls[].id": free,
    "messages[].tool_calls[].type": free,
    "messages[].tool_calls[].function": free,
    "messages[].tool_calls[].function.name": free,
    "messages[].tool_calls[].function.arguments": free,
    "messages[].tool_plan": free,
    "messages[].citations": free,
    tools: free,
    "tools[].type": free,
    "tools[].function": free,
    "tools[].function.name": nonEmpty,
    "tools[].function.description": free,
    "tools[].function.parameters": free,
    strict_tools: free,
    documents: free,
    "documents[].id": free,
    "documents[].data": free,
    citation_options: free,
    "citation_options.mode": free,
    response_format: checks(schemaNeedsJsonObject),
    "response_format.type": free,
    "response_format.json_schema": free,
    // "OFF" must reach the API as a string (providers.md); a YAML 1.1 loader would have made it false.
    safety_mode: free,
    max_tokens: int(0),
    stop_sequences: length(0, 5),
    temperature: range(0, 1),
    // The spec allows up to 2^64, but above 2^53 a number is no longer exact in JavaScript (providers.md).
    seed: int(0),
    // Bounds from the spec's prose; its schema gives none.
    frequency_penalty: range(0, 1),
    presence_penalty: range(0, 1),
    k: int(0, 500),
    p: range(0.01, 0.99),
    logprobs: free,
    tool_choice: free,
    thinking: free,
    "thinking.type": free,
    "thinking.token_budget": int(1),
    priority: int(0, 999),
    stream: free,
  },
  alternatives: { "messages[].content": contentBlocks, "documents[]": oneString },
});

/** What the reply must be. The spec: with json_schema, the output "will adhere to" it; without, it is JSON. */
function structuredOutput(f: Parameters<typeof main>[1]["response_format"]) {
  if (f?.type !== "json_object") return undefined;
  const by = f.json_schema === undefined ? "json mode + local check" : "provider schema";
  return expectJson(by, f.json_schema, "body.response_format.json_schema");
}

/** The answer is the message's text blocks (thinking blocks aside); MAX_TOKENS means it was cut there. */
function parseMessage(t: Target, expected: Expected, response: Record<string, any>) {
  const blocks: { type?: string; text?: string }[] = response.message?.content ?? [];
  const text = blocks.map((b) => (b.type === "text" ? (b.text ?? "") : "")).join("");
  const cut = response.finish_reason === "MAX_TOKENS" ? "MAX_TOKENS" : undefined;
  return withParsed(response, parseReply(t, expected, text, cut), expected.by);
}
