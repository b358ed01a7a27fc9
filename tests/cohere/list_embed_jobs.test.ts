import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/list_embed_jobs.ts";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import listed from "../../fixtures/cohere/list_embed_jobs.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.cohere.com/v1/embed-jobs";
const auth = { apiKey: "co-test-key-0123456789" };

describe("cohere/list_embed_jobs", () => {
  test("GETs /v1/embed-jobs with the bearer key and no query", async () => {
    const seen = mock("get", URL, json(listed.response.json));
    await main(auth);
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("GET");
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer co-test-key-0123456789");
  });

  test("returns Cohere's list unchanged", async () => {
    mock("get", URL, json(listed.response.json));
    expect(await main(auth)).toEqual(listed.response.json);
  });

  test("turns a 498 into a ProviderError saying the token is invalid", async () => {
    mock(
      "get",
      URL,
      json({ message: "invalid api token" }, { status: 498, headers: { "x-debug-trace-id": "trace-498" } }),
    );
    const err = await failure(main(auth));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe("Cohere 498: invalid api token (request id trace-498)");
  });

  test("rejects out-of-range call options before any request", async () => {
    const err = await failure(main(auth, {}, { max_retries: -1 }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.path).toBe("options.max_retries");
  });
});
