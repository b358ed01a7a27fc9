import { describe, expect, test } from "bun:test";
import { ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/cancel_queue_job.ts";
import notPending from "../../fixtures/togetherai/cancel_queue_job.not_pending.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/queue/cancel";
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const body = { model: "black-forest-labs/FLUX.1-schnell", request_id: "req_01JT4M8Q6W2X9B3C5D7E8F0G1H" };

describe("togetherai/cancel_queue_job", () => {
  test("returns the job's current status, once, when it is no longer pending (409)", async () => {
    const seen = mock("post", URL, json(notPending.response.json, { status: notPending.response.status }));
    expect(await main(auth, body)).toEqual({ status: "running" });
    expect(seen).toHaveLength(1);
  });

  test("turns a 404 QueueError into a ProviderError with its message", async () => {
    mock(
      "post",
      URL,
      json({ code: "not_found", message: "request not found", type: "not_found_error" }, { status: 404 }),
    );
    const err = await failure(main(auth, body));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(404);
    expect(err.message).toBe("Together 404: request not found");
  });
});
