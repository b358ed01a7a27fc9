//native
//fetch_response_timeout 0
// List the organization's embed jobs with their status. https://docs.cohere.com/reference/list-embed-jobs
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { object, validate } from "../core/validate.ts";

type Cohere = { apiKey: string; baseUrl?: string };

// The operation takes no parameters; `body` stays empty so that every script is called as main(auth, body, options).
export async function main(auth: Cohere, body?: {}, options?: { max_retries?: number; timeout_seconds?: number }) {
  validate(body ?? {}, object({}));
  const t = target("cohere", auth, options);
  return getJson(t, path`/v1/embed-jobs`, options);
}
