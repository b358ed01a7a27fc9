//native
//fetch_response_timeout 0
// Order documents by relevance to a query with a Rerank model. https://docs.cohere.com/reference/rerank
import { defineContract, int, keepEmpty, nonEmpty } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { postJson } from "../core/rest.ts";
import { shape } from "./shapes/rerank.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: {
    model: string;
    query: string;
    // v2 takes plain strings only (spec RerankRequest; structured data as YAML text, it advises).
    documents: string[];
    top_n?: number;
    max_tokens_per_doc?: number;
    priority?: number;
  },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: json, options: o } = contract.parse(auth, body, options);
  // Stateless inference: safe to repeat after any failure.
  return postJson(t, path`/v2/rerank`, json, o, true);
}

export const contract = defineContract(shape, {
  sends: "json",
  rules: {
    model: nonEmpty,
    query: nonEmpty,
    // The spec advises at most 1,000 per call, advice rather than a limit, so no count is enforced.
    documents: nonEmpty,
    // Each result's index points into documents as given, so an emptied one keeps its place.
    "documents[]": keepEmpty,
    top_n: int(1),
    max_tokens_per_doc: int(1),
    priority: int(0, 999),
  },
});
