import { describe, expect, test } from "bun:test";
import { main } from "../../f/ai21/create_chat_completion.ts";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import plain from "../../fixtures/ai21/create_chat_completion.json";
import streamed from "../../fixtures/ai21/create_chat_completion.stream.json";
import toolStream from "../../fixtures/ai21/create_chat_completion.tools.stream.json";
import { captureLogs, failure, json, mock, sse, sseText, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.ai21.com/studio/v1/chat/completions";
const auth = { apiKey: "ai21-test-key-0123456789" };
const messages = [
  { role: "system" as const, content: "Be brief." },
  { role: "user" as const, content: "What is Windmill?" },
];

describe("ai21/create_chat_completion", () => {
  test("sends the body as JSON to /chat/completions with the bearer key", async () => {
    const seen = mock("post", URL, json(plain.response.json));
    await main(auth, { model: "jamba-mini", messages, max_tokens: 100, temperature: 0.4, stop: ["\n\n"] });
    expect(seen).toHaveLength(1);
    expect(seen[0].headers.authorization).toBe("Bearer ai21-test-key-0123456789");
    expect(seen[0].headers["content-type"]).toBe("application/json");
    expect(seen[0].body).toEqual({ model: "jamba-mini", messages, max_tokens: 100, temperature: 0.4, stop: ["\n\n"] });
  });

  test("returns the provider's response unchanged without stream", async () => {
    mock("post", URL, json(plain.response.json));
    expect(await main(auth, { model: "jamba-mini", messages })).toEqual(plain.response.json);
  });

  test("leaves out what a Windmill form sends for fields nobody filled in", async () => {
    const seen = mock("post", URL, json(plain.response.json));
    await main(auth, {
      model: "jamba-mini",
      messages,
      response_format: {},
      tools: [],
      stop: null,
      temperature: undefined,
    } as any);
    expect(seen[0].body).toEqual({ model: "jamba-mini", messages });
  });

  test("uses the resource's base URL for a self-hosted Jamba, tolerating a trailing slash", async () => {
    const seen = mock("post", "http://jamba.internal:8000/v1/chat/completions", json(plain.response.json));
    await main({ ...auth, baseUrl: "http://jamba.internal:8000/v1/" }, { model: "jamba-mini", messages });
    expect(seen).toHaveLength(1);
  });

  test("streams text live and returns the assembled completion", async () => {
    mock("post", URL, sse(sseText(streamed.response.events)));
    const logs = captureLogs();
    const result = await main(auth, { model: "jamba-mini", messages, stream: true }).finally(logs.restore);
    expect(logs.streamed()).toBe("Windmill runs scripts\nas flow steps.");
    expect(result).toEqual({
      id: "chatcmpl-3c9a",
      object: "chat.completion",
      created: undefined,
      model: undefined,
      choices: [
        {
          index: 0,
          message: { role: "assistant", content: "Windmill runs scripts\nas flow steps." },
          finish_reason: "stop",
        },
      ],
      usage: { prompt_tokens: 21, completion_tokens: 9, total_tokens: 30 },
    });
  });

  test("joins streamed tool-call argument fragments", async () => {
    mock("post", URL, sse(sseText(toolStream.response.events)));
    const logs = captureLogs();
    const tools = [
      {
        type: "function" as const,
        function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } } },
      },
    ];
    const result: any = await main(auth, { model: "jamba-large", messages, tools, stream: true }).finally(logs.restore);
    expect(result.choices[0].message.tool_calls).toEqual([
      { id: "call_0f3a", type: "function", function: { name: "get_weather", arguments: '{"city": "Paris"}' } },
    ]);
    expect(result.choices[0].finish_reason).toBe("tool_calls");
  });

  test("turns a 422 into a ProviderError carrying AI21's validation detail", async () => {
    mock(
      "post",
      URL,
      json(
        {
          detail: [
            {
              loc: ["body", "max_tokens"],
              msg: "ensure this value is less than or equal to 4096",
              type: "value_error",
            },
          ],
        },
        { status: 422 },
      ),
    );
    const err = await failure(main(auth, { model: "jamba-mini", messages }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe("AI21 422: body.max_tokens: ensure this value is less than or equal to 4096");
    expect(err.retryable).toBe(false);
  });

  test.each([
    ["empty messages", { model: "jamba-mini", messages: [] }, "body.messages: must not be empty"],
    ["a missing model", { messages }, "body.model: is required"],
    [
      "an unknown role",
      { model: "jamba-mini", messages: [{ role: "bot", content: "hi" }] },
      'body.messages[0].role: must be one of "system", "user", "assistant", "tool" (got "bot")',
    ],
    [
      "a tool message without tool_call_id",
      { model: "jamba-mini", messages: [{ role: "tool", content: "{}" }] },
      "body.messages[0].tool_call_id: is required for a tool message",
    ],
    [
      "negative max_tokens",
      { model: "jamba-mini", messages, max_tokens: -1 },
      "body.max_tokens: must be at least 0 (got -1)",
    ],
    [
      "max_tokens over 4096",
      { model: "jamba-mini", messages, max_tokens: 5000 },
      "body.max_tokens: must be at most 4096 (got 5000)",
    ],
    ["n over 16", { model: "jamba-mini", messages, n: 17 }, "body.n: must be at most 16 (got 17)"],
    [
      "n above 1 while streaming",
      { model: "jamba-mini", messages, n: 2, stream: true },
      "body.n: must be 1 when streaming",
    ],
    ["top_p of 0", { model: "jamba-mini", messages, top_p: 0 }, "body.top_p: must be greater than 0 (got 0)"],
    [
      "temperature over 2",
      { model: "jamba-mini", messages, temperature: 2.5 },
      "body.temperature: must be at most 2 (got 2.5)",
    ],
    [
      "a temperature of the wrong type",
      { model: "jamba-mini", messages, temperature: "hot" },
      'body.temperature: must be a number (got "hot")',
    ],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
