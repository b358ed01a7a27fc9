//native
//fetch_response_timeout 0
// List the models Together serves, optionally only the dedicated ones. https://docs.together.ai/reference/models-1
import { defineContract, free } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/list_models.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { dedicated?: boolean },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: query, options: o } = contract.parse(auth, body, options);
  // The answer is a bare array of models, not a {data: [...]} list (providers.md): returned as it comes.
  return getJson(t, path`/models`, o, query);
}

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    // The spec's one query parameter.
    dedicated: free,
  },
});
