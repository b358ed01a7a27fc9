import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/check_api_key.ts";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import fixture from "../../fixtures/cohere/check_api_key.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.cohere.com/v1/check-api-key";
const auth = { apiKey: "co-test-key-0123456789" };

describe("cohere/check_api_key", () => {
  test("posts an empty request to /v1/check-api-key with the key to check", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    const result = await main(auth);
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("POST");
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer co-test-key-0123456789");
    expect(seen[0].body).toBeUndefined();
    expect(result).toEqual(fixture.response.json);
  });

  test("uses the resource's base URL for a private deployment", async () => {
    const seen = mock("post", "https://cohere.internal.example/v1/check-api-key", json(fixture.response.json));
    await main({ ...auth, baseUrl: "https://cohere.internal.example/" });
    expect(seen).toHaveLength(1);
  });

  test("reports a rejected key as a ProviderError, with the key masked", async () => {
    mock("post", URL, json({ message: "invalid api token: co-test-key-0123456789" }, { status: 401 }));
    const err = await failure(main(auth));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(401);
    expect(err.message).toBe("Cohere 401: invalid api token: [redacted]");
  });

  test("rejects a resource without a key before any request", async () => {
    const err = await failure(main({ apiKey: "" }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("auth.apiKey: is required: the provider's API key");
  });
});
