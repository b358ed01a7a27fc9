import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/rerank.ts";
import fixture from "../../fixtures/togetherai/rerank.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/rerank";
const auth = { api_key: "tgp_v1_test0123456789abcdef" };
const model = "Salesforce/Llama-Rank-v1";
const query = "Which animals live in South America?";
const documents = [
  "The llama is a domesticated South American camelid.",
  "The giant panda is endemic to China.",
  "The guanaco is a camelid native to South America.",
];

describe("togetherai/rerank", () => {
  test("posts query and documents as JSON to /rerank with the bearer key", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    await main(auth, { model, query, documents, top_n: 2, return_documents: true });
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("POST");
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test0123456789abcdef");
    expect(seen[0].body).toEqual({ model, query, documents, top_n: 2, return_documents: true });
  });

  test("returns the ranking unchanged", async () => {
    mock("post", URL, json(fixture.response.json));
    expect(await main(auth, { model, query, documents })).toEqual(fixture.response.json);
  });

  test("accepts documents as objects ranked by rank_fields", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    const objects = [
      { title: "Llama", text: documents[0] },
      { title: "Panda", text: documents[1] },
    ];
    await main(auth, { model, query, documents: objects as any, rank_fields: ["title", "text"] });
    expect(seen[0].body.documents).toEqual(objects);
  });

  test("turns a 400 into a ProviderError with Together's message", async () => {
    mock(
      "post",
      URL,
      json({ error: { message: "query is too long", type: "invalid_request_error" } }, { status: 400 }),
    );
    const err = await failure(main(auth, { model, query, documents }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe("Together 400: query is too long");
  });

  test.each([
    ["no documents", { model, query, documents: [] }, "body.documents: must not be empty"],
    [
      "top_n above the number of documents",
      { model, query, documents, top_n: 4 },
      "body.top_n: must be at most the number of documents (3)",
    ],
    [
      "rank_fields with plain-text documents",
      { model, query, documents, rank_fields: ["title"] },
      "body.rank_fields: applies only to documents given as objects",
    ],
    ["an empty query", { model, query: "", documents }, "body.query: is required"],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
