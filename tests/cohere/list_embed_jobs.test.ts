import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/list_embed_jobs.ts";
import { ProviderError } from "../../f/core/errors.ts";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.cohere.com/v1/embed-jobs";
const auth = { apiKey: "co-test-key-0123456789" };

describe("cohere/list_embed_jobs", () => {
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
});
