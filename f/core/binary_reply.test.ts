import { describe, expect, test } from "bun:test";
import { attachmentName, ByteSink, readBytes } from "./binary_reply.ts";
import { ProviderError } from "./errors.ts";
import { replyOf as replyDouble } from "../../tests/support/doubles.ts";
import type { Target } from "./http.ts";

const t: Target = { provider: "Together", baseUrl: "https://api.example/v1", apiKey: "test-key-0123456789" };

const replyOf = (chunks: Uint8Array[], headers: Record<string, string> = {}) =>
  replyDouble(chunks, { headers, target: t });
const bytes = (...xs: number[]) => new Uint8Array(xs);
const CAP = 32 * 1048576;

describe("readBytes", () => {
  test("joins the chunks into one buffer and feeds the idle timer on each", async () => {
    const reply = replyOf([bytes(1, 2), bytes(3), bytes(4, 5, 6)], { "content-length": "6" });
    expect([...(await readBytes(t, reply, CAP))]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(reply.touches).toBe(3);
  });

  test("copes with a body longer or shorter than its Content-Length, or without one", async () => {
    expect([...(await readBytes(t, replyOf([bytes(1, 2), bytes(3, 4)], { "content-length": "3" }), CAP))]).toEqual([
      1, 2, 3, 4,
    ]);
    expect([...(await readBytes(t, replyOf([bytes(1)], { "content-length": "3" }), CAP))]).toEqual([1]);
    expect([...(await readBytes(t, replyOf([bytes(7), bytes(8)]), CAP))]).toEqual([7, 8]);
  });

  test("refuses a file whose Content-Length is over the limit without reading it", async () => {
    const reply = replyOf([bytes(1)], { "content-length": String(50 * 1048576) });
    const err = await readBytes(t, reply, CAP).catch((e) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.retryable).toBe(false);
    expect(err.message).toBe(
      "Together file too large: the file is 50.0 MiB; a Windmill job returns files up to 32.0 MiB (128 MiB heap, base64 result), download it outside Windmill",
    );
    expect(reply.touches).toBe(0);
  });

  test("stops reading once an unannounced body passes the limit", async () => {
    const reply = replyOf([bytes(1, 2), bytes(3, 4), bytes(5)]);
    const err = await readBytes(t, reply, 3).catch((e) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toContain("the file is over 0.0 MiB;");
    expect(reply.cancelled).toBe(true);
  });
});

describe("ByteSink", () => {
  test("holds the bytes once when the size was announced", () => {
    const sink = new ByteSink(() => new Error("too big"), 10, 4);
    sink.push(bytes(1, 2));
    sink.push(bytes(3, 4));
    expect(sink.bytes().buffer.byteLength).toBe(4);
  });
});

describe("attachmentName", () => {
  const of = (cd: string) => attachmentName(new Headers({ "content-disposition": cd }));
  test("reads quoted, bare and RFC 5987 names, preferring filename*", () => {
    expect(of('attachment; filename="train data.jsonl"')).toBe("train data.jsonl");
    expect(of("attachment; filename=model.tar.zst")).toBe("model.tar.zst");
    expect(of("attachment; filename=\"a.bin\"; filename*=UTF-8''r%C3%A9sum%C3%A9.jsonl")).toBe("résumé.jsonl");
  });

  test("drops any folder part and ignores a missing or empty name", () => {
    expect(of('attachment; filename="../../etc/passwd"')).toBe("passwd");
    expect(of("inline")).toBeUndefined();
    expect(attachmentName(new Headers())).toBeUndefined();
  });
});
