// Keeping the API key out of everything a job shows: errors, log lines, results and the live stream.
// Providers and gateways echo keys whole or in part ("Invalid API key: tgp_v1_abc..."), in messages,
// request-id headers and 200 bodies alike, so the key and every 8-character fragment of it are masked.

const WINDOW = 8;
const MASK = "[redacted]";
/** How many characters of the live stream HeldBack keeps until the next piece or the end. */
export const HELD_BACK = WINDOW - 1;

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
 * file contents (base64): the user's data, left as they are. A string shorter than a fragment cannot
 * hold one and is passed over without a call: most keys and values of a reply are (bench/RESULTS.md).
 */
export function redactJson<T>(value: T, secret: string | undefined = jobKey, binary?: ReadonlySet<string>): T {
  if (!secret) return value;
  const w = Math.min(WINDOW, secret.length);
  const walk = (v: any): any => {
    if (typeof v === "string") return v.length < w ? v : redact(v, secret);
    if (typeof v !== "object" || v === null || ArrayBuffer.isView(v)) return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (typeof x === "number" || typeof x === "boolean" || x === null) continue;
        const y = walk(x);
        if (y !== x) v[i] = y;
      }
      return v;
    }
    const keys = Object.keys(v);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const x = v[k];
      const y =
        typeof x === "number" || typeof x === "boolean" || x === null || (binary?.has(k) && typeof x === "string")
          ? x
          : walk(x);
      const masked = k.length < w ? k : redact(k, secret);
      if (masked !== k) {
        delete v[k];
        v[masked] = y;
      } else if (y !== x) v[k] = y;
    }
    return v;
  };
  return walk(value);
}

/**
 * redactJson for a streamed result, passing over the strings at `clean` ([holder, key] pairs): text the
 * live stream's HeldBack already proved free of the key. Searching a long answer again would also
 * flatten it, a second copy of the whole text at the peak of a stream (bench/RESULTS.md).
 */
export function redactJsonExcept<T>(
  value: T,
  secret: string | undefined,
  clean: [Record<string, unknown>, string][],
): T {
  const kept = clean.map(([o, k]) => o[k]);
  for (const [o, k] of clean) o[k] = null;
  redactJson(value, secret);
  clean.forEach(([o, k], i) => {
    o[k] = kept[i];
  });
  return value;
}

/**
 * False when the JSON text `json` provably holds no fragment of the key, in any string or object key
 * it decodes to: then its parsed value needs no masking. Proof: the text holds none of the key's anchors
 * (below), and it has no \u escape, the only way JSON can write the anchors' characters other than as
 * themselves (the anchors hold no ", \ or /, the characters JSON escapes otherwise).
 */
export function mayHold(json: string, secret: string | undefined = jobKey): boolean {
  if (!secret) return false;
  const m = matcher(secret);
  return !m.plain || json.includes("\\u") || anchored(json, m.anchors);
}

/**
 * Masks text shown piece by piece (the live stream) as one text: the last 7 characters are held back
 * until the next piece or the end, so a key split across network chunks is still caught.
 */
export class HeldBack {
  private held = "";
  /** True once anything was masked: until then, all the text taken holds no fragment of the key. */
  masked = false;
  constructor(private readonly secret: string | undefined = jobKey) {}

  /** What of `held + text` is safe to show now. */
  take(text: string): string {
    const all = this.held + text;
    let cut = this.secret ? all.length - HELD_BACK : all.length;
    if (cut <= 0) {
      this.held = all;
      return "";
    }
    const hits = this.secret ? find(all, this.secret) : undefined;
    if (hits) this.masked = true;
    // A masked run that crosses the cut is held whole, so it is shown as one mask later.
    for (let i = 0; i < (hits?.length ?? 0); i += 2) if (hits![i]! < cut && hits![i + 1]! > cut) cut = hits![i]!;
    this.held = all.slice(cut);
    return apply(all, hits, cut);
  }

  /** The held-back rest, masked, at the end of the stream. */
  end(): string {
    const rest = redact(this.held, this.secret);
    if (rest !== this.held) this.masked = true;
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

type Matcher = {
  key: string;
  width: number;
  anchors: string[];
  /** The anchors hold no character JSON escapes ("\\/ and controls): see mayHold. */
  plain: boolean;
  buckets: (string[] | undefined)[];
};
let cached: Matcher | undefined;
const matcher = (key: string) => (cached?.key === key ? cached : (cached = compile(key)));

/**
 * Where fragments of `key` occur in `text`, as merged [start, end) pairs, or undefined. Most texts hold
 * none, which a few indexOf calls prove (the anchors, below); only a text holding an anchor takes the
 * exact pass: a 2-character hash picks the few fragments worth comparing at each position.
 */
function find(text: string, key: string): number[] | undefined {
  const m = matcher(key);
  const w = m.width;
  if (text.length < w || !anchored(text, m.anchors)) return undefined;
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

/**
 * Every fragment (width w) holds one of the anchors: the Q-grams of the key starting at multiples of
 * w - Q + 1, since a fragment's w - Q + 1 Q-gram starts include exactly one such multiple. A text
 * without any anchor therefore holds no fragment. A key shorter than 8 is its own only fragment.
 */
const Q = 4;
function anchored(text: string, list: readonly string[]): boolean {
  for (let i = 0; i < list.length; i++) if (text.includes(list[i]!)) return true;
  return false;
}

function anchors(key: string, width: number): string[] {
  if (width < WINDOW) return [key];
  const out: string[] = [];
  for (let j = 0; j + Q <= key.length; j += width - Q + 1) out.push(key.slice(j, j + Q));
  return out;
}

function compile(key: string): Matcher {
  const width = Math.min(WINDOW, key.length);
  const buckets: (string[] | undefined)[] = new Array(4096);
  for (let i = 0; i + width <= key.length; i++) {
    const f = key.slice(i, i + width);
    const bucket = (buckets[(key.charCodeAt(i) * 31 + key.charCodeAt(i + 1)) & 4095] ??= []);
    if (!bucket.includes(f)) bucket.push(f);
  }
  const list = anchors(key, width);
  return { key, width, anchors: list, plain: list.every((a) => !/["\\/\x00-\x1f]/.test(a)), buckets };
}
