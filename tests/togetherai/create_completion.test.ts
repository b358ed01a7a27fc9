import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/create_completion.ts";
import plain from "../../fixtures/togetherai/create_completion.json";
import streamed from "../../fixtures/togetherai/create_completion.stream.json";
import { captureLogs, failure, json, mock, sse, sseText, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/completions";
const auth = { api_key: "tgp_v1_test0123456789abcdef" };
const model = "Qwen/Qwen2.5-Coder-32B-Instruct";
const prompt = "def add(a, b):";

describe("togetherai/create_completion", () => {
  test("scores a prompt without generating: max_tokens 0 with echo and logprobs reaches Together", async () => {
    const seen = mock("post", URL, json(plain.response.json));
    await main(auth, { model, prompt, max_tokens: 0, echo: true, logprobs: 1 });
    expect(seen[0].body).toEqual({ model, prompt, max_tokens: 0, echo: true, logprobs: 1 });
  });

  test("sends an empty prompt rather than dropping it as a form leftover", async () => {
    const seen = mock("post", URL, json(plain.response.json));
    await main(auth, { model, prompt: "", max_tokens: 16 });
    expect(seen[0].body).toEqual({ model, prompt: "", max_tokens: 16 });
  });

  test("streams choices[].text live and returns the assembled completion", async () => {
    mock("post", URL, sse(sseText(streamed.response.events)));
    const logs = captureLogs();
    const result = await main(auth, { model, prompt, stream: true }).finally(logs.restore);
    expect(logs.streamed()).toBe("\n    return a + b\n");
    expect(result).toEqual({
      id: "oFrD7k0-3NKUce-0b3f",
      object: "text_completion",
      created: 1763781540,
      model,
      choices: [{ index: 0, text: "\n    return a + b\n", finish_reason: "stop" }],
      usage: { prompt_tokens: 9, completion_tokens: 6, total_tokens: 15, cached_tokens: 0 },
    });
  });

  test.each([
    ["a prompt that is not text", { model, prompt: ["a"] }, "body.prompt: must be a string (got a list)"],
    ["logprobs over 20", { model, prompt, logprobs: 25 }, "body.logprobs: must be at most 20 (got 25)"],
    ["n of 0", { model, prompt, n: 0 }, "body.n: must be at least 1 (got 0)"],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
