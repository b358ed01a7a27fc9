//native
//fetch_response_timeout 0
// Transcribe an audio file (flac, mp3, mpeg, mpga, ogg or wav) to text. https://docs.cohere.com/reference/create
import { audioName } from "../core/audio_form.ts";
import { dropBlanks } from "../core/blanks.ts";
import { fileInput } from "../core/files.ts";
import { path, readJson, request } from "../core/http.ts";
import { INPUT_CAPS } from "../core/limits.ts";
import { target } from "../core/providers.ts";
import { number, object, string, validate } from "../core/validate.ts";

type Cohere = { apiKey: string; baseUrl?: string };
// Windmill's parser turns a field of this type into a file picker, also inside `body`; the job gets base64.
type Base64 = string;

export async function main(
  auth: Cohere,
  body: { model: string; language: string; file: Base64; temperature?: number },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("cohere", auth, options);
  const { file, ...fields } = validate(dropBlanks(body), rules);
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
    options,
    readJson,
  );
}

const rules = object(
  {
    model: string({ nonEmpty: true }),
    // ISO-639-1, e.g. "en" (spec).
    language: string({ pattern: /^[a-z]{2}$/i, patternName: 'a two-letter ISO-639-1 code such as "en"' }),
    file: string({ nonEmpty: true }),
    temperature: number({ min: 0, max: 1 }),
  },
  ["model", "language", "file"],
);
