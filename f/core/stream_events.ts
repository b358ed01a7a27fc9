// What every stream reader does with one event's data: parse it, and fail the way the provider means.
import { ProviderError, providerMessage } from "./errors.ts";
import type { Reply, Target } from "./http.ts";
import { isRetryableStatus } from "./retry.ts";

type Json = Record<string, any>;

/** A failure inside a stream that began well: the HTTP status was fine, the content was not. */
export function streamError(t: Target, reply: Reply, message: string, retryable: boolean): ProviderError {
  return new ProviderError({
    provider: t.provider,
    status: reply.response.status,
    phase: "stream error",
    message,
    requestId: reply.requestId,
    retryable,
    secret: t.apiKey,
  });
}

/**
 * Parses one event's JSON. Together reports failures inside a 200 stream as
 * `data: {"error": {...}}` (providers.md); that becomes the provider's error, retryable by its code.
 */
export function parseEvent(t: Target, reply: Reply, data: string): Json {
  let event: Json;
  try {
    event = JSON.parse(data);
  } catch {
    throw streamError(t, reply, `unreadable event ${JSON.stringify(data.slice(0, 200))}`, true);
  }
  if (event.error)
    throw streamError(
      t,
      reply,
      providerMessage(data, "unknown error"),
      isRetryableStatus(Number(event.error.code ?? event.error.status) || 0, true),
    );
  return event;
}
