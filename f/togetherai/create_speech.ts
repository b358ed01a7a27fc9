//native
//fetch_response_timeout 0
// Turn text into speech with a Together voice model; the audio comes back as a file to download. https://docs.together.ai/reference/audio-speech
import { ByteSink, readBytes, tooLarge } from "../core/binary_reply.ts";
import { fromBase64 } from "../core/files.ts";
import { check, checks, defineContract, free, int, nonEmpty } from "../core/contract.ts";
import { path, type Reply, request, type Target } from "../core/http.ts";
import { RESULT_CAPS } from "../core/limits.ts";
import { fileResult, mime } from "../core/rich_result.ts";
import { readSse } from "../core/sse.ts";
import { parseEvent, streamError } from "../core/stream_events.ts";
import { isWav, type PcmFormat, wav } from "../core/wav.ts";
import { shape } from "./shapes/create_speech.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: {
    model: string;
    input: string;
    voice: string;
    response_format?: "mp3" | "wav" | "raw";
    language?: "en" | "de" | "fr" | "es" | "hi" | "it" | "ja" | "ko" | "nl" | "pl" | "pt" | "ru" | "sv" | "tr" | "zh";
    response_encoding?: "pcm_f32le" | "pcm_s16le" | "pcm_mulaw" | "pcm_alaw";
    sample_rate?: number;
    // One of 32000, 64000, 96000, 128000, 192000: a union of numbers would leave the form untyped.
    bit_rate?: number;
    stream?: boolean;
    // Not in the spec: the SDK's SpeechCreateParams.ExtraParams, which its own test sends.
    extra_params?: { pronunciation_dict?: string[] };
  },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: json, options: o } = contract.parse(auth, body, options);
  const accept = json.stream ? "text/event-stream" : "audio/*, application/octet-stream";
  // Stateless inference: safe to repeat, so 5xx and dropped connections are retried too.
  const req = { method: "POST", path: path`/audio/speech`, json, idempotent: true, headers: { accept } } as const;
  const got = await request(t, req, o, (reply) => (json.stream ? readChunks(t, reply) : readFile(t, reply)));
  const meta = { model: got.model ?? json.model, voice: json.voice };
  const secret = t.apiKey;
  if (isWav(got.bytes))
    return fileResult(got.bytes, { filename: "speech.wav", contentType: "audio/wav", meta, secret });
  if (got.type === "audio/mpeg" || (json.response_format === "mp3" && !json.stream))
    return fileResult(got.bytes, { filename: "speech.mp3", contentType: "audio/mpeg", meta, secret });
  // Raw PCM (the only streamed format) plays nowhere as is: it leaves wrapped in a WAV header.
  const pcm = pcmOf(json.model, json);
  return fileResult(wav(got.bytes, pcm), {
    filename: "speech.wav",
    contentType: "audio/wav",
    meta: { ...meta, ...pcm },
    secret,
  });
}

type Audio = { bytes: Uint8Array; type?: string; model?: string };
// Streamed or not, the audio is read into one buffer and leaves as base64 (f/core/limits.ts).
const CAP = RESULT_CAPS["togetherai/create_speech"];

async function readFile(t: Target, reply: Reply): Promise<Audio> {
  return { bytes: await readBytes(t, reply, CAP), type: mime(reply.response.headers.get("content-type")) };
}

// providers.md: `data: {object: "audio.tts.chunk", model, b64}` events, then `data: [DONE]`.
async function readChunks(t: Target, reply: Reply): Promise<Audio> {
  const sink = new ByteSink((announced) => tooLarge(t, reply, announced, CAP), CAP);
  let model: string | undefined;
  let done = false;
  await readSse(reply, {
    onEvent({ data }) {
      if (data === "[DONE]") return void (done = true);
      const chunk = parseEvent(t, reply, data);
      model ??= chunk.model;
      if (typeof chunk.b64 === "string") sink.push(fromBase64(chunk.b64));
    },
  });
  if (!done) throw streamError(t, reply, "the stream ended before [DONE]; the audio is incomplete", true);
  return { bytes: sink.bytes(), model };
}

// The spec (AudioSpeechRequest): Orpheus, Kokoro and Minimax models always send pcm_s16le, Orpheus and
// Kokoro always at 24000 Hz, whatever was asked; the others (Cartesia) follow the request or its defaults.
function pcmOf(model: string, asked: { response_encoding?: string; sample_rate?: number }): PcmFormat {
  return {
    response_encoding: /orpheus|kokoro|minimax/i.test(model) ? "pcm_s16le" : (asked.response_encoding ?? "pcm_f32le"),
    sample_rate: /orpheus|kokoro/i.test(model) ? 24000 : (asked.sample_rate ?? 44100),
  };
}

const BIT_RATES = [32000, 64000, 96000, 128000, 192000];
// The spec's enum of numbers, which the signature cannot type without losing the form's number input.
const bitRateListed = check(
  "bit_rate",
  (b) => `must be one of ${BIT_RATES.join(", ")} (got ${b.bit_rate})`,
  (b) => b.bit_rate !== undefined && !BIT_RATES.includes(b.bit_rate),
);
// The spec: "If streaming is true, the only supported format is raw."
const rawWhenStreaming = check(
  "response_format",
  "must be raw when streaming",
  (b) => b.stream === true && b.response_format !== undefined && b.response_format !== "raw",
);

export const contract = defineContract(shape, {
  sends: "json",
  rules: {
    $: checks(bitRateListed, rawWhenStreaming),
    model: nonEmpty,
    input: nonEmpty,
    voice: nonEmpty,
    response_format: free,
    language: free,
    response_encoding: free,
    // The spec sets no minimum and the SDK's test sends 0: only negatives are refused.
    sample_rate: int(0),
    bit_rate: int(),
    stream: free,
    extra_params: free,
    // "<source>/<replacement>" entries, e.g. "omg/oh my god" (the SDK's ExtraParams).
    "extra_params.pronunciation_dict": free,
    "extra_params.pronunciation_dict[]": nonEmpty,
  },
});
