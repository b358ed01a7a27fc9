// One HTTP call to a provider: auth header, per-attempt timeout, retries, one error type.
import { InputError, ProviderError } from "./errors.ts";
import { requireGlobals } from "./globals.ts";
import { noResponse, statusError } from "./http_errors.ts";
import { guardKey } from "./redact.ts";
import { backoffMs, MAX_WAIT_MS } from "./retry.ts";
import { watchdog } from "./watchdog.ts";

export { readJson } from "./json_reply.ts";

export interface Target {
  /** Label used in messages, e.g. "Cohere". */
  provider: string;
  baseUrl: string;
  apiKey: string;
}

export interface CallOptions {
  max_retries?: number;
  timeout_seconds?: number;
}

export interface HttpRequest {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Below the base URL; build it with `path` so values are encoded. */
  path: string;
  query?: Record<string, unknown>;
  json?: unknown;
  /** A body that is not JSON (FormData, bytes). */
  body?: BodyInit;
  headers?: Record<string, string>;
  /** Repeating it is harmless: reads and stateless inference. Defaults to true for GET only. */
  idempotent?: boolean;
  /** "manual" hands a 3xx to `read` rather than let fetch follow it, which could carry the key (and on 307/308 the body) to another host. */
  redirect?: RequestRedirect;
  /** Statuses that are this operation's answer, never retried even when idempotent (cancel_queue_job's 409). */
  final?: readonly number[];
}

/** A successful response, with the means to keep the idle timer quiet while reading it. */
export interface Reply {
  response: Response;
  /** Who answered: the provider's label for errors, the key to mask in what the reply yields. */
  target: Target;
  requestId?: string;
  /** Call on every chunk read: the timeout then bounds each silence, not the whole body. */
  alive(): void;
  /** Set once content reached the user; a failure after that is never retried. */
  delivered: boolean;
}

/** The least wait before re-sending a request that must not ride a reused connection (see `request`). */
const FRESH_RETRY_MS = 100;

const ID_HEADERS = ["x-request-id", "x-debug-trace-id", "request-id", "cf-ray"];

/** Encodes each interpolated value as one path segment: path`/files/${id}`. */
export function path(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((out, s, i) => out + segment(String(values[i - 1])) + s);
}

// "." and ".." cannot be one segment: encodeURIComponent leaves them as they are, and the WHATWG
// URL parser treats their escapes %2E and %2E%2E as dot segments too, so /files/.. would become
// /. They are refused; a script's `segment` rule refuses them first, naming the field.
function segment(v: string): string {
  if (v === "." || v === "..") throw new InputError("body", `cannot send ${JSON.stringify(v)} as a URL path segment`);
  return encodeURIComponent(v);
}

export function requestId(headers: Headers): string | undefined {
  for (const h of ID_HEADERS) {
    const v = headers.get(h);
    if (v) return v;
  }
  return undefined;
}

/** Sends `req`, retrying as the options allow, and hands the successful response to `read`. */
export async function request<T>(
  target: Target,
  req: HttpRequest,
  options: CallOptions | undefined,
  read: (r: Reply) => Promise<T>,
): Promise<T> {
  requireGlobals();
  guardKey(target.apiKey);
  const retries = options?.max_retries ?? 2;
  const timeoutMs = (options?.timeout_seconds ?? 600) * 1000;
  const idempotent = req.idempotent ?? req.method === "GET";
  const url = buildUrl(target.baseUrl, req.path, req.query);
  const headers: Record<string, string> = { authorization: `Bearer ${target.apiKey}`, accept: "application/json" };
  if (req.headers) Object.assign(headers, req.headers);
  if (req.json !== undefined) headers["content-type"] = "application/json";
  // Bun re-sends GET, PUT and DELETE, and Deno every method, when a reused keep-alive connection drops
  // before the answer (measured on loopback, docs/decisions.md). A request the core would not repeat
  // must not ride a reused connection: `keepalive: false` opens a fresh one under Bun, and `connection:
  // close` ends it after the answer, so that a retry after a refusal cannot reuse it either (Deno).
  const fresh = !idempotent;
  if (fresh) headers.connection = "close";
  const body = req.json !== undefined ? JSON.stringify(req.json) : req.body;
  for (let attempt = 0; ; attempt++) {
    const dog = watchdog(timeoutMs);
    let reply: Reply | undefined;
    try {
      const init: RequestInit = { method: req.method, headers, body, signal: dog.signal, redirect: req.redirect };
      if (fresh) init.keepalive = false;
      const response = await fetch(url, init).catch((e) => {
        throw noResponse(target, e, dog.timedOut, timeoutMs, "waiting", idempotent);
      });
      dog.alive();
      const id = requestId(response.headers);
      const redirect = req.redirect === "manual" && response.status >= 300 && response.status < 400;
      if (!response.ok && !redirect) throw await statusError(target, response, id, idempotent, req.final);
      reply = { response, target, requestId: id, alive: dog.alive, delivered: false };
      return await read(reply).catch((e) => {
        throw e instanceof ProviderError
          ? e
          : noResponse(target, e, dog.timedOut, timeoutMs, "reading", idempotent, id);
      });
    } catch (e) {
      dog.stop();
      const again =
        e instanceof ProviderError && e.retryable && attempt < retries && !reply?.delivered && (idempotent || !reply);
      if (!again) throw e;
      let wait = e.retryAfterMs ?? backoffMs(attempt);
      // Deno's pool does not honour a request's `connection: close`: it drops the connection only once it
      // has seen the server close it, and an immediate retry can still ride it (and be re-sent if it
      // drops). A request that must go on a fresh connection waits long enough for that.
      if (fresh) wait = Math.max(wait, FRESH_RETRY_MS);
      if (wait > MAX_WAIT_MS) throw e;
      console.log(`${e.message}; retrying in ${(wait / 1000).toFixed(1)} s (attempt ${attempt + 2} of ${retries + 1})`);
      await new Promise((r) => setTimeout(r, wait));
    } finally {
      dog.stop();
    }
  }
}

function buildUrl(base: string, p: string, query?: Record<string, unknown>): string {
  const url = base.replace(/\/+$/, "") + p;
  if (query === undefined) return url;
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null) continue;
    for (const item of Array.isArray(v) ? v : [v]) q.append(k, String(item));
  }
  const s = q.toString();
  return s ? `${url}${url.includes("?") ? "&" : "?"}${s}` : url;
}
