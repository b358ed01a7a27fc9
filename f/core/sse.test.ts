import { describe, expect, test } from "bun:test";
import { DOUBLE_TARGET, replyOf } from "../../tests/support/doubles.ts";
import { type EventSourceMessage, readSse } from "./sse.ts";

async function events(chunks: (string | Uint8Array)[], byteStream = false) {
  const seen: EventSourceMessage[] = [];
  let batches = 0;
  await readSse(replyOf(chunks, { byteStream }), { onEvent: (e) => void seen.push(e), onChunk: () => void batches++ });
  return { seen: seen.map(({ event, data }) => ({ event, data })), batches };
}

const WIRE = 'event: content-delta\ndata: {"text":"héllo 👋"}\n\n: keep-alive\n\ndata: [DONE]\n\n';
const EXPECTED = [
  { event: "content-delta", data: '{"text":"héllo 👋"}' },
  { event: undefined, data: "[DONE]" },
];

describe("readSse", () => {
  test("reads the same events wherever the network splits the bytes, even inside a UTF-8 character", async () => {
    const bytes = new TextEncoder().encode(WIRE);
    for (let cut = 1; cut < bytes.length; cut++) {
      const { seen } = await events([bytes.subarray(0, cut), bytes.subarray(cut)]);
      expect(seen).toEqual(EXPECTED);
    }
  });

  test("reads a byte stream (Deno's fetch bodies) through one reused buffer, wherever the network splits it", async () => {
    const bytes = new TextEncoder().encode(WIRE);
    for (let cut = 1; cut < bytes.length; cut++) {
      const { seen, batches } = await events([bytes.subarray(0, cut), bytes.subarray(cut)], true);
      expect(seen).toEqual(EXPECTED);
      expect(batches).toBe(2);
    }
  });

  test("reads a stream delivered one byte at a time", async () => {
    const bytes = new TextEncoder().encode(WIRE);
    const { seen } = await events([...bytes].map((b) => new Uint8Array([b])));
    expect(seen).toEqual(EXPECTED);
  });

  test("accepts CRLF and lone CR line endings, including a CR and its LF in different chunks", async () => {
    expect((await events(["data: a\r\n\r\ndata: b\r\rdata: c\n\n"])).seen.map((e) => e.data)).toEqual(["a", "b", "c"]);
    expect((await events(["data: a\r", "\n\r", "\ndata: b\r\n\r\n"])).seen.map((e) => e.data)).toEqual(["a", "b"]);
  });

  test("joins several data lines of one event with newlines", async () => {
    expect((await events(["data: first\ndata: second\n\n"])).seen).toEqual([
      { event: undefined, data: "first\nsecond" },
    ]);
  });

  test("skips comment and keep-alive lines", async () => {
    expect((await events([": ping\n\n:\n\ndata: x\n\n"])).seen.map((e) => e.data)).toEqual(["x"]);
  });

  test("discards an event cut off before its blank line, as the SSE standard says", async () => {
    expect((await events(["data: whole\n\n", 'data: {"half'])).seen.map((e) => e.data)).toEqual(["whole"]);
  });

  test("calls onChunk once per network chunk and marks the reply alive", async () => {
    const reply = replyOf(["data: a\n\n", "data: b\n\ndata: c\n\n"]);
    let batches = 0;
    await readSse(reply, { onEvent: () => {}, onChunk: () => void batches++ });
    expect(batches).toBe(2);
    expect(reply.touches).toBe(2);
  });

  test("cancels the body when a handler throws, and passes the error on", async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull: (c) => c.enqueue(new TextEncoder().encode("data: boom\n\n")),
      cancel: () => void (cancelled = true),
    });
    const reply = { response: new Response(body), target: DOUBLE_TARGET, delivered: false, alive: () => {} };
    const err = await readSse(reply, {
      onEvent: () => {
        throw new Error("provider said no");
      },
    }).catch((e) => e);
    expect(err.message).toBe("provider said no");
    expect(cancelled).toBe(true);
  });
});
