import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/cancel_fine_tune.ts";
import fixture from "../../fixtures/togetherai/cancel_fine_tune.json";
import { captureLogs, failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const BASE = "https://api.together.xyz/v1";
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const id = fixture.response.json.id;

describe("togetherai/cancel_fine_tune", () => {
  test("POSTs to /fine-tunes/{id}/cancel with the bearer key and no body", async () => {
    const seen = mock("post", `${BASE}/fine-tunes/${id}/cancel`, json(fixture.response.json));
    await main(auth, { id });
    expect(seen).toHaveLength(1);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test-key-0123456789");
    expect(seen[0].headers["content-type"]).toBeUndefined();
    expect(seen[0].body).toBeUndefined();
  });

  test("returns the job in its cancel_requested state unchanged", async () => {
    mock("post", `${BASE}/fine-tunes/${id}/cancel`, json(fixture.response.json));
    const result: any = await main(auth, { id });
    expect(result).toEqual(fixture.response.json);
    expect(result.status).toBe("cancel_requested");
  });

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

  test("reports a job that cannot be cancelled as a ProviderError", async () => {
    mock(
      "post",
      `${BASE}/fine-tunes/ft-done/cancel`,
      json({ error: { message: "Job is already completed", type: "invalid_request_error" } }, { status: 400 }),
    );
    const err = await failure(main(auth, { id: "ft-done" }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe("Together 400: Job is already completed");
  });

  test("rejects an empty id before any request", async () => {
    const err = await failure(main(auth, { id: "" }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.id: is required");
  });
});
