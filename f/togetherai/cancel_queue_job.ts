//native
//fetch_response_timeout 0
// Cancel a queued job that no worker has started yet. https://docs.together.ai/reference/queue-cancel
import { ProviderError } from "../core/errors.ts";
import { path, readJson, request } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { object, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { model: string; request_id: string },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  const json = validate(body, rules);
  // Cancelling twice leaves the job as cancelling once does: retried like any idempotent call (5xx, dropped
  // connections, timeouts), except that a 409 is Together's final answer, never retried.
  const req = { method: "POST", path: path`/queue/cancel`, json, idempotent: true, final: [409] } as const;
  return request(t, req, options, readJson).catch((e) => {
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

const rules = object({ model: string({ nonEmpty: true }), request_id: string({ nonEmpty: true }) }, [
  "model",
  "request_id",
]);
