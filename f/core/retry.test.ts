import { describe, expect, test } from "bun:test";
import { backoffMs, demandedWaitMs, isRetryableStatus } from "./retry.ts";

const h = (o: Record<string, string>) => new Headers(o);
const NOW = Date.parse("2026-11-22T10:00:00Z");

describe("demandedWaitMs", () => {
  test("prefers retry-after-ms, then retry-after, then x-ratelimit-reset", () => {
    expect(demandedWaitMs(h({ "retry-after-ms": "250", "retry-after": "9" }))).toBe(250);
    expect(demandedWaitMs(h({ "retry-after": "2", "x-ratelimit-reset": "9" }))).toBe(2000);
    expect(demandedWaitMs(h({ "x-ratelimit-reset": "1.5" }))).toBe(1500);
  });

  test("reads retry-after as an HTTP date", () => {
    expect(demandedWaitMs(h({ "retry-after": "Sun, 22 Nov 2026 10:00:30 GMT" }), NOW)).toBe(30_000);
  });

  test("reads a reset given as an epoch or as a duration", () => {
    expect(demandedWaitMs(h({ "x-ratelimit-reset": String(NOW / 1000 + 12) }), NOW)).toBe(12_000);
    expect(demandedWaitMs(h({ "x-ratelimit-reset": "1m30s" }))).toBe(90_000);
    expect(demandedWaitMs(h({ "x-ratelimit-reset": "250ms" }))).toBe(250);
  });

  test("names no wait when the headers say nothing usable", () => {
    expect(demandedWaitMs(h({}))).toBeUndefined();
    expect(demandedWaitMs(h({ "retry-after": "soon" }))).toBeUndefined();
  });
});

describe("backoffMs", () => {
  test("doubles from half a second, caps at 8 s, and takes off up to a quarter as jitter", () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((a) => backoffMs(a, () => 0))).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
    expect(backoffMs(0, () => 1)).toBe(375);
  });
});

describe("isRetryableStatus", () => {
  test("retries 408, 409, 429 and 5xx for idempotent requests", () => {
    expect([408, 409, 429, 500, 502, 503, 504].every((s) => isRetryableStatus(s, true))).toBe(true);
    expect([400, 401, 403, 404, 422, 498, 499].some((s) => isRetryableStatus(s, true))).toBe(false);
  });

  test("retries only refusals (408, 429, 503) for requests that must not run twice", () => {
    expect([408, 429, 503].every((s) => isRetryableStatus(s, false))).toBe(true);
    expect([409, 500, 502, 504].some((s) => isRetryableStatus(s, false))).toBe(false);
  });
});
