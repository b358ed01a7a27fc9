// The one test double of a provider reply as the core's readers get it (f/core/http.ts `Reply`): a body
// sent in the given network chunks, and counters of what the reader did with it.
import type { Reply, Target } from "../../f/core/http.ts";

/** Who answered, for readers that word errors and mask the key: a fake key, masked like any other. */
export const DOUBLE_TARGET: Target = { provider: "Test", baseUrl: "http://127.0.0.1", apiKey: "sk-double-0123456789" };

export type ReplyDouble = Reply & {
  /** How often the reader said it was alive (once per chunk read). */
  touches: number;
  /** Whether the reader cancelled the body. */
  cancelled: boolean;
};

export function replyOf(
  chunks: string | (string | Uint8Array)[] | null,
  init: { headers?: Record<string, string>; requestId?: string; target?: Target; byteStream?: boolean } = {},
): ReplyDouble {
  const encoder = new TextEncoder();
  const r: ReplyDouble = {
    response: new Response(null),
    target: init.target ?? DOUBLE_TARGET,
    requestId: init.requestId,
    delivered: false,
    touches: 0,
    cancelled: false,
    alive: () => void r.touches++,
  };
  const parts = chunks === null ? null : typeof chunks === "string" ? [chunks] : chunks;
  const body =
    parts && init.byteStream
      ? byteStream(parts, () => void (r.cancelled = true))
      : parts &&
        new ReadableStream<Uint8Array>({
          start(c) {
            for (const part of parts) c.enqueue(typeof part === "string" ? encoder.encode(part) : part);
            c.close();
          },
          cancel: () => void (r.cancelled = true),
        });
  r.response = new Response(body, { headers: init.headers });
  return r;
}

/** A byte stream sending one part per pull, closed as deno_web's readableStreamForRid closes a fetch body. */
function byteStream(parts: (string | Uint8Array)[], cancel: () => void): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let i = 0;
  return new ReadableStream({
    type: "bytes",
    pull(c) {
      const part = parts[i++];
      if (part !== undefined) return c.enqueue(typeof part === "string" ? encoder.encode(part) : part.slice());
      c.close();
      // A BYOB read waiting at the end is answered by respond(0), as the Streams standard asks.
      c.byobRequest?.respond(0);
    },
    cancel,
  });
}
