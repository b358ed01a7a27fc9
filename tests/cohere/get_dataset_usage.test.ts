import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/get_dataset_usage.ts";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import usage from "../../fixtures/cohere/get_dataset_usage.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.cohere.com/v1/datasets/usage";
const auth = { apiKey: "co-test-key-0123456789" };

describe("cohere/get_dataset_usage", () => {
  test("GETs /v1/datasets/usage with the bearer key and returns the byte count unchanged", async () => {
    const seen = mock("get", URL, json(usage.response.json));
    expect(await main(auth)).toEqual({ organization_usage: 1741397 });
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer co-test-key-0123456789");
  });

  test("uses the resource's base URL for a private deployment", async () => {
    const seen = mock("get", "http://cohere.internal:8080/v1/datasets/usage", json(usage.response.json));
    await main({ ...auth, baseUrl: "http://cohere.internal:8080/" });
    expect(seen).toHaveLength(1);
  });

  test("turns a 403 into a ProviderError with Cohere's message", async () => {
    mock("get", URL, json({ id: "c1", message: "this key cannot read datasets" }, { status: 403 }));
    const err = await failure(main(auth));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(403);
    expect(err.message).toBe("Cohere 403: this key cannot read datasets");
  });

  test("rejects a resource without an API key before any request", async () => {
    const err = await failure(main({ apiKey: " " }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.path).toBe("auth.apiKey");
  });
});
