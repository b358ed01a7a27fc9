//native
//fetch_response_timeout 0
// Transcribe speech in an audio file to text (Whisper on Together), with word timings and speakers if asked. https://docs.together.ai/reference/audio-transcriptions
import { audioForm } from "../core/audio_form.ts";
import {
  alternative,
  check,
  checks,
  defineContract,
  free,
  int,
  length,
  matches,
  nonEmpty,
  oneOf,
  range,
} from "../core/contract.ts";
import { path, readJson, request } from "../core/http.ts";
import { INPUT_CAPS } from "../core/limits.ts";
import { shape } from "./shapes/create_transcription.ts";

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
    language?: string;
    prompt?: string;
    response_format?: "json" | "verbose_json";
    temperature?: number;
    // The API also takes one word; the form offers the list.
    timestamp_granularities?: ("segment" | "word")[];
    diarize?: boolean;
    min_speakers?: number;
    max_speakers?: number;
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
      path: path`/audio/transcriptions`,
      body: audioForm(file, fields, INPUT_CAPS["togetherai/create_transcription"]),
      idempotent: true,
    },
    o,
    readJson,
  );
}

// The spec's AudioTranscriptionRequest.timestamp_granularities: one word, or a list of them.
const oneGranularity = alternative("one granularity", oneOf("segment", "word"));

const maxAtLeastMin = check(
  "max_speakers",
  (b) => `must be at least min_speakers (${b.min_speakers})`,
  (b) => b.min_speakers > b.max_speakers,
);

export const contract = defineContract(shape, {
  sends: "multipart",
  rules: {
    $: checks(maxAtLeastMin),
    file: nonEmpty,
    model: nonEmpty,
    language: matches(/^(auto|[a-z]{2})$/, 'an ISO 639-1 code such as "en", or "auto"'),
    prompt: free,
    response_format: free,
    temperature: range(0, 1),
    timestamp_granularities: length(1, 2),
    diarize: free,
    // The spec sets no minimum, and the SDK's (skipped) test sends 0 for both: only negatives are refused.
    min_speakers: int(0),
    max_speakers: int(0),
  },
  alternatives: {
    timestamp_granularities: oneGranularity,
  },
});
