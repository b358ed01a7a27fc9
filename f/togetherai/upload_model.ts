//native
//fetch_response_timeout 0
// Import a model or LoRA adapter from Hugging Face or S3 into Together. https://docs.together.ai/reference/upload-model
import { defineContract, free, nonEmpty } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { postJson } from "../core/rest.ts";
import { shape } from "./shapes/upload_model.ts";

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
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: json, options: o } = contract.parse(auth, body, options);
  // Starts an import job each time: not idempotent, so retried only when Together refused it (408/429/503).
  // The answer's data.job_id is what togetherai/get_job follows.
  return postJson(t, path`/models`, json, o);
}

export const contract = defineContract(shape, {
  sends: "json",
  rules: {
    model_name: nonEmpty,
    model_source: nonEmpty,
    model_type: free,
    hf_token: nonEmpty,
    description: free,
    // The spec: "only used for model_type adapter", so Together ignores them otherwise (its SDK's
    // test sends them with model_type "model"); they are passed on whatever the type.
    base_model: nonEmpty,
    lora_model: nonEmpty,
  },
});
