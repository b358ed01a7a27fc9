//native
//fetch_response_timeout 0
// Start an embed job over an embed-input dataset; results land in a new dataset. https://docs.cohere.com/reference/create-embed-job
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { postJson } from "../core/rest.ts";
import { array, object, oneOf, string, validate } from "../core/validate.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: {
    model: string;
    dataset_id: string;
    input_type: "search_document" | "search_query" | "classification" | "clustering" | "image";
    name?: string;
    embedding_types?: ("float" | "int8" | "uint8" | "binary" | "ubinary" | "base64")[];
    truncate?: "START" | "END";
  },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("cohere", auth, options);
  const json = validate(body, rules);
  // Each call starts (and bills) a new job: not idempotent, so retried only when Cohere refused it (408/429/503).
  return postJson(t, path`/v1/embed-jobs`, json, options);
}

const rules = object(
  {
    model: string({ nonEmpty: true }),
    dataset_id: string({ nonEmpty: true }),
    input_type: oneOf("search_document", "search_query", "classification", "clustering", "image"),
    name: string({ nonEmpty: true }),
    // The schema's enum lists base64, its prose does not; the schema is followed.
    embedding_types: array(oneOf("float", "int8", "uint8", "binary", "ubinary", "base64"), { min: 1 }),
    truncate: oneOf("START", "END"),
  },
  ["model", "dataset_id", "input_type"],
);
