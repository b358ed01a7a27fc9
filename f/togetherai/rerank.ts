//native
//fetch_response_timeout 0
// Order documents by relevance to a query with a Together rerank model. https://docs.together.ai/reference/rerank-1
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { postJson } from "../core/rest.ts";
import { array, boolean, either, integer, object, refine, string, validate } from "../core/validate.ts";

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
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  const json = validate(body, rules);
  // Stateless inference: safe to repeat (idempotent), so 5xx and dropped connections are retried too.
  return postJson(t, path`/rerank`, json, options, true);
}

const documents = array(either(string(), object({})), { min: 1 });
const rules = refine(
  object(
    {
      model: string({ nonEmpty: true }),
      query: string({ nonEmpty: true }),
      documents,
      top_n: integer({ min: 1 }),
      return_documents: boolean,
      rank_fields: array(string({ nonEmpty: true }), { min: 1 }),
    },
    ["model", "query", "documents"],
  ),
  (b) =>
    b.top_n > b.documents.length
      ? ["top_n", `must be at most the number of documents (${b.documents.length})`]
      : b.rank_fields && typeof b.documents[0] === "string"
        ? ["rank_fields", "applies only to documents given as objects"]
        : undefined,
);
