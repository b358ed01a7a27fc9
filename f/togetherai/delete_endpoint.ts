//native
//fetch_response_timeout 0
// Delete a dedicated endpoint for good. https://docs.together.ai/reference/deleteendpoint
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { deleteJson } from "../core/rest.ts";
import { object, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { endpointId: string },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  const { endpointId } = validate(body, rules);
  // Not idempotent: if a delete landed but its reply was lost, a repeat would answer 404 and fail
  // a job that succeeded, so only refusals (408/429/503) are retried.
  // Together answers 204 with no body (spec), so the result is null.
  return deleteJson(t, path`/endpoints/${endpointId}`, options);
}

const rules = object({ endpointId: string({ nonEmpty: true }) }, ["endpointId"]);
