// The two errors every script raises: bad input (before any request) and provider failure.
// Both mask the API key in every field they carry, whoever built them (f/core/redact.ts).
import { redact } from "./redact.ts";

/** A request field broke a rule; thrown before anything is sent. */
export class InputError extends Error {
  override name = "InputError";
  readonly path: string;
  /** The broken rule; it may quote the value given, so it is masked like any provider text. */
  readonly rule: string;

  constructor(path: string, rule: string) {
    const [p, r] = [redact(path), redact(rule)];
    super(`${p}: ${r}`);
    this.path = p;
    this.rule = r;
  }
}

export interface ProviderErrorInit {
  provider: string;
  /** HTTP status; 0 when no response arrived (network failure, timeout). */
  status: number;
  message: string;
  requestId?: string;
  retryable: boolean;
  /** When the provider asked us to wait, how long (ms). */
  retryAfterMs?: number;
  /** Words placed before the message, e.g. "stream error". */
  phase?: string;
  /** The key to mask in the message and request id; the job's key when left out. */
  secret?: string;
}

/** Any failure reported by, or on the way to, a provider. */
export class ProviderError extends Error {
  override name = "ProviderError";
  readonly provider: string;
  readonly status: number;
  readonly providerMessage: string;
  readonly requestId?: string;
  readonly retryable: boolean;
  readonly retryAfterMs?: number;

  constructor(init: ProviderErrorInit) {
    const head = init.phase ? `${init.provider} ${init.phase}` : `${init.provider} ${init.status || "network"}`;
    // Masked before super(): V8 writes the message into `stack` at construction.
    const message = redact(init.message, init.secret);
    const requestId = init.requestId === undefined ? undefined : redact(init.requestId, init.secret);
    super(`${head}: ${message}${requestId ? ` (request id ${requestId})` : ""}`);
    this.provider = init.provider;
    this.status = init.status;
    this.providerMessage = message;
    this.requestId = requestId;
    this.retryable = init.retryable;
    this.retryAfterMs = init.retryAfterMs;
  }

  // Windmill serialises a thrown error into the job result; keep that form useful.
  toJSON() {
    const { name, message, provider, status, providerMessage, requestId, retryable, retryAfterMs } = this;
    return { name, message, provider, status, providerMessage, requestId, retryable, retryAfterMs };
  }
}

/**
 * The human part of a provider's error body. Shapes (providers.md): Together `{error:{message}}`
 * or `{error: "..."}`, Cohere `{message}`, AI21 `{detail}` or 422 `{detail:[{loc,msg}]}`.
 */
export function providerMessage(text: string, fallback: string): string {
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    return text.trim().slice(0, 500) || fallback;
  }
  const e = body?.error;
  if (typeof e === "string") return e;
  if (typeof e?.message === "string") return e.message;
  if (typeof body?.message === "string") return body.message;
  const d = body?.detail;
  if (typeof d === "string") return d;
  if (Array.isArray(d)) return d.map((x) => `${(x?.loc ?? []).join(".")}: ${x?.msg}`).join("; ");
  return text.trim().slice(0, 500) || fallback;
}
