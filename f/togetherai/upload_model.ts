//native
//fetch_response_timeout 0
// Import a model or LoRA adapter from Hugging Face or S3 into Together. https://docs.together.ai/reference/upload-model
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { postJson } from "../core/rest.ts";
import { object, oneOf, refine, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: {
    model_name: string;
    model_source: string;
    model_type?: "model" | "adapter";
    hf_token?: string;
    description?: string;
    base_model?: string;
    lora_model?: string;
  },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  const json = validate(body, rules);
  // Starts an import job each time: not idempotent, so retried only when Together refused it (408/429/503).
  // The answer's data.job_id is what togetherai/get_job follows.
  return postJson(t, path`/models`, json, options);
}

const text = string({ nonEmpty: true });
const rules = refine(
  object(
    {
      model_name: text,
      model_source: text,
      model_type: oneOf("model", "adapter"),
      hf_token: text,
      description: string(),
      base_model: text,
      lora_model: text,
    },
    ["model_name", "model_source"],
  ),
  // The spec: base_model and lora_model are "only used for model_type adapter"; catch the slip early.
  (b) =>
    b.model_type !== "adapter" && b.base_model != null
      ? ["base_model", 'applies to model_type "adapter" only']
      : b.model_type !== "adapter" && b.lora_model != null
        ? ["lora_model", 'applies to model_type "adapter" only']
        : undefined,
);
