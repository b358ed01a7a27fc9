//native
//fetch_response_timeout 0
// Chat with a Command model, streamed live to Windmill or not. https://docs.cohere.com/reference/chat
import { dropBlanks } from "../core/blanks.ts";
import { readCohereStream } from "../core/cohere_stream.ts";
import { InputError } from "../core/errors.ts";
import { path, readJson, request } from "../core/http.ts";
import { target } from "../core/providers.ts";
import {
  array,
  boolean,
  either,
  integer,
  number,
  object,
  oneOf,
  refine,
  type Rule,
  string,
  validate,
} from "../core/validate.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: {
    model: string;
    messages: {
      role: "user" | "assistant" | "system" | "tool";
      // The API also takes a list of content blocks (text, image_url, thinking, document); the form
      // offers the plain text most messages are, and a list still passes.
      content?: string;
      tool_call_id?: string;
      tool_calls?: { id: string; type: "function"; function: { name: string; arguments: string } }[];
      tool_plan?: string;
      citations?: object[];
    }[];
    tools?: { type: "function"; function: { name: string; description?: string; parameters: object } }[];
    strict_tools?: boolean;
    // The API also takes plain strings; objects carry the ids that citations point back to, and strings still pass.
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
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("cohere", auth, options);
  const json = validate(dropBlanks(body), rules);
  const req = { method: "POST", path: path`/v2/chat`, json, idempotent: true } as const;
  if (json.stream) return request(t, req, options, (reply) => readCohereStream(t, reply));
  return request(t, req, options, readJson);
}

const blocks = array(object({ type: oneOf("text", "image_url", "thinking", "document") }, ["type"]), { min: 1 });
const message = refine(
  object(
    {
      role: oneOf("user", "assistant", "system", "tool"),
      content: either(string(), blocks),
      tool_call_id: string({ nonEmpty: true }),
      tool_calls: array(object({ id: string(), type: oneOf("function") }, ["id", "type"])),
      tool_plan: string(),
      citations: array(object({})),
    },
    ["role"],
  ),
  (m) =>
    m.role === "tool" && !m.tool_call_id
      ? ["tool_call_id", "is required for a tool message"]
      : m.role !== "assistant" && m.content == null
        ? ["content", `is required for a ${m.role} message`]
        : undefined,
);

// The spec allows up to 2^64, but above 2^53 a number is no longer exact in JavaScript (providers.md).
const seed: Rule = (v, p) => {
  integer({ min: 0 })(v, p);
  if (!Number.isSafeInteger(v))
    throw new InputError(p, `must be a safe integer, at most ${Number.MAX_SAFE_INTEGER} (got ${v})`);
};

const rules = refine(
  object(
    {
      model: string({ nonEmpty: true }),
      messages: array(message, { min: 1 }),
      tools: array(
        object(
          {
            type: oneOf("function"),
            function: object({ name: string({ nonEmpty: true }), description: string(), parameters: object({}) }, [
              "name",
              "parameters",
            ]),
          },
          ["type", "function"],
        ),
      ),
      strict_tools: boolean,
      documents: array(either(string(), object({ id: string(), data: object({}) }, ["data"]))),
      citation_options: object({ mode: oneOf("ENABLED", "DISABLED", "FAST", "ACCURATE", "OFF") }),
      response_format: object({ type: oneOf("text", "json_object"), json_schema: object({}) }, ["type"]),
      // "OFF" must reach the API as a string (providers.md); a YAML 1.1 loader would have made it false.
      safety_mode: oneOf("CONTEXTUAL", "STRICT", "OFF"),
      max_tokens: integer({ min: 0 }),
      stop_sequences: array(string(), { max: 5 }),
      temperature: number({ min: 0, max: 1 }),
      seed,
      // Bounds from the spec's prose; its schema gives none.
      frequency_penalty: number({ min: 0, max: 1 }),
      presence_penalty: number({ min: 0, max: 1 }),
      k: integer({ min: 0, max: 500 }),
      p: number({ min: 0.01, max: 0.99 }),
      logprobs: boolean,
      tool_choice: oneOf("REQUIRED", "NONE"),
      thinking: object({ type: oneOf("enabled", "disabled"), token_budget: integer({ min: 1 }) }, ["type"]),
      priority: integer({ min: 0, max: 999 }),
      stream: boolean,
    },
    ["model", "messages"],
  ),
  (b) =>
    b.response_format && b.documents?.length
      ? ["response_format", "cannot be combined with documents"]
      : b.response_format && b.tools?.length
        ? ["response_format", "cannot be combined with tools"]
        : b.response_format?.json_schema && b.response_format.type !== "json_object"
          ? ["response_format.json_schema", 'needs type "json_object"']
          : b.tool_choice === "REQUIRED" && !b.tools?.length
            ? ["tool_choice", "REQUIRED needs tools"]
            : undefined,
);
