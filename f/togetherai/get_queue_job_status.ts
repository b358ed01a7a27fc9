//native
//fetch_response_timeout 0
// Get the status of a queued job and, once done, its outputs. https://docs.together.ai/reference/queue-status
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { object, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { request_id: string; model: string },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  // Both go in the query string (spec): the job is found by its request id within the model's queue.
  const query = validate(body, rules);
  return getJson(t, path`/queue/status`, options, query);
}

const rules = object({ request_id: string({ nonEmpty: true }), model: string({ nonEmpty: true }) }, [
  "request_id",
  "model",
]);
