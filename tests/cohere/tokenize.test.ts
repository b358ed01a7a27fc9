import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/tokenize.ts";
import { InputError } from "../../f/core/errors.ts";
import fixture from "../../fixtures/cohere/tokenize.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.cohere.com/v1/tokenize";
const auth = { apiKey: "co-test-key-0123456789" };

describe("cohere/tokenize", () => {
  test.each([
    ["empty text", { text: "", model: "command-a-03-2025" }, "body.text: is required"],
    [
      "text over 65,536 characters",
      { text: "a".repeat(65_537), model: "command-a-03-2025" },
      "body.text: must be 1 to 65536 characters long (got 65537)",
    ],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });

  test("counts characters, not UTF-16 units, against the limit", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    // 65,536 emoji are 131,072 UTF-16 units: at the limit in characters, so sent.
    await main(auth, { text: "😀".repeat(65_536), model: "command-a-03-2025" });
    expect(seen).toHaveLength(1);
    expect([...seen[0].body.text].length).toBe(65_536);
    const err = await failure(main(auth, { text: "😀".repeat(65_537), model: "command-a-03-2025" }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.text: must be 1 to 65536 characters long (got 65537)");
    expect(seen).toHaveLength(1);
  });
});
