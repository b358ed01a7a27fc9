//native
//fetch_response_timeout 0
// Delete a dedicated endpoint for good. https://docs.together.ai/reference/deleteendpoint
import { defineContract, segment } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { deleteJson } from "../core/rest.ts";
import { shape } from "./shapes/delete_endpoint.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { endpointId: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: b, options: o } = contract.parse(auth, body, options);
  // Not idempotent: if a delete landed but its reply was lost, a repeat would answer 404 and fail
  // a job that succeeded, so only refusals (408/429/503) are retried.
  // Together answers 204 with no body (spec), so the result is null.
  return deleteJson(t, path`/endpoints/${b.endpointId}`, o);
}

export const contract = defineContract(shape, {
  sends: "none",
  rules: {
    // A path segment (endpoint-...): ".." would make it DELETE /v1/.
    endpointId: segment,
  },
});
