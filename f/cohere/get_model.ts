//native
//fetch_response_timeout 0
// Fetch one model's details: endpoints, context length, features, sampling defaults. https://docs.cohere.com/reference/get-model
import { dropBlanks } from "../core/blanks.ts";
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { object, string, validate } from "../core/validate.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: { model: string },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("cohere", auth, options);
  const { model } = validate(dropBlanks(body), rules);
  // One path segment, whatever the name holds (fine-tuned model names may contain "/" or ":").
  return getJson(t, path`/v1/models/${model}`, options);
}

const rules = object({ model: string({ nonEmpty: true }) }, ["model"]);
