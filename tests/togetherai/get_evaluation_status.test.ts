import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/get_evaluation_status.ts";
import fixture from "../../fixtures/togetherai/get_evaluation_status.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const id = "eval-a41c-1751301122";
const URL = `https://api.together.xyz/v1/evaluation/${id}/status`;
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/get_evaluation_status", () => {
  test("encodes the id as one path segment", async () => {
    const seen = mock("get", "https://api.together.xyz/v1/evaluation/eval%20x%2F1/status", json(fixture.response.json));
    await main(auth, { id: "eval x/1" });
    expect(seen).toHaveLength(1);
  });

  test("turns a 500 into a ProviderError after the retries a read is allowed", async () => {
    const seen = mock(
      "get",
      URL,
      json({ error: { message: "Failed to get evaluation job", type: "server_error" } }, { status: 500 }),
    );
    const err = await failure(main(auth, { id }, { max_retries: 0 }));
    expect(seen).toHaveLength(1);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe("Together 500: Failed to get evaluation job");
  });

  test("rejects a missing id before any request", async () => {
    const err = await failure(main(auth, {} as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.id: is required");
  });
});
