// Together fine-tuning settings whose spec variants (oneOf) the scripts' forms flatten into one object
// each, since Windmill's parser turns such unions into raw JSON: the variant tag (method, type,
// lr_scheduler_type) decides which fields belong, and named checks below refuse the others. Shared by
// togetherai/create_fine_tune and togetherai/estimate_fine_tune_price: spread the rule sets into `rules`.
// Bounds are those the official Python SDK checks before sending (create_finetune_request).
import {
  above,
  alternative,
  and,
  atLeast,
  below,
  type Check,
  check,
  checks,
  free,
  int,
  nonEmpty,
  range,
} from "./rules.ts";
import { oneOf } from "./shape.ts";

const DPO_ONLY = ["dpo_beta", "rpo_alpha", "simpo_gamma", "dpo_normalize_logratios_by_length", "dpo_reference_free"];
const SFT_ONLY = ["train_on_inputs"];
const LORA_ONLY = ["lora_r", "lora_alpha", "lora_dropout", "lora_trainable_modules"];

/**
 * A field of one variant given under another variant's tag, named with the variant it belongs to.
 * A `false` toggle is not given: it is what the form sends for an untouched toggle, and means "off".
 */
function onlyFor(tag: string, variant: string, fields: readonly string[]): Check {
  const given = (o: any) => fields.find((f) => o[f] !== undefined && o[f] !== false);
  return check(
    (o) => given(o)!,
    `applies to ${variant} only`,
    (o) => o[tag] !== variant && given(o) !== undefined,
  );
}

// TrainingMethodSFT or TrainingMethodDPO (spec), told apart by `method`.
const dpoFieldsNeedDpo = onlyFor("method", "dpo", DPO_ONLY);
const sftFieldsNeedSft = onlyFor("method", "sft", SFT_ONLY);

// FullTrainingType or LoRATrainingType (spec), told apart by `type`; LoRA requires its rank and alpha.
const loraFieldsNeedLora = onlyFor("type", "Lora", LORA_ONLY);
const loraNeedsRank = check(
  "lora_r",
  "is required for LoRA training",
  (t) => t.type === "Lora" && t.lora_r === undefined,
);
const loraNeedsAlpha = check(
  "lora_alpha",
  "is required for LoRA training",
  (t) => t.type === "Lora" && t.lora_alpha === undefined,
);

// LRScheduler (spec): LinearLRSchedulerArgs has no num_cycles, CosineLRSchedulerArgs has.
const cyclesNeedCosine = check(
  "lr_scheduler_args.num_cycles",
  "applies to the cosine scheduler only",
  (s) => s.lr_scheduler_type === "linear" && s.lr_scheduler_args?.num_cycles !== undefined,
);

/** train_on_inputs is true, false, or "auto" (the API's default: mask inputs where the data format calls for it). */
export const auto = alternative('"auto"', oneOf("auto"));

/** body.training_method: SFT or DPO. */
export const trainingMethod = {
  training_method: checks(dpoFieldsNeedDpo, sftFieldsNeedSft),
  "training_method.method": free,
  // The spec marks it required for SFT yet defaults it to auto; left empty, Together applies auto.
  "training_method.train_on_inputs": free,
  "training_method.dpo_beta": free,
  "training_method.rpo_alpha": atLeast(0),
  "training_method.dpo_normalize_logratios_by_length": free,
  "training_method.dpo_reference_free": free,
  "training_method.simpo_gamma": atLeast(0),
};

/** body.training_type: Full or LoRA. */
export const trainingType = {
  training_type: checks(loraFieldsNeedLora, loraNeedsRank, loraNeedsAlpha),
  "training_type.type": free,
  "training_type.lora_r": int(1),
  "training_type.lora_alpha": int(1),
  "training_type.lora_dropout": and(atLeast(0), below(1)),
  "training_type.lora_trainable_modules": nonEmpty,
};

/** body.lr_scheduler: linear or cosine decay. */
export const lrScheduler = {
  lr_scheduler: checks(cyclesNeedCosine),
  "lr_scheduler.lr_scheduler_type": free,
  "lr_scheduler.lr_scheduler_args": free,
  "lr_scheduler.lr_scheduler_args.min_lr_ratio": range(0, 1),
  "lr_scheduler.lr_scheduler_args.num_cycles": above(0),
};
