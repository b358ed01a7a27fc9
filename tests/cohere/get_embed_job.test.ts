import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/get_embed_job.ts";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import job from "../../fixtures/cohere/get_embed_job.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const BASE = "https://api.cohere.com/v1/embed-jobs";
const auth = { apiKey: "co-test-key-0123456789" };
const id = "4f1a9c2e-7b3d-4e8a-9f60-1c5d2b7e8a04";

describe("cohere/get_embed_job", () => {
  test("GETs the job by id and returns Cohere's answer unchanged", async () => {
    const seen = mock("get", `${BASE}/${id}`, json(job.response.json));
    expect(await main(auth, { id })).toEqual(job.response.json);
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(`${BASE}/${id}`);
    expect(seen[0].headers.authorization).toBe("Bearer co-test-key-0123456789");
  });

  test("encodes the id as one path segment", async () => {
    const seen = mock("get", `${BASE}/:id`, json(job.response.json));
    await main(auth, { id: "../datasets" });
    expect(seen[0].url).toBe(`${BASE}/..%2Fdatasets`);
  });

  test("turns a 404 into a ProviderError with Cohere's message", async () => {
    mock("get", `${BASE}/nope`, json({ message: "embed job not found" }, { status: 404 }));
    const err = await failure(main(auth, { id: "nope" }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe("Cohere 404: embed job not found");
  });

  test("refuses an empty id (a form leftover) as missing, before any request", async () => {
    const err = await failure(main(auth, { id: "" }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.id: is required");
  });
});
