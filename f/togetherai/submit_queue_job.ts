//native
//fetch_response_timeout 0
// Submit a job to a model's asynchronous queue; poll it with get_queue_job_status. https://docs.together.ai/reference/queue-submit
import { ProviderError } from "../core/errors.ts";
import { path } from "../core/http.ts";
import { postJson } from "../core/rest.ts";
import { defineContract, free, int, nonEmpty } from "../core/contract.ts";
import { shape } from "./shapes/submit_queue_job.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: {
    model: string;
    // Free-form JSON for the model, passed on unchanged: its shape depends on the model.
    payload: object;
    info?: object;
    priority?: number;
  },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: json, options: checked } = contract.parse(auth, body, options);
  options = checked; // the checked copy from here on: bounds checked, form leftovers dropped
  // Not idempotent: a repeat after a lost reply would queue, and bill, the job twice,
  // so it is retried only when Together refused it outright (408/429/503).
  const reply = await postJson<{ requestId?: string; error?: { message?: string; code?: string } }>(
    t,
    path`/queue/submit`,
    json,
    options,
  );
  // The spec lets a 200 carry `error` instead of a requestId (QueueJobResponse): that is a refusal,
  // and returning it would let the next step poll a job that does not exist.
  if (reply?.error && !reply.requestId) {
    const message = reply.error.message ?? reply.error.code ?? JSON.stringify(reply.error);
    throw new ProviderError({ provider: t.provider, status: 200, message, retryable: false });
  }
  return reply;
}

export const contract = defineContract(shape, {
  sends: "json",
  rules: {
    model: nonEmpty,
    payload: free,
    info: free,
    // Higher runs first; equal priorities run in submission order. Default 0.
    priority: int(),
  },
});
