import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/get_dataset.ts";
import { InputError } from "../../f/core/errors.ts";
import dataset from "../../fixtures/cohere/get_dataset.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const BASE = "https://api.cohere.com/v1/datasets";
const auth = { apiKey: "co-test-key-0123456789" };

describe("cohere/get_dataset", () => {
  test("encodes the id as one path segment", async () => {
    const seen = mock("get", `${BASE}/:id`, json(dataset.response.json));
    await main(auth, { id: "a/b c?d" });
    expect(seen[0].url).toBe(`${BASE}/a%2Fb%20c%3Fd`);
  });

  test.each([
    ["a blank id", { id: "  " }, "body.id: must not be empty"],
    [
      'the id "usage", which is the storage-usage path',
      { id: "usage" },
      'body.id: cannot be "usage" (that path is get_dataset_usage)',
    ],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
