//native
//fetch_response_timeout 0
// Split text into the tokens a model's tokenizer produces. https://docs.cohere.com/reference/tokenize
import { check, checks, defineContract, free, nonEmpty } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { postJson } from "../core/rest.ts";
import { shape } from "./shapes/tokenize.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: { text: string; model: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: json, options: o } = contract.parse(auth, body, options);
  // A pure computation: safe to repeat after any failure.
  return postJson(t, path`/v1/tokenize`, json, o, true);
}

const MAX_CHARACTERS = 65_536;
const characters = (s: string) => (s.length <= MAX_CHARACTERS ? s.length : [...s].length);

// Spec: 1 to 65,536 characters. Counted in code points (length() counts UTF-16 units), so no text
// the API accepts is refused here; an empty text is a form leftover, so "is required".
const textFits = check(
  "text",
  (b) => `must be 1 to ${MAX_CHARACTERS} characters long (got ${characters(b.text)})`,
  (b) => characters(b.text) > MAX_CHARACTERS,
);

export const contract = defineContract(shape, {
  sends: "json",
  rules: {
    $: checks(textFits),
    text: free,
    model: nonEmpty,
  },
});
