//native
//fetch_response_timeout 0
// Ask Cohere to stop a running embed job. https://docs.cohere.com/reference/cancel-embed-job
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
  // Cancelling twice leaves the job as cancelling once does: safe to repeat, so idempotent.
  const reply = await postJson<Record<string, unknown> | null>(
    t,
    path`/v1/embed-jobs/${id}/cancel`,
    undefined,
    options,
    true,
  );
  // The spec answers 200 with no body (readJson gives null): say which job instead. The cancel is
  // accepted, not finished: get_embed_job shows `cancelling`, then `cancelled`. A body Cohere may add is returned as sent.
  return reply && Object.keys(reply).length > 0 ? reply : { job_id: id, cancel_requested: true };
}

const rules = object({ id: string({ nonEmpty: true }) }, ["id"]);
