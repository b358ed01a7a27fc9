// Reading a binary reply whole, within what a Windmill job can hold and return: each operation's cap
// (f/core/limits.ts) is checked from Content-Length when the provider sends it, before anything is read.
import { ProviderError } from "./errors.ts";
import { readAnnounced } from "./byte_stream.ts";
import type { Reply, Target } from "./http.ts";
import { mib } from "./limits.ts";

/** Gathers chunks into one buffer: sized once from Content-Length, so the bytes are held once. */
export class ByteSink {
  private buf: Uint8Array<ArrayBuffer>;
  private filled = 0;
  private parts: Uint8Array[] = [];
  size = 0;

  constructor(
    private readonly fail: (announced?: number) => Error,
    private readonly max: number,
    expected = 0,
  ) {
    if (expected > max) throw fail(expected);
    this.buf = new Uint8Array(expected);
  }

  push(chunk: Uint8Array): void {
    if (this.size + chunk.length > this.max) throw this.fail();
    // A body longer than announced (e.g. decompressed on the way) spills over into parts.
    if (this.parts.length === 0 && this.filled + chunk.length <= this.buf.length) {
      this.buf.set(chunk, this.filled);
      this.filled += chunk.length;
    } else this.parts.push(chunk);
    this.size += chunk.length;
  }

  bytes(): Uint8Array<ArrayBuffer> {
    if (this.parts.length === 0) return this.filled === this.buf.length ? this.buf : this.buf.subarray(0, this.filled);
    const out = new Uint8Array(this.size);
    out.set(this.buf.subarray(0, this.filled));
    let at = this.filled;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
}

/**
 * The error for a file above the limit: not retryable, the same file would fail again.
 * `size` is the announced size, or undefined when the body was cut off while reading.
 */
export function tooLarge(t: Target, reply: Reply, size: number | undefined, max: number): ProviderError {
  const message = `the file is ${size === undefined ? `over ${mib(max)}` : mib(size)}; a Windmill job returns files up to ${mib(max)} (128 MiB heap, base64 result), download it outside Windmill`;
  return new ProviderError({
    provider: t.provider,
    status: reply.response.status,
    phase: "file too large",
    message,
    requestId: reply.requestId,
    retryable: false,
  });
}

/**
 * Reads the body into one Uint8Array, keeping the idle timer fed and the size within `max`.
 * `fail` words the refusal; by default it is `tooLarge`.
 */
export async function readBytes(
  t: Target,
  reply: Reply,
  max: number,
  fail: (announced?: number) => Error = (announced) => tooLarge(t, reply, announced, max),
): Promise<Uint8Array<ArrayBuffer>> {
  const { response } = reply;
  const declared = Number(response.headers.get("content-length"));
  const expected = Number.isSafeInteger(declared) && declared > 0 ? declared : 0;
  const body = response.body;
  if (expected > max) {
    await body?.cancel().catch(() => {});
    throw fail(expected);
  }
  if (body && expected > 0) {
    const bytes = await readAnnounced(body, reply, expected, max, fail);
    if (bytes) return bytes;
  }
  const sink = new ByteSink(fail, max, expected);
  if (!body) return sink.bytes();
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return sink.bytes();
      reply.alive();
      sink.push(value);
    }
  } catch (e) {
    reader.cancel().catch(() => {});
    throw e;
  }
}

/** The file name a Content-Disposition header offers (RFC 6266; filename* wins), without any folder part. */
export function attachmentName(headers: Headers): string | undefined {
  const cd = headers.get("content-disposition");
  if (!cd) return undefined;
  const star = /filename\*\s*=\s*[^']*'[^']*'([^;]+)/i.exec(cd)?.[1];
  let name: string | undefined;
  if (star) {
    try {
      name = decodeURIComponent(star.trim());
    } catch {
      name = undefined;
    }
  }
  name ??= /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i
    .exec(cd)
    ?.slice(1)
    .find((x) => x !== undefined)
    ?.replace(/\\(.)/g, "$1")
    .trim();
  const base = name?.split(/[\\/]/).pop()?.trim();
  return base && base !== "." && base !== ".." ? base : undefined;
}
