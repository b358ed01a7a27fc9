//native
//fetch_response_timeout 0
// Fetch one dataset: validation status, parts with download URLs, metrics. https://docs.cohere.com/reference/get-dataset
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { object, refine, string, validate } from "../core/validate.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: { id: string },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("cohere", auth, options);
  const { id } = validate(body, rules);
  return getJson(t, path`/v1/datasets/${id}`, options);
}

// The spec's id pattern ^(?!usage$).*$: /v1/datasets/usage is the storage-usage operation, not a dataset.
const rules = refine(object({ id: string({ nonEmpty: true }) }, ["id"]), (b) =>
  b.id === "usage" ? ["id", 'cannot be "usage" (that path is get_dataset_usage)'] : undefined,
);
