//native
//fetch_response_timeout 0
// Get a fine-tuning job's recorded training metrics (loss, learning rate...) in step order. https://docs.together.ai/reference/get-fine-tunes-id-metrics
import { check, checks, defineContract, int, matches, segment } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/get_fine_tune_metrics.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: {
    id: string;
    global_step_from?: number;
    global_step_to?: number;
    logged_at_from?: string;
    logged_at_to?: string;
    // Newer than the spec: Together's TypeScript SDK sends it (FineTuningListMetricsParams).
    resolution?: number;
  },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: b, options: o } = contract.parse(auth, body, options);
  const { id, ...query } = b;
  // The spec puts the filters in a GET body; the API and the SDK read them from the query string (providers.md).
  return getJson(t, path`/fine-tunes/${id}/metrics`, o, query);
}

const dateTime = matches(
  /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/,
  "an ISO-8601 date-time with a zone, e.g. 2024-01-01T00:00:00Z",
);
// Both bounds are inclusive (spec); a reversed range can only return nothing.
const stepsInOrder = check(
  "global_step_to",
  "must not be below global_step_from",
  (b) => b.global_step_from !== undefined && b.global_step_to !== undefined && b.global_step_from > b.global_step_to,
);
const timesInOrder = check(
  "logged_at_to",
  "must not be before logged_at_from",
  (b) =>
    b.logged_at_from !== undefined &&
    b.logged_at_to !== undefined &&
    Date.parse(b.logged_at_from) > Date.parse(b.logged_at_to),
);

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    $: checks(stepsInOrder, timesInOrder),
    id: segment,
    global_step_from: int(0),
    global_step_to: int(0),
    logged_at_from: dateTime,
    logged_at_to: dateTime,
    // How many uniformly sampled training metrics to return (SDK); its test sends 0.
    resolution: int(0),
  },
});
