import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/cancel_embed_job.ts";
import cancelled from "../../fixtures/cohere/cancel_embed_job.json";
import { json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const BASE = "https://api.cohere.com/v1/embed-jobs";
const auth = { apiKey: "co-test-key-0123456789" };
const id = "a07e3b51-2c9d-4f18-8e6b-d4c0f9a2137e";
// The wire's answer: 200 with an empty body (spec: "OK", no content).
const empty = () => new Response(null, { status: 200, headers: cancelled.response.headers });

describe("cohere/cancel_embed_job", () => {
  test("POSTs to /v1/embed-jobs/{id}/cancel with the bearer key and no body", async () => {
    const seen = mock("post", `${BASE}/:id/cancel`, empty());
    await main(auth, { id: "job 1/2" });
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("POST");
    expect(seen[0].url).toBe(`${BASE}/job%201%2F2/cancel`);
    expect(seen[0].headers.authorization).toBe("Bearer co-test-key-0123456789");
    expect(seen[0].headers["content-type"]).toBeUndefined();
    expect(seen[0].body).toBeUndefined();
  });

  test("treats an empty JSON object like an empty body", async () => {
    mock("post", `${BASE}/${id}/cancel`, json({}));
    expect(await main(auth, { id })).toEqual({ job_id: id, cancel_requested: true });
  });
});
