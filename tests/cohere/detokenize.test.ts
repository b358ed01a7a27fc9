import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/detokenize.ts";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import fixture from "../../fixtures/cohere/detokenize.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.cohere.com/v1/detokenize";
const auth = { apiKey: "co-test-key-0123456789" };
const tokens = [4900, 2722, 11094, 16651, 1690, 6180, 7437, 21];

describe("cohere/detokenize", () => {
  test("posts the token ids and model to /v1/detokenize and returns the text unchanged", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    const result = await main(auth, { tokens, model: "command-a-03-2025" });
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("POST");
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer co-test-key-0123456789");
    expect(seen[0].body).toEqual({ tokens, model: "command-a-03-2025" });
    expect(result).toEqual(fixture.response.json);
  });

  test("turns a 401 into a ProviderError without retrying", async () => {
    const seen = mock("post", URL, json({ message: "invalid api token" }, { status: 401 }));
    const err = await failure(main(auth, { tokens, model: "command-a-03-2025" }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe("Cohere 401: invalid api token");
    expect(seen).toHaveLength(1);
  });

  test.each([
    ["no tokens", { tokens: [], model: "command-a-03-2025" }, "body.tokens: must not be empty"],
    [
      "a token that is not a whole number",
      { tokens: [1, 2.5], model: "command-a-03-2025" },
      "body.tokens[1]: must be a whole number (got 2.5)",
    ],
    ["a missing model", { tokens }, "body.model: is required"],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
