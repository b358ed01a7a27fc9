//native
//fetch_response_timeout 0
// Get one batch job: status, progress and output file ids. https://docs.together.ai/reference/batch-get
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
  return getJson(t, path`/batches/${id}`, options);
}

// An empty id would turn the call into GET /batches/, another operation.
const rules = object({ id: string({ nonEmpty: true }) }, ["id"]);
