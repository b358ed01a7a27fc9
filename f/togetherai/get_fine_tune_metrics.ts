//native
//fetch_response_timeout 0
// Get a fine-tuning job's recorded training metrics (loss, learning rate...) in step order. https://docs.together.ai/reference/get-fine-tunes-id-metrics
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { integer, object, refine, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: {
    id: string;
    global_step_from?: number;
    global_step_to?: number;
    logged_at_from?: string;
    logged_at_to?: string;
  },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  const { id, ...query } = validate(body, rules);
  // The spec puts the filters in a GET body; the API and the SDK read them from the query string (providers.md).
  return getJson(t, path`/fine-tunes/${id}/metrics`, options, query);
}

const dateTime = string({
  pattern: /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/,
  patternName: "an ISO-8601 date-time with a zone, e.g. 2024-01-01T00:00:00Z",
});
const rules = refine(
  object(
    {
      id: string({ nonEmpty: true }),
      global_step_from: integer({ min: 0 }),
      global_step_to: integer({ min: 0 }),
      logged_at_from: dateTime,
      logged_at_to: dateTime,
    },
    ["id"],
  ),
  // Both bounds are inclusive (spec); a reversed range can only return nothing.
  (b) =>
    b.global_step_from != null && b.global_step_to != null && b.global_step_from > b.global_step_to
      ? ["global_step_to", "must not be below global_step_from"]
      : b.logged_at_from && b.logged_at_to && Date.parse(b.logged_at_from) > Date.parse(b.logged_at_to)
        ? ["logged_at_to", "must not be before logged_at_from"]
        : undefined,
);
