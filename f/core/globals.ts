// The oldest Windmill these scripts run on, checked before any request.

/**
 * Windmill 1.759.0 (2026-07-15) is the first release whose native isolate has TextDecoder and the
 * streams (windmill.md): every reply is read chunk by chunk through them. Older servers get one clear
 * message instead of a ReferenceError deep inside a read.
 */
export const MIN_WINDMILL = "1.759.0";
const NEEDED = ["TextDecoder", "ReadableStream"] as const;

export function requireGlobals(scope: object = globalThis): void {
  const g = scope as Record<string, unknown>;
  // Checked on every request, so the common case allocates nothing.
  if (typeof g.TextDecoder === "function" && typeof g.ReadableStream === "function") return;
  const missing = NEEDED.filter((name) => typeof (scope as Record<string, unknown>)[name] !== "function");
  if (missing.length) throw new Error(`needs Windmill ${MIN_WINDMILL} or later (missing: ${missing.join(", ")})`);
}
