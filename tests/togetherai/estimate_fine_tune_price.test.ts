import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/estimate_fine_tune_price.ts";
import fixture from "../../fixtures/togetherai/estimate_fine_tune_price.json";
import { captureLogs, failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/fine-tunes/estimate-price";
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const training_file = "file-7c1e9d2a-4b8f-4e3a-9f61-2d5c8a0b3e47";

describe("togetherai/estimate_fine_tune_price", () => {
  test("tries again after a 500, since an estimate starts nothing", async () => {
    const seen = mock(
      "post",
      URL,
      json({ error: { message: "Internal Server Error" } }, { status: 500, headers: { "retry-after-ms": "1" } }),
      json(fixture.response.json),
    );
    const logs = captureLogs();
    expect(await main(auth, { training_file }).finally(logs.restore)).toEqual(fixture.response.json);
    expect(seen).toHaveLength(2);
  });

  test.each([
    ["a missing training_file", { model: "Qwen/Qwen2.5-7B-Instruct" }, "body.training_file: is required"],
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
