// How a failed attempt is reported: an error status, or no response at all (network, timeout).
import { ProviderError, providerMessage } from "./errors.ts";
import type { Target } from "./http.ts";
import { demandedWaitMs, isRetryableStatus, MAX_WAIT_MS } from "./retry.ts";

/** `final`: statuses that are this request's answer, never retried (cancel_queue_job's 409). */
export async function statusError(
  t: Target,
  res: Response,
  id: string | undefined,
  idempotent: boolean,
  final: readonly number[] = [],
): Promise<ProviderError> {
  const text = await res.text().catch(() => "");
  let message = providerMessage(text, res.statusText || "request failed");
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
 * A `TimeoutError` is a runtime's own deadline: Windmill's fetch gives up after 900 s without headers
 * unless the script says `//fetch_response_timeout` (windmill.md). It is a timeout, not a connection failure.
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
  const doing = stage === "waiting" ? "waiting for the response" : "reading the response";
  const failed = stage === "waiting" ? "connection failed waiting for the response" : "failed reading the response";
  const detail = (e as Error)?.message ?? String(e);
  const why = timedOut
    ? `timed out after ${timeoutMs / 1000} s ${doing}`
    : (e as Error)?.name === "TimeoutError"
      ? `timed out ${doing}: ${detail}`
      : `${failed}: ${detail}`;
  return new ProviderError({
    provider: t.provider,
    status: 0,
    message: why,
    requestId: id,
    retryable: idempotent,
    secret: t.apiKey,
  });
}
