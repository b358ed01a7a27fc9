//native
//fetch_response_timeout 0
// Turn texts into embedding vectors with a Together embedding model. https://docs.together.ai/reference/embeddings-2
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { postJson } from "../core/rest.ts";
import { array, either, object, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: {
    model: string;
    // The spec takes one string or a list; the form offers the list (one item for one text), and a
    // single string still passes at run time. data[i].index tells which input each vector belongs to.
    input: string[];
  },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  const json = validate(body, rules);
  // Stateless inference: safe to repeat (idempotent), so 5xx and dropped connections are retried too.
  return postJson(t, path`/embeddings`, json, options, true);
}

const text = string({ nonEmpty: true });
const rules = object({ model: string({ nonEmpty: true }), input: either(text, array(text, { min: 1 })) }, [
  "model",
  "input",
]);
