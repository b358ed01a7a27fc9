import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/get_queue_job_status.ts";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/queue/status";
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const body = { request_id: "req_01JT4M8Q6W2X9B3C5D7E8F0G1H", model: "black-forest-labs/FLUX.1-schnell" };

describe("togetherai/get_queue_job_status", () => {
  test("turns a 404 QueueError into a ProviderError with its message", async () => {
    mock(
      "get",
      URL,
      json({ code: "not_found", message: "request not found", type: "not_found_error" }, { status: 404 }),
    );
    const err = await failure(main(auth, body));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(404);
    expect(err.message).toBe("Together 404: request not found");
  });

  test("rejects a missing model before any request", async () => {
    const err = await failure(main(auth, { request_id: body.request_id } as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.model: is required");
  });
});
