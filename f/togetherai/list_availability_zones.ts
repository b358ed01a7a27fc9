//native
//fetch_response_timeout 0
// List the availability zones a dedicated endpoint can be placed in. https://docs.together.ai/reference/availabilityzones
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { object, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

// The operation takes no parameters; `body` stays empty so that every script is called as main(auth, body, options).
export async function main(auth: Togetherai, body?: {}, options?: { max_retries?: number; timeout_seconds?: number }) {
  validate(body ?? {}, object({}));
  const t = target("togetherai", auth, options);
  // Below the same /v1 base as the rest (no `servers:` override in the spec); the reply is {avzones: string[]}.
  return getJson(t, path`/clusters/availability-zones`, options);
}
