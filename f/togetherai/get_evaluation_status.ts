//native
//fetch_response_timeout 0
// Get just the status and, once completed, the results of an evaluation job: the cheap call to poll. https://docs.together.ai/reference/get-evaluation-status
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
  return getJson(t, path`/evaluation/${id}/status`, options);
}

// `id` is the workflow_id create_evaluation returned.
const rules = object({ id: string({ nonEmpty: true }) }, ["id"]);
