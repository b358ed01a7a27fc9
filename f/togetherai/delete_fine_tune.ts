//native
//fetch_response_timeout 0
// Delete a fine-tuning job. https://docs.together.ai/reference/delete-fine-tunes-id
import { path, readJson, request } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { boolean, object, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { id: string; force?: boolean },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  const { id, ...query } = validate(body, rules);
  // Not repeated once it may have landed (a second try would answer "not found" for a success):
  // retried only when Together refused it (408/429/503).
  return request(t, { method: "DELETE", path: path`/fine-tunes/${id}`, query }, options, readJson);
}

// force is a query parameter the spec marks "deprecated and unused"; it is passed on only when set.
const rules = object({ id: string({ nonEmpty: true }), force: boolean }, ["id"]);
