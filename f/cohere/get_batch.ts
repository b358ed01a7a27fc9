//native
//fetch_response_timeout 0
// Fetch one batch: status, record counts, token totals, output dataset. https://docs.cohere.com/reference/get-batch
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { object, string, validate } from "../core/validate.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: { id: string },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("cohere", auth, options);
  const { id } = validate(body, rules);
  // The spec types input_tokens and output_tokens as int64 strings: returned as strings, unchanged.
  return getJson(t, path`/v2/batches/${id}`, options);
}

const rules = object({ id: string({ nonEmpty: true }) }, ["id"]);
