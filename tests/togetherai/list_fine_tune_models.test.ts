import { describe, expect, test } from "bun:test";
import { ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/list_fine_tune_models.ts";
import fixture from "../../fixtures/togetherai/list_fine_tune_models.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/fine-tunes/models/supported";
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/list_fine_tune_models", () => {
  test("sends a GET to /fine-tunes/models/supported with the bearer key", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth);
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test-key-0123456789");
  });

  test("returns the model names unchanged", async () => {
    mock("get", URL, json(fixture.response.json));
    expect(await main(auth)).toEqual(fixture.response.json);
  });

  test("reports a rejected key as a ProviderError", async () => {
    mock("get", URL, json({ error: { message: "Invalid API key provided" } }, { status: 401 }));
    const err = await failure(main(auth));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(401);
  });
});
