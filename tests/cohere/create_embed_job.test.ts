import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/create_embed_job.ts";
import { InputError } from "../../f/core/errors.ts";
import created from "../../fixtures/cohere/create_embed_job.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.cohere.com/v1/embed-jobs";
const auth = { apiKey: "co-test-key-0123456789" };
const base = {
  model: "embed-english-v3.0",
  dataset_id: "support-articles-q8k2vx",
  input_type: "search_document" as const,
};

describe("cohere/create_embed_job", () => {
  test("posts the job as JSON with the bearer key, dropping empty form fields", async () => {
    const seen = mock("post", URL, json(created.response.json));
    await main(auth, {
      ...base,
      name: "support-articles-embeddings",
      embedding_types: ["float", "int8"],
      truncate: "END",
      max_tokens: null,
    } as any);
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer co-test-key-0123456789");
    expect(seen[0].headers["content-type"]).toBe("application/json");
    expect(seen[0].body).toEqual({
      ...base,
      name: "support-articles-embeddings",
      embedding_types: ["float", "int8"],
      truncate: "END",
    });
  });

  test.each([
    [
      "an unknown embedding type",
      { ...base, embedding_types: ["float", "int4"] },
      'body.embedding_types[1]: must be one of "float", "int8", "uint8", "binary", "ubinary", "base64" (got "int4")',
    ],
    ["a lower-case truncate", { ...base, truncate: "end" }, 'body.truncate: must be one of "START", "END" (got "end")'],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
