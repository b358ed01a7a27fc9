//native
//fetch_response_timeout 0
// List evaluation jobs, optionally only those in one status. https://docs.together.ai/reference/list-evaluations
import { alternative, defineContract, free, int, str } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/list_evaluations.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: {
    // The spec types the filter as any string (an alternative below); the form offers the job
    // statuses of EvaluationJob.
    status?: "pending" | "queued" | "running" | "completed" | "error" | "user_error";
    limit?: number;
  },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: query, options: o } = contract.parse(auth, body, options);
  // The reply is a bare array of jobs (spec), returned as is.
  return getJson(t, path`/evaluation`, o, query);
}

// The SDK's test sends status "status", a spec placeholder.
const anyStatus = alternative("any status string the spec allows", str);

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    status: free,
    // Default 10; Together documents 100 as the most it returns (Python SDK and CLI docs). The spec sets
    // no minimum and the SDK's test sends 0.
    limit: int(0, 100),
  },
  alternatives: { status: anyStatus },
});
