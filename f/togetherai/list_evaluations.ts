//native
//fetch_response_timeout 0
// List evaluation jobs, optionally only those in one status. https://docs.together.ai/reference/list-evaluations
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { integer, object, oneOf, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: {
    // The spec types the filter as any string; the values are the job statuses of EvaluationJob.
    status?: "pending" | "queued" | "running" | "completed" | "error" | "user_error";
    limit?: number;
  },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  const query = validate(body ?? {}, rules);
  // The reply is a bare array of jobs (spec), returned as is.
  return getJson(t, path`/evaluation`, options, query);
}

const rules = object({
  status: oneOf("pending", "queued", "running", "completed", "error", "user_error"),
  // Default 10; Together documents 100 as the most it returns (Python SDK and CLI docs).
  limit: integer({ min: 1, max: 100 }),
});
