//native
//fetch_response_timeout 0
// List the organization's embed jobs with their status. https://docs.cohere.com/reference/list-embed-jobs
import { defineContract } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/list_embed_jobs.ts";

type Cohere = { apiKey: string; baseUrl?: string };

// The operation takes no parameters; `body` stays empty so that every script is called as
// main(auth, body, options), and any field given is refused rather than ignored.
export async function main(
  auth: Cohere,
  body?: {},
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, options: o } = contract.parse(auth, body, options);
  return getJson(t, path`/v1/embed-jobs`, o);
}

export const contract = defineContract(shape, { sends: "query", rules: {} });
