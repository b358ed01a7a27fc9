//native
//fetch_response_timeout 0
// List the models an evaluation may use as judge or as model under test. https://docs.together.ai/reference/list-evaluation-models
import { defineContract, nonEmpty } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/list_evaluation_models.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { model_source?: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: query, options: o } = contract.parse(auth, body, options);
  // A query filter, "all" when left empty. The evaluation service keeps its own allow-list,
  // separate from the model catalogue, which is why this call exists.
  return getJson(t, path`/evaluation/model-list`, o, query);
}

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    // The spec names no values besides the default "all", so any non-empty string goes through.
    model_source: nonEmpty,
  },
});
