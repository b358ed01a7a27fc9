// Keeping the API key out of everything a job shows: errors, log lines, results and the live stream.
// Providers and gateways echo keys whole or in part ("Invalid API key: tgp_v1_abc..."), in messages,
// request-id headers and 200 bodies alike, so the key and every 8-character fragment of it are masked.

const WINDOW = 8;
const MASK = "[redacted]";

let jobKey: string | undefined;

/**
 * The key of the job running now (one job per isolate in Windmill; one call at a time in the runner).
 * `target()` sets it, so errors raised where the key is not at hand (validation) still mask it.
 */
export function guardKey(key: string | undefined): void {
  jobKey = key;
}

/** Masks the key and every 8+ character fragment of it; a key shorter than 8 characters is masked whole. */
export function redact(text: string, secret: string | undefined = jobKey): string {
  if (!secret || !text) return text;
  return apply(text, find(text, secret), text.length);
}

/**
 * Masks every string (and object key) of a parsed JSON value, in place. Keys listed in `binary` hold
 * file contents (base64): the user's data, left as they are.
 */
export function redactJson<T>(value: T, secret: string | undefined = jobKey, binary?: ReadonlySet<string>): T {
  if (!secret) return value;
  const walk = (v: any): any => {
    if (typeof v === "string") return redact(v, secret);
    if (typeof v !== "object" || v === null || ArrayBuffer.isView(v)) return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const w = walk(v[i]);
        if (w !== v[i]) v[i] = w;
      }
      return v;
    }
    for (const k of Object.keys(v)) {
      const w = binary?.has(k) && typeof v[k] === "string" ? v[k] : walk(v[k]);
      const masked = redact(k, secret);
      if (masked !== k) {
        delete v[k];
        v[masked] = w;
      } else if (w !== v[k]) v[k] = w;
    }
    return v;
  };
  return walk(value);
}

/**
 * Masks text shown piece by piece (the live stream) as one text: the last 7 characters are held back
 * until the next piece or the end, so a key split across network chunks is still caught.
 */
export class HeldBack {
  private held = "";
  constructor(private readonly secret: string | undefined = jobKey) {}

  /** What of `held + text` is safe to show now. */
  take(text: string): string {
    const all = this.held + text;
    let cut = this.secret ? all.length - (WINDOW - 1) : all.length;
    if (cut <= 0) {
      this.held = all;
      return "";
    }
    const hits = this.secret ? find(all, this.secret) : undefined;
    // A masked run that crosses the cut is held whole, so it is shown as one mask later.
    for (let i = 0; i < (hits?.length ?? 0); i += 2) if (hits![i]! < cut && hits![i + 1]! > cut) cut = hits![i]!;
    this.held = all.slice(cut);
    return apply(all, hits, cut);
  }

  /** The held-back rest, masked, at the end of the stream. */
  end(): string {
    const rest = redact(this.held, this.secret);
    this.held = "";
    return rest;
  }
}

/** `text` up to `limit` with the masked ranges (flat [start, end, ...], sorted, merged) replaced. */
function apply(text: string, hits: number[] | undefined, limit: number): string {
  if (!hits) return limit === text.length ? text : text.slice(0, limit);
  let out = "";
  let at = 0;
  for (let i = 0; i < hits.length && hits[i]! < limit; i += 2) {
    out += text.slice(at, hits[i]) + MASK;
    at = hits[i + 1]!;
  }
  return out + text.slice(at, Math.max(at, limit));
}

type Matcher = { key: string; width: number; buckets: (string[] | undefined)[] };
let cached: Matcher | undefined;

/**
 * Where fragments of `key` occur in `text`, as merged [start, end) pairs, or undefined. One pass over
 * the text: a 2-character hash picks the few fragments worth comparing at each position, which keeps
 * up with indexOf per fragment on long texts and is ten times faster on short stream chunks.
 */
function find(text: string, key: string): number[] | undefined {
  const m = cached?.key === key ? cached : (cached = compile(key));
  const w = m.width;
  let hits: number[] | undefined;
  const add = (start: number) => {
    if (hits && start <= hits[hits.length - 1]!) hits[hits.length - 1] = start + w;
    else (hits ??= []).push(start, start + w);
  };
  if (w === 1) {
    for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + 1)) add(at);
    return hits;
  }
  const { buckets } = m;
  for (let i = 0, end = text.length - w; i <= end; i++) {
    const bucket = buckets[(text.charCodeAt(i) * 31 + text.charCodeAt(i + 1)) & 4095];
    if (bucket === undefined) continue;
    for (const f of bucket)
      if (text.startsWith(f, i)) {
        add(i);
        break;
      }
  }
  return hits;
}

function compile(key: string): Matcher {
  const width = Math.min(WINDOW, key.length);
  const buckets: (string[] | undefined)[] = new Array(4096);
  for (let i = 0; i + width <= key.length; i++) {
    const f = key.slice(i, i + width);
    const bucket = (buckets[(key.charCodeAt(i) * 31 + key.charCodeAt(i + 1)) & 4095] ??= []);
    if (!bucket.includes(f)) bucket.push(f);
  }
  return { key, width, buckets };
}
