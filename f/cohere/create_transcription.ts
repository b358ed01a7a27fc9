//native
//fetch_response_timeout 0
// Transcribe an audio file (flac, mp3, mpeg, mpga, ogg or wav) to text. https://docs.cohere.com/reference/create
import { audioName } from "../core/audio_form.ts";
import { defineContract, matches, nonEmpty, range } from "../core/contract.ts";
import { fileInput } from "../core/files.ts";
import { path, readJson, request } from "../core/http.ts";
import { INPUT_CAPS } from "../core/limits.ts";
import { shape } from "./shapes/create_transcription.ts";

type Cohere = { apiKey: string; baseUrl?: string };
// Windmill's parser turns a field of this type into a file picker, also inside `body`; the job gets base64.
type Base64 = string;

export async function main(
  auth: Cohere,
  body: { model: string; language: string; file: Base64; temperature?: number },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: b, options: o } = contract.parse(auth, body, options);
  const { file, ...fields } = b;
  const bytes = fileInput(file, "body.file", INPUT_CAPS["cohere/create_transcription"]);
  // A file picker passes no file name, and the API tells formats apart by extension: name it after its
  // content; a format it cannot tell goes as mp3 and the API decides.
  const { filename, type } = audioName(bytes, "audio", { ext: "mp3", type: "audio/mpeg" });
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, String(v));
  form.append("file", new Blob([bytes], { type }), filename);
  // Stateless inference: safe to repeat after any failure.
  return request(
    t,
    { method: "POST", path: path`/v2/audio/transcriptions`, body: form, idempotent: true },
    o,
    readJson,
  );
}

export const contract = defineContract(shape, {
  sends: "multipart",
  rules: {
    model: nonEmpty,
    // ISO-639-1, e.g. "en" (spec). No `i` flag: the form reads the pattern's source alone.
    language: matches(/^[a-zA-Z]{2}$/, 'a two-letter ISO-639-1 code such as "en"'),
    file: nonEmpty,
    // "between 0 and 1" (spec prose; its schema gives no bounds).
    temperature: range(0, 1),
  },
});
