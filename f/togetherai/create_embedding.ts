//native
//fetch_response_timeout 0
// Turn texts into embedding vectors with a Together embedding model. https://docs.together.ai/reference/embeddings-2
import { alternative, defineContract, nonEmpty, str } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { postJson } from "../core/rest.ts";
import { shape } from "./shapes/create_embedding.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: {
    model: string;
    // The spec takes one string or a list; the form offers the list (one item for one text), and a
    // single string still passes at run time. data[i].index tells which input each vector belongs to.
    input: string[];
  },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: json, options: o } = contract.parse(auth, body, options);
  // Stateless inference: safe to repeat (idempotent), so 5xx and dropped connections are retried too.
  return postJson(t, path`/embeddings`, json, o, true);
}

// The spec's EmbeddingsRequest.input: one string or a list of strings.
const oneText = alternative("one string", str, { $: nonEmpty });

export const contract = defineContract(shape, {
  sends: "json",
  rules: {
    model: nonEmpty,
    input: nonEmpty,
    "input[]": nonEmpty,
  },
  alternatives: {
    input: oneText,
  },
});
