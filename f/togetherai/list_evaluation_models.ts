//native
//fetch_response_timeout 0
// List the models an evaluation may use as judge or as model under test. https://docs.together.ai/reference/list-evaluation-models
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { object, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { model_source?: string },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  // A query filter, "all" when left empty. The evaluation service keeps its own allow-list,
  // separate from the model catalogue, which is why this call exists.
  const query = validate(body ?? {}, rules);
  return getJson(t, path`/evaluation/model-list`, options, query);
}

// The spec names no values besides the default "all", so any non-empty string goes through.
const rules = object({ model_source: string({ nonEmpty: true }) });
