import { describe, expect, test } from "bun:test";
import { ProviderError, providerMessage, redact } from "./errors.ts";

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

describe("redact", () => {
  const key = "tgp_v1_Zx81kQ2mP0aLw9";
  test("masks the whole key and any fragment of 8 characters or more", () => {
    expect(redact(`bad key ${key}!`, key)).toBe("bad key [redacted]!");
    expect(redact(`key starting ${key.slice(0, 10)}... rejected`, key)).toBe("key starting [redacted]... rejected");
    expect(redact("tgp_v1 is a prefix", key)).toBe("tgp_v1 is a prefix");
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
});
