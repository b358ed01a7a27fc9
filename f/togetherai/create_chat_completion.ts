//native
//fetch_response_timeout 0
// Chat with a Together model (tools, structured output, reasoning), streamed live to Windmill or not. https://docs.together.ai/reference/chat-completions-1
import { dropBlanks } from "../core/blanks.ts";
import { path, readJson, request } from "../core/http.ts";
import { readOpenAiStream } from "../core/openai_stream.ts";
import { target } from "../core/providers.ts";
import { samplingRules } from "../core/together_sampling.ts";
import { array, boolean, either, object, oneOf, refine, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: {
    model: string;
    messages: {
      role: "system" | "user" | "assistant" | "tool" | "function";
      // A string serves most flows. A user message may also carry a list of parts (text, image_url,
      // video_url, audio_url, input_audio): typed here it would become a raw JSON box, so it is accepted at run time.
      content?: string;
      name?: string;
      tool_calls?: { id: string; type: "function"; function: { name: string; arguments: string } }[];
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
    };
    tools?: { type: "function"; function: { name: string; description?: string; parameters?: object } }[];
    // providers.md: the spec types it as a tool-call object, the API takes these words or
    // {type: "function", function: {name}}; the object form is accepted at run time.
    tool_choice?: "auto" | "none" | "required";
    // Deprecated by Together in favour of tools; {name} is accepted at run time.
    function_call?: "none" | "auto";
    reasoning_effort?: "low" | "medium" | "high";
    reasoning?: { enabled?: boolean };
    chat_template_kwargs?: object;
    safety_model?: string;
    compliance?: "hipaa";
  },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  // What a form leaves in fields nobody filled in (null, "", [], {}, also nested) is left out, not refused.
  const json = validate(dropBlanks(body), rules);
  // Stateless inference: safe to repeat, so 5xx and dropped connections are retried too.
  const req = { method: "POST", path: path`/chat/completions`, json, idempotent: true } as const;
  if (json.stream) return request(t, req, options, (reply) => readOpenAiStream(t, reply, "chat"));
  return request(t, req, options, readJson);
}

const url = object({ url: string({ nonEmpty: true }) }, ["url"]);
// Each part carries the field its type names: {type: "image_url", image_url: {url}}.
const part = refine(
  object(
    {
      type: oneOf("text", "image_url", "video_url", "audio_url", "input_audio"),
      text: string(),
      image_url: url,
      video_url: url,
      audio_url: url,
      input_audio: object({ data: string({ nonEmpty: true }), format: oneOf("wav") }, ["data", "format"]),
    },
    ["type"],
  ),
  (p) => (p[p.type] === undefined ? [p.type, `is required when type is ${p.type}`] : undefined),
);

const toolCall = object(
  {
    id: string({ nonEmpty: true }),
    type: oneOf("function"),
    function: object({ name: string({ nonEmpty: true }), arguments: string() }, ["name", "arguments"]),
  },
  ["id", "function"],
);

const message = refine(
  object(
    {
      role: oneOf("system", "user", "assistant", "tool", "function"),
      content: either(string(), array(part, { min: 1 })),
      name: string(),
      tool_calls: array(toolCall),
      tool_call_id: string({ nonEmpty: true }),
    },
    ["role"],
  ),
  (m) =>
    m.role === "tool" && !m.tool_call_id
      ? ["tool_call_id", "is required for a tool message"]
      : m.role === "function" && !m.name
        ? ["name", "is required for a function message"]
        : m.role !== "assistant" && m.content == null
          ? ["content", `is required for a ${m.role} message`]
          : m.role !== "user" && Array.isArray(m.content)
            ? ["content", "must be a string: only user messages take a list of parts"]
            : undefined,
);

const named = object({ name: string({ nonEmpty: true }) }, ["name"]);
const jsonSchema = object(
  {
    name: string({ pattern: /^[A-Za-z0-9_-]{1,64}$/, patternName: "1-64 letters, digits, _ or -" }),
    description: string(),
    schema: object({}),
    strict: boolean,
  },
  ["name"],
);

const rules = object(
  {
    ...samplingRules,
    model: string({ nonEmpty: true }),
    messages: array(message, { min: 1 }),
    context_length_exceeded_behavior: oneOf("truncate", "error"),
    response_format: refine(
      object({ type: oneOf("text", "json_schema", "json_object"), json_schema: jsonSchema }, ["type"]),
      (r) =>
        r.type === "json_schema" && !r.json_schema
          ? ["json_schema", "is required when type is json_schema"]
          : undefined,
    ),
    tools: array(
      object(
        {
          type: oneOf("function"),
          function: object({ name: string({ nonEmpty: true }), description: string(), parameters: object({}) }, [
            "name",
          ]),
        },
        ["type", "function"],
      ),
    ),
    tool_choice: either(
      oneOf("auto", "none", "required"),
      object({ type: oneOf("function"), function: named }, ["type", "function"]),
    ),
    function_call: either(oneOf("none", "auto"), named),
    reasoning_effort: oneOf("low", "medium", "high"),
    reasoning: object({ enabled: boolean }),
    chat_template_kwargs: object({}),
    compliance: oneOf("hipaa"),
  },
  ["model", "messages"],
);
