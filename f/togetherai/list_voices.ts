//native
//fetch_response_timeout 0
// List the voices each Together text-to-speech model offers (the voice names create_speech takes). https://docs.together.ai/docs/text-to-speech#supported-voices
import { defineContract, nonEmpty } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/list_voices.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body?: {
    // Not in /voices' own parameters: the spec's AudioSpeechRequest.voice says to send the model name
    // as a query parameter. Left empty, every model's voices are listed.
    model?: string;
  },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: query, options: o } = contract.parse(auth, body, options);
  return getJson(t, path`/voices`, o, query);
}

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    model: nonEmpty,
  },
});
