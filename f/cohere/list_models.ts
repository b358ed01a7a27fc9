//native
//fetch_response_timeout 0
// List the models your key can use, optionally only those for one endpoint. https://docs.cohere.com/reference/list-models
import { check, checks, defineContract, free, nonEmpty, range } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/list_models.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: {
    page_size?: number;
    // next_page_token from the previous page.
    page_token?: string;
    endpoint?: "chat" | "embed" | "classify" | "summarize" | "rerank" | "rate" | "generate";
    default_only?: boolean;
  } = {},
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: query, options: o } = contract.parse(auth, body, options);
  return getJson(t, path`/v1/models`, o, query);
}

const defaultOnlyNeedsEndpoint = check(
  "default_only",
  "needs endpoint (spec: only valid when endpoint is provided)",
  (q) => q.default_only === true && q.endpoint === undefined,
);

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    $: checks(defaultOnlyNeedsEndpoint),
    // Spec: defaults to 20, from 1 to 1000, typed number (its SDK's wire test sends 1.1). Above 1000
    // is refused, deliberately, rather than left to Cohere.
    page_size: range(1, 1000),
    page_token: nonEmpty,
    endpoint: free,
    default_only: free,
  },
});
