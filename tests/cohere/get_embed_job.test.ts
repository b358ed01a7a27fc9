import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/get_embed_job.ts";
import { InputError } from "../../f/core/errors.ts";
import job from "../../fixtures/cohere/get_embed_job.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const BASE = "https://api.cohere.com/v1/embed-jobs";
const auth = { apiKey: "co-test-key-0123456789" };

describe("cohere/get_embed_job", () => {
  test("encodes the id as one path segment", async () => {
    const seen = mock("get", `${BASE}/:id`, json(job.response.json));
    await main(auth, { id: "../datasets" });
    expect(seen[0].url).toBe(`${BASE}/..%2Fdatasets`);
  });

  test("refuses an empty id (a form leftover) as missing, before any request", async () => {
    const err = await failure(main(auth, { id: "" }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.id: is required");
  });
});
