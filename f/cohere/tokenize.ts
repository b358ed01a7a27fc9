//native
//fetch_response_timeout 0
// Split text into the tokens a model's tokenizer produces. https://docs.cohere.com/reference/tokenize
import { dropBlanks } from "../core/blanks.ts";
import { InputError } from "../core/errors.ts";
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { postJson } from "../core/rest.ts";
import { object, type Rule, string, validate } from "../core/validate.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: { text: string; model: string },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("cohere", auth, options);
  const json = validate(dropBlanks(body), rules);
  // A pure computation: safe to repeat after any failure.
  return postJson(t, path`/v1/tokenize`, json, options, true);
}

// Spec: 1 to 65,536 characters. Counted in code points, so no text the API accepts is refused here.
const text: Rule = (v, p) => {
  string()(v, p);
  const n = [...(v as string)].length;
  if (n < 1 || n > 65_536) throw new InputError(p, `must be 1 to 65536 characters long (got ${n})`);
};

const rules = object({ text, model: string({ nonEmpty: true }) }, ["text", "model"]);
