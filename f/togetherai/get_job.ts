//native
//fetch_response_timeout 0
// Get the status and history of one model-import job. https://docs.together.ai/reference/getjob
import { defineContract, segment } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/get_job.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { jobId: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: b, options: o } = contract.parse(auth, body, options);
  return getJson(t, path`/jobs/${b.jobId}`, o);
}

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    // A path segment (e.g. job-a15dad11-...): an empty one would list jobs instead.
    jobId: segment,
  },
});
