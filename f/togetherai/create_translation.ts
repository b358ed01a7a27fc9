//native
//fetch_response_timeout 0
// Translate speech in an audio file into English text (Whisper on Together), with timings if asked. https://docs.together.ai/reference/audio-translations
import { audioForm } from "../core/audio_form.ts";
import { alternative, defineContract, free, length, matches, nonEmpty, oneOf, range } from "../core/contract.ts";
import { path, readJson, request } from "../core/http.ts";
import { INPUT_CAPS } from "../core/limits.ts";
import { shape } from "./shapes/create_translation.ts";

type Togetherai = { api_key: string; base_url?: string };
// Windmill's file input: the form shows a file picker and passes the content as base64.
type Base64 = string;

export async function main(
  auth: Togetherai,
  body: {
    // A file picker inside body works (the parser reads Base64 there as a file input). The spec
    // also takes a public http(s) URL here: pasted as text, it is sent on for Together to fetch.
    file: Base64;
    // The spec's enum lists only openai/whisper-large-v3 (the default), yet its reference page names others
    // (nvidia/parakeet-tdt-0.6b-v3): free text, so new models need no new form.
    model?: string;
    // The target language; the spec: English when left out.
    language?: string;
    prompt?: string;
    response_format?: "json" | "verbose_json";
    temperature?: number;
    // The API also takes one word; the form offers the list.
    timestamp_granularities?: ("segment" | "word")[];
  },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: json, options: o } = contract.parse(auth, body, options);
  const { file, ...fields } = json;
  // Stateless inference: safe to repeat, so 5xx and dropped connections are retried too.
  return request(
    t,
    {
      method: "POST",
      path: path`/audio/translations`,
      body: audioForm(file, fields, INPUT_CAPS["togetherai/create_translation"]),
      idempotent: true,
    },
    o,
    readJson,
  );
}

// The spec's AudioTranslationRequest.timestamp_granularities: one word, or a list of them.
const oneGranularity = alternative("one granularity", oneOf("segment", "word"));

export const contract = defineContract(shape, {
  sends: "multipart",
  rules: {
    file: nonEmpty,
    model: nonEmpty,
    language: matches(/^[a-z]{2}$/, 'an ISO 639-1 code such as "en"'),
    prompt: free,
    response_format: free,
    temperature: range(0, 1),
    timestamp_granularities: length(1, 2),
  },
  alternatives: {
    timestamp_granularities: oneGranularity,
  },
});
