//native
//fetch_response_timeout 0
// Order documents by relevance to a query with a Together rerank model. https://docs.together.ai/reference/rerank-1
import { alternative, check, checks, defineContract, free, int, json, list, nonEmpty } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { postJson } from "../core/rest.ts";
import { shape } from "./shapes/rerank.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: {
    model: string;
    query: string;
    // The spec takes strings or JSON objects ({title, text, ...}, ranked by rank_fields). The form offers
    // strings; a list of objects still passes at run time (typed here it would be a raw JSON box).
    documents: string[];
    top_n?: number;
    return_documents?: boolean;
    rank_fields?: string[];
  },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: json, options: o } = contract.parse(auth, body, options);
  // Stateless inference: safe to repeat (idempotent), so 5xx and dropped connections are retried too.
  return postJson(t, path`/rerank`, json, o, true);
}

// The spec's RerankRequest.documents: all strings, or all JSON objects ({title, text, ...}).
const objectDocuments = alternative("a list of objects", list(json));

const topNWithinDocuments = check(
  "top_n",
  (b) => `must be at most the number of documents (${b.documents.length})`,
  (b) => b.top_n > b.documents.length,
);
// rank_fields names fields of object documents; plain strings have none.
const rankFieldsNeedObjects = check(
  "rank_fields",
  "applies only to documents given as objects",
  (b) => b.rank_fields !== undefined && typeof b.documents[0] === "string",
);

export const contract = defineContract(shape, {
  sends: "json",
  rules: {
    $: checks(topNWithinDocuments, rankFieldsNeedObjects),
    model: nonEmpty,
    query: nonEmpty,
    documents: nonEmpty,
    "documents[]": free,
    top_n: int(1),
    return_documents: free,
    rank_fields: nonEmpty,
    "rank_fields[]": nonEmpty,
  },
  alternatives: {
    documents: objectDocuments,
  },
});
