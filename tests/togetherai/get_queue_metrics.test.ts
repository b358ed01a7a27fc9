import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/get_queue_metrics.ts";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/queue/metrics";
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/get_queue_metrics", () => {
  test("turns a 400 QueueError into a ProviderError with its message", async () => {
    mock(
      "get",
      URL,
      json(
        { code: "unknown_model", message: "no queue for model acme/none", type: "invalid_request_error" },
        { status: 400 },
      ),
    );
    const err = await failure(main(auth, { model: "acme/none" }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe("Together 400: no queue for model acme/none");
  });

  test("rejects an empty model before any request", async () => {
    const err = await failure(main(auth, { model: "" }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.model: must not be empty");
  });
});
