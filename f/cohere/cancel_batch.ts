//native
//fetch_response_timeout 0
// Ask Cohere to stop an in-progress batch. https://docs.cohere.com/reference/cancel-batch
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { postJson } from "../core/rest.ts";
import { object, string, validate } from "../core/validate.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: { id: string },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("cohere", auth, options);
  const { id } = validate(body, rules);
  // A custom method with a literal colon (spec: /v2/batches/{id}:cancel): `path` encodes the id
  // (a colon in it too) and leaves `:cancel` as written. Cancelling twice changes nothing more: idempotent.
  const reply = await postJson<Record<string, unknown> | null>(
    t,
    path`/v2/batches/${id}:cancel`,
    undefined,
    options,
    true,
  );
  // Cohere answers `{}` (CancelBatchResponse). The cancel is accepted, not finished: get_batch shows
  // BATCH_STATUS_CANCELING, then BATCH_STATUS_CANCELED. Any fields Cohere adds are returned as sent.
  return reply && Object.keys(reply).length > 0 ? reply : { id, cancel_requested: true };
}

const rules = object({ id: string({ nonEmpty: true }) }, ["id"]);
