//native
//fetch_response_timeout 0
// Cancel a queued or running fine-tuning job. https://docs.together.ai/reference/post-fine-tunes-id-cancel
import { defineContract, segment } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { postJson } from "../core/rest.ts";
import { shape } from "./shapes/cancel_fine_tune.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { id: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: b, options: o } = contract.parse(auth, body, options);
  // Cancelling twice leaves the job cancelled, so the POST (no body) is safe to repeat on any transient failure.
  return postJson(t, path`/fine-tunes/${b.id}/cancel`, undefined, o, true);
}

export const contract = defineContract(shape, {
  sends: "none",
  rules: {
    // A path segment, "a string that starts with ft-" (spec): ".." would make it POST /v1/cancel.
    id: segment,
  },
});
