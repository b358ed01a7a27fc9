//native
//fetch_response_timeout 0
// Get one fine-tuning job in full: status, progress, settings, events, output model. https://docs.together.ai/reference/get-fine-tunes-id
import { defineContract, segment } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/get_fine_tune.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { id: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: b, options: o } = contract.parse(auth, body, options);
  return getJson(t, path`/fine-tunes/${b.id}`, o);
}

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    // A path segment (ft-...): an empty one would list all jobs instead, and ".." climb the URL.
    id: segment,
  },
});
