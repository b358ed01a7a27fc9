//native
//fetch_response_timeout 0
// Estimate what a fine-tuning job would cost, and whether your credit allows it. https://docs.together.ai/reference/post-fine-tunes-estimate-price
import { defineContract, int, nonEmpty } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { postJson } from "../core/rest.ts";
import { auto, trainingMethod, trainingType } from "../core/together_fine_tune.ts";
import { shape } from "./shapes/estimate_fine_tune_price.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: {
    training_file: string;
    validation_file?: string;
    // Optional here (spec), unlike creating the job, which also needs model.
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
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: json, options: o } = contract.parse(auth, body, options);
  // An estimate starts nothing and costs nothing, so the POST is safe to repeat on any transient failure.
  return postJson(t, path`/fine-tunes/estimate-price`, json, o, true);
}

// The same settings as create_fine_tune, checked the same way (its SDK test sends n_epochs 0 too).
export const contract = defineContract(shape, {
  sends: "json",
  rules: {
    training_file: nonEmpty,
    validation_file: nonEmpty,
    model: nonEmpty,
    n_epochs: int(0),
    n_evals: int(0),
    ...trainingMethod,
    ...trainingType,
    from_checkpoint: nonEmpty,
  },
  alternatives: { "training_method.train_on_inputs": auto },
});
