//native
//fetch_response_timeout 0
// Ask Cohere to stop an in-progress batch. https://docs.cohere.com/reference/cancel-batch
import { defineContract, segment } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { postJson } from "../core/rest.ts";
import { shape } from "./shapes/cancel_batch.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: { id: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: b, options: o } = contract.parse(auth, body, options);
  // A custom method with a literal colon (spec: /v2/batches/{id}:cancel): `path` encodes the id
  // (a colon in it too) and leaves `:cancel` as written. Cancelling twice changes nothing more: idempotent.
  const reply = await postJson<Record<string, unknown> | null>(t, path`/v2/batches/${b.id}:cancel`, undefined, o, true);
  // Cohere answers `{}` (CancelBatchResponse). The cancel is accepted, not finished: get_batch shows
  // BATCH_STATUS_CANCELING, then BATCH_STATUS_CANCELED. Any fields Cohere adds are returned as sent.
  return reply && Object.keys(reply).length > 0 ? reply : { id: b.id, cancel_requested: true };
}

export const contract = defineContract(shape, {
  sends: "none",
  rules: {
    // One path segment before ":cancel": ".." would climb to another operation.
    id: segment,
  },
});
