import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/get_batch.ts";
import fixture from "../../fixtures/togetherai/get_batch.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const BASE = "https://api.together.xyz/v1/batches/";
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const id = "a31c5e08-92d7-4f6b-b8e1-3c4d5a6b7e90";

describe("togetherai/get_batch", () => {
  test("encodes the id as one path segment", async () => {
    const seen = mock("get", `${BASE}batch%2F1%3Fx`, json(fixture.response.json));
    await main(auth, { id: "batch/1?x" });
    expect(seen[0].url).toBe(`${BASE}batch%2F1%3Fx`);
  });

  test("turns a 404 {error} into a ProviderError with Together's message", async () => {
    mock("get", BASE + id, json({ error: "batch job not found" }, { status: 404 }));
    const err = await failure(main(auth, { id }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(404);
    expect(err.message).toBe("Together 404: batch job not found");
  });

  test("rejects an empty id before any request", async () => {
    const err = await failure(main(auth, { id: " " }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.id: must not be empty");
  });
});
