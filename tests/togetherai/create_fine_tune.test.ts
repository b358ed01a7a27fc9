import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/create_fine_tune.ts";
import fixture from "../../fixtures/togetherai/create_fine_tune.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/fine-tunes";
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const minimal = { training_file: "file-7c1e9d2a-4b8f-4e3a-9f61-2d5c8a0b3e47", model: "Qwen/Qwen2.5-7B-Instruct" };
const lora = {
  type: "Lora" as const,
  lora_r: 16,
  lora_alpha: 32,
  lora_dropout: 0.05,
  lora_trainable_modules: "all-linear",
};

describe("togetherai/create_fine_tune", () => {
  test("drops the empty fields a Windmill form sends as null", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    await main(auth, { ...minimal, suffix: null, training_type: null } as any);
    expect(seen[0].body).toEqual(minimal);
  });

  test("accepts the string forms the API takes beside numbers and booleans", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    await main(auth, {
      ...minimal,
      batch_size: "max",
      training_method: { method: "sft", train_on_inputs: "auto" },
    } as any);
    expect(seen[0].body.batch_size).toBe("max");
    expect(seen[0].body.training_method).toEqual({ method: "sft", train_on_inputs: "auto" });
  });

  test("sends the body Together's SDK test sends: 0 for counts and rates, both starting points, early stopping", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    const sdk = {
      model: "model",
      training_file: "training_file",
      batch_size: "max",
      early_stopping_enabled: true,
      early_stopping_min_delta: 0,
      early_stopping_patience: 1,
      early_stopping_warmup_evals: 0,
      from_checkpoint: "from_checkpoint",
      from_hf_model: "from_hf_model",
      gradient_accumulation_steps: 0,
      hf_api_token: "hf_api_token",
      hf_model_revision: "hf_model_revision",
      hf_output_repo_name: "hf_output_repo_name",
      learning_rate: 0,
      lr_scheduler: { lr_scheduler_type: "linear", lr_scheduler_args: { min_lr_ratio: 0 } },
      max_grad_norm: 0,
      max_seq_length: 0,
      multimodal_params: { train_vision: true },
      n_checkpoints: 10,
      n_epochs: 0,
      n_evals: 0,
      packing: true,
      random_seed: 0,
      suffix: "suffix",
      training_method: { method: "sft", train_on_inputs: "auto" },
      training_type: { type: "Full" },
      validation_file: "validation_file",
      wandb_api_key: "wandb_api_key",
      wandb_base_url: "wandb_base_url",
      wandb_entity: "wandb_entity",
      wandb_name: "wandb_name",
      wandb_project_name: "wandb_project_name",
      warmup_ratio: 0,
      weight_decay: 0,
    };
    await main(auth, sdk as any);
    expect(seen[0].body).toEqual(sdk);
  });

  test.each([
    [
      "a batch size that is neither a count nor max",
      { ...minimal, batch_size: "auto" },
      'body.batch_size: matches no accepted form: must be a number (got "auto"); or must be one of "max" (got "auto")',
    ],
    ["a warmup ratio over 1", { ...minimal, warmup_ratio: 1.5 }, "body.warmup_ratio: must be at most 1 (got 1.5)"],
    ["a negative weight decay", { ...minimal, weight_decay: -0.1 }, "body.weight_decay: must be at least 0 (got -0.1)"],
    [
      "LoRA without a rank",
      { ...minimal, training_type: { type: "Lora", lora_alpha: 32 } },
      "body.training_type.lora_r: is required for LoRA training",
    ],
    [
      "LoRA settings on full training",
      { ...minimal, training_type: { type: "Full", lora_r: 8 } },
      "body.training_type.lora_r: applies to Lora only",
    ],
    [
      "a LoRA dropout of 1",
      { ...minimal, training_type: { ...lora, lora_dropout: 1 } },
      "body.training_type.lora_dropout: must be less than 1 (got 1)",
    ],
    [
      "DPO settings on SFT",
      { ...minimal, training_method: { method: "sft", dpo_beta: 0.1 } },
      "body.training_method.dpo_beta: applies to dpo only",
    ],
    [
      "train_on_inputs on DPO",
      { ...minimal, training_method: { method: "dpo", train_on_inputs: true } },
      "body.training_method.train_on_inputs: applies to sft only",
    ],
    [
      "a negative simpo_gamma",
      { ...minimal, training_method: { method: "dpo", simpo_gamma: -1 } },
      "body.training_method.simpo_gamma: must be at least 0 (got -1)",
    ],
    [
      "num_cycles on a linear scheduler",
      { ...minimal, lr_scheduler: { lr_scheduler_type: "linear", lr_scheduler_args: { num_cycles: 2 } } },
      "body.lr_scheduler.lr_scheduler_args.num_cycles: applies to the cosine scheduler only",
    ],
    [
      "early stopping without a validation file",
      { ...minimal, early_stopping_enabled: true },
      "body.validation_file: is required when early_stopping_enabled is true",
    ],
    [
      "a min_lr_ratio over 1",
      { ...minimal, lr_scheduler: { lr_scheduler_type: "cosine", lr_scheduler_args: { min_lr_ratio: 2 } } },
      "body.lr_scheduler.lr_scheduler_args.min_lr_ratio: must be at most 1 (got 2)",
    ],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
