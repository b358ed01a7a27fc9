//native
//fetch_response_timeout 0
// Fetch one model's details: endpoints, context length, features, sampling defaults. https://docs.cohere.com/reference/get-model
import { defineContract, segment } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/get_model.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: { model: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: b, options: o } = contract.parse(auth, body, options);
  return getJson(t, path`/v1/models/${b.model}`, o);
}

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    // One path segment, whatever the name holds (fine-tuned model names may contain "/" or ":").
    model: segment,
  },
});
