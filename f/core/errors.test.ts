import { describe, expect, test } from "bun:test";
import { InputError, ProviderError, providerMessage } from "./errors.ts";
import { guardKey } from "./redact.ts";

describe("providerMessage", () => {
  test.each([
    ["Together", '{"error":{"message":"model not found","type":"invalid_request_error"}}', "model not found"],
    ["Together batches", '{"error":"batch not found"}', "batch not found"],
    ["Cohere", '{"id":"abc","message":"invalid api token"}', "invalid api token"],
    ["AI21", '{"detail":"Forbidden"}', "Forbidden"],
    ["AI21 422", '{"detail":[{"loc":["body","n"],"msg":"too big","type":"value_error"}]}', "body.n: too big"],
    ["a proxy's HTML", "<html>Bad Gateway</html>", "<html>Bad Gateway</html>"],
  ])("reads the message out of a %s error body", (_, body, message) => {
    expect(providerMessage(body, "fallback")).toBe(message);
  });

  test("falls back to the status text for an empty body", () => {
    expect(providerMessage("", "Service Unavailable")).toBe("Service Unavailable");
  });
});

describe("ProviderError", () => {
  test("reads well in the Windmill job view and serialises its fields", () => {
    const e = new ProviderError({
      provider: "Cohere",
      status: 429,
      message: "trial key rate limit",
      requestId: "tr-9",
      retryable: true,
    });
    expect(e.message).toBe("Cohere 429: trial key rate limit (request id tr-9)");
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      name: "ProviderError",
      message: e.message,
      provider: "Cohere",
      status: 429,
      providerMessage: "trial key rate limit",
      requestId: "tr-9",
      retryable: true,
    });
  });

  const KEY = "co-9f3KxQ2mP0aLw9Zt7";
  test("masks the key in its message, stack, request id and JSON form, whoever built it", () => {
    const e = new ProviderError({
      provider: "Cohere",
      status: 401,
      message: `invalid api token ${KEY}`,
      requestId: `req-${KEY.slice(4, 15)}`,
      retryable: false,
      secret: KEY,
    });
    for (const text of [e.message, e.stack ?? "", JSON.stringify(e), e.providerMessage, e.requestId ?? ""])
      expect(text).not.toContain(KEY.slice(4, 12));
    expect(e.message).toBe("Cohere 401: invalid api token [redacted] (request id req-[redacted])");
  });

  test("masks the job's key when the code that raised it had no key at hand", () => {
    guardKey(KEY);
    const e = new ProviderError({ provider: "Together", status: 200, message: `failed: ${KEY}`, retryable: false });
    expect(e.message).toBe("Together 200: failed: [redacted]");
  });
});

describe("InputError", () => {
  test("masks the job's key in a quoted value, the path and the message", () => {
    const key = "tgp_v1_Qm3Kd8Lw2Rt5Yp7";
    guardKey(key);
    const e = new InputError(`body.tools[${key}]`, `must be one of "a", "b" (got "${key}")`);
    expect(e.message).toBe('body.tools[[redacted]]: must be one of "a", "b" (got "[redacted]")');
    expect([e.path, e.rule]).toEqual(["body.tools[[redacted]]", 'must be one of "a", "b" (got "[redacted]")']);
    expect(e.stack ?? "").not.toContain(key.slice(0, 8));
  });
});
