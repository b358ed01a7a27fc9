//native
//fetch_response_timeout 0
// List your fine-tuning jobs with their status and settings. https://docs.together.ai/reference/get-fine-tunes
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { object, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

// The operation takes no parameters; `body` stays empty so that every script is called as main(auth, body, options).
export async function main(auth: Togetherai, body?: {}, options?: { max_retries?: number; timeout_seconds?: number }) {
  validate(body ?? {}, object({}));
  const t = target("togetherai", auth, options);
  return getJson(t, path`/fine-tunes`, options);
}
