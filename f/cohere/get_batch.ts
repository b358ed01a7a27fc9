//native
//fetch_response_timeout 0
// Fetch one batch: status, record counts, token totals, output dataset. https://docs.cohere.com/reference/get-batch
import { defineContract, segment } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/get_batch.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: { id: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: b, options: o } = contract.parse(auth, body, options);
  // The spec types input_tokens and output_tokens as int64 strings: returned as strings, unchanged.
  return getJson(t, path`/v2/batches/${b.id}`, o);
}

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    // An empty id would list the batches instead, and ".." climb the URL.
    id: segment,
  },
});
