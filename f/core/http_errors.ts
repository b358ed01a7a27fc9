// How a failed attempt is reported: an error status, or no response at all (network, timeout).
import { ProviderError, providerMessage } from "./errors.ts";
import type { Target } from "./http.ts";
import { noResponseText } from "./no_response.ts";
import { demandedWaitMs, isRetryableStatus, MAX_WAIT_MS } from "./retry.ts";
import { withSunsetHint } from "./sunset.ts";

/** `final`: statuses that are this request's answer, never retried (cancel_queue_job's 409). */
export async function statusError(
  t: Target,
  res: Response,
  id: string | undefined,
  idempotent: boolean,
  final: readonly number[] = [],
): Promise<ProviderError> {
  const text = await res.text().catch(() => "");
  let message = withSunsetHint(providerMessage(text, res.statusText || "request failed"), t.baseUrl, res.status);
  const retryable = !final.includes(res.status) && isRetryableStatus(res.status, idempotent);
  const wait = retryable ? demandedWaitMs(res.headers) : undefined;
  // Too long to sit out in a job: say when, so Windmill's retry or a schedule can take over.
  if (wait !== undefined && wait > MAX_WAIT_MS) message += `; retry after ${new Date(Date.now() + wait).toISOString()}`;
  return new ProviderError({
    provider: t.provider,
    status: res.status,
    message,
    requestId: id,
    retryable,
    retryAfterMs: wait,
    secret: t.apiKey,
  });
}

/**
 * Without a response we cannot know whether the request landed, so only idempotent ones are retryable.
 * The message names the host tried; a runtime's `TimeoutError` reads as a timeout (f/core/no_response.ts).
 */
export function noResponse(
  t: Target,
  e: unknown,
  timedOut: boolean,
  timeoutMs: number,
  stage: "waiting" | "reading",
  idempotent: boolean,
  id?: string,
): ProviderError {
  const why = noResponseText(t.baseUrl, e, timedOut, timeoutMs, stage);
  return new ProviderError({
    provider: t.provider,
    status: 0,
    message: why,
    requestId: id,
    retryable: idempotent,
    secret: t.apiKey,
  });
}
