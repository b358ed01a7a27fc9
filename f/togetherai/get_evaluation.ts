//native
//fetch_response_timeout 0
// Get an evaluation job: its type, parameters, status history and results. https://docs.together.ai/reference/get-evaluation
import { defineContract, segment } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/get_evaluation.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { id: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: b, options: o } = contract.parse(auth, body, options);
  return getJson(t, path`/evaluation/${b.id}`, o);
}

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    // `id` is the workflow_id create_evaluation returned; an empty one would list all jobs instead.
    id: segment,
  },
});
