import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/create_chat_completion.ts";
import errorStream from "../../fixtures/togetherai/create_chat_completion.error.stream.json";
import plain from "../../fixtures/togetherai/create_chat_completion.json";
import streamed from "../../fixtures/togetherai/create_chat_completion.stream.json";
import structured from "../../fixtures/togetherai/create_chat_completion.structured.json";
import toolStream from "../../fixtures/togetherai/create_chat_completion.tools.stream.json";
import { captureLogs, failure, json, mock, sse, sseText, useMockServer } from "../support/mock.ts";
import { answer, sentiment, violating, violatingMessage } from "../support/structured.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/chat/completions";
const auth = { api_key: "tgp_v1_test0123456789abcdef" };
const model = "meta-llama/Llama-3.3-70B-Instruct-Turbo";
const messages = [
  { role: "system" as const, content: "Be brief." },
  { role: "user" as const, content: "What is Windmill?" },
];
const tools = [
  {
    type: "function" as const,
    function: {
      name: "get_weather",
      description: "Weather in a city",
      parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
    },
  },
];

describe("togetherai/create_chat_completion", () => {
  test("leaves out the fields a form sends empty, at the top and nested, and sends the rest as given", async () => {
    const seen = mock("post", URL, json(structured.response.json));
    const given = {
      model,
      messages,
      max_tokens: 256,
      temperature: 0.7,
      top_k: 50,
      stop: ["<|eot_id|>"],
      response_format: {
        type: "json_schema" as const,
        json_schema: { name: "answer", schema: { type: "object" }, strict: true },
      },
      reasoning: { enabled: false },
    };
    // What an untouched Windmill form holds: null, "", [] and {}, also inside nested objects.
    const leftovers = {
      seed: null,
      safety_model: "",
      logit_bias: {},
      chat_template_kwargs: {},
      compliance: null,
      response_format: {
        ...given.response_format,
        json_schema: { ...given.response_format.json_schema, description: "" },
      },
    };
    await main(auth, { ...given, ...leftovers } as any);
    expect(seen).toHaveLength(1);
    expect(seen[0].body).toEqual(given);
  });

  test("does not fail on a nested object the form left empty", async () => {
    const seen = mock("post", URL, json(plain.response.json));
    await main(auth, { model, messages, response_format: { type: null, json_schema: null }, stop: [] } as any);
    expect(seen[0].body).toEqual({ model, messages });
  });

  test("accepts the forms the form cannot type: content parts, a named tool_choice, a single stop string", async () => {
    const seen = mock("post", URL, json(plain.response.json));
    const user = {
      role: "user",
      content: [
        { type: "text", text: "What is in this picture?" },
        { type: "image_url", image_url: { url: "https://example.com/cat.png" } },
      ],
    };
    const body = {
      model,
      messages: [user],
      tools,
      tool_choice: { type: "function", function: { name: "get_weather" } },
      stop: "\n\n",
    };
    await main(auth, body as any);
    expect(seen[0].body).toEqual(body);
  });

  test("streams text live and returns the assembled completion", async () => {
    mock("post", URL, sse(sseText(streamed.response.events)));
    const logs = captureLogs();
    const result = await main(auth, { model, messages, stream: true }).finally(logs.restore);
    expect(logs.streamed()).toBe("Windmill turns scripts\ninto workflows.");
    expect(result).toEqual({
      id: "oFq9Ab1-3NKUce-5c2e",
      object: "chat.completion",
      created: 1763781260,
      model,
      choices: [
        {
          index: 0,
          message: { role: "assistant", content: "Windmill turns scripts\ninto workflows." },
          finish_reason: "stop",
        },
      ],
      usage: { prompt_tokens: 24, completion_tokens: 8, total_tokens: 32, cached_tokens: 0 },
    });
  });

  test("joins streamed tool-call fragments into one call", async () => {
    const seen = mock("post", URL, sse(sseText(toolStream.response.events)));
    const logs = captureLogs();
    const result: any = await main(auth, { model, messages, tools, tool_choice: "auto", stream: true }).finally(
      logs.restore,
    );
    expect(seen[0].body.stream).toBe(true);
    expect(result.choices[0].message.tool_calls).toEqual([
      {
        id: "call_7rx2k9d0q1bz4m8w",
        type: "function",
        function: { name: "get_weather", arguments: '{"city": "Paris", "unit": "celsius"}' },
      },
    ]);
    expect(result.choices[0].finish_reason).toBe("tool_calls");
    expect(result.usage.total_tokens).toBe(223);
  });

  test("fails with Together's message when the stream carries an error event", async () => {
    mock("post", URL, sse(sseText(errorStream.response.events)));
    const logs = captureLogs();
    const err = await failure(main(auth, { model, messages, stream: true }, { max_retries: 0 })).finally(logs.restore);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe(
      "Together stream error: The server had an error while processing your request. Sorry about that!",
    );
  });

  test("fails when the stream ends before [DONE], rather than return half an answer", async () => {
    const cut = streamed.response.events.slice(0, 2);
    mock("post", URL, sse(sseText(cut)));
    const logs = captureLogs();
    const err = await failure(main(auth, { model, messages, stream: true }, { max_retries: 0 })).finally(logs.restore);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe("Together stream error: the stream ended before [DONE]; the answer is incomplete");
  });

  test("waits as a 429 asks and retries, then returns the answer", async () => {
    const limited = json(
      {
        error: {
          message: "You have been rate limited",
          type: "rate_limit",
          param: null,
          code: "dynamic_request_limited",
        },
      },
      { status: 429, headers: { "retry-after-ms": "1" } },
    );
    const seen = mock("post", URL, limited, json(plain.response.json));
    const logs = captureLogs();
    const result = await main(auth, { model, messages }).finally(logs.restore);
    expect(seen).toHaveLength(2);
    expect(result).toEqual(plain.response.json);
    expect(logs.lines[0]).toBe("Together 429: You have been rate limited; retrying in 0.0 s (attempt 2 of 3)");
  });

  test.each([
    ["empty messages", { model, messages: [] }, "body.messages: must not be empty"],
    [
      "an unknown role",
      { model, messages: [{ role: "bot", content: "hi" }] },
      'body.messages[0].role: must be one of "system", "user", "assistant", "tool", "function" (got "bot")',
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
    [
      "content parts outside a user message",
      { model, messages: [{ role: "system", content: [{ type: "text", text: "x" }] }] },
      "body.messages[0].content: must be a string: only user messages take a list of parts",
    ],
    [
      "an image part without its url",
      { model, messages: [{ role: "user", content: [{ type: "image_url" }] }] },
      "body.messages[0].content: matches no accepted form: must be a string (got a list); or [0].image_url is required when type is image_url",
    ],
    ["negative max_tokens", { model, messages, max_tokens: -1 }, "body.max_tokens: must be at least 0 (got -1)"],
    [
      "a fractional max_tokens",
      { model, messages, max_tokens: 10.5 },
      "body.max_tokens: must be a whole number (got 10.5)",
    ],
    ["logprobs over 20", { model, messages, logprobs: 21 }, "body.logprobs: must be at most 20 (got 21)"],
    ["n over 128", { model, messages, n: 129 }, "body.n: must be at most 128 (got 129)"],
    ["top_p over 1", { model, messages, top_p: 1.5 }, "body.top_p: must be at most 1 (got 1.5)"],
    ["min_p below 0", { model, messages, min_p: -0.1 }, "body.min_p: must be at least 0 (got -0.1)"],
    [
      "presence_penalty over 2",
      { model, messages, presence_penalty: 3 },
      "body.presence_penalty: must be at most 2 (got 3)",
    ],
    [
      "a temperature of the wrong type",
      { model, messages, temperature: "hot" },
      'body.temperature: must be a number (got "hot")',
    ],
    [
      "a tool_choice that is neither a word nor a named tool",
      { model, messages, tool_choice: 5 },
      'body.tool_choice: matches no accepted form: must be one of "auto", "none", "required" (got 5); or must be an object (got 5); or must be a string (got 5)',
    ],
    [
      "json_schema without its schema object",
      { model, messages, response_format: { type: "json_schema" } },
      "body.response_format.json_schema: is required when type is json_schema",
    ],
    [
      "a logit_bias that is not numbers",
      { model, messages, logit_bias: { "1024": "high" } },
      "body.logit_bias: must map token ids to numbers",
    ],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });

  describe("structured output", () => {
    const jsonSchema = {
      type: "json_schema" as const,
      json_schema: { name: "sentiment", schema: sentiment, strict: true },
    };
    const ask = { model, messages, response_format: jsonSchema };
    const reply = (content: string) => {
      const body = structuredClone(structured.response.json);
      body.choices[0]!.message.content = content;
      return json(body);
    };

    test("sends the older {type: json_object, schema} as given and checks the schema locally", async () => {
      const older = { type: "json_object" as const, schema: sentiment };
      const seen = mock("post", URL, json(structured.response.json), reply(violating));
      const result: any = await main(auth, { model, messages, response_format: older });
      expect(seen[0].body).toEqual({ model, messages, response_format: older });
      expect([result.parsed, result.parsed_by]).toEqual([answer, "json mode + local check"]);
      expect((await failure(main(auth, { model, messages, response_format: older }))).message).toBe(
        violatingMessage("Together"),
      );
    });

    test("parses JSON mode without a schema too", async () => {
      mock("post", URL, json(structured.response.json));
      const result: any = await main(auth, { model, messages, response_format: { type: "json_object" } });
      expect([result.parsed, result.parsed_by]).toEqual([answer, "json mode + local check"]);
    });

    test("with tools, sends both and checks the text only when the model answered in text", async () => {
      const seen = mock("post", URL, sse(sseText(toolStream.response.events)), reply(violating));
      const logs = captureLogs();
      const called: any = await main(auth, { ...ask, tools, stream: true }).finally(logs.restore);
      expect(seen[0].body).toEqual({ ...ask, tools, stream: true });
      expect(called.choices[0].finish_reason).toBe("tool_calls");
      expect("parsed" in called || "parsed_by" in called).toBe(false);
      expect((await failure(main(auth, { ...ask, tools }))).message).toBe(violatingMessage("Together"));
    });

    test.each([
      [
        "a schema outside json_object",
        { type: "text", schema: sentiment },
        'body.response_format.schema: needs type "json_object" (with json_schema, the schema goes in json_schema.schema)',
      ],
      [
        "a json_schema outside type json_schema",
        { type: "json_object", json_schema: { name: "x", schema: sentiment } },
        'body.response_format.json_schema: needs type "json_schema"',
      ],
    ])("rejects %s before any request", async (_, response_format, message) => {
      const err = await failure(main(auth, { model, messages, response_format } as any));
      expect(err).toBeInstanceOf(InputError);
      expect(err.message).toBe(message);
    });
  });
});
