//native
//fetch_response_timeout 0
// Count the jobs waiting and running in a model's queue. https://docs.together.ai/reference/queue-metrics
import { defineContract, nonEmpty } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/get_queue_metrics.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { model: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: query, options: o } = contract.parse(auth, body, options);
  // `model` is a required query parameter (spec).
  return getJson(t, path`/queue/metrics`, o, query);
}

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    model: nonEmpty,
  },
});
