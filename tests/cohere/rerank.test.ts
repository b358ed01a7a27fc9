import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/rerank.ts";
import { InputError, ProviderError } from "../../f/core/errors.ts";
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
  test("posts the query and documents to /v2/rerank with the bearer key", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    const body = {
      model: "rerank-v3.5",
      query: "What is the capital of the United States?",
      documents,
      top_n: 2,
      max_tokens_per_doc: 4096,
    };
    await main(auth, body);
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("POST");
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer co-test-key-0123456789");
    expect(seen[0].body).toEqual(body);
  });

  test("returns the ranked results unchanged", async () => {
    mock("post", URL, json(fixture.response.json));
    const result: any = await main(auth, { model: "rerank-v3.5", query: "capital of the US", documents });
    expect(result).toEqual(fixture.response.json);
    expect(documents[result.results[0].index]).toContain("Washington");
  });

  test("keeps an emptied document in its place, since each result's index points into documents", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    await main(auth, { model: "rerank-v3.5", query: "q", documents: ["a", "", "b"] });
    expect(seen[0].body.documents).toEqual(["a", "", "b"]);
  });

  test("turns a 429 into a ProviderError once retries are used up", async () => {
    mock(
      "post",
      URL,
      json(
        { message: "rate limit exceeded" },
        { status: 429, headers: { "x-debug-trace-id": "trace-r", "retry-after-ms": "1" } },
      ),
    );
    const err = await failure(main(auth, { model: "rerank-v3.5", query: "q", documents }, { max_retries: 0 }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe("Cohere 429: rate limit exceeded (request id trace-r)");
  });

  test.each([
    ["a missing query", { model: "rerank-v3.5", documents }, "body.query: is required"],
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
