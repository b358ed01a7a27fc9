// What a request that got no response says: the host it tried, and the runtime's reason without its debugging tips.
import { withSunsetHint } from "./sunset.ts";

export type Stage = "waiting" | "reading";

/** "api.cohere.com", or the whole text when it is not a URL (it was checked before any request, so rarely). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/**
 * The reason a fetch or a body read failed, in the runtime's words. Bun appends "For more information, pass
 * `verbose: true` in the second argument to fetch()", advice for Bun's own developers, not for a Windmill job;
 * Node says only "fetch failed" and keeps the reason in `cause`.
 */
export function failureReason(e: unknown): string {
  const error = e as { message?: unknown; cause?: { message?: unknown } } | null;
  let text = typeof error?.message === "string" ? error.message : String(e);
  const cause = error?.cause?.message;
  if (text === "fetch failed" && typeof cause === "string") text = `${text} (${cause})`;
  return text.replace(/\s*For more information, pass `verbose: true`[^.]*fetch\(\)\.?/, "").trim() || "no reason given";
}

/**
 * The message of a ProviderError with status 0: timed out or failed, waiting for the response or reading it.
 * `timedOut` is our own per-attempt timer; a `TimeoutError` is the runtime's deadline (Windmill's fetch gives up
 * after 900 s without headers, windmill.md): a timeout too, not a connection failure. A host that never answered
 * may be AI21's sunset one (f/core/sunset.ts).
 */
export function noResponseText(url: string, e: unknown, timedOut: boolean, timeoutMs: number, stage: Stage): string {
  const host = hostOf(url);
  const doing = stage === "waiting" ? "waiting for the response" : "reading the response";
  if (timedOut) return hinted(`timed out after ${timeoutMs / 1000} s ${doing} from ${host}`, url, stage);
  if ((e as Error)?.name === "TimeoutError")
    return hinted(`timed out ${doing} from ${host}: ${failureReason(e)}`, url, stage);
  return stage === "waiting"
    ? hinted(`connection to ${host} failed waiting for the response: ${failureReason(e)}`, url, stage)
    : `failed reading the response from ${host}: ${failureReason(e)}`;
}

const hinted = (text: string, url: string, stage: Stage) => (stage === "waiting" ? withSunsetHint(text, url, 0) : text);
