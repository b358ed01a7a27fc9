//native
//fetch_response_timeout 0
// List the checkpoints a fine-tuning job saved, with their step and type. https://docs.together.ai/reference/get-fine-tunes-id-checkpoint
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
  return getJson(t, path`/fine-tunes/${id}/checkpoints`, options);
}

// id is a path segment: the fine-tuning job (ft-...) whose checkpoints to list.
const rules = object({ id: string({ nonEmpty: true }) }, ["id"]);
