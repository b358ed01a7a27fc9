import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/upload_model.ts";
import fixture from "../../fixtures/togetherai/upload_model.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/models";
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const body = {
  model_name: "acme/Qwen2.5-7B-Instruct-support",
  model_source: "Qwen/Qwen2.5-7B-Instruct",
  description: "Support assistant tuned on our tickets",
};

describe("togetherai/upload_model", () => {
  test("sends an adapter with its base model", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    const adapter = {
      model_name: "acme/support-lora",
      model_source: "s3://acme-models/support-lora.tar.gz",
      model_type: "adapter" as const,
      base_model: "Qwen/Qwen2.5-7B-Instruct",
    };
    await main(auth, adapter);
    expect(seen[0].body).toEqual(adapter);
  });

  test.each([
    ["a missing model_source", { model_name: "x" }, "body.model_source: is required"],
    [
      "an unknown model_type",
      { ...body, model_type: "lora" },
      'body.model_type: must be one of "model", "adapter" (got "lora")',
    ],
    [
      "a base_model for a full model",
      { ...body, base_model: "Qwen/Qwen2.5-7B-Instruct" },
      'body.base_model: applies to model_type "adapter" only',
    ],
    [
      "a lora_model without model_type adapter",
      { ...body, model_type: "model", lora_model: "acme/pool" },
      'body.lora_model: applies to model_type "adapter" only',
    ],
  ])("rejects %s before any request", async (_, input, message) => {
    const err = await failure(main(auth, input as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
