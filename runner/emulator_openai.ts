// Chat completions the way AI21 and Together answer them (OpenAI-style), plain or streamed
// as `data: {chunk}` events ending with `data: [DONE]`; a `response_format` gets JSON that fits its schema.
import { sseResponse, type FixtureEvent } from "../fixtures/index.ts";
import { errorResponse } from "./emulator_errors.ts";
import { countTokens, lastUserText, planReply, type ChatMessage, type ToolSpec } from "./emulator_reply.ts";
import { structuredText } from "./emulator_schema.ts";
import { providers, type ProviderId } from "./providers.ts";

type ChatBody = {
  model?: string;
  messages?: ChatMessage[];
  tools?: ToolSpec[];
  tool_choice?: unknown;
  max_tokens?: number;
  stream?: boolean;
  response_format?: unknown;
};

export function openaiChat(provider: ProviderId, body: ChatBody, delayMs: number): Response {
  const info = providers[provider];
  if (!Array.isArray(body.messages) || body.messages.length === 0) {
    const status = provider === "ai21" ? 422 : 400;
    return errorResponse(provider, status, "messages: field required, at least one message", { param: "messages" });
  }
  const model = body.model ?? info.chat.model;
  const plan = planReply({
    label: info.label,
    model,
    messages: body.messages,
    tools: body.tools,
    toolChoice: body.tool_choice,
    maxTokens: body.max_tokens,
    // Structured output answers with JSON matching the requested schema.
    text: structuredText(body.response_format, lastUserText(body.messages)),
  });
  const id = `chatcmpl-${crypto.randomUUID()}`;
  const created = Math.floor(Date.now() / 1000);
  const prompt = countTokens(body.messages);
  const completion = plan.kind === "text" ? plan.pieces.length : plan.fragments.length + 2;
  const usage = { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
  const finish = plan.kind === "text" ? plan.finish : "tool_calls";
  const headers = { "x-request-id": id };
  const callId = `call_${crypto.randomUUID().slice(0, 8)}`;

  if (!body.stream) {
    const message =
      plan.kind === "text"
        ? { role: "assistant", content: plan.pieces.join("") }
        : {
            role: "assistant",
            content: null,
            tool_calls: [{ id: callId, type: "function", function: { name: plan.name, arguments: plan.args } }],
          };
    const json = {
      id,
      object: "chat.completion",
      created,
      model,
      choices: [{ index: 0, message, finish_reason: finish, logprobs: null }],
      usage,
    };
    return Response.json(json, { headers });
  }

  const chunk = (delta: unknown, finish_reason: string | null = null, extra = {}): FixtureEvent => ({
    data: {
      id,
      object: "chat.completion.chunk",
      created,
      model,
      choices: [{ index: 0, delta, finish_reason }],
      ...extra,
    },
  });
  const events: FixtureEvent[] = [chunk({ role: "assistant", content: "" })];
  if (plan.kind === "text") {
    for (const piece of plan.pieces) events.push(chunk({ content: piece }));
  } else {
    const start = { index: 0, id: callId, type: "function", function: { name: plan.name, arguments: "" } };
    events.push(chunk({ tool_calls: [start] }));
    for (const fragment of plan.fragments) {
      events.push(chunk({ tool_calls: [{ index: 0, function: { arguments: fragment } }] }));
    }
  }
  // like both providers, finish_reason and usage arrive together on the last chunk
  events.push(chunk({}, finish, { usage }));
  events.push({ data: "[DONE]" });
  return sseResponse(events, delayMs, { headers: { "cache-control": "no-cache", ...headers } });
}
