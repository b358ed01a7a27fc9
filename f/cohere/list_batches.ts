//native
//fetch_response_timeout 0
// List your batches, a page at a time. https://docs.cohere.com/reference/list-batches
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { integer, object, string, validate } from "../core/validate.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: {
    page_size?: number;
    // next_page_token from the previous page.
    page_token?: string;
    // The spec types order_by as a free string and names these two values; another one still passes.
    order_by?: "created_at" | "updated_at";
  } = {},
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("cohere", auth, options);
  return getJson(t, path`/v2/batches`, options, validate(body, rules));
}

const rules = object({
  // Spec: 50 by default, and "values above 1000 will be coerced to 1000": refused instead, so a
  // larger request fails clearly rather than quietly returning fewer items than asked for.
  page_size: integer({ min: 1, max: 1000 }),
  page_token: string({ nonEmpty: true }),
  order_by: string({ nonEmpty: true }),
});
