import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/chat.ts";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import plain from "../../fixtures/cohere/chat.json";
import documentsStream from "../../fixtures/cohere/chat.documents.stream.json";
import errorStream from "../../fixtures/cohere/chat.error.stream.json";
import streamed from "../../fixtures/cohere/chat.stream.json";
import structured from "../../fixtures/cohere/chat.structured.json";
import structuredStream from "../../fixtures/cohere/chat.structured.stream.json";
import toolStream from "../../fixtures/cohere/chat.tools.stream.json";
import { captureLogs, failure, json, mock, sse, sseText, useMockServer } from "../support/mock.ts";
import { answer, answerText, sentiment } from "../support/structured.ts";

useMockServer();
const URL = "https://api.cohere.com/v2/chat";
const auth = { apiKey: "co-test-key-0123456789" };
const model = "command-a-03-2025";
const messages = [
  { role: "system" as const, content: "Be brief." },
  { role: "user" as const, content: "What is Windmill?" },
];
const tools = [
  {
    type: "function" as const,
    function: {
      name: "get_weather",
      description: "Weather for a city",
      parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
    },
  },
];

async function streamOf(events: { event?: string; data: unknown }[], body: object) {
  mock("post", URL, sse(sseText(events)));
  const logs = captureLogs();
  const result: any = await main(auth, { model, messages, ...body, stream: true }).finally(logs.restore);
  return { result, streamed: logs.streamed() };
}

describe("cohere/chat", () => {
  test("posts every given field as JSON to /v2/chat with the bearer key, dropping empty form fields", async () => {
    const seen = mock("post", URL, json(plain.response.json));
    const body = {
      model,
      messages,
      temperature: 0.3,
      p: 0.75,
      k: 40,
      seed: 42,
      safety_mode: "OFF" as const,
      stop_sequences: ["\n\n"],
      thinking: { type: "disabled" as const },
      priority: 3,
      max_tokens: null,
    };
    await main(auth, body as any);
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("POST");
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer co-test-key-0123456789");
    expect(seen[0].headers["content-type"]).toBe("application/json");
    expect(seen[0].body).toEqual({
      model,
      messages,
      temperature: 0.3,
      p: 0.75,
      k: 40,
      seed: 42,
      safety_mode: "OFF",
      stop_sequences: ["\n\n"],
      thinking: { type: "disabled" },
      priority: 3,
    });
  });

  test("leaves out the nested objects and lists a form sends empty, instead of failing on them", async () => {
    const seen = mock("post", URL, json(plain.response.json));
    const blank = {
      response_format: {},
      thinking: { type: null, token_budget: null },
      citation_options: { mode: null },
      stop_sequences: [],
      documents: [],
      seed: null,
    };
    await main(auth, { model, messages, tools, ...blank } as any);
    expect(seen[0].body).toEqual({ model, messages, tools });
  });

  test('sends response_format {type: "text"}, the default, alongside tools and documents', async () => {
    const seen = mock("post", URL, json(plain.response.json));
    const documents = [{ data: { text: "Flows run nightly." } }];
    const body = { model, messages, tools, documents, response_format: { type: "text" as const } };
    await main(auth, body);
    expect(seen[0].body).toEqual(body);
  });

  test("sends a tool result message, tools and strict_tools as given", async () => {
    const seen = mock("post", URL, json(plain.response.json));
    const history = [
      { role: "user" as const, content: "Weather in Paris?" },
      {
        role: "assistant" as const,
        tool_plan: "I will look it up.",
        tool_calls: [
          { id: "call_1", type: "function" as const, function: { name: "get_weather", arguments: '{"city":"Paris"}' } },
        ],
      },
      { role: "tool" as const, tool_call_id: "call_1", content: '{"temp_c": 18}' },
    ];
    await main(auth, { model, messages: history, tools, strict_tools: true, tool_choice: "NONE" });
    expect(seen[0].body).toEqual({ model, messages: history, tools, strict_tools: true, tool_choice: "NONE" });
  });

  test("accepts content blocks and plain-string documents, which the form does not offer", async () => {
    const seen = mock("post", URL, json(plain.response.json));
    const blocks = [
      {
        role: "user",
        content: [
          { type: "text", text: "Describe it" },
          { type: "image_url", image_url: { url: "data:image/png;base64,iVBORw0KGgo=" } },
        ],
      },
    ];
    await main(auth, {
      model,
      messages: blocks,
      documents: ["Windmill is a developer platform.", { id: "d1", data: { title: "Flows" } }],
    } as any);
    expect(seen[0].body.messages).toEqual(blocks);
    expect(seen[0].body.documents).toEqual([
      "Windmill is a developer platform.",
      { id: "d1", data: { title: "Flows" } },
    ]);
  });

  test("assembles a streamed tool plan and tool call arguments", async () => {
    const { result } = await streamOf(toolStream.response.events, { tools });
    expect(result).toEqual({
      id: "7a0e6d2c-3b54-4f1a-9c8e-0d5b2f7e91c4",
      finish_reason: "TOOL_CALL",
      message: {
        role: "assistant",
        tool_plan: "I will look up the weather in Paris.",
        tool_calls: [
          {
            id: "get_weather_nsz5zm3w56q3",
            type: "function",
            function: { name: "get_weather", arguments: '{\n    "city": "Paris"\n}' },
          },
        ],
      },
      usage: {
        billed_units: { input_tokens: 37, output_tokens: 21 },
        tokens: { input_tokens: 1198, output_tokens: 56 },
      },
    });
    expect(JSON.parse(result.message.tool_calls[0].function.arguments)).toEqual({ city: "Paris" });
  });

  test("keeps the citations streamed for documents", async () => {
    const documents = [
      {
        id: "doc-schedules",
        data: { title: "Schedules", snippet: "Any script or flow can be run on a cron schedule." },
      },
    ];
    const { result, streamed: live } = await streamOf(documentsStream.response.events, { documents });
    expect(live).toBe("Flows can run on a schedule.");
    expect(result.message.citations).toHaveLength(1);
    expect(result.message.citations[0]).toMatchObject({
      start: 14,
      end: 28,
      text: "on a schedule.",
      type: "TEXT_CONTENT",
    });
    expect(result.message.citations[0].sources[0].id).toBe("doc-schedules");
  });

  test("fails with the provider's message when the stream ends with finish_reason ERROR", async () => {
    mock("post", URL, sse(sseText(errorStream.response.events), { headers: errorStream.response.headers }));
    const logs = captureLogs();
    const err = await failure(main(auth, { model, messages, stream: true }, { max_retries: 0 }).finally(logs.restore));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe(
      "Cohere stream error: generation ended with ERROR: internal error while generating the response (request id 0c7e5a3f2b9d4618)",
    );
  });

  test("fails a truncated stream rather than returning a partial answer", async () => {
    const cut = streamed.response.events.slice(0, 8);
    mock("post", URL, sse(sseText(cut)));
    const logs = captureLogs();
    const err = await failure(main(auth, { model, messages, stream: true }, { max_retries: 0 }).finally(logs.restore));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe("Cohere stream error: the stream ended before message-end; the answer is incomplete");
  });

  test("retries a 429 after the wait Cohere asks for", async () => {
    const limited = json(
      { message: "You are using a Trial key, which is limited to 20 API calls / minute." },
      // 200 ms: unlike the 375-500 ms backoff it replaces.
      { status: 429, headers: { "x-debug-trace-id": "trace-429", "retry-after-ms": "200" } },
    );
    const seen = mock("post", URL, limited, json(plain.response.json));
    const logs = captureLogs();
    const started = Date.now();
    const result = await main(auth, { model, messages }).finally(logs.restore);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(seen).toHaveLength(2);
    expect(result).toEqual(plain.response.json);
    expect(logs.lines).toEqual([
      "Cohere 429: You are using a Trial key, which is limited to 20 API calls / minute. (request id trace-429); retrying in 0.2 s (attempt 2 of 3)",
    ]);
  });

  test("turns a 429 that persists into a ProviderError naming Cohere's message and trace id", async () => {
    const limited = json(
      { message: "You are using a Trial key, which is limited to 20 API calls / minute." },
      { status: 429, headers: { "x-debug-trace-id": "trace-429", "retry-after-ms": "1" } },
    );
    mock("post", URL, limited);
    const logs = captureLogs();
    const err = await failure(main(auth, { model, messages }, { max_retries: 1 }).finally(logs.restore));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(429);
    expect(err.message).toBe(
      "Cohere 429: You are using a Trial key, which is limited to 20 API calls / minute. (request id trace-429)",
    );
  });

  const big = 2 ** 53;
  test.each([
    ["empty messages", { model, messages: [] }, "body.messages: must not be empty"],
    [
      "an unknown role",
      { model, messages: [{ role: "chatbot", content: "hi" }] },
      'body.messages[0].role: must be one of "user", "assistant", "system", "tool" (got "chatbot")',
    ],
    [
      "a tool message without tool_call_id",
      { model, messages: [{ role: "tool", content: "{}" }] },
      "body.messages[0].tool_call_id: is required for a tool message",
    ],
    [
      "a user message without content",
      { model, messages: [{ role: "user" }] },
      "body.messages[0].content: is required for a user message",
    ],
    ["messages of the wrong type", { model, messages: "hi" }, 'body.messages: must be a list (got "hi")'],
    [
      "a temperature of the wrong type",
      { model, messages, temperature: "warm" },
      'body.temperature: must be a number (got "warm")',
    ],
    ["stream of the wrong type", { model, messages, stream: "yes" }, 'body.stream: must be true or false (got "yes")'],
    ["negative max_tokens", { model, messages, max_tokens: -1 }, "body.max_tokens: must be at least 0 (got -1)"],
    ["temperature over 1", { model, messages, temperature: 1.5 }, "body.temperature: must be at most 1 (got 1.5)"],
    ["temperature below 0", { model, messages, temperature: -0.1 }, "body.temperature: must be at least 0 (got -0.1)"],
    ["p below 0.01", { model, messages, p: 0 }, "body.p: must be at least 0.01 (got 0)"],
    ["p above 0.99", { model, messages, p: 1 }, "body.p: must be at most 0.99 (got 1)"],
    ["k above 500", { model, messages, k: 501 }, "body.k: must be at most 500 (got 501)"],
    ["negative k", { model, messages, k: -1 }, "body.k: must be at least 0 (got -1)"],
    [
      "six stop sequences",
      { model, messages, stop_sequences: ["a", "b", "c", "d", "e", "f"] },
      "body.stop_sequences: must have at most 5 items (got 6)",
    ],
    [
      "an unknown safety_mode",
      { model, messages, safety_mode: "LAX" },
      'body.safety_mode: must be one of "CONTEXTUAL", "STRICT", "OFF" (got "LAX")',
    ],
    [
      "safety_mode OFF read as a YAML boolean",
      { model, messages, safety_mode: false },
      'body.safety_mode: must be one of "CONTEXTUAL", "STRICT", "OFF" (got false)',
    ],
    [
      "response_format with documents",
      { model, messages, response_format: { type: "json_object" }, documents: [{ data: { text: "x" } }] },
      'body.response_format: type "json_object" cannot be combined with documents',
    ],
    [
      "response_format with tools",
      { model, messages, response_format: { type: "json_object" }, tools },
      'body.response_format: type "json_object" cannot be combined with tools',
    ],
    [
      "a json_schema without type json_object",
      { model, messages, response_format: { type: "text", json_schema: { type: "object" } } },
      'body.response_format.json_schema: needs type "json_object"',
    ],
    [
      "tool_choice REQUIRED without tools",
      { model, messages, tool_choice: "REQUIRED" },
      "body.tool_choice: REQUIRED needs tools",
    ],
    [
      "a seed above 2^53",
      { model, messages, seed: big },
      `body.seed: must be a safe integer, at most 9007199254740991 (got ${big})`,
    ],
    ["a fractional seed", { model, messages, seed: 1.5 }, "body.seed: must be a whole number (got 1.5)"],
    [
      "a frequency_penalty above 1",
      { model, messages, frequency_penalty: 2 },
      "body.frequency_penalty: must be at most 1 (got 2)",
    ],
    ["a priority above 999", { model, messages, priority: 1000 }, "body.priority: must be at most 999 (got 1000)"],
    [
      "a thinking budget of 0",
      { model, messages, thinking: { type: "enabled", token_budget: 0 } },
      "body.thinking.token_budget: must be at least 1 (got 0)",
    ],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });

  describe("structured output", () => {
    const ask = { model, messages, response_format: { type: "json_object" as const, json_schema: sentiment } };

    test("json_object without a schema: JSON mode, the reply parsed and checked only as JSON", async () => {
      const seen = mock("post", URL, json(structured.response.json));
      const result: any = await main(auth, { model, messages, response_format: { type: "json_object" } });
      expect(seen[0].body.response_format).toEqual({ type: "json_object" });
      expect([result.parsed, result.parsed_by]).toEqual([answer, "json mode + local check"]);
    });

    test("reads the answer from the text blocks, leaving thinking aside", async () => {
      const body = structuredClone(structured.response.json) as any;
      body.message.content.unshift({ type: "thinking", thinking: "Negative, clearly." });
      mock("post", URL, json(body));
      expect(((await main(auth, ask)) as any).parsed).toEqual(answer);
    });

    test("fails a streamed reply that ended at MAX_TOKENS once the stream ends, though its JSON parses", async () => {
      const events = structuredStream.response.events.map((e: any) =>
        e.data.type === "message-end"
          ? { ...e, data: { ...e.data, delta: { ...e.data.delta, finish_reason: "MAX_TOKENS" } } }
          : e,
      );
      mock("post", URL, sse(sseText(events)));
      const logs = captureLogs();
      const err = await failure(main(auth, { ...ask, stream: true }).finally(logs.restore));
      expect(logs.streamed()).toBe(answerText);
      expect(err.message.split("\n")[0]).toBe(
        "Cohere structured output: the reply was truncated by max_tokens (finish reason MAX_TOKENS): raise max_tokens or ask for less",
      );
    });
  });
});
