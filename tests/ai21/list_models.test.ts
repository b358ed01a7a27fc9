import { describe, expect, test } from "bun:test";
import { main } from "../../f/ai21/list_models.ts";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import fixture from "../../fixtures/ai21/list_models.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.ai21.com/studio/v1/models";
const auth = { apiKey: "ai21-test-key-0123456789" };

describe("ai21/list_models", () => {
  test("gets /models with the bearer key and returns the list unchanged", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    const result = await main(auth);
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("GET");
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer ai21-test-key-0123456789");
    expect(result).toEqual(fixture.response.json);
  });

  test("lists a self-hosted Jamba deployment's models through the resource's base URL", async () => {
    const seen = mock("get", "http://jamba.internal:8000/v1/models", json(fixture.response.json));
    await main({ ...auth, baseUrl: "http://jamba.internal:8000/v1/" });
    expect(seen).toHaveLength(1);
  });

  test("turns a 401 into a ProviderError carrying AI21's detail", async () => {
    mock("get", URL, json({ detail: "Forbidden: Bad or missing API token." }, { status: 401 }));
    const err = await failure(main(auth));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe("AI21 401: Forbidden: Bad or missing API token.");
  });

  test("rejects a base URL that is not http(s) before any request", async () => {
    const err = await failure(main({ ...auth, baseUrl: "jamba.internal:8000" }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe('auth.baseUrl: must be an http(s) URL (got "jamba.internal:8000")');
  });
});
