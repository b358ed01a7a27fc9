// The three providers' resources: where the key and base URL live, and the default endpoint.
import { InputError } from "./errors.ts";
import type { Target } from "./http.ts";
import { guardKey } from "./redact.ts";
import { integer, number, object, validate } from "./validate.ts";

const PROVIDERS = {
  ai21: { label: "AI21", key: "apiKey", base: "baseUrl", url: "https://api.ai21.com/studio/v1" },
  togetherai: { label: "Together", key: "api_key", base: "base_url", url: "https://api.together.xyz/v1" },
  cohere: { label: "Cohere", key: "apiKey", base: "baseUrl", url: "https://api.cohere.com" },
} as const;

export type Provider = keyof typeof PROVIDERS;

const optionsRule = object({ max_retries: integer({ min: 0, max: 10 }), timeout_seconds: number({ above: 0 }) });

/** Checks the resource (and the call options) and returns where and how to call the provider. */
export function target(provider: Provider, auth: unknown, options?: unknown): Target {
  const p = PROVIDERS[provider];
  if (typeof auth !== "object" || auth === null) throw new InputError("auth", `must be a ${provider} resource`);
  const a = auth as Record<string, unknown>;
  const apiKey = a[p.key];
  if (typeof apiKey !== "string" || apiKey.trim() === "")
    throw new InputError(`auth.${p.key}`, "is required: the provider's API key");
  // From here on every error, including validation's, masks this key (f/core/redact.ts).
  guardKey(apiKey.trim());
  const raw = a[p.base];
  const baseUrl = typeof raw === "string" && raw.trim() !== "" ? raw.trim() : p.url;
  if (!/^https?:\/\/[^/]/i.test(baseUrl) || !parses(baseUrl)) {
    throw new InputError(`auth.${p.base}`, `must be an http(s) URL (got ${JSON.stringify(baseUrl)})`);
  }
  if (options !== undefined && options !== null) validate(options as object, optionsRule, "options");
  return { provider: p.label, baseUrl: baseUrl.replace(/\/+$/, ""), apiKey: apiKey.trim() };
}

// URL.canParse is newer than some isolates Windmill runs; the constructor is everywhere.
function parses(url: string): boolean {
  try {
    return Boolean(new URL(url));
  } catch {
    return false;
  }
}
