//native
//fetch_response_timeout 0
// List a fine-tuning job's events: queueing, downloads, epochs, checkpoints, errors. https://docs.together.ai/reference/get-fine-tunes-id-events
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { object, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { id: string },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  const { id } = validate(body, rules);
  return getJson(t, path`/fine-tunes/${id}/events`, options);
}

// id is a path segment: the fine-tuning job (ft-...) whose events to list.
const rules = object({ id: string({ nonEmpty: true }) }, ["id"]);
