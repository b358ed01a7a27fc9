//native
//fetch_response_timeout 0
// Continue a raw text prompt with a Together language or code model, streamed live to Windmill or not. https://docs.together.ai/reference/completions-1
import { path, readJson, request } from "../core/http.ts";
import { readOpenAiStream } from "../core/openai_stream.ts";
import { target } from "../core/providers.ts";
import { samplingRules } from "../core/together_sampling.ts";
import { object, string, validate } from "../core/validate.ts";

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
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  const json = validate(body, rules);
  // Stateless inference: safe to repeat, so 5xx and dropped connections are retried too.
  const req = { method: "POST", path: path`/completions`, json, idempotent: true } as const;
  // The stream carries the text in choices[].text (providers.md), gathered as /completions returns it.
  if (json.stream) return request(t, req, options, (reply) => readOpenAiStream(t, reply, "completion"));
  return request(t, req, options, readJson);
}

// An empty prompt is allowed: some base models start from nothing.
const rules = object({ ...samplingRules, model: string({ nonEmpty: true }), prompt: string() }, ["model", "prompt"]);
