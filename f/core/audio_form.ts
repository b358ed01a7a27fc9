// An audio file from a Windmill form as a multipart request: bytes as a named Blob, or a public URL as is.
import { InputError } from "./errors.ts";
import { checkFileSizes, decodedSize, fromBase64 } from "./files.ts";

// Magic numbers of the formats Whisper-style endpoints take: the form's file input carries no name,
// and the server reads the format from the file name's extension.
const SIGNATURES: [ext: string, type: string, test: (b: Uint8Array) => boolean][] = [
  ["wav", "audio/wav", (b) => ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WAVE"],
  ["flac", "audio/flac", (b) => ascii(b, 0, 4) === "fLaC"],
  ["ogg", "audio/ogg", (b) => ascii(b, 0, 4) === "OggS"],
  ["webm", "audio/webm", (b) => b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3],
  ["m4a", "audio/mp4", (b) => ascii(b, 4, 8) === "ftyp"],
  ["mp3", "audio/mpeg", (b) => ascii(b, 0, 3) === "ID3" || (b[0] === 0xff && (b[1] & 0xe0) === 0xe0)],
];

const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/**
 * The audio's file name ("audio.mp3"...) and MIME type, from its first bytes. An unknown format keeps
 * the bare stem, unless the caller names the extension the provider should try instead.
 */
export function audioName(
  bytes: Uint8Array,
  stem = "audio",
  unknown?: { ext: string; type: string },
): { filename: string; type: string } {
  const hit = SIGNATURES.find(([, , test]) => test(bytes));
  if (hit) return { filename: `${stem}.${hit[0]}`, type: hit[1] };
  return unknown
    ? { filename: `${stem}.${unknown.ext}`, type: unknown.type }
    : { filename: stem, type: "application/octet-stream" };
}

/**
 * A form with `file` first, then the other fields: lists repeat their key (as the official Python
 * SDK sends them), booleans and numbers as text, empty values left out. `file` is a Windmill file
 * input (base64 or a data: URI) of at most `max` bytes, or an http(s) URL the provider fetches itself.
 */
export function audioForm(file: string, fields: Record<string, unknown>, max: number, path = "body.file"): FormData {
  const form = new FormData();
  const trimmed = file.trim();
  if (/^https?:\/\//i.test(trimmed)) form.append("file", trimmed);
  else {
    checkFileSizes(max, [[path, decodedSize(trimmed)]]);
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = fromBase64(trimmed);
    } catch {
      throw new InputError(path, "must be an audio file (a Windmill file input, base64) or an http(s) URL");
    }
    if (bytes.length === 0) throw new InputError(path, "is an empty file");
    const { filename, type } = audioName(bytes);
    form.append("file", new Blob([bytes], { type }), filename);
  }
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) form.append(key, String(item));
  }
  return form;
}
