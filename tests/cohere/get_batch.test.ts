import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/get_batch.ts";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import got from "../../fixtures/cohere/get_batch.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const BASE = "https://api.cohere.com/v2/batches";
const auth = { apiKey: "co-test-key-0123456789" };
const id = "9439e0e3-49a4-4336-93e3-485fc420bc18";

describe("cohere/get_batch", () => {
  test("GETs the batch by id and returns Cohere's answer unchanged, token counts as strings", async () => {
    const seen = mock("get", `${BASE}/${id}`, json(got.response.json));
    const result: any = await main(auth, { id });
    expect(result).toEqual(got.response.json);
    expect(result.batch.input_tokens).toBe("182340");
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(`${BASE}/${id}`);
    expect(seen[0].headers.authorization).toBe("Bearer co-test-key-0123456789");
  });

  test("encodes the id as one path segment", async () => {
    const seen = mock("get", `${BASE}/:id`, json(got.response.json));
    await main(auth, { id: "x:cancel" });
    expect(seen[0].url).toBe(`${BASE}/x%3Acancel`);
  });

  test("turns a 404 into a ProviderError with Cohere's message", async () => {
    mock(
      "get",
      `${BASE}/${id}`,
      json({ message: "batch not found" }, { status: 404, headers: { "x-debug-trace-id": "trace-404" } }),
    );
    const err = await failure(main(auth, { id }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe("Cohere 404: batch not found (request id trace-404)");
  });

  test("rejects a missing id before any request", async () => {
    const err = await failure(main(auth, {} as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.id: is required");
  });
});
