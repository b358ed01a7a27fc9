//native
//fetch_response_timeout 0
// Start an embed job over an embed-input dataset; results land in a new dataset. https://docs.cohere.com/reference/create-embed-job
import { defineContract, free, nonEmpty } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { postJson } from "../core/rest.ts";
import { shape } from "./shapes/create_embed_job.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: {
    model: string;
    dataset_id: string;
    input_type: "search_document" | "search_query" | "classification" | "clustering" | "image";
    name?: string;
    // The schema's enum lists base64, its prose does not; the schema is followed.
    embedding_types?: ("float" | "int8" | "uint8" | "binary" | "ubinary" | "base64")[];
    truncate?: "START" | "END";
  },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: json, options: o } = contract.parse(auth, body, options);
  // Each call starts (and bills) a new job: not idempotent, so retried only when Cohere refused it (408/429/503).
  return postJson(t, path`/v1/embed-jobs`, json, o);
}

export const contract = defineContract(shape, {
  sends: "json",
  rules: {
    model: nonEmpty,
    dataset_id: nonEmpty,
    input_type: free,
    name: nonEmpty,
    embedding_types: free,
    truncate: free,
  },
});
