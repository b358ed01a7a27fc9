//native
//fetch_response_timeout 0
// Ask Cohere to stop a running embed job. https://docs.cohere.com/reference/cancel-embed-job
import { defineContract, segment } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { postJson } from "../core/rest.ts";
import { shape } from "./shapes/cancel_embed_job.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: { id: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: b, options: o } = contract.parse(auth, body, options);
  // Cancelling twice leaves the job as cancelling once does: safe to repeat, so idempotent.
  const reply = await postJson<Record<string, unknown> | null>(
    t,
    path`/v1/embed-jobs/${b.id}/cancel`,
    undefined,
    o,
    true,
  );
  // The spec answers 200 with no body (readJson gives null): say which job instead. The cancel is
  // accepted, not finished: get_embed_job shows `cancelling`, then `cancelled`. A body Cohere may add is returned as sent.
  return reply && Object.keys(reply).length > 0 ? reply : { job_id: b.id, cancel_requested: true };
}

export const contract = defineContract(shape, {
  sends: "none",
  rules: {
    // The job_id that create_embed_job and list_embed_jobs return; one path segment.
    id: segment,
  },
});
