//native
//fetch_response_timeout 0
// Create and start a batch over an uploaded dataset of requests. https://docs.cohere.com/reference/create-batch
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { postJson } from "../core/rest.ts";
import { object, string, validate } from "../core/validate.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  // The spec's body is the whole Batch resource, but Cohere ignores its output-only fields
  // (id, status, counts, timestamps...): only the three it reads are offered.
  body: { name: string; input_dataset_id: string; model: string },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("cohere", auth, options);
  const json = validate(body, rules);
  // Each call starts (and bills) a new batch: not idempotent, so retried only when Cohere refused it (408/429/503).
  return postJson(t, path`/v2/batches`, json, options);
}

const rules = object(
  { name: string({ nonEmpty: true }), input_dataset_id: string({ nonEmpty: true }), model: string({ nonEmpty: true }) },
  ["name", "input_dataset_id", "model"],
);
