//native
//fetch_response_timeout 0
// Order documents by relevance to a query with a Rerank model. https://docs.cohere.com/reference/rerank
import { dropBlanks } from "../core/blanks.ts";
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { postJson } from "../core/rest.ts";
import { array, integer, object, string, validate } from "../core/validate.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: {
    model: string;
    query: string;
    documents: string[];
    top_n?: number;
    max_tokens_per_doc?: number;
    priority?: number;
  },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("cohere", auth, options);
  const json = validate(dropBlanks(body), rules);
  // Stateless inference: safe to repeat after any failure.
  return postJson(t, path`/v2/rerank`, json, options, true);
}

const rules = object(
  {
    model: string({ nonEmpty: true }),
    query: string({ nonEmpty: true }),
    // v2 takes plain strings (structured data as YAML text, the spec advises); it suggests at most 1,000 per call.
    documents: array(string(), { min: 1 }),
    top_n: integer({ min: 1 }),
    max_tokens_per_doc: integer({ min: 1 }),
    priority: integer({ min: 0, max: 999 }),
  },
  ["model", "query", "documents"],
);
