//native
//fetch_response_timeout 0
// List the Jamba models the endpoint serves, with context length and pricing. https://docs.ai21.com/docs/jamba-models
import { defineContract } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/list_models.ts";

type Ai21 = { apiKey: string; baseUrl?: string };

// The operation takes no parameters; `body` stays empty so that every script is called as
// main(auth, body, options), and any field given is refused rather than ignored.
// After AI21's hosted API is sunset (2026-08-09, providers.md), point the resource's baseUrl at a
// private or self-hosted Jamba deployment that serves /models.
export async function main(
  auth: Ai21,
  body?: {},
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, options: o } = contract.parse(auth, body, options);
  // Returned unchanged: {data: [{id, name, updated, context_length, quantization, max_completion_tokens, pricing}]} (spec: ModelsInfoResponse).
  return getJson(t, path`/models`, o);
}

export const contract = defineContract(shape, { sends: "query", rules: {} });
