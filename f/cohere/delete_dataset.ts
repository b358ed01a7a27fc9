//native
//fetch_response_timeout 0
// Delete a dataset (Cohere also deletes datasets 30 days after creation). https://docs.cohere.com/reference/delete-dataset
import { check, checks, defineContract, segment } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { deleteJson } from "../core/rest.ts";
import { shape } from "./shapes/delete_dataset.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: { id: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: b, options: o } = contract.parse(auth, body, options);
  // Not idempotent: a repeated delete that had landed would answer 404 for a success, so it is
  // retried only when Cohere refused it (408/429/503).
  const reply = await deleteJson<Record<string, unknown> | null>(t, path`/v1/datasets/${b.id}`, o);
  // Cohere answers an empty object (spec): say what was deleted instead, keeping any fields it adds.
  return reply && Object.keys(reply).length > 0 ? reply : { id: b.id, deleted: true };
}

// The spec's id pattern ^(?!usage$).*$: /v1/datasets/usage is the storage-usage operation, not a dataset.
const notUsage = check("id", 'cannot be "usage" (that path is the storage-usage operation)', (b) => b.id === "usage");

export const contract = defineContract(shape, {
  sends: "none",
  rules: {
    $: checks(notUsage),
    id: segment,
  },
});
