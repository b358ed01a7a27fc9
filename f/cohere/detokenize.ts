//native
//fetch_response_timeout 0
// Turn token ids back into text with a model's tokenizer. https://docs.cohere.com/reference/detokenize
import { defineContract, int, length, nonEmpty } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { postJson } from "../core/rest.ts";
import { shape } from "./shapes/detokenize.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: { tokens: number[]; model: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: json, options: o } = contract.parse(auth, body, options);
  // A pure computation: safe to repeat after any failure.
  return postJson(t, path`/v1/detokenize`, json, o, true);
}

export const contract = defineContract(shape, {
  sends: "json",
  rules: {
    // Spec: 1 to 65,536 token ids.
    tokens: length(1, 65_536),
    "tokens[]": int(0),
    // Its prose calls `model` optional (and a Go sample omits it); its schema requires it, as does
    // the SDK's wire test: required here.
    model: nonEmpty,
  },
});
