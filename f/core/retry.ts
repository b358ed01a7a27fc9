// When to retry a failed attempt, and how long to wait first.

/** Longest wait we sit out inside a job; a longer demanded wait fails so Windmill's own retry or schedule takes over. */
export const MAX_WAIT_MS = 60_000;

/**
 * Statuses worth another attempt. A non-idempotent request (creating, uploading, deleting)
 * is repeated only when the provider says it refused it before doing anything.
 */
export function isRetryableStatus(status: number, idempotent: boolean): boolean {
  if (status === 429 || status === 503 || status === 408) return true;
  return idempotent && (status === 409 || (status >= 500 && status < 600));
}

/** Exponential backoff from 0.5 s, capped at 8 s, minus up to 25% jitter so parallel jobs spread out. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  return Math.min(500 * 2 ** attempt, 8_000) * (1 - 0.25 * random());
}

/**
 * The wait the provider asked for, in ms, or undefined when it named none.
 * retry-after-ms and retry-after are what Together's and Cohere's SDKs honour;
 * x-ratelimit-reset is seconds to wait at Together (providers.md), an epoch at some gateways.
 */
export function demandedWaitMs(headers: Headers, now = Date.now()): number | undefined {
  const ms = num(headers.get("retry-after-ms"));
  if (ms !== undefined) return ms;
  const after = headers.get("retry-after");
  if (after) {
    const s = num(after);
    if (s !== undefined) return s * 1000;
    const date = Date.parse(after);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = headers.get("x-ratelimit-reset");
  if (reset) {
    const s = num(reset);
    if (s !== undefined) return s > 1e9 ? Math.max(0, s * 1000 - now) : s * 1000;
    return duration(reset);
  }
  return undefined;
}

function num(text: string | null): number | undefined {
  if (text === null || !/^\s*\d+(\.\d+)?\s*$/.test(text)) return undefined;
  return Number(text);
}

// Gateways in the OpenAI style send durations such as "1m30s" or "250ms".
function duration(text: string): number | undefined {
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)];
  if (parts.length === 0) return undefined;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;
  return parts.reduce((sum, [, n, u]) => sum + Number(n) * unit[u as keyof typeof unit], 0);
}
