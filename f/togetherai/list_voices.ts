//native
//fetch_response_timeout 0
// List the voices each Together text-to-speech model offers (the voice names create_speech takes). https://docs.together.ai/docs/text-to-speech#supported-voices
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { object, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body?: {
    // Not in /voices' own parameters: the spec's AudioSpeechRequest.voice says to send the model name
    // as a query parameter. Left empty, every model's voices are listed.
    model?: string;
  },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  const { model } = validate(body ?? {}, rules);
  return getJson(t, path`/voices`, options, { model });
}

const rules = object({ model: string({ nonEmpty: true }) });
