//native
//fetch_response_timeout 0
// List your fine-tuning jobs with their status and settings. https://docs.together.ai/reference/get-fine-tunes
import { defineContract } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/list_fine_tunes.ts";

type Togetherai = { api_key: string; base_url?: string };

// The operation takes no parameters; `body` stays empty so that every script is called as
// main(auth, body, options), and any field given is refused rather than ignored.
export async function main(
  auth: Togetherai,
  body?: {},
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, options: o } = contract.parse(auth, body, options);
  return getJson(t, path`/fine-tunes`, o);
}

export const contract = defineContract(shape, { sends: "query", rules: {} });
