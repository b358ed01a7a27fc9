// The shapes most operations share: read, create, change, delete, each answered with JSON.
import { type CallOptions, request, type Target } from "./http.ts";
import { readJson } from "./json_reply.ts";

/** GET is always safe to repeat. */
export function getJson<T = unknown>(
  t: Target,
  path: string,
  options?: CallOptions,
  query?: Record<string, unknown>,
): Promise<T> {
  return request(t, { method: "GET", path, query }, options, readJson<T>);
}

/**
 * POST with a JSON body. `idempotent: true` only where repeating it changes nothing
 * (inference, estimates, cancels); creating something is retried only when the provider refused it.
 */
export function postJson<T = unknown>(
  t: Target,
  path: string,
  json: unknown,
  options?: CallOptions,
  idempotent = false,
  query?: Record<string, unknown>,
): Promise<T> {
  return request(t, { method: "POST", path, json, query, idempotent }, options, readJson<T>);
}

export function patchJson<T = unknown>(t: Target, path: string, json: unknown, options?: CallOptions): Promise<T> {
  return request(t, { method: "PATCH", path, json, idempotent: true }, options, readJson<T>);
}

/** A delete that may have landed is not repeated: a second one would report "not found" for a success. */
export function deleteJson<T = unknown>(t: Target, path: string, options?: CallOptions): Promise<T> {
  return request(t, { method: "DELETE", path }, options, readJson<T>);
}
