import { describe, expect, spyOn, test } from "bun:test";
import { ProviderError } from "./errors.ts";
import { encodeEvent } from "../../fixtures/wire.ts";
import { replyOf } from "../../tests/support/doubles.ts";
import type { Target } from "./http.ts";
import { readOpenAiStream } from "./openai_stream.ts";

const t: Target = { provider: "Together", baseUrl: "http://x", apiKey: "k-0123456789abcdef" };
/** Each event as its own network chunk. */
const wire = (...events: unknown[]) => events.map((data) => encodeEvent({ data }));

async function run(chunks: string[], kind: "chat" | "completion" = "chat") {
  const logs: string[] = [];
  const spy = spyOn(console, "log").mockImplementation((l: string) => void logs.push(l));
  const r = replyOf(chunks, { requestId: "req-7", target: t });
  try {
    const result = await readOpenAiStream(t, r, kind).catch((e) => e);
    return { result, logs, delivered: r.delivered };
  } finally {
    spy.mockRestore();
  }
}

const delta = (d: object, extra: object = {}) => ({
  id: "c1",
  created: 1,
  model: "m",
  choices: [{ index: 0, delta: d, finish_reason: null, ...extra }],
});

describe("readOpenAiStream", () => {
  test("prints one Windmill stream line per network chunk, however many deltas it holds", async () => {
    const [a, b, c, done] = wire(
      delta({ content: "Hello, " }),
      delta({ content: "wonderful " }),
      delta({ content: "world of streams" }),
      "[DONE]",
    );
    const { logs, result } = await run([a + b, c + done]);
    // The last 7 characters wait for the next line, or the end, in case they begin a key.
    expect(logs).toEqual(["WM_STREAM: Hello, won", "WM_STREAM: derful world of ", "WM_STREAM: streams"]);
    expect(result.choices[0].message.content).toBe("Hello, wonderful world of streams");
  });

  test("never streams the key, nor returns it, when the model echoes it split across chunks", async () => {
    const [a, b, done] = wire(
      delta({ content: `Your key is ${t.apiKey.slice(0, 9)}` }),
      delta({
        content: `${t.apiKey.slice(9)}, and a tool`,
        tool_calls: [{ index: 0, id: "call_1", function: { name: "f", arguments: `{"k":"${t.apiKey}"}` } }],
      }),
      "[DONE]",
    );
    const { logs, result } = await run([a, b + done]);
    expect(logs.join("")).not.toContain(t.apiKey.slice(0, 8));
    expect(logs.map((l) => l.slice(11)).join("")).toBe("Your key is [redacted], and a tool");
    expect(result.choices[0].message.content).toBe("Your key is [redacted], and a tool");
    expect(result.choices[0].message.tool_calls[0].function.arguments).toBe('{"k":"[redacted]"}');
  });

  test("keeps several choices apart and streams only the first", async () => {
    const second = { id: "c1", choices: [{ index: 1, delta: { content: "other" }, finish_reason: "stop" }] };
    const { logs, result } = await run(wire(delta({ content: "first" }, { finish_reason: "stop" }), second, "[DONE]"));
    expect(logs).toEqual(["WM_STREAM: first"]);
    expect(result.choices.map((c: any) => [c.index, c.message.content, c.finish_reason])).toEqual([
      [0, "first", "stop"],
      [1, "other", "stop"],
    ]);
  });

  test("gathers reasoning and logprobs beside the content", async () => {
    const lp = (token: string) => ({ content: [{ token, logprob: -0.1 }] });
    const { result } = await run(
      wire(
        delta({ reasoning: "think " }),
        delta({ reasoning: "more" }),
        delta({ content: "x" }, { logprobs: lp("x") }),
        delta({ content: "y" }, { logprobs: lp("y") }),
        "[DONE]",
      ),
    );
    expect(result.choices[0].message).toEqual({ role: "assistant", content: "xy", reasoning: "think more" });
    expect(result.choices[0].logprobs.content.map((c: any) => c.token)).toEqual(["x", "y"]);
  });

  test("assembles a text completion from choices[].text", async () => {
    const chunk = (text: string, finish: string | null) => ({
      id: "cmpl-1",
      choices: [{ index: 0, text, finish_reason: finish }],
    });
    const { result, logs } = await run(
      wire(
        chunk("Once", null),
        chunk(" upon", "length"),
        { id: "cmpl-1", choices: [], usage: { total_tokens: 9 } },
        "[DONE]",
      ),
      "completion",
    );
    expect(result).toMatchObject({
      object: "text_completion",
      choices: [{ index: 0, text: "Once upon", finish_reason: "length" }],
      usage: { total_tokens: 9 },
    });
    expect(logs).toEqual(["WM_STREAM: On", "WM_STREAM: ce upon"]);
  });

  test("turns an error event into a ProviderError with the provider's message, after the text already shown", async () => {
    const { result, delivered } = await run([
      wire(delta({ content: "a partial answer" }))[0],
      wire({ error: { message: "model overloaded", type: "server_error" } })[0],
    ]);
    expect(result).toBeInstanceOf(ProviderError);
    expect(result.message).toBe("Together stream error: model overloaded (request id req-7)");
    expect(delivered).toBe(true);
  });

  test("refuses a stream that ends before [DONE] instead of returning half an answer", async () => {
    const { result } = await run(wire(delta({ content: "half" })));
    expect(result).toBeInstanceOf(ProviderError);
    expect(result.message).toBe(
      "Together stream error: the stream ended before [DONE]; the answer is incomplete (request id req-7)",
    );
  });

  test("reports an event that is not JSON", async () => {
    const { result } = await run(["data: {not json\n\n"]);
    expect(result.message).toStartWith("Together stream error: unreadable event");
  });
});
