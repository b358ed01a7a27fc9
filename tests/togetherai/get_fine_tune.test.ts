import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/get_fine_tune.ts";
import fixture from "../../fixtures/togetherai/get_fine_tune.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const BASE = "https://api.together.xyz/v1";
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const id = fixture.response.json.id;

describe("togetherai/get_fine_tune", () => {
  test("sends a GET to /fine-tunes/{id} with the bearer key", async () => {
    const seen = mock("get", `${BASE}/fine-tunes/${id}`, json(fixture.response.json));
    await main(auth, { id });
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(`${BASE}/fine-tunes/${id}`);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test-key-0123456789");
  });

  test("returns the job in full, events and progress included, unchanged", async () => {
    mock("get", `${BASE}/fine-tunes/${id}`, json(fixture.response.json));
    expect(await main(auth, { id })).toEqual(fixture.response.json);
  });

  test("reports an unknown job as a ProviderError 404", async () => {
    mock(
      "get",
      `${BASE}/fine-tunes/ft-missing`,
      json({ error: { message: "fine-tune job not found", type: "invalid_request_error" } }, { status: 404 }),
    );
    const err = await failure(main(auth, { id: "ft-missing" }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(404);
    expect(err.message).toBe("Together 404: fine-tune job not found");
  });

  test("rejects an id that is not a string before any request", async () => {
    const err = await failure(main(auth, { id: 42 } as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.id: must be a string (got 42)");
  });
});
