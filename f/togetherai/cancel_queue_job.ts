//native
//fetch_response_timeout 0
// Cancel a queued job that no worker has started yet. https://docs.together.ai/reference/queue-cancel
import { ProviderError } from "../core/errors.ts";
import { path, readJson, request } from "../core/http.ts";
import { defineContract, nonEmpty } from "../core/contract.ts";
import { shape } from "./shapes/cancel_queue_job.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { model: string; request_id: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: json, options: o } = contract.parse(auth, body, options);
  // Cancelling twice leaves the job as cancelling once does: retried like any idempotent call (5xx, dropped
  // connections, timeouts), except that a 409 is Together's final answer, never retried.
  const req = { method: "POST", path: path`/queue/cancel`, json, idempotent: true, final: [409] } as const;
  return request(t, req, o, readJson).catch((e) => {
    // A job that is no longer pending cannot be cancelled: Together answers 409 with {status} holding its
    // current state (spec: QueueCancelResponse), the same shape as a success, so that answer is the result.
    const current = e instanceof ProviderError && e.status === 409 ? statusOf(e.providerMessage) : undefined;
    if (!current) throw e;
    return current;
  });
}

function statusOf(text: string): { status: string } | undefined {
  try {
    const body = JSON.parse(text);
    return typeof body?.status === "string" ? body : undefined;
  } catch {
    return undefined;
  }
}

export const contract = defineContract(shape, {
  sends: "json",
  rules: {
    model: nonEmpty,
    request_id: nonEmpty,
  },
});
