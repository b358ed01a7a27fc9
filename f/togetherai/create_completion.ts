//native
//fetch_response_timeout 0
// Continue a raw text prompt with a Together language or code model, streamed live to Windmill or not. https://docs.together.ai/reference/completions-1
import { defineContract, keepEmpty, nonEmpty, oneString } from "../core/contract.ts";
import { path, readJson, request } from "../core/http.ts";
import { readOpenAiStream } from "../core/openai_stream.ts";
import { sampling } from "../core/together_sampling.ts";
import { shape } from "./shapes/create_completion.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: {
    model: string;
    prompt: string;
    max_tokens?: number;
    // The API also takes one string; the form offers the list.
    stop?: string[];
    temperature?: number;
    top_p?: number;
    top_k?: number;
    min_p?: number;
    repetition_penalty?: number;
    presence_penalty?: number;
    frequency_penalty?: number;
    logit_bias?: object;
    seed?: number;
    n?: number;
    logprobs?: number;
    echo?: boolean;
    stream?: boolean;
    safety_model?: string;
  },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: json, options: o } = contract.parse(auth, body, options);
  // Stateless inference: safe to repeat, so 5xx and dropped connections are retried too.
  const req = { method: "POST", path: path`/completions`, json, idempotent: true } as const;
  // The stream carries the text in choices[].text (providers.md), gathered as /completions returns it.
  if (json.stream) return request(t, req, o, (reply) => readOpenAiStream(t, reply, "completion"));
  return request(t, req, o, readJson);
}

export const contract = defineContract(shape, {
  sends: "json",
  rules: {
    // The ranges Together chat shares; max_tokens 0 with echo and logprobs scores a prompt.
    ...sampling,
    model: nonEmpty,
    // An empty prompt is sent, not dropped as a form leftover: some base models start from nothing.
    prompt: keepEmpty,
  },
  alternatives: {
    stop: oneString,
  },
});
