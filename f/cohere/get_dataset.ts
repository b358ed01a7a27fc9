//native
//fetch_response_timeout 0
// Fetch one dataset: validation status, parts with download URLs, metrics. https://docs.cohere.com/reference/get-dataset
import { check, checks, defineContract, segment } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/get_dataset.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: { id: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: b, options: o } = contract.parse(auth, body, options);
  return getJson(t, path`/v1/datasets/${b.id}`, o);
}

// The spec's id pattern ^(?!usage$).*$: /v1/datasets/usage is the storage-usage operation, not a dataset.
const notUsage = check("id", 'cannot be "usage" (that path is get_dataset_usage)', (b) => b.id === "usage");

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    $: checks(notUsage),
    id: segment,
  },
});
