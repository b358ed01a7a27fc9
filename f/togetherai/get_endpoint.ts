//native
//fetch_response_timeout 0
// Get one endpoint: state, hardware and autoscaling. https://docs.together.ai/reference/getendpoint
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { object, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { endpointId: string },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  const { endpointId } = validate(body, rules);
  return getJson(t, path`/endpoints/${endpointId}`, options);
}

// An empty id would turn the call into GET /endpoints/, the list.
const rules = object({ endpointId: string({ nonEmpty: true }) }, ["endpointId"]);
