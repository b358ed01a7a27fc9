//native
//fetch_response_timeout 0
// List the models your key can use, optionally only those for one endpoint. https://docs.cohere.com/reference/list-models
import { dropBlanks } from "../core/blanks.ts";
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { boolean, integer, object, oneOf, refine, string, validate } from "../core/validate.ts";

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
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("cohere", auth, options);
  return getJson(t, path`/v1/models`, options, validate(dropBlanks(body ?? {}), rules));
}

const rules = refine(
  object({
    // Spec: defaults to 20, from 1 to 1000 (typed number; a page size is a whole number).
    page_size: integer({ min: 1, max: 1000 }),
    page_token: string({ nonEmpty: true }),
    endpoint: oneOf("chat", "embed", "classify", "summarize", "rerank", "rate", "generate"),
    default_only: boolean,
  }),
  (q) =>
    q.default_only && !q.endpoint
      ? ["default_only", "needs endpoint (spec: only valid when endpoint is provided)"]
      : undefined,
);
