import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/create_endpoint.ts";
import { failure, useMockServer } from "../support/mock.ts";

useMockServer();
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const body = {
  model: "Qwen/Qwen3.5-9B-FP8",
  hardware: "1x_nvidia_a100_80gb_sxm",
  autoscaling: { min_replicas: 1, max_replicas: 3 },
};

describe("togetherai/create_endpoint", () => {
  test.each([
    [
      "max_replicas below min_replicas",
      { ...body, autoscaling: { min_replicas: 4, max_replicas: 2 } },
      "body.autoscaling.max_replicas: must be at least min_replicas",
    ],
    [
      "a negative inactive_timeout",
      { ...body, inactive_timeout: -5 },
      "body.inactive_timeout: must be at least 0 (got -5)",
    ],
    [
      "an unknown state",
      { ...body, state: "PAUSED" },
      'body.state: must be one of "STARTED", "STOPPED" (got "PAUSED")',
    ],
  ])("rejects %s before any request", async (_, input, message) => {
    const err = await failure(main(auth, input as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
