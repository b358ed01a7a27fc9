//native
//fetch_response_timeout 0
// Get one fine-tuning job in full: status, progress, settings, events, output model. https://docs.together.ai/reference/get-fine-tunes-id
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
  return getJson(t, path`/fine-tunes/${id}`, options);
}

// id is a path segment (ft-...): an empty one would list all jobs instead.
const rules = object({ id: string({ nonEmpty: true }) }, ["id"]);
