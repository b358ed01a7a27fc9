//native
// Cancel a queued job that no worker has started yet. https://docs.together.ai/reference/queue-cancel
import { ProviderError } from "../core/errors.ts";
import { path } from "../core/http.ts";
import { postJson } from "../core/rest.ts";
import { defineContract, nonEmpty } from "../core/contract.ts";
import { shape } from "./shapes/cancel_queue_job.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { model: string; request_id: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: json, options: checked } = contract.parse(auth, body, options);
  options = checked; // the checked copy from here on: bounds checked, form leftovers dropped
  // Cancelling is harmless to repeat, yet the POST is not marked idempotent: the core retries a 409 on
  // idempotent requests, and here 409 is a final answer. Refusals (408/429/503) are still retried.
  return postJson(t, path`/queue/cancel`, json, options).catch((e) => {
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
