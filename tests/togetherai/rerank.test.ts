import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
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
  test("accepts documents as objects ranked by rank_fields", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    const objects = [
      { title: "Llama", text: documents[0] },
      { title: "Panda", text: documents[1] },
    ];
    await main(auth, { model, query, documents: objects as any, rank_fields: ["title", "text"] });
    expect(seen[0].body.documents).toEqual(objects);
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
