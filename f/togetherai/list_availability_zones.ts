//native
//fetch_response_timeout 0
// List the availability zones a dedicated endpoint can be placed in. https://docs.together.ai/reference/availabilityzones
import { defineContract } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/list_availability_zones.ts";

type Togetherai = { api_key: string; base_url?: string };

// The operation takes no parameters; `body` stays empty so that every script is called as
// main(auth, body, options), and any field given is refused rather than ignored.
export async function main(
  auth: Togetherai,
  body?: {},
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, options: o } = contract.parse(auth, body, options);
  // Below the same /v1 base as the rest (no `servers:` override in the spec); the reply is {avzones: string[]}.
  return getJson(t, path`/clusters/availability-zones`, o);
}

export const contract = defineContract(shape, { sends: "query", rules: {} });
