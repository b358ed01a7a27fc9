// The three providers' deployed facts, once: label, default base URL, the resource's key and
// base-URL field names, and where an error body holds its message. `target` checks a resource.
import { InputError } from "./errors.ts";
import type { Target } from "./http.ts";
import { guardKey } from "./redact.ts";

export const PROVIDERS = {
  // AI21 is FastAPI: {detail: "..."}, or on 422 {detail: [{loc, msg}]}.
  ai21: { label: "AI21", key: "apiKey", base: "baseUrl", url: "https://api.ai21.com/studio/v1", error: "detail" },
  // Together is OpenAI-shaped: {error: {message}}, sometimes {error: "..."}.
  togetherai: {
    label: "Together",
    key: "api_key",
    base: "base_url",
    url: "https://api.together.xyz/v1",
    error: "error.message",
  },
  cohere: { label: "Cohere", key: "apiKey", base: "baseUrl", url: "https://api.cohere.com", error: "message" },
} as const;

export type Provider = keyof typeof PROVIDERS;

// A header value carries visible ASCII and spaces; anything else (a pasted line break, a tab, a
// curly quote) would fail later as a misleading network error.
const HEADER_SAFE = /^[\x20-\x7e]*$/;

/**
 * Checks the resource and returns where and how to call the provider. Extra keys are ignored:
 * resources from the Hub may carry more.
 */
export function target(provider: Provider, auth: unknown): Target {
  const p = PROVIDERS[provider];
  if (typeof auth !== "object" || auth === null) throw new InputError("auth", `must be a ${provider} resource`);
  const a = auth as Record<string, unknown>;
  const given = Object.hasOwn(a, p.key) ? a[p.key] : undefined;
  const apiKey = typeof given === "string" ? given.trim() : "";
  if (apiKey === "") throw new InputError(`auth.${p.key}`, "is required: the provider's API key");
  if (!HEADER_SAFE.test(given as string)) {
    throw new InputError(
      `auth.${p.key}`,
      "must hold only visible ASCII characters: it contains a line break, tab or other invisible or non-ASCII character (copy the key again)",
    );
  }
  // From here on every error, including validation's, masks this key (f/core/redact.ts).
  guardKey(apiKey);
  const raw = Object.hasOwn(a, p.base) ? a[p.base] : undefined;
  const trimmed = typeof raw === "string" ? raw.trim() : "";
  const baseUrl = trimmed === "" ? p.url : trimmed;
  if (baseUrl !== checkedUrl) {
    checkUrl(baseUrl, p.base);
    checkedUrl = baseUrl;
  }
  return { provider: p.label, baseUrl: baseUrl.replace(TRAILING_SLASHES, ""), apiKey };
}

const TRAILING_SLASHES = /\/+$/;
/** The last base URL found valid: a process calling one provider again does not parse it again. */
let checkedUrl: string | undefined;

function checkUrl(baseUrl: string, field: string): void {
  if (!/^https?:\/\/[^/]/i.test(baseUrl) || !parses(baseUrl)) {
    throw new InputError(`auth.${field}`, `must be an http(s) URL (got ${JSON.stringify(baseUrl)})`);
  }
  if (/[?#]/.test(baseUrl)) {
    throw new InputError(
      `auth.${field}`,
      "must not carry a query (?...) or fragment (#...): the operation's path is appended to it",
    );
  }
}

// URL.canParse is newer than some isolates Windmill runs; the constructor is everywhere.
function parses(url: string): boolean {
  try {
    return Boolean(new URL(url));
  } catch {
    return false;
  }
}
