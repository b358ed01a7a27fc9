import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/delete_fine_tune.ts";
import fixture from "../../fixtures/togetherai/delete_fine_tune.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const BASE = "https://api.together.xyz/v1";
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const id = "ft-5d3a2c1b-8e4f-4a6b-9c7d-0e1f2a3b4c5d";

describe("togetherai/delete_fine_tune", () => {
  test("passes force as a query parameter when it is set", async () => {
    const seen = mock("delete", `${BASE}/fine-tunes/${id}`, json(fixture.response.json));
    await main(auth, { id, force: true });
    expect(seen[0].url).toBe(`${BASE}/fine-tunes/${id}?force=true`);
  });

  test("rejects a force that is not a boolean before any request", async () => {
    const err = await failure(main(auth, { id, force: "yes" } as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe('body.force: must be true or false (got "yes")');
  });
});
