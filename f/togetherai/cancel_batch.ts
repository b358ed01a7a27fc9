//native
//fetch_response_timeout 0
// Cancel a batch job that has not finished. https://docs.together.ai/reference/batch-cancel
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { postJson } from "../core/rest.ts";
import { object, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { id: string },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  const { id } = validate(body, rules);
  // Idempotent: cancelling twice leaves the job cancelled, so a lost reply or a 5xx is safe to retry.
  // The POST has no body; the reply is the batch job in its new state.
  return postJson(t, path`/batches/${id}/cancel`, undefined, options, true);
}

const rules = object({ id: string({ nonEmpty: true }) }, ["id"]);
