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

  test("passes base_model and lora_model on whatever the model_type, as Together's SDK test sends them", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    const sdk = {
      model_name: "Qwen2.5-72B-Instruct",
      model_source: "unsloth/Qwen2.5-72B-Instruct",
      base_model: "Qwen/Qwen2.5-72B-Instruct",
      description: "Finetuned Qwen2.5-72B-Instruct by Unsloth",
      hf_token: "hf_examplehuggingfacetoken",
      lora_model: "my_username/Qwen2.5-72B-Instruct-lora",
      model_type: "model" as const,
    };
    await main(auth, sdk);
    expect(seen[0].body).toEqual(sdk);
  });

  test.each([
    [
      "an unknown model_type",
      { ...body, model_type: "lora" },
      'body.model_type: must be one of "model", "adapter" (got "lora")',
    ],
  ])("rejects %s before any request", async (_, input, message) => {
    const err = await failure(main(auth, input as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
