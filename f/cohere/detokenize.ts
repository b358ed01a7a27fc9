//native
//fetch_response_timeout 0
// Turn token ids back into text with a model's tokenizer. https://docs.cohere.com/reference/detokenize
import { dropBlanks } from "../core/blanks.ts";
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { postJson } from "../core/rest.ts";
import { array, integer, object, string, validate } from "../core/validate.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: { tokens: number[]; model: string },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("cohere", auth, options);
  const json = validate(dropBlanks(body), rules);
  // A pure computation: safe to repeat after any failure.
  return postJson(t, path`/v1/detokenize`, json, options, true);
}

// Spec: 1 to 65,536 token ids. Its prose calls `model` optional, its schema requires it: required here.
const rules = object(
  { tokens: array(integer({ min: 0 }), { min: 1, max: 65_536 }), model: string({ nonEmpty: true }) },
  ["tokens", "model"],
);
