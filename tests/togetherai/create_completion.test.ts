import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
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
  test("posts the prompt and sampling fields as JSON to /completions with the bearer key", async () => {
    const seen = mock("post", URL, json(plain.response.json));
    await main(auth, {
      model,
      prompt,
      max_tokens: 32,
      stop: ["\n\n"],
      temperature: 0.2,
      repetition_penalty: 1.1,
      logit_bias: { "151643": -5 },
    });
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("POST");
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test0123456789abcdef");
    expect(seen[0].body).toEqual({
      model,
      prompt,
      max_tokens: 32,
      stop: ["\n\n"],
      temperature: 0.2,
      repetition_penalty: 1.1,
      logit_bias: { "151643": -5 },
    });
  });

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

  test("returns Together's response unchanged without stream", async () => {
    mock("post", URL, json(plain.response.json));
    expect(await main(auth, { model, prompt })).toEqual(plain.response.json);
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

  test("turns a 404 for an unknown model into a ProviderError with Together's message", async () => {
    mock(
      "post",
      URL,
      json(
        {
          error: {
            message: "Unable to access model no/such-model.",
            type: "invalid_request_error",
            param: null,
            code: "model_not_available",
          },
        },
        { status: 404 },
      ),
    );
    const err = await failure(main(auth, { model: "no/such-model", prompt }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(404);
    expect(err.message).toBe("Together 404: Unable to access model no/such-model.");
  });

  test.each([
    ["a missing prompt", { model }, "body.prompt: is required"],
    ["a prompt that is not text", { model, prompt: ["a"] }, "body.prompt: must be a string (got a list)"],
    ["logprobs over 20", { model, prompt, logprobs: 25 }, "body.logprobs: must be at most 20 (got 25)"],
    ["n of 0", { model, prompt, n: 0 }, "body.n: must be at least 1 (got 0)"],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
