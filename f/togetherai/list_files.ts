//native
//fetch_response_timeout 0
// List the data files uploaded to Together (fine-tuning, evaluation, batch). https://docs.together.ai/reference/get-files
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { object, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

// The operation takes no parameters; `body` stays empty so that every script is called as main(auth, body, options).
export async function main(auth: Togetherai, body?: {}, options?: { max_retries?: number; timeout_seconds?: number }) {
  validate(body ?? {}, object({}));
  const t = target("togetherai", auth, options);
  return getJson(t, path`/files`, options);
}
