//native
//fetch_response_timeout 0
// Chat with a Jamba model, streamed live to Windmill or not. https://docs.ai21.com/reference/jamba-1-7-api-ref
import { dropBlanks } from "../core/blanks.ts";
import { path, readJson, request } from "../core/http.ts";
import { readOpenAiStream } from "../core/openai_stream.ts";
import { target } from "../core/providers.ts";
import { array, boolean, either, integer, number, object, oneOf, refine, string, validate } from "../core/validate.ts";

type Ai21 = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Ai21,
  body: {
    model: string;
    messages: {
      role: "system" | "user" | "assistant" | "tool";
      content?: string;
      tool_calls?: { id: string; type: "function"; function: { name: string; arguments: string } }[];
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
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("ai21", auth, options);
  const json = validate(dropBlanks(body), rules);
  const req = { method: "POST", path: path`/chat/completions`, json, idempotent: true } as const;
  if (json.stream) return request(t, req, options, (reply) => readOpenAiStream(t, reply, "chat"));
  return request(t, req, options, readJson);
}

const message = refine(
  object(
    {
      role: oneOf("system", "user", "assistant", "tool"),
      content: string(),
      tool_call_id: string({ nonEmpty: true }),
      tool_calls: array(object({ id: string() }, ["id", "function"])),
      reasoning_content: string(),
    },
    ["role"],
  ),
  (m) =>
    m.role === "tool" && !m.tool_call_id
      ? ["tool_call_id", "is required for a tool message"]
      : m.role !== "assistant" && typeof m.content !== "string"
        ? ["content", `is required for a ${m.role} message`]
        : undefined,
);

// Bounds from providers.md: the spec's own ranges are stale or missing.
const rules = refine(
  object(
    {
      model: string({ nonEmpty: true }),
      messages: array(message, { min: 1 }),
      tools: array(
        object({ type: oneOf("function"), function: object({ name: string({ nonEmpty: true }) }, ["name"]) }, [
          "type",
          "function",
        ]),
      ),
      documents: array(object({ id: string(), content: string(), metadata: object({}) }, ["content"])),
      response_format: object({ type: oneOf("text", "json_object") }, ["type"]),
      max_tokens: integer({ min: 0, max: 4096 }),
      temperature: number({ min: 0, max: 2 }),
      top_p: number({ above: 0, max: 1 }),
      stop: either(string(), array(string())),
      n: integer({ min: 1, max: 16 }),
      stream: boolean,
    },
    ["model", "messages"],
  ),
  (b) => (b.stream && b.n > 1 ? ["n", "must be 1 when streaming"] : undefined),
);
