//native
//fetch_response_timeout 0
// Start a fine-tuning job (SFT or DPO, LoRA or full) on an uploaded training file. https://docs.together.ai/reference/post-fine-tunes
import {
  alternative,
  atLeast,
  check,
  checks,
  defineContract,
  free,
  int,
  nonEmpty,
  oneOf,
  range,
} from "../core/contract.ts";
import { path } from "../core/http.ts";
import { postJson } from "../core/rest.ts";
import { auto, lrScheduler, trainingMethod, trainingType } from "../core/together_fine_tune.ts";
import { shape } from "./shapes/create_fine_tune.ts";

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
    // Newer than the spec: Together's TypeScript SDK (FineTuningCreateParams) sends these.
    early_stopping_enabled?: boolean;
    early_stopping_min_delta?: number;
    early_stopping_patience?: number;
    early_stopping_warmup_evals?: number;
    gradient_accumulation_steps?: number;
  },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: json, options: o } = contract.parse(auth, body, options);
  // Each POST starts a billed job: not idempotent, so retried only when Together refused it (408/429/503).
  return postJson(t, path`/fine-tunes`, json, o);
}

const max = alternative('"max"', oneOf("max"));
// The SDK's rule: early stopping watches the validation loss, so it needs a validation file.
const earlyStoppingNeedsValidation = check(
  "validation_file",
  "is required when early_stopping_enabled is true",
  (b) => b.early_stopping_enabled === true && b.validation_file === undefined,
);

// Counts are whole. The spec sets no minimum for n_epochs, max_seq_length or learning_rate, and
// Together's SDK tests send 0 for each: Together, not this script, answers for those.
export const contract = defineContract(shape, {
  sends: "json",
  rules: {
    $: checks(earlyStoppingNeedsValidation),
    training_file: nonEmpty,
    model: nonEmpty,
    validation_file: nonEmpty,
    packing: free,
    max_seq_length: int(0),
    n_epochs: int(0),
    n_checkpoints: int(1),
    n_evals: int(0),
    batch_size: int(1),
    learning_rate: atLeast(0),
    ...lrScheduler,
    warmup_ratio: range(0, 1),
    max_grad_norm: atLeast(0),
    weight_decay: atLeast(0),
    random_seed: int(),
    suffix: free,
    wandb_api_key: nonEmpty,
    wandb_base_url: nonEmpty,
    wandb_project_name: free,
    wandb_name: free,
    wandb_entity: free,
    train_on_inputs: free,
    ...trainingMethod,
    ...trainingType,
    multimodal_params: free,
    "multimodal_params.train_vision": free,
    // The Python SDK refuses from_checkpoint with from_hf_model; the TypeScript SDK's test sends both,
    // so the choice is Together's.
    from_checkpoint: nonEmpty,
    from_hf_model: nonEmpty,
    hf_model_revision: nonEmpty,
    hf_api_token: nonEmpty,
    hf_output_repo_name: nonEmpty,
    early_stopping_enabled: free,
    early_stopping_min_delta: atLeast(0),
    early_stopping_patience: int(1),
    early_stopping_warmup_evals: int(0),
    // 0 means the model's default (SDK).
    gradient_accumulation_steps: int(0),
  },
  alternatives: {
    batch_size: max,
    train_on_inputs: auto,
    "training_method.train_on_inputs": auto,
  },
});
