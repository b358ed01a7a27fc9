import { describe, expect, test } from "bun:test";
import { ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/cancel_batch.ts";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const id = "0f8a7c2e-4b1d-4e93-9c5a-7d2e1b6f3a48";
const URL = `https://api.together.xyz/v1/batches/${id}/cancel`;
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/cancel_batch", () => {
  test("turns a 400 {error} into a ProviderError", async () => {
    mock("post", URL, json({ error: "batch job is already COMPLETED" }, { status: 400 }));
    const err = await failure(main(auth, { id }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(400);
    expect(err.message).toBe("Together 400: batch job is already COMPLETED");
  });
});
