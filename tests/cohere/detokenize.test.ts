import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/detokenize.ts";
import { InputError } from "../../f/core/errors.ts";
import { failure, useMockServer } from "../support/mock.ts";

useMockServer();
const auth = { apiKey: "co-test-key-0123456789" };

describe("cohere/detokenize", () => {
  test.each([
    ["no tokens", { tokens: [], model: "command-a-03-2025" }, "body.tokens: must not be empty"],
    [
      "a token that is not a whole number",
      { tokens: [1, 2.5], model: "command-a-03-2025" },
      "body.tokens[1]: must be a whole number (got 2.5)",
    ],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
