//native
//fetch_response_timeout 0
// List a fine-tuning job's events: queueing, downloads, epochs, checkpoints, errors. https://docs.together.ai/reference/get-fine-tunes-id-events
import { defineContract, segment } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/list_fine_tune_events.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { id: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: b, options: o } = contract.parse(auth, body, options);
  return getJson(t, path`/fine-tunes/${b.id}/events`, o);
}

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    // A path segment: the fine-tuning job (ft-...) whose events to list.
    id: segment,
  },
});
