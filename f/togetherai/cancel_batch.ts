//native
//fetch_response_timeout 0
// Cancel a batch job that has not finished. https://docs.together.ai/reference/batch-cancel
import { defineContract, segment } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { postJson } from "../core/rest.ts";
import { shape } from "./shapes/cancel_batch.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { id: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: b, options: o } = contract.parse(auth, body, options);
  // Idempotent: cancelling twice leaves the job cancelled, so a lost reply or a 5xx is safe to retry.
  // The POST has no body; the reply is the batch job in its new state.
  return postJson(t, path`/batches/${b.id}/cancel`, undefined, o, true);
}

export const contract = defineContract(shape, {
  sends: "none",
  rules: {
    // A path segment: ".." would climb the URL and aim the POST at /v1/cancel.
    id: segment,
  },
});
