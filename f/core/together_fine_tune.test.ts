import { describe, expect, test } from "bun:test";
import { bool, defineContract, num, obj, oneOf, req, str } from "./contract.ts";
import { InputError } from "./errors.ts";
import type { Shape } from "./shape.ts";
import { auto, lrScheduler, trainingMethod, trainingType } from "./together_fine_tune.ts";

// The three flattened variants as create_fine_tune's signature declares them.
const shape: Shape = {
  provider: "togetherai",
  body: obj({
    training_method: obj({
      method: req(oneOf("sft", "dpo")),
      train_on_inputs: bool,
      dpo_beta: num,
      rpo_alpha: num,
      dpo_normalize_logratios_by_length: bool,
      dpo_reference_free: bool,
      simpo_gamma: num,
    }),
    training_type: obj({
      type: req(oneOf("Lora", "Full")),
      lora_r: num,
      lora_alpha: num,
      lora_dropout: num,
      lora_trainable_modules: str,
    }),
    lr_scheduler: obj({
      lr_scheduler_type: req(oneOf("linear", "cosine")),
      lr_scheduler_args: obj({ min_lr_ratio: num, num_cycles: num }),
    }),
  }),
  options: obj({ max_retries: num, timeout_seconds: num, extra_body: { t: "json" } }),
};
const contract = defineContract(shape, {
  sends: "json",
  rules: { ...trainingMethod, ...trainingType, ...lrScheduler },
  alternatives: { "training_method.train_on_inputs": auto },
});

function broken(body: object): string | undefined {
  try {
    contract.parse({ api_key: "test-key-0123456789" }, body);
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  return undefined;
}

describe("trainingMethod", () => {
  test("accepts each variant with its own fields, and auto for train_on_inputs", () => {
    for (const ok of [true, false, "auto"])
      expect(broken({ training_method: { method: "sft", train_on_inputs: ok } })).toBeUndefined();
    expect(
      broken({
        training_method: {
          method: "dpo",
          dpo_beta: 0.1,
          rpo_alpha: 0,
          simpo_gamma: 0.5,
          dpo_reference_free: true,
          dpo_normalize_logratios_by_length: true,
        },
      }),
    ).toBeUndefined();
  });

  test("refuses a train_on_inputs that is neither a boolean nor auto", () => {
    expect(broken({ training_method: { method: "sft", train_on_inputs: "yes" } })).toStartWith(
      "body.training_method.train_on_inputs: matches no accepted form",
    );
  });

  test("names the field that belongs to the other variant", () => {
    expect(broken({ training_method: { method: "sft", dpo_reference_free: true } })).toBe(
      "body.training_method.dpo_reference_free: applies to dpo only",
    );
    expect(broken({ training_method: { method: "sft", dpo_beta: 0.1 } })).toBe(
      "body.training_method.dpo_beta: applies to dpo only",
    );
    expect(broken({ training_method: { method: "dpo", train_on_inputs: true } })).toBe(
      "body.training_method.train_on_inputs: applies to sft only",
    );
  });

  test("lets the other variant's toggles through when false, as an untouched form toggle sends them", () => {
    const sft = {
      method: "sft",
      train_on_inputs: false,
      dpo_normalize_logratios_by_length: false,
      dpo_reference_free: false,
    };
    expect(broken({ training_method: sft })).toBeUndefined();
    expect(broken({ training_method: { method: "dpo", dpo_beta: 0.1, train_on_inputs: false } })).toBeUndefined();
  });

  test("ignores the nulls an empty form field leaves", () => {
    expect(broken({ training_method: { method: "sft", dpo_beta: null } })).toBeUndefined();
  });

  test("requires the method", () => {
    expect(broken({ training_method: { train_on_inputs: true } })).toBe("body.training_method.method: is required");
  });
});

describe("trainingType", () => {
  test("accepts full training and complete LoRA settings", () => {
    expect(broken({ training_type: { type: "Full" } })).toBeUndefined();
    expect(
      broken({
        training_type: {
          type: "Lora",
          lora_r: 8,
          lora_alpha: 16,
          lora_dropout: 0,
          lora_trainable_modules: "all-linear",
        },
      }),
    ).toBeUndefined();
  });

  test("requires rank and alpha for LoRA, and refuses LoRA fields on full training", () => {
    expect(broken({ training_type: { type: "Lora", lora_alpha: 16 } })).toBe(
      "body.training_type.lora_r: is required for LoRA training",
    );
    expect(broken({ training_type: { type: "Lora", lora_r: 8 } })).toBe(
      "body.training_type.lora_alpha: is required for LoRA training",
    );
    expect(broken({ training_type: { type: "Full", lora_dropout: 0.1 } })).toBe(
      "body.training_type.lora_dropout: applies to Lora only",
    );
  });

  test("keeps the rank whole and the dropout below 1", () => {
    expect(broken({ training_type: { type: "Lora", lora_r: 8.5, lora_alpha: 16 } })).toBe(
      "body.training_type.lora_r: must be a whole number (got 8.5)",
    );
    expect(broken({ training_type: { type: "Lora", lora_r: 8, lora_alpha: 16, lora_dropout: 1 } })).toBe(
      "body.training_type.lora_dropout: must be less than 1 (got 1)",
    );
  });
});

describe("lrScheduler", () => {
  test("accepts cosine with cycles and linear without", () => {
    expect(
      broken({
        lr_scheduler: { lr_scheduler_type: "cosine", lr_scheduler_args: { min_lr_ratio: 0.1, num_cycles: 0.5 } },
      }),
    ).toBeUndefined();
    expect(
      broken({ lr_scheduler: { lr_scheduler_type: "linear", lr_scheduler_args: { min_lr_ratio: 0 } } }),
    ).toBeUndefined();
    expect(broken({ lr_scheduler: { lr_scheduler_type: "linear" } })).toBeUndefined();
  });

  test("refuses cycles on a linear scheduler and ratios outside 0 to 1", () => {
    expect(broken({ lr_scheduler: { lr_scheduler_type: "linear", lr_scheduler_args: { num_cycles: 1 } } })).toBe(
      "body.lr_scheduler.lr_scheduler_args.num_cycles: applies to the cosine scheduler only",
    );
    expect(broken({ lr_scheduler: { lr_scheduler_type: "cosine", lr_scheduler_args: { min_lr_ratio: -0.1 } } })).toBe(
      "body.lr_scheduler.lr_scheduler_args.min_lr_ratio: must be at least 0 (got -0.1)",
    );
    expect(broken({ lr_scheduler: { lr_scheduler_type: "cosine", lr_scheduler_args: { num_cycles: 0 } } })).toBe(
      "body.lr_scheduler.lr_scheduler_args.num_cycles: must be greater than 0 (got 0)",
    );
  });
});
