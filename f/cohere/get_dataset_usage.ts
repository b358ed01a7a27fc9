//native
//fetch_response_timeout 0
// Bytes of dataset storage the organization uses (10 GB allowed). https://docs.cohere.com/reference/get-dataset-usage
import { defineContract } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/get_dataset_usage.ts";

type Cohere = { apiKey: string; baseUrl?: string };

// The operation takes no parameters; `body` stays empty so that every script is called as
// main(auth, body, options), and any field given is refused rather than ignored.
export async function main(
  auth: Cohere,
  body?: {},
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, options: o } = contract.parse(auth, body, options);
  return getJson(t, path`/v1/datasets/usage`, o);
}

export const contract = defineContract(shape, { sends: "query", rules: {} });
