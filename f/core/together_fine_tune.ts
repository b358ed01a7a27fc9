// Together fine-tuning settings whose spec variants (oneOf) the scripts' forms flatten into one object
// each, since Windmill's parser turns such unions into raw JSON: which field belongs to which variant
// is checked here. Shared by togetherai/create_fine_tune and togetherai/estimate_fine_tune_price.
// Bounds are those the official Python SDK checks before sending (create_finetune_request).
import { boolean, either, integer, number, object, oneOf, refine, type Rule, string } from "./validate.ts";

const DPO_ONLY = ["dpo_beta", "rpo_alpha", "simpo_gamma", "dpo_normalize_logratios_by_length", "dpo_reference_free"];
const LORA_ONLY = ["lora_r", "lora_alpha", "lora_dropout", "lora_trainable_modules"];

/** true, false, or "auto" (the API's default: mask inputs where the data format calls for it). */
export const trainOnInputs: Rule = either(boolean, oneOf("auto"));

/** TrainingMethodSFT or TrainingMethodDPO, told apart by `method`. */
export const trainingMethod: Rule = refine(
  object(
    {
      method: oneOf("sft", "dpo"),
      train_on_inputs: trainOnInputs,
      dpo_beta: number(),
      rpo_alpha: number({ min: 0 }),
      simpo_gamma: number({ min: 0 }),
      dpo_normalize_logratios_by_length: boolean,
      dpo_reference_free: boolean,
    },
    ["method"],
  ),
  (m) => (m.method === "sft" ? onlyFor(m, DPO_ONLY, "dpo") : onlyFor(m, ["train_on_inputs"], "sft")),
);

/** FullTrainingType or LoRATrainingType, told apart by `type`; LoRA needs its rank and alpha. */
export const trainingType: Rule = refine(
  object(
    {
      type: oneOf("Full", "Lora"),
      lora_r: integer({ min: 1 }),
      lora_alpha: integer({ min: 1 }),
      lora_dropout: number({ min: 0, below: 1 }),
      lora_trainable_modules: string({ nonEmpty: true }),
    },
    ["type"],
  ),
  (t) =>
    t.type === "Full"
      ? onlyFor(t, LORA_ONLY, "Lora")
      : t.lora_r == null
        ? ["lora_r", "is required for LoRA training"]
        : t.lora_alpha == null
          ? ["lora_alpha", "is required for LoRA training"]
          : undefined,
);

/** LRScheduler: linear or cosine arguments; num_cycles belongs to cosine. */
export const lrScheduler: Rule = refine(
  object(
    {
      lr_scheduler_type: oneOf("linear", "cosine"),
      lr_scheduler_args: object({ min_lr_ratio: number({ min: 0, max: 1 }), num_cycles: number({ above: 0 }) }),
    },
    ["lr_scheduler_type"],
  ),
  (s) =>
    s.lr_scheduler_type === "linear" && s.lr_scheduler_args?.num_cycles != null
      ? ["lr_scheduler_args.num_cycles", "applies to the cosine scheduler only"]
      : undefined,
);

function onlyFor(o: Record<string, unknown>, fields: string[], variant: string): [string, string] | undefined {
  const field = fields.find((f) => o[f] !== undefined && o[f] !== null);
  return field ? [field, `applies to ${variant} only`] : undefined;
}
