//native
//fetch_response_timeout 0
// Check that the resource's API key is valid and active. https://docs.cohere.com/reference/checkapikey
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { postJson } from "../core/rest.ts";
import { object, validate } from "../core/validate.ts";

type Cohere = { apiKey: string; baseUrl?: string };

// The operation takes no parameters; `body` stays empty so that every script is called as main(auth, body, options).
export async function main(auth: Cohere, body?: {}, options?: { max_retries?: number; timeout_seconds?: number }) {
  validate(body ?? {}, object({}));
  const t = target("cohere", auth, options);
  // A read despite the POST: safe to repeat after any failure.
  return postJson(t, path`/v1/check-api-key`, undefined, options, true);
}
