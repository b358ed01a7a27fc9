//native
//fetch_response_timeout 0
// Get a model's fine-tuning limits: batch sizes, LoRA rank, epochs, learning rates, features. https://docs.together.ai/reference/get-fine-tunes-models-limits
import { defineContract, nonEmpty } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/get_fine_tune_model_limits.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { model_name: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: query, options: o } = contract.parse(auth, body, options);
  // An unsupported model answers 404.
  return getJson(t, path`/fine-tunes/models/limits`, o, query);
}

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    // A required query parameter (spec), sent encoded: "org/model" stays one value.
    model_name: nonEmpty,
  },
});
