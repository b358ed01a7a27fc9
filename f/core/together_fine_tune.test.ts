import { describe, expect, test } from "bun:test";
import { InputError } from "./errors.ts";
import { lrScheduler, trainingMethod, trainingType, trainOnInputs } from "./together_fine_tune.ts";
import type { Rule } from "./validate.ts";

function broken(rule: Rule, value: unknown): string | undefined {
  try {
    rule(value, "body.x");
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  return undefined;
}

describe("trainOnInputs", () => {
  test("accepts true, false and auto, and nothing else", () => {
    for (const ok of [true, false, "auto"]) expect(broken(trainOnInputs, ok)).toBeUndefined();
    expect(broken(trainOnInputs, "yes")).toStartWith("body.x: matches no accepted form");
  });
});

describe("trainingMethod", () => {
  test("accepts each variant with its own fields", () => {
    expect(broken(trainingMethod, { method: "sft", train_on_inputs: "auto" })).toBeUndefined();
    expect(
      broken(trainingMethod, {
        method: "dpo",
        dpo_beta: 0.1,
        rpo_alpha: 0,
        simpo_gamma: 0.5,
        dpo_reference_free: true,
        dpo_normalize_logratios_by_length: true,
      }),
    ).toBeUndefined();
  });

  test("names the field that belongs to the other variant", () => {
    expect(broken(trainingMethod, { method: "sft", dpo_reference_free: false })).toBe(
      "body.x.dpo_reference_free: applies to dpo only",
    );
    expect(broken(trainingMethod, { method: "dpo", train_on_inputs: false })).toBe(
      "body.x.train_on_inputs: applies to sft only",
    );
  });

  test("ignores the nulls an empty form field leaves", () => {
    expect(broken(trainingMethod, { method: "sft", dpo_beta: null })).toBeUndefined();
  });

  test("requires the method", () => {
    expect(broken(trainingMethod, { train_on_inputs: true })).toBe("body.x.method: is required");
  });
});

describe("trainingType", () => {
  test("accepts full training and complete LoRA settings", () => {
    expect(broken(trainingType, { type: "Full" })).toBeUndefined();
    expect(
      broken(trainingType, {
        type: "Lora",
        lora_r: 8,
        lora_alpha: 16,
        lora_dropout: 0,
        lora_trainable_modules: "all-linear",
      }),
    ).toBeUndefined();
  });

  test("requires rank and alpha for LoRA, and refuses LoRA fields on full training", () => {
    expect(broken(trainingType, { type: "Lora", lora_alpha: 16 })).toBe("body.x.lora_r: is required for LoRA training");
    expect(broken(trainingType, { type: "Lora", lora_r: 8 })).toBe("body.x.lora_alpha: is required for LoRA training");
    expect(broken(trainingType, { type: "Full", lora_dropout: 0.1 })).toBe("body.x.lora_dropout: applies to Lora only");
  });

  test("keeps the rank whole and the dropout below 1", () => {
    expect(broken(trainingType, { type: "Lora", lora_r: 8.5, lora_alpha: 16 })).toBe(
      "body.x.lora_r: must be a whole number (got 8.5)",
    );
    expect(broken(trainingType, { type: "Lora", lora_r: 8, lora_alpha: 16, lora_dropout: 1 })).toBe(
      "body.x.lora_dropout: must be less than 1 (got 1)",
    );
  });
});

describe("lrScheduler", () => {
  test("accepts cosine with cycles and linear without", () => {
    expect(
      broken(lrScheduler, { lr_scheduler_type: "cosine", lr_scheduler_args: { min_lr_ratio: 0.1, num_cycles: 0.5 } }),
    ).toBeUndefined();
    expect(
      broken(lrScheduler, { lr_scheduler_type: "linear", lr_scheduler_args: { min_lr_ratio: 0 } }),
    ).toBeUndefined();
    expect(broken(lrScheduler, { lr_scheduler_type: "linear" })).toBeUndefined();
  });

  test("refuses cycles on a linear scheduler and ratios outside 0 to 1", () => {
    expect(broken(lrScheduler, { lr_scheduler_type: "linear", lr_scheduler_args: { num_cycles: 1 } })).toBe(
      "body.x.lr_scheduler_args.num_cycles: applies to the cosine scheduler only",
    );
    expect(broken(lrScheduler, { lr_scheduler_type: "cosine", lr_scheduler_args: { min_lr_ratio: -0.1 } })).toBe(
      "body.x.lr_scheduler_args.min_lr_ratio: must be at least 0 (got -0.1)",
    );
    expect(broken(lrScheduler, { lr_scheduler_type: "cosine", lr_scheduler_args: { num_cycles: 0 } })).toBe(
      "body.x.lr_scheduler_args.num_cycles: must be greater than 0 (got 0)",
    );
  });
});
