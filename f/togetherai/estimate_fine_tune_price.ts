//native
//fetch_response_timeout 0
// Estimate what a fine-tuning job would cost, and whether your credit allows it. https://docs.together.ai/reference/post-fine-tunes-estimate-price
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { postJson } from "../core/rest.ts";
import { trainingMethod, trainingType } from "../core/together_fine_tune.ts";
import { integer, object, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: {
    training_file: string;
    validation_file?: string;
    model?: string;
    n_epochs?: number;
    n_evals?: number;
    // The spec's SFT and DPO variants in one object: the dpo_*, rpo_alpha and simpo_gamma fields are DPO only.
    // train_on_inputs also takes "auto", the default: leave it empty for that.
    training_method?: {
      method: "sft" | "dpo";
      train_on_inputs?: boolean;
      dpo_beta?: number;
      rpo_alpha?: number;
      dpo_normalize_logratios_by_length?: boolean;
      dpo_reference_free?: boolean;
      simpo_gamma?: number;
    };
    // The spec's Full and LoRA variants in one object: the lora_* fields are LoRA only (lora_r and lora_alpha required).
    training_type?: {
      type: "Lora" | "Full";
      lora_r?: number;
      lora_alpha?: number;
      lora_dropout?: number;
      lora_trainable_modules?: string;
    };
    from_checkpoint?: string;
  },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  const json = validate(body, rules);
  // An estimate starts nothing and costs nothing, so the POST is safe to repeat on any transient failure.
  return postJson(t, path`/fine-tunes/estimate-price`, json, options, true);
}

const id = string({ nonEmpty: true });
// Only training_file is required here (spec), unlike creating the job, which also needs model.
const rules = object(
  {
    training_file: id,
    validation_file: id,
    model: id,
    n_epochs: integer({ min: 1 }),
    n_evals: integer({ min: 0 }),
    training_method: trainingMethod,
    training_type: trainingType,
    from_checkpoint: id,
  },
  ["training_file"],
);
