import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/get_batch.ts";
import got from "../../fixtures/cohere/get_batch.json";
import { json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const BASE = "https://api.cohere.com/v2/batches";
const auth = { apiKey: "co-test-key-0123456789" };

describe("cohere/get_batch", () => {
  test("encodes the id as one path segment", async () => {
    const seen = mock("get", `${BASE}/:id`, json(got.response.json));
    await main(auth, { id: "x:cancel" });
    expect(seen[0].url).toBe(`${BASE}/x%3Acancel`);
  });
});
