import { describe, expect, test } from "bun:test";
import documentsStream from "../../fixtures/cohere/chat.documents.stream.json";
import plainStream from "../../fixtures/cohere/chat.stream.json";
import toolStream from "../../fixtures/cohere/chat.tools.stream.json";
import { replyOf } from "../../tests/support/doubles.ts";
import { captureLogs, failure, sseText } from "../../tests/support/mock.ts";
import { readCohereStream } from "./cohere_stream.ts";
import { ProviderError } from "./errors.ts";
import type { Target } from "./http.ts";

const target: Target = { provider: "Cohere", baseUrl: "https://api.cohere.com", apiKey: "co-test-key-0123456789" };

async function assemble(body: string | string[]) {
  const reply = replyOf(body, { requestId: "trace-1", headers: { "content-type": "text/event-stream" }, target });
  const logs = captureLogs();
  try {
    const result = await readCohereStream(target, reply);
    return { result, reply, streamed: logs.streamed() };
  } finally {
    logs.restore();
  }
}

const start = {
  event: "message-start",
  data: { id: "m-1", type: "message-start", delta: { message: { role: "assistant" } } },
};
const text = (t: string, index = 0) => ({
  event: "content-delta",
  data: { type: "content-delta", index, delta: { message: { content: { text: t } } } },
});
const end = (delta: object) => ({ event: "message-end", data: { type: "message-end", delta } });

describe("core/cohere_stream", () => {
  test("puts thinking and text blocks in content by index and streams only the text", async () => {
    const { result, streamed, reply } = await assemble(sseText(plainStream.response.events));
    expect(streamed).toBe("Windmill runs scripts\nas flow steps.");
    expect(reply.delivered).toBe(true);
    expect(result).toEqual({
      id: "29f14a5a-11de-4cae-9800-25e4747408ea",
      finish_reason: "COMPLETE",
      message: {
        role: "assistant",
        content: [
          { type: "thinking", thinking: "The user asks what Windmill is. One sentence will do." },
          { type: "text", text: "Windmill runs scripts\nas flow steps." },
        ],
      },
      usage: { billed_units: { input_tokens: 9, output_tokens: 22 }, tokens: { input_tokens: 214, output_tokens: 22 } },
    });
  });

  test("joins the tool plan and each tool call's argument fragments", async () => {
    const { result, streamed, reply } = await assemble(sseText(toolStream.response.events));
    expect(result.message).toEqual({
      role: "assistant",
      tool_plan: "I will look up the weather in Paris.",
      tool_calls: [
        {
          id: "get_weather_nsz5zm3w56q3",
          type: "function",
          function: { name: "get_weather", arguments: '{\n    "city": "Paris"\n}' },
        },
      ],
    });
    expect(result.finish_reason).toBe("TOOL_CALL");
    expect(streamed).toBe("");
    expect(reply.delivered).toBe(false);
  });

  test("collects citation-start events into message.citations", async () => {
    const { result } = await assemble(sseText(documentsStream.response.events));
    expect(result.message.content).toEqual([{ type: "text", text: "Flows can run on a schedule." }]);
    expect(result.message.citations).toEqual([
      {
        start: 14,
        end: 28,
        text: "on a schedule.",
        sources: [
          {
            type: "document",
            id: "doc-schedules",
            document: {
              id: "doc-schedules",
              title: "Schedules",
              snippet: "Any script or flow can be run on a cron schedule.",
            },
          },
        ],
        type: "TEXT_CONTENT",
      },
    ]);
  });

  test("gathers per-delta logprobs into one list", async () => {
    const lp = (t: string, id: number) => ({
      event: "content-delta",
      data: {
        type: "content-delta",
        index: 0,
        delta: { message: { content: { text: t } } },
        logprobs: { text: t, token_ids: [id], logprobs: [-0.1] },
      },
    });
    const { result } = await assemble(
      sseText([start, lp("Hi", 1), lp("!", 2), end({ finish_reason: "COMPLETE" }), { data: "[DONE]" }]),
    );
    expect(result.logprobs).toEqual([
      { text: "Hi", token_ids: [1], logprobs: [-0.1] },
      { text: "!", token_ids: [2], logprobs: [-0.1] },
    ]);
    expect(result.message.content).toEqual([{ type: "text", text: "Hi!" }]);
  });

  test("turns a message-end with finish_reason ERROR into a ProviderError with the provider's message", async () => {
    const err = await failure(
      assemble(
        sseText([
          start,
          text("Windmill"),
          end({ finish_reason: "ERROR", error: "internal error while generating" }),
          { data: "[DONE]" },
        ]),
      ),
    );
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe(
      "Cohere stream error: generation ended with ERROR: internal error while generating (request id trace-1)",
    );
    expect(err.retryable).toBe(false);
  });

  test("treats a TIMEOUT message-end as a retryable failure", async () => {
    const err = await failure(
      assemble(sseText([start, end({ finish_reason: "TIMEOUT", error: "generation timed out" })])),
    );
    expect(err.message).toBe(
      "Cohere stream error: generation ended with TIMEOUT: generation timed out (request id trace-1)",
    );
    expect(err.retryable).toBe(true);
  });

  test("fails a stream cut off before message-end instead of returning a partial answer", async () => {
    const err = await failure(assemble(sseText([start, text("Windmill runs")])));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe(
      "Cohere stream error: the stream ended before message-end; the answer is incomplete (request id trace-1)",
    );
  });

  test("fails a stream whose [DONE] came without a message-end", async () => {
    const err = await failure(assemble(sseText([start, text("Windmill"), { data: "[DONE]" }])));
    expect(err.message).toContain("the stream ended before message-end");
  });

  test("accepts a stream that ends after message-end without [DONE]", async () => {
    const { result } = await assemble(sseText([start, text("Done."), end({ finish_reason: "COMPLETE" })]));
    expect(result).toEqual({
      id: "m-1",
      finish_reason: "COMPLETE",
      message: { role: "assistant", content: [{ type: "text", text: "Done." }] },
    });
  });

  test("ignores debug and unknown event types", async () => {
    const { result } = await assemble(
      sseText([
        start,
        { event: "debug", data: { type: "debug", prompt: "..." } },
        { event: "novel", data: { type: "novel" } },
        text("Ok"),
        end({ finish_reason: "COMPLETE" }),
      ]),
    );
    expect(result.message.content).toEqual([{ type: "text", text: "Ok" }]);
  });

  test("reports an event that is not JSON", async () => {
    const err = await failure(assemble("event: content-delta\ndata: {oops\n\n"));
    expect(err.message).toBe('Cohere stream error: unreadable event "{oops" (request id trace-1)');
  });
});
