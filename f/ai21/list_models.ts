//native
//fetch_response_timeout 0
// List the Jamba models the endpoint serves, with context length and pricing. https://docs.ai21.com/docs/jamba-models
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { object, validate } from "../core/validate.ts";

type Ai21 = { apiKey: string; baseUrl?: string };

// No `body`: the operation takes no fields, and an empty object would show in the form as a raw JSON editor.
// After AI21's hosted API is sunset (2026-08-09, providers.md), point the resource's baseUrl at a
// The operation takes no parameters; `body` stays empty so that every script is called as main(auth, body, options).
export async function main(auth: Ai21, body?: {}, options?: { max_retries?: number; timeout_seconds?: number }) {
  validate(body ?? {}, object({}));
  const t = target("ai21", auth, options);
  // Returned unchanged: {data: [{id, name, updated, context_length, quantization, max_completion_tokens, pricing}]} (spec: ModelsInfoResponse).
  return getJson(t, path`/models`, options);
}
