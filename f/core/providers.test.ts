import { describe, expect, test } from "bun:test";
import { target } from "./providers.ts";

describe("target", () => {
  test("uses each provider's default base URL and its own key field", () => {
    expect(target("ai21", { apiKey: "test-key-0123456789" })).toEqual({
      provider: "AI21",
      baseUrl: "https://api.ai21.com/studio/v1",
      apiKey: "test-key-0123456789",
    });
    expect(target("togetherai", { api_key: "test-key-0123456789" }).baseUrl).toBe("https://api.together.xyz/v1");
    expect(target("cohere", { apiKey: "test-key-0123456789" }).baseUrl).toBe("https://api.cohere.com");
  });

  test("takes the resource's base URL, without its trailing slash", () => {
    expect(
      target("togetherai", { api_key: "test-key-0123456789", base_url: "https://api.together.ai/v1/" }).baseUrl,
    ).toBe("https://api.together.ai/v1");
    expect(target("ai21", { apiKey: "test-key-0123456789", baseUrl: "" }).baseUrl).toBe(
      "https://api.ai21.com/studio/v1",
    );
  });

  test("rejects a base URL that is not http(s)", () => {
    expect(() => target("cohere", { apiKey: "test-key-0123456789", baseUrl: "ftp://files.example" })).toThrow(
      'auth.baseUrl: must be an http(s) URL (got "ftp://files.example")',
    );
    expect(() => target("cohere", { apiKey: "test-key-0123456789", baseUrl: "api.cohere.com" })).toThrow(
      "auth.baseUrl: must be an http(s) URL",
    );
  });

  test("requires the key, naming the resource's field", () => {
    expect(() => target("togetherai", { apiKey: "wrong field" })).toThrow(
      "auth.api_key: is required: the provider's API key",
    );
    expect(() => target("ai21", null)).toThrow("auth: must be a ai21 resource");
  });

  test("refuses a key with a character a header cannot carry, without echoing the key", () => {
    for (const key of ["tgp_v1_abc\r\nX-Evil: 1", "key\u0000", "clé-secrète", "key\t"]) {
      let message = "";
      try {
        target("togetherai", { api_key: key });
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toStartWith("auth.api_key: must hold only visible ASCII characters");
      expect(message).not.toContain(key.slice(0, 6));
    }
    expect(target("cohere", { apiKey: "  co key  " }).apiKey).toBe("co key");
  });

  test("refuses a base URL with a query or a fragment, which would swallow the operation's path", () => {
    for (const baseUrl of [
      "https://proxy.example/v1?api-version=1",
      "https://proxy.example/v1#x",
      "https://p.example/?",
    ])
      expect(() => target("ai21", { apiKey: "test-key-0123456789", baseUrl })).toThrow(
        "auth.baseUrl: must not carry a query",
      );
  });

  test("ignores extra keys in the resource", () => {
    expect(target("ai21", { apiKey: "test-key-0123456789", region: "eu", note: 1 }).apiKey).toBe("test-key-0123456789");
  });
});
