//native
//fetch_response_timeout 0
// Get a model's fine-tuning limits: batch sizes, LoRA rank, epochs, learning rates, features. https://docs.together.ai/reference/get-fine-tunes-models-limits
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { object, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { model_name: string },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  const query = validate(body, rules);
  // model_name is a required query parameter (spec); an unsupported model answers 404.
  return getJson(t, path`/fine-tunes/models/limits`, options, query);
}

const rules = object({ model_name: string({ nonEmpty: true }) }, ["model_name"]);
