// Cohere v2 chat (`POST /v2/chat`), plain or streamed as typed events:
// message-start, content-start, content-delta..., content-end (or the tool-plan and
// tool-call events), message-end, then the `data: [DONE]` the wire ends with. With `documents` it
// answers from them and cites them (citation-start/-end events when streamed); with a
// `response_format` it answers with JSON that fits the schema.
import { sseResponse, type FixtureEvent } from "../fixtures/index.ts";
import { errorResponse } from "./emulator_errors.ts";
import { type Citation, groundedAnswer } from "./emulator_grounded.ts";
import { countTokens, lastUserText, planReply, type ChatMessage, type ToolSpec } from "./emulator_reply.ts";
import { structuredText } from "./emulator_schema.ts";
import { providers } from "./providers.ts";

type CohereBody = {
  model?: string;
  messages?: ChatMessage[];
  tools?: ToolSpec[];
  tool_choice?: unknown;
  max_tokens?: number;
  stream?: boolean;
  documents?: unknown[];
  citation_options?: { mode?: string };
  response_format?: unknown;
};

export function cohereChat(body: CohereBody, delayMs: number): Response {
  if (!body.model) return errorResponse("cohere", 400, "invalid request: model must be provided");
  if (!Array.isArray(body.messages) || body.messages.length === 0) {
    return errorResponse("cohere", 400, "invalid request: messages must contain at least one message");
  }
  const question = lastUserText(body.messages);
  const grounded = body.documents?.length ? groundedAnswer(question, body.documents) : undefined;
  const plan = planReply({
    label: providers.cohere.label,
    model: body.model,
    messages: body.messages,
    tools: body.tools,
    toolChoice: body.tool_choice,
    maxTokens: body.max_tokens,
    text: structuredText(body.response_format, question) ?? grounded?.text,
  });
  const said = plan.kind === "text" ? plan.pieces.join("") : "";
  // Citations of text cut off by max_tokens go with it; mode OFF asks for none.
  const citations: Citation[] =
    body.citation_options?.mode === "OFF" ? [] : (grounded?.citations.filter((c) => c.end <= [...said].length) ?? []);
  const id = crypto.randomUUID();
  const input = countTokens(body.messages);
  const output = plan.kind === "text" ? plan.pieces.length : plan.fragments.length + 8;
  const usage = {
    billed_units: { input_tokens: input, output_tokens: output },
    tokens: { input_tokens: input + 200, output_tokens: output },
  };
  const finish = plan.kind === "tool" ? "TOOL_CALL" : plan.finish === "length" ? "MAX_TOKENS" : "COMPLETE";
  const headers = { "x-debug-trace-id": id };
  const callId = `${plan.kind === "tool" ? plan.name : "call"}_${crypto.randomUUID().slice(0, 8)}`;

  if (!body.stream) {
    const message =
      plan.kind === "text"
        ? {
            role: "assistant",
            content: [{ type: "text", text: said }],
            ...(citations.length ? { citations } : {}),
          }
        : {
            role: "assistant",
            tool_plan: plan.plan,
            tool_calls: [{ id: callId, type: "function", function: { name: plan.name, arguments: plan.args } }],
          };
    return Response.json({ id, message, finish_reason: finish, usage }, { headers });
  }

  const event = (type: string, fields: Record<string, unknown> = {}): FixtureEvent => ({
    event: type,
    data: { type, ...fields },
  });
  const events: FixtureEvent[] = [
    event("message-start", {
      id,
      delta: { message: { role: "assistant", content: [], tool_plan: "", tool_calls: [], citations: [] } },
    }),
  ];
  if (plan.kind === "text") {
    events.push(event("content-start", { index: 0, delta: { message: { content: { type: "text", text: "" } } } }));
    for (const text of plan.pieces) {
      events.push(event("content-delta", { index: 0, delta: { message: { content: { text } } } }));
    }
    citations.forEach((c, index) => {
      events.push(event("citation-start", { index, delta: { message: { citations: c } } }));
      events.push(event("citation-end", { index }));
    });
    events.push(event("content-end", { index: 0 }));
  } else {
    for (const tool_plan of plan.plan.split(/(?<= )/)) {
      events.push(event("tool-plan-delta", { delta: { message: { tool_plan } } }));
    }
    const call = { id: callId, type: "function", function: { name: plan.name, arguments: "" } };
    events.push(event("tool-call-start", { index: 0, delta: { message: { tool_calls: call } } }));
    for (const fragment of plan.fragments) {
      const delta = { message: { tool_calls: { function: { arguments: fragment } } } };
      events.push(event("tool-call-delta", { index: 0, delta }));
    }
    events.push(event("tool-call-end", { index: 0 }));
  }
  events.push(event("message-end", { delta: { finish_reason: finish, usage } }));
  events.push({ data: "[DONE]" });
  return sseResponse(events, delayMs, { headers: { "cache-control": "no-cache", ...headers } });
}
