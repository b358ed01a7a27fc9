//native
//fetch_response_timeout 0
// Get just the status and, once completed, the results of an evaluation job: the cheap call to poll. https://docs.together.ai/reference/get-evaluation-status
import { defineContract, segment } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/get_evaluation_status.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { id: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: b, options: o } = contract.parse(auth, body, options);
  return getJson(t, path`/evaluation/${b.id}/status`, o);
}

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    // `id` is the workflow_id create_evaluation returned, one path segment.
    id: segment,
  },
});
