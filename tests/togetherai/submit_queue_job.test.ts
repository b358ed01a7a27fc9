import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/submit_queue_job.ts";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/queue/submit";
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const body = {
  model: "black-forest-labs/FLUX.1-schnell",
  payload: { prompt: "a lighthouse at dusk, watercolour", steps: 4 },
};

describe("togetherai/submit_queue_job", () => {
  test("fails when a 200 reply carries an error instead of a request id", async () => {
    mock(
      "post",
      URL,
      json({
        error: {
          code: "model_not_queueable",
          message: "model does not accept queued jobs",
          type: "invalid_request_error",
        },
      }),
    );
    const err = await failure(main(auth, body));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(200);
    expect(err.message).toBe("Together 200: model does not accept queued jobs");
  });

  test.each([
    [
      "a payload that is not an object",
      { ...body, payload: "draw a cat" },
      'body.payload: must be an object (Raw JSON) (got "draw a cat")',
    ],
    ["a fractional priority", { ...body, priority: 0.5 }, "body.priority: must be a whole number (got 0.5)"],
  ])("rejects %s before any request", async (_, input, message) => {
    const err = await failure(main(auth, input as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
