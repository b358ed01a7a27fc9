//native
//fetch_response_timeout 0
// Count the jobs waiting and running in a model's queue. https://docs.together.ai/reference/queue-metrics
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { object, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { model: string },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  // `model` is a required query parameter (spec).
  const query = validate(body, rules);
  return getJson(t, path`/queue/metrics`, options, query);
}

const rules = object({ model: string({ nonEmpty: true }) }, ["model"]);
