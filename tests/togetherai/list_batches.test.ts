import { describe, expect, test } from "bun:test";
import { ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/list_batches.ts";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/batches";
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/list_batches", () => {
  test("reports Together's batch error string as a ProviderError", async () => {
    mock("get", URL, json({ error: "invalid API key" }, { status: 401 }));
    const err = await failure(main(auth));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(401);
    expect(err.message).toBe("Together 401: invalid API key");
  });
});
