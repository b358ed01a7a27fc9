//native
//fetch_response_timeout 0
// Fetch one embed job: status, input and output dataset ids, billing. https://docs.cohere.com/reference/get-embed-job
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { object, string, validate } from "../core/validate.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: { id: string },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("cohere", auth, options);
  const { id } = validate(body, rules);
  return getJson(t, path`/v1/embed-jobs/${id}`, options);
}

// `id` is the job_id that create_embed_job and list_embed_jobs return.
const rules = object({ id: string({ nonEmpty: true }) }, ["id"]);
