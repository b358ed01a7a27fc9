//native
//fetch_response_timeout 0
// Start a fine-tuning job (SFT or DPO, LoRA or full) on an uploaded training file. https://docs.together.ai/reference/post-fine-tunes
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { postJson } from "../core/rest.ts";
import { lrScheduler, trainingMethod, trainingType, trainOnInputs } from "../core/together_fine_tune.ts";
import { boolean, either, integer, number, object, oneOf, refine, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: {
    training_file: string;
    model: string;
    validation_file?: string;
    packing?: boolean;
    max_seq_length?: number;
    n_epochs?: number;
    n_checkpoints?: number;
    n_evals?: number;
    // The API also takes "max", its default: leave it empty for that (or pass "max" as JSON).
    batch_size?: number;
    learning_rate?: number;
    // The spec's linear/cosine argument variants, flattened (a union would be raw JSON): num_cycles is cosine only.
    lr_scheduler?: {
      lr_scheduler_type: "linear" | "cosine";
      lr_scheduler_args?: { min_lr_ratio?: number; num_cycles?: number };
    };
    warmup_ratio?: number;
    max_grad_norm?: number;
    weight_decay?: number;
    random_seed?: number;
    suffix?: string;
    wandb_api_key?: string;
    wandb_base_url?: string;
    wandb_project_name?: string;
    wandb_name?: string;
    wandb_entity?: string;
    // Deprecated (spec): use training_method.train_on_inputs. Both also take "auto", the default: leave them empty for it.
    train_on_inputs?: boolean;
    // The spec's SFT and DPO variants in one object: the dpo_*, rpo_alpha and simpo_gamma fields are DPO only.
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
    multimodal_params?: { train_vision?: boolean };
    from_checkpoint?: string;
    from_hf_model?: string;
    hf_model_revision?: string;
    hf_api_token?: string;
    hf_output_repo_name?: string;
  },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  const json = validate(body, rules);
  // Each POST starts a billed job: not idempotent, so retried only when Together refused it (408/429/503).
  return postJson(t, path`/fine-tunes`, json, options);
}

const id = string({ nonEmpty: true });
const text = string();
// Ranges as the official Python SDK checks them before sending; counts are whole and positive.
const rules = refine(
  object(
    {
      training_file: id,
      model: id,
      validation_file: id,
      packing: boolean,
      max_seq_length: integer({ min: 1 }),
      n_epochs: integer({ min: 1 }),
      n_checkpoints: integer({ min: 1 }),
      n_evals: integer({ min: 0 }),
      batch_size: either(integer({ min: 1 }), oneOf("max")),
      learning_rate: number({ above: 0 }),
      lr_scheduler: lrScheduler,
      warmup_ratio: number({ min: 0, max: 1 }),
      max_grad_norm: number({ min: 0 }),
      weight_decay: number({ min: 0 }),
      random_seed: integer(),
      suffix: text,
      wandb_api_key: id,
      wandb_base_url: id,
      wandb_project_name: text,
      wandb_name: text,
      wandb_entity: text,
      train_on_inputs: trainOnInputs,
      training_method: trainingMethod,
      training_type: trainingType,
      multimodal_params: object({ train_vision: boolean }),
      from_checkpoint: id,
      from_hf_model: id,
      hf_model_revision: id,
      hf_api_token: id,
      hf_output_repo_name: id,
    },
    ["training_file", "model"],
  ),
  // The SDK's rule: a job starts from a Together checkpoint or from a Hugging Face model, not both.
  (b) =>
    b.from_checkpoint && b.from_hf_model ? ["from_hf_model", "cannot be combined with from_checkpoint"] : undefined,
);
