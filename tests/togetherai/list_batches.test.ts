import { describe, expect, test } from "bun:test";
import { ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/list_batches.ts";
import fixture from "../../fixtures/togetherai/list_batches.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/batches";
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/list_batches", () => {
  test("sends GET /batches with the bearer key and no body", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth);
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test-key-0123456789");
    expect(seen[0].body).toBeUndefined();
  });

  test("returns the bare array of batch jobs unchanged", async () => {
    mock("get", URL, json(fixture.response.json));
    expect(await main(auth)).toEqual(fixture.response.json);
  });

  test("reports Together's batch error string as a ProviderError", async () => {
    mock("get", URL, json({ error: "invalid API key" }, { status: 401 }));
    const err = await failure(main(auth));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(401);
    expect(err.message).toBe("Together 401: invalid API key");
  });
});
