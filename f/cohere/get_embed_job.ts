//native
//fetch_response_timeout 0
// Fetch one embed job: status, input and output dataset ids, billing. https://docs.cohere.com/reference/get-embed-job
import { defineContract, segment } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/get_embed_job.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: { id: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: b, options: o } = contract.parse(auth, body, options);
  return getJson(t, path`/v1/embed-jobs/${b.id}`, o);
}

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    // The job_id that create_embed_job and list_embed_jobs return; one path segment.
    id: segment,
  },
});
