// AI21 sunset its hosted API on 2026-08-09 (README, "AI21's 2026 sunset"); the ai21 resource still defaults to it
// for compatibility. So a call to that host that finds nothing there (404) or nothing at all (no response) says
// what happened and what to do. A user's own baseUrl gets no such hint: its 404 is an ordinary 404.
import { hostOf } from "./no_response.ts";

/** The host of the ai21 resource's default base URL, https://api.ai21.com/studio/v1. */
export const SUNSET_HOST = "api.ai21.com";

export const SUNSET_HINT =
  "AI21's hosted API was sunset on 2026-08-09: set the ai21 resource's baseUrl to your Jamba deployment " +
  "(a self-hosted or cloud server speaking the same API, e.g. https://jamba.example.internal/v1)";

/** The hint for a failed call, or undefined; `status` 0 means no response came. */
export function sunsetHint(baseUrl: string, status: number): string | undefined {
  if (status !== 404 && status !== 0) return undefined;
  return hostOf(baseUrl).toLowerCase() === SUNSET_HOST ? SUNSET_HINT : undefined;
}

/** An error message with the hint after it, when it applies. */
export function withSunsetHint(message: string, baseUrl: string, status: number): string {
  const hint = sunsetHint(baseUrl, status);
  return hint ? `${message}. ${hint}` : message;
}
