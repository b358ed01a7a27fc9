import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/tokenize.ts";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import fixture from "../../fixtures/cohere/tokenize.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.cohere.com/v1/tokenize";
const auth = { apiKey: "co-test-key-0123456789" };

describe("cohere/tokenize", () => {
  test("posts the text and model to /v1/tokenize and returns tokens unchanged", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    const result = await main(auth, { text: "Windmill runs scripts as flow steps.", model: "command-a-03-2025" });
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("POST");
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer co-test-key-0123456789");
    expect(seen[0].body).toEqual({ text: "Windmill runs scripts as flow steps.", model: "command-a-03-2025" });
    expect(result).toEqual(fixture.response.json);
  });

  test("turns an unknown model into a ProviderError with Cohere's message", async () => {
    mock("post", URL, json({ message: "model 'nope' not found" }, { status: 404 }));
    const err = await failure(main(auth, { text: "hi", model: "nope" }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe("Cohere 404: model 'nope' not found");
  });

  test.each([
    ["empty text", { text: "", model: "command-a-03-2025" }, "body.text: is required"],
    [
      "text over 65,536 characters",
      { text: "a".repeat(65_537), model: "command-a-03-2025" },
      "body.text: must be 1 to 65536 characters long (got 65537)",
    ],
    ["a missing model", { text: "hi" }, "body.model: is required"],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });

  test("counts characters, not UTF-16 units, against the limit", async () => {
    mock("post", URL, json(fixture.response.json));
    await main(auth, { text: "😀".repeat(65_536), model: "command-a-03-2025" });
  });
});
