//native
//fetch_response_timeout 0
// List the models Together serves, optionally only the dedicated ones. https://docs.together.ai/reference/models-1
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { boolean, object, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { dedicated?: boolean },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  const query = validate(body ?? {}, rules);
  // The answer is a bare array of models, not a {data: [...]} list (providers.md): returned as it comes.
  return getJson(t, path`/models`, options, query);
}

// `dedicated` is the spec's one query parameter.
const rules = object({ dedicated: boolean });
