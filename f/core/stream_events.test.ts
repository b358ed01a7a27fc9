import { describe, expect, test } from "bun:test";
import { ProviderError } from "./errors.ts";
import { replyOf } from "../../tests/support/doubles.ts";
import type { Target } from "./http.ts";
import { parseEvent, streamError } from "./stream_events.ts";

const t: Target = { provider: "Together", baseUrl: "http://x", apiKey: "tgp_v1_0123456789abcdef" };
const reply = replyOf(null, { requestId: "req-3", target: t });
const caught = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e as ProviderError;
  }
  throw new Error("expected a failure");
};

describe("parseEvent", () => {
  test("returns the event's JSON", () => {
    expect(parseEvent(t, reply, '{"id":"c1","choices":[]}')).toEqual({ id: "c1", choices: [] });
  });

  test("turns an error event into the provider's error, retryable by its code", () => {
    const busy = caught(() => parseEvent(t, reply, '{"error":{"message":"overloaded","code":503}}'));
    expect([busy.message, busy.retryable]).toEqual(["Together stream error: overloaded (request id req-3)", true]);
    expect(caught(() => parseEvent(t, reply, '{"error":{"message":"bad input","code":400}}')).retryable).toBe(false);
  });

  test("reports data that is not JSON, quoting its start", () => {
    expect(caught(() => parseEvent(t, reply, "{oops")).message).toBe(
      'Together stream error: unreadable event "{oops" (request id req-3)',
    );
  });
});

describe("streamError", () => {
  test("keeps the key out of the message", () => {
    expect(streamError(t, reply, `echoed ${t.apiKey}`, false).message).toBe(
      "Together stream error: echoed [redacted] (request id req-3)",
    );
  });
});
