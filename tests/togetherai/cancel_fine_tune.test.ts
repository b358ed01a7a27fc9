import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/cancel_fine_tune.ts";
import fixture from "../../fixtures/togetherai/cancel_fine_tune.json";
import { captureLogs, failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const BASE = "https://api.together.xyz/v1";
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const id = fixture.response.json.id;

describe("togetherai/cancel_fine_tune", () => {
  test("tries again after a 500, since cancelling twice changes nothing", async () => {
    const seen = mock(
      "post",
      `${BASE}/fine-tunes/${id}/cancel`,
      json({ error: { message: "upstream error" } }, { status: 500, headers: { "retry-after-ms": "1" } }),
      json(fixture.response.json),
    );
    const logs = captureLogs();
    const result = await main(auth, { id }).finally(logs.restore);
    expect(seen).toHaveLength(2);
    expect(result).toEqual(fixture.response.json);
  });

  test("rejects an empty id before any request", async () => {
    const err = await failure(main(auth, { id: "" }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.id: must not be empty");
  });
});
