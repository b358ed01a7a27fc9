import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/estimate_fine_tune_price.ts";
import fixture from "../../fixtures/togetherai/estimate_fine_tune_price.json";
import { captureLogs, failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/fine-tunes/estimate-price";
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const training_file = "file-7c1e9d2a-4b8f-4e3a-9f61-2d5c8a0b3e47";

describe("togetherai/estimate_fine_tune_price", () => {
  test("POSTs the planned job as JSON to /fine-tunes/estimate-price with the bearer key", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    const body = {
      training_file,
      validation_file: "file-b2a4c6d8-1e3f-4a5b-8c7d-9e0f1a2b3c4d",
      model: "Qwen/Qwen2.5-7B-Instruct",
      n_epochs: 3,
      n_evals: 3,
      training_method: { method: "dpo" as const, dpo_beta: 0.1, rpo_alpha: 0.5 },
      training_type: { type: "Full" as const },
    };
    await main(auth, body);
    expect(seen).toHaveLength(1);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test-key-0123456789");
    expect(seen[0].headers["content-type"]).toBe("application/json");
    expect(seen[0].body).toEqual(body);
  });

  test("returns the estimate unchanged", async () => {
    mock("post", URL, json(fixture.response.json));
    expect(await main(auth, { training_file })).toEqual(fixture.response.json);
  });

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

  test("reports an unknown training file as a ProviderError", async () => {
    mock(
      "post",
      URL,
      json(
        {
          error: {
            message: "Training file file-missing not found",
            type: "invalid_request_error",
            param: "training_file",
          },
        },
        { status: 400 },
      ),
    );
    const err = await failure(main(auth, { training_file: "file-missing" }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe("Together 400: Training file file-missing not found");
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
