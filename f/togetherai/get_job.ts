//native
//fetch_response_timeout 0
// Get the status and history of one model-import job. https://docs.together.ai/reference/getjob
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { object, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { jobId: string },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  const { jobId } = validate(body, rules);
  return getJson(t, path`/jobs/${jobId}`, options);
}

// jobId is a path segment (e.g. job-a15dad11-...): an empty one would list jobs instead.
const rules = object({ jobId: string({ nonEmpty: true }) }, ["jobId"]);
