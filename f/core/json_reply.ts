// Reading a JSON reply: chunk by chunk, so the idle timer sees it arrive, and masked before anyone sees it.
import { readBytes } from "./binary_reply.ts";
import { ProviderError } from "./errors.ts";
import type { Reply } from "./http.ts";
import { mayHold, redactJson } from "./redact.ts";

export interface JsonRead {
  /** The largest body accepted, in bytes: refused from Content-Length when announced, else once passed. */
  maxBytes?: number;
  /** The error for a body over `maxBytes`; `announced` is its Content-Length, when it had one. */
  tooLarge?: (announced?: number) => Error;
  /** Keys whose string values are file contents (base64): the user's data, never masked. */
  binary?: ReadonlySet<string>;
}

/**
 * Parses a JSON body, with every string in it masked (f/core/redact.ts); an empty body (some cancel
 * operations) becomes null. A body that is not JSON is the provider's answer, not a network failure:
 * a ProviderError with the reply's status, not retried.
 */
// One decoder for every reply (decode() without `stream` keeps no state), made on first use: a module-level
// one would throw on a Windmill too old for TextDecoder before requireGlobals could say so.
let decoder: TextDecoder | undefined;

export async function readJson<T = unknown>(reply: Reply, o: JsonRead = {}): Promise<T> {
  const bytes = await readBytes(reply.target, reply, o.maxBytes ?? Number.POSITIVE_INFINITY, o.tooLarge);
  const text = (decoder ??= new TextDecoder()).decode(bytes);
  let value: unknown;
  try {
    value = text ? JSON.parse(text) : null;
  } catch {
    const status = reply.response.status;
    throw new ProviderError({
      provider: reply.target.provider,
      status,
      message: `answered ${status} with a body that is not JSON: ${JSON.stringify(text.slice(0, 200))}`,
      requestId: reply.requestId,
      retryable: false,
      secret: reply.target.apiKey,
    });
  }
  const key = reply.target.apiKey;
  return (mayHold(text, key) ? redactJson(value, key, o.binary) : value) as T;
}
