import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/rerank.ts";
import { InputError } from "../../f/core/errors.ts";
import fixture from "../../fixtures/cohere/rerank.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.cohere.com/v2/rerank";
const auth = { apiKey: "co-test-key-0123456789" };
const documents = [
  "Carson City is the capital city of Nevada.",
  "Capital punishment has existed in the United States since before it was a country.",
  "Washington, D.C. is the capital of the United States.",
];

describe("cohere/rerank", () => {
  test("keeps an emptied document in its place, since each result's index points into documents", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    await main(auth, { model: "rerank-v3.5", query: "q", documents: ["a", "", "b"] });
    expect(seen[0].body.documents).toEqual(["a", "", "b"]);
  });

  test.each([
    ["no documents", { model: "rerank-v3.5", query: "q", documents: [] }, "body.documents: must not be empty"],
    [
      "document objects (v2 takes strings)",
      { model: "rerank-v3.5", query: "q", documents: [{ text: "a" }] },
      "body.documents[0]: must be a string (got an object)",
    ],
    [
      "a top_n of 0",
      { model: "rerank-v3.5", query: "q", documents, top_n: 0 },
      "body.top_n: must be at least 1 (got 0)",
    ],
    [
      "a priority above 999",
      { model: "rerank-v3.5", query: "q", documents, priority: 1000 },
      "body.priority: must be at most 999 (got 1000)",
    ],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
