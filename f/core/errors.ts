// The two errors every script raises: bad input (before any request) and provider failure.

/** A request field broke a rule; thrown before anything is sent. */
export class InputError extends Error {
  override name = "InputError";
  constructor(
    readonly path: string,
    readonly rule: string,
  ) {
    super(`${path}: ${rule}`);
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
    const id = init.requestId ? ` (request id ${init.requestId})` : "";
    super(`${head}: ${init.message}${id}`);
    this.provider = init.provider;
    this.status = init.status;
    this.providerMessage = init.message;
    this.requestId = init.requestId;
    this.retryable = init.retryable;
    this.retryAfterMs = init.retryAfterMs;
  }

  // Windmill serialises a thrown error into the job result; keep that form useful.
  toJSON() {
    const { name, message, provider, status, providerMessage, requestId, retryable, retryAfterMs } = this;
    return { name, message, provider, status, providerMessage, requestId, retryable, retryAfterMs };
  }
}

const WINDOW = 8;

/**
 * Masks the key, and any 8+ character fragment of it, in text a provider sent back.
 * Providers echo keys partially ("Invalid API key: tgp_v1_abc...") so the whole key is not enough.
 */
export function redact(text: string, secret: string | undefined): string {
  if (!secret || secret.length < WINDOW || !text) return text;
  const hit = new Uint8Array(text.length);
  let found = false;
  for (let i = 0; i + WINDOW <= secret.length; i++) {
    const piece = secret.slice(i, i + WINDOW);
    for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) {
      hit.fill(1, at, at + WINDOW);
      found = true;
    }
  }
  if (!found) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    if (!hit[i]) out += text[i];
    else if (i === 0 || !hit[i - 1]) out += "[redacted]";
  }
  return out;
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
