import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/estimate_fine_tune_price.ts";
import { failure, useMockServer } from "../support/mock.ts";

useMockServer();
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const training_file = "file-7c1e9d2a-4b8f-4e3a-9f61-2d5c8a0b3e47";

describe("togetherai/estimate_fine_tune_price", () => {
  test.each([
    [
      "an unknown training method",
      { training_file, training_method: { method: "ppo" } },
      'body.training_method.method: must be one of "sft", "dpo" (got "ppo")',
    ],
    [
      "LoRA without an alpha",
      { training_file, training_type: { type: "Lora", lora_r: 8 } },
      "body.training_type.lora_alpha: is required for LoRA training",
    ],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
