// Reading an announced body with a BYOB reader, as Deno's and Windmill's fetch bodies allow.
import { describe, expect, test } from "bun:test";
import { readAnnounced } from "./byte_stream.ts";
import type { Reply } from "./http.ts";

/** A byte stream sending `pieces`, one per pull, closed as deno_web's readableStreamForRid closes one. */
function bytes(pieces: string[]): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  let i = 0;
  return new ReadableStream({
    type: "bytes",
    pull(c) {
      if (i === pieces.length) {
        // A BYOB read waiting at the end is answered by respond(0), as the Streams standard asks.
        c.close();
        return c.byobRequest?.respond(0);
      }
      c.enqueue(enc.encode(pieces[i++]));
    },
  });
}

function reply(): Reply & { chunks: number } {
  const r = { chunks: 0, alive: () => void r.chunks++ };
  return r as unknown as Reply & { chunks: number };
}

const text = (b: Uint8Array | undefined) => (b ? new TextDecoder().decode(b) : b);
const tooBig = () => new Error("too big");

describe("readAnnounced", () => {
  test("reads the announced body chunk by chunk, feeding the idle timer on every chunk", async () => {
    const r = reply();
    const out = await readAnnounced(bytes(['{"a":', ' 1, "b"', ": 2}"]), r, 15, Infinity, tooBig);
    expect(text(out)).toBe('{"a": 1, "b": 2}');
    expect(r.chunks).toBe(3);
  });

  test("grows past Content-Length for a body longer than announced (decompressed on the way)", async () => {
    const out = await readAnnounced(bytes(["0123456789", "abcdefghij", "KLMNOPQRST"]), reply(), 4, Infinity, tooBig);
    expect(text(out)).toBe("0123456789abcdefghijKLMNOPQRST");
  });

  test("refuses a body that passes the cap while reading, though its announcement fitted", async () => {
    const err = await readAnnounced(bytes(["0123456789", "abcdefghij"]), reply(), 4, 12, tooBig).catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toBe("too big");
  });

  test("accepts a body of exactly the cap", async () => {
    expect(text(await readAnnounced(bytes(["0123", "4567"]), reply(), 8, 8, tooBig))).toBe("01234567");
  });

  test("answers undefined for a body that is not a byte stream (Bun's), which the default reader then reads", async () => {
    const plain = new Response("not a byte stream").body!;
    expect(await readAnnounced(plain, reply(), 17, Infinity, tooBig)).toBeUndefined();
    expect(await new Response(plain).text()).toBe("not a byte stream");
  });

  test("answers an empty buffer for an empty body announced as non-empty", async () => {
    expect(text(await readAnnounced(bytes([]), reply(), 10, Infinity, tooBig))).toBe("");
  });
});
