//native
//fetch_response_timeout 0
// Delete a dataset (Cohere also deletes datasets 30 days after creation). https://docs.cohere.com/reference/delete-dataset
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { deleteJson } from "../core/rest.ts";
import { object, refine, string, validate } from "../core/validate.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: { id: string },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("cohere", auth, options);
  const { id } = validate(body, rules);
  // Not idempotent: a repeated delete that had landed would answer 404 for a success, so it is
  // retried only when Cohere refused it (408/429/503).
  const reply = await deleteJson<Record<string, unknown> | null>(t, path`/v1/datasets/${id}`, options);
  // Cohere answers an empty object (spec): say what was deleted instead, keeping any fields it adds.
  return reply && Object.keys(reply).length > 0 ? reply : { id, deleted: true };
}

// The spec's id pattern ^(?!usage$).*$: /v1/datasets/usage is the storage-usage operation, not a dataset.
const rules = refine(object({ id: string({ nonEmpty: true }) }, ["id"]), (b) =>
  b.id === "usage" ? ["id", 'cannot be "usage" (that path is the storage-usage operation)'] : undefined,
);
