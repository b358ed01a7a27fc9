import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/list_fine_tune_checkpoints.ts";
import fixture from "../../fixtures/togetherai/list_fine_tune_checkpoints.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const BASE = "https://api.together.xyz/v1";
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const id = "ft-5d3a2c1b-8e4f-4a6b-9c7d-0e1f2a3b4c5d";

describe("togetherai/list_fine_tune_checkpoints", () => {
  test("sends a GET to /fine-tunes/{id}/checkpoints with the bearer key", async () => {
    const seen = mock("get", `${BASE}/fine-tunes/${id}/checkpoints`, json(fixture.response.json));
    await main(auth, { id });
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(`${BASE}/fine-tunes/${id}/checkpoints`);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test-key-0123456789");
  });

  test("returns the checkpoints unchanged", async () => {
    mock("get", `${BASE}/fine-tunes/${id}/checkpoints`, json(fixture.response.json));
    expect(await main(auth, { id })).toEqual(fixture.response.json);
  });

  test("reports an unknown job as a ProviderError 404", async () => {
    mock(
      "get",
      `${BASE}/fine-tunes/ft-missing/checkpoints`,
      json({ error: { message: "fine-tune job not found" } }, { status: 404 }),
    );
    const err = await failure(main(auth, { id: "ft-missing" }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(404);
  });

  test("rejects an empty id before any request", async () => {
    const err = await failure(main(auth, { id: "" }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.id: is required");
  });
});
