//native
//fetch_response_timeout 0
// Chat with a Together model (tools, structured output, reasoning), streamed live to Windmill or not. https://docs.together.ai/reference/chat-completions-1
import {
  alternative,
  check,
  checks,
  defineContract,
  free,
  list,
  matches,
  nonEmpty,
  obj,
  oneOf,
  oneString,
  req,
  str,
} from "../core/contract.ts";
import { type Reply, path, readJson, request } from "../core/http.ts";
import { readOpenAiStream } from "../core/openai_stream.ts";
import { parseChoices } from "../core/structured_choices.ts";
import { expectJson } from "../core/structured_output.ts";
import { sampling } from "../core/together_sampling.ts";
import { shape } from "./shapes/create_chat_completion.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: {
    model: string;
    messages: {
      role: "system" | "user" | "assistant" | "tool" | "function";
      // A string serves most flows. A user message may also carry a list of parts (text, image_url,
      // video_url, audio_url, input_audio): typed here it would become a raw JSON box, so it is an alternative.
      content?: string;
      name?: string;
      // index: the spec's ToolChoice, as a reply returns it and a caller passes it back.
      tool_calls?: {
        id: string;
        type: "function";
        function: { name: string; arguments: string };
        index?: number;
      }[];
      tool_call_id?: string;
    }[];
    max_tokens?: number;
    // The API also takes one string; the form offers the list.
    stop?: string[];
    temperature?: number;
    top_p?: number;
    top_k?: number;
    min_p?: number;
    repetition_penalty?: number;
    presence_penalty?: number;
    frequency_penalty?: number;
    logit_bias?: object;
    seed?: number;
    n?: number;
    logprobs?: number;
    echo?: boolean;
    stream?: boolean;
    context_length_exceeded_behavior?: "truncate" | "error";
    response_format?: {
      type: "text" | "json_schema" | "json_object";
      json_schema?: { name: string; description?: string; schema?: object; strict?: boolean };
      // The older JSON mode with a schema, {type: "json_object", schema}, as Together's JSON-mode guide
      // shows it; the spec's ResponseFormatJsonObject lists only `type`.
      schema?: object;
    };
    tools?: { type: "function"; function: { name: string; description?: string; parameters?: object } }[];
    // providers.md: the API takes these words or {type: "function", function: {name}}; the spec
    // types it as any string (its example: "tool_name"). Both are alternatives below.
    tool_choice?: "auto" | "none" | "required";
    // Deprecated by Together in favour of tools; {name} is an alternative.
    function_call?: "none" | "auto";
    reasoning_effort?: "low" | "medium" | "high";
    reasoning?: { enabled?: boolean };
    chat_template_kwargs?: object;
    safety_model?: string;
    compliance?: "hipaa";
  },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: json, options: o } = contract.parse(auth, body, options);
  const expected = await structuredOutput(json.response_format);
  // Stateless inference: safe to repeat, so 5xx and dropped connections are retried too.
  const req = { method: "POST", path: path`/chat/completions`, json, idempotent: true } as const;
  const read = json.stream ? (reply: Reply) => readOpenAiStream(t, reply, "chat") : readJson<Record<string, any>>;
  const result = await request(t, req, o, read);
  return expected ? parseChoices(t, expected, result) : result;
}

// Each part carries the field its type names: {type: "image_url", image_url: {url}}.
const url = obj({ url: req(str) });
const part = obj({
  type: req(oneOf("text", "image_url", "video_url", "audio_url", "input_audio")),
  text: str,
  image_url: url,
  video_url: url,
  audio_url: url,
  input_audio: obj({ data: req(str), format: req(oneOf("wav")) }),
});
const partHasItsField = check(
  (p) => p.type,
  (p) => `is required when type is ${p.type}`,
  (p) => p[p.type] === undefined,
);
const contentParts = alternative("a list of content parts", list(part), {
  "[]": checks(partHasItsField),
  "[].input_audio.data": nonEmpty,
});
const namedFunction = alternative("a named function", obj({ name: req(str) }), { name: nonEmpty });
const namedTool = alternative(
  "a named tool",
  obj({ type: req(oneOf("function")), function: req(obj({ name: req(str) })) }),
  { "function.name": nonEmpty },
);
// The spec types these as plain strings (SDK tests send "tool_name", "tool_type").
const anyToolChoice = alternative("any string the spec allows", str);
const anyToolType = alternative("any tool type the spec allows", str);

const toolMessageNeedsId = check(
  "tool_call_id",
  "is required for a tool message",
  (m) => m.role === "tool" && m.tool_call_id === undefined,
);
const functionMessageNeedsName = check(
  "name",
  "is required for a function message",
  (m) => m.role === "function" && m.name === undefined,
);
const contentNeeded = check(
  "content",
  (m) => `is required for a ${m.role} message`,
  (m) => m.role !== "assistant" && m.content === undefined,
);
const partsOnlyForUser = check(
  "content",
  "must be a string: only user messages take a list of parts",
  (m) => m.role !== "user" && Array.isArray(m.content),
);
const schemaForJsonSchema = check(
  "json_schema",
  "is required when type is json_schema",
  (r) => r.type === "json_schema" && r.json_schema === undefined,
);
const schemaNeedsJsonObject = check(
  "schema",
  'needs type "json_object" (with json_schema, the schema goes in json_schema.schema)',
  (r) => r.schema !== undefined && r.type !== "json_object",
);
const jsonSchemaNeedsItsType = check(
  "json_schema",
  'needs type "json_schema"',
  (r) => r.json_schema !== undefined && r.type !== "json_schema",
);

export const contract = defineContract(shape, {
  sends: "json",
  rules: {
    ...sampling,
    model: nonEmpty,
    messages: free,
    "messages[]": checks(toolMessageNeedsId, functionMessageNeedsName, contentNeeded, partsOnlyForUser),
    "messages[].role": free,
    "messages[].content": free,
    "messages[].name": free,
    "messages[].tool_calls": free,
    "messages[].tool_calls[].id": nonEmpty,
    "messages[].tool_calls[].type": free,
    "messages[].tool_calls[].function": free,
    "messages[].tool_calls[].function.name": nonEmpty,
    "messages[].tool_calls[].function.arguments": free,
    "messages[].tool_calls[].index": free,
    "messages[].tool_call_id": nonEmpty,
    context_length_exceeded_behavior: free,
    response_format: checks(schemaForJsonSchema, schemaNeedsJsonObject, jsonSchemaNeedsItsType),
    "response_format.type": free,
    "response_format.json_schema": free,
    "response_format.json_schema.name": matches(/^[A-Za-z0-9_-]{1,64}$/, "1-64 letters, digits, _ or -"),
    "response_format.json_schema.description": free,
    "response_format.json_schema.schema": free,
    "response_format.json_schema.strict": free,
    "response_format.schema": free,
    tools: free,
    "tools[].type": free,
    "tools[].function": free,
    "tools[].function.name": nonEmpty,
    "tools[].function.description": free,
    "tools[].function.parameters": free,
    tool_choice: free,
    function_call: free,
    reasoning_effort: free,
    reasoning: free,
    "reasoning.enabled": free,
    chat_template_kwargs: free,
    compliance: free,
  },
  alternatives: {
    "messages[].content": contentParts,
    stop: oneString,
    tool_choice: [namedTool, anyToolChoice],
    "tools[].type": anyToolType,
    function_call: namedFunction,
  },
});

/**
 * What the reply must be; both forms are sent as given. The spec promises that json_schema "ensures
 * the model will match your supplied JSON schema", and of json_object only valid JSON.
 */
function structuredOutput(f: Parameters<typeof main>[1]["response_format"]) {
  if (f?.type === "json_schema")
    return expectJson("provider schema", f.json_schema?.schema, "body.response_format.json_schema.schema");
  if (f?.type === "json_object") return expectJson("json mode + local check", f.schema, "body.response_format.schema");
  return undefined;
}
