// cancel_queue_job retries as an idempotent call does, except that a 409 is Together's final answer.
import { describe, expect, spyOn, test } from "bun:test";
import { ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/cancel_queue_job.ts";
import notPending from "../../fixtures/togetherai/cancel_queue_job.not_pending.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/queue/cancel";
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const body = { model: "black-forest-labs/FLUX.1-schnell", request_id: "req_01JT4M8Q6W2X9B3C5D7E8F0G1H" };
const wait = { "retry-after-ms": "1" };

async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const spy = spyOn(console, "log").mockImplementation(() => {});
  try {
    return await run();
  } finally {
    spy.mockRestore();
  }
}

describe("togetherai/cancel_queue_job retries", () => {
  test("retries a 500, then returns the cancel", async () => {
    const seen = mock(
      "post",
      URL,
      json({ message: "oops" }, { status: 500, headers: wait }),
      json({ status: "canceled" }),
    );
    expect(await quietly(() => main(auth, body))).toEqual({ status: "canceled" });
    expect(seen).toHaveLength(2);
  });

  test("retries a dropped connection", async () => {
    const seen = mock("post", URL, () => Response.error(), json({ status: "canceled" }));
    expect(await quietly(() => main(auth, body, { max_retries: 1 }))).toEqual({ status: "canceled" });
    expect(seen).toHaveLength(2);
  });

  test("retries a timeout", async () => {
    const seen = mock(
      "post",
      URL,
      () => new Promise<Response>((r) => setTimeout(() => r(json({ status: "canceled" })), 300)),
      json({ status: "canceled" }),
    );
    expect(await quietly(() => main(auth, body, { timeout_seconds: 0.05, max_retries: 1 }))).toEqual({
      status: "canceled",
    });
    expect(seen).toHaveLength(2);
  });

  test("never retries a 409: the job's state is the answer", async () => {
    const seen = mock("post", URL, json(notPending.response.json, { status: 409, headers: wait }));
    expect(await quietly(() => main(auth, body))).toEqual({ status: "running" });
    expect(seen).toHaveLength(1);
  });

  test("a 409 without a status is a final error, not retried", async () => {
    const seen = mock("post", URL, json({ message: "conflict" }, { status: 409, headers: wait }));
    const err = await failure(quietly(() => main(auth, body)));
    expect(err).toBeInstanceOf(ProviderError);
    expect([err.status, err.retryable]).toEqual([409, false]);
    expect(seen).toHaveLength(1);
  });
});
