//native
//fetch_response_timeout 0
// List your batches, a page at a time. https://docs.cohere.com/reference/list-batches
import { alternative, defineContract, free, int, nonEmpty, str } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/list_batches.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: {
    page_size?: number;
    // next_page_token from the previous page.
    page_token?: string;
    // The spec types order_by as a free string and names these two values; another one is an alternative.
    order_by?: "created_at" | "updated_at";
  } = {},
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: query, options: o } = contract.parse(auth, body, options);
  return getJson(t, path`/v2/batches`, o, query);
}

// Cohere's SDK wire test sends order_by "order_by": any string the spec's free-string type allows.
const anyOrder = alternative("any order the spec's free string allows", str, { $: nonEmpty });

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    // Spec: 50 by default, and "values above 1000 will be coerced to 1000": refused instead, so a
    // larger request fails clearly rather than quietly returning fewer items than asked for.
    page_size: int(1, 1000),
    page_token: nonEmpty,
    order_by: free,
  },
  alternatives: { order_by: anyOrder },
});
