import { describe, expect, test } from "bun:test";
import { main } from "../../f/ai21/create_chat_completion.ts";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import plain from "../../fixtures/ai21/create_chat_completion.json";
import streamed from "../../fixtures/ai21/create_chat_completion.stream.json";
import structured from "../../fixtures/ai21/create_chat_completion.structured.json";
import toolStream from "../../fixtures/ai21/create_chat_completion.tools.stream.json";
import { captureLogs, failure, json, mock, sse, sseText, useMockServer } from "../support/mock.ts";
import { answer, sentiment, violating, violatingMessage } from "../support/structured.ts";

useMockServer();
const URL = "https://api.ai21.com/studio/v1/chat/completions";
const auth = { apiKey: "ai21-test-key-0123456789" };
const messages = [
  { role: "system" as const, content: "Be brief." },
  { role: "user" as const, content: "What is Windmill?" },
];

describe("ai21/create_chat_completion", () => {
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

  describe("structured output", () => {
    const model = "jamba-mini";
    // An OpenAI-compatible Jamba server (vLLM) that enforces the schema itself.
    const jsonSchema = {
      type: "json_schema" as const,
      json_schema: { name: "sentiment", schema: sentiment, strict: true },
    };
    const vllm = { ...auth, baseUrl: "http://jamba.internal:8000/v1" };
    const VLLM = "http://jamba.internal:8000/v1/chat/completions";

    test("json_schema: sends it as given for a server that enforces it, and still checks the reply", async () => {
      const broken = structuredClone(structured.response.json);
      broken.choices[0]!.message.content = violating;
      const seen = mock("post", VLLM, json(structured.response.json), json(broken));
      const result: any = await main(vllm, { model, messages, response_format: jsonSchema });
      expect(seen[0].body).toEqual({ model, messages, response_format: jsonSchema });
      expect([result.parsed, result.parsed_by]).toEqual([answer, "provider schema"]);
      const err = await failure(main(vllm, { model, messages, response_format: jsonSchema }));
      expect(err.message).toBe(violatingMessage("AI21"));
    });

    test("json_object without a schema: JSON mode, the reply parsed and checked only as JSON", async () => {
      const seen = mock("post", URL, json(structured.response.json));
      const result: any = await main(auth, { model, messages, response_format: { type: "json_object" } });
      expect(seen[0].body.response_format).toEqual({ type: "json_object" });
      expect([result.parsed, result.parsed_by]).toEqual([answer, "json mode + local check"]);
    });

    test.each([
      [
        "json_schema without its {name, schema}",
        { type: "json_schema" },
        "body.response_format.json_schema: is required when type is json_schema: {name, schema, strict?}",
      ],
      [
        "json_schema without a name",
        { type: "json_schema", json_schema: { schema: sentiment } },
        "body.response_format.json_schema.name: is required when type is json_schema",
      ],
      [
        "json_schema without its schema",
        { type: "json_schema", json_schema: { name: "sentiment" } },
        "body.response_format.json_schema.schema: is required when type is json_schema: a JSON schema object",
      ],
      [
        "a json_schema with type text",
        { type: "text", json_schema: sentiment },
        'body.response_format.json_schema: needs type "json_object" or "json_schema"',
      ],
    ])("rejects %s before any request", async (_, response_format, message) => {
      const err = await failure(main(auth, { model, messages, response_format } as any));
      expect(err).toBeInstanceOf(InputError);
      expect(err.message).toBe(message);
    });
  });
});
