//native
//fetch_response_timeout 0
// Create and start a batch over an uploaded dataset of requests. https://docs.cohere.com/reference/create-batch
import { defineContract, nonEmpty } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { postJson } from "../core/rest.ts";
import { shape } from "./shapes/create_batch.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  // The spec's body is the whole Batch resource, but Cohere ignores its output-only fields
  // (id, status, counts, timestamps...): only the three it reads are offered.
  body: { name: string; input_dataset_id: string; model: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: json, options: o } = contract.parse(auth, body, options);
  // Each call starts (and bills) a new batch: not idempotent, so retried only when Cohere refused it (408/429/503).
  return postJson(t, path`/v2/batches`, json, o);
}

export const contract = defineContract(shape, {
  sends: "json",
  rules: {
    name: nonEmpty,
    input_dataset_id: nonEmpty,
    model: nonEmpty,
  },
});
