//native
//fetch_response_timeout 0
// Check that the resource's API key is valid and active. https://docs.cohere.com/reference/checkapikey
import { defineContract } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { postJson } from "../core/rest.ts";
import { shape } from "./shapes/check_api_key.ts";

type Cohere = { apiKey: string; baseUrl?: string };

// The operation takes no parameters; `body` stays empty so that every script is called as
// main(auth, body, options), and any field given is refused rather than ignored.
export async function main(
  auth: Cohere,
  body?: {},
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, options: o } = contract.parse(auth, body, options);
  // A read despite the POST: safe to repeat after any failure.
  return postJson(t, path`/v1/check-api-key`, undefined, o, true);
}

// A POST without a body (spec: no requestBody), so options.extra_body has nowhere to go.
export const contract = defineContract(shape, { sends: "none", rules: {} });
