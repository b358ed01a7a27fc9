//native
//fetch_response_timeout 0
// Get the status of a queued job and, once done, its outputs. https://docs.together.ai/reference/queue-status
import { defineContract, nonEmpty } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/get_queue_job_status.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { request_id: string; model: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: query, options: o } = contract.parse(auth, body, options);
  // Both go in the query string (spec): the job is found by its request id within the model's queue.
  return getJson(t, path`/queue/status`, o, query);
}

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    request_id: nonEmpty,
    model: nonEmpty,
  },
});
