import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/create_embedding.ts";
import fixture from "../../fixtures/togetherai/create_embedding.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/embeddings";
const auth = { api_key: "tgp_v1_test0123456789abcdef" };
const model = "BAAI/bge-large-en-v1.5";

describe("togetherai/create_embedding", () => {
  test("returns the vectors unchanged, and also accepts a single string", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    expect(await main(auth, { model, input: "one text" as any })).toEqual(fixture.response.json);
    expect(seen[0].body.input).toBe("one text");
  });

  test.each([
    ["an empty input list", { model, input: [] }, "body.input: must not be empty"],
    [
      "an empty text",
      { model, input: ["ok", " "] },
      "body.input: matches no accepted form: [1] must not be empty; or must be a string (got a list)",
    ],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
