//native
//fetch_response_timeout 0
// Cancel a queued or running fine-tuning job. https://docs.together.ai/reference/post-fine-tunes-id-cancel
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
  // Cancelling twice leaves the job cancelled, so the POST (no body) is safe to repeat on any transient failure.
  return postJson(t, path`/fine-tunes/${id}/cancel`, undefined, options, true);
}

// id is a path segment, "a string that starts with ft-" (spec).
const rules = object({ id: string({ nonEmpty: true }) }, ["id"]);
