// Together's speech and images, made to the request instead of replayed: speech in the
// response_format asked (wav by default, mp3, or raw PCM in the encoding the spec gives the model),
// images `n` at a time in the output_format asked (jpeg by default, png) or as URLs. Streamed speech
// still comes from its fixture. The pictures and the URL are the recorded ones (fixtures/togetherai/).
import type { Fixture } from "../fixtures/index.ts";
import { wav } from "../f/core/wav.ts";

type Speech = {
  model?: string;
  response_format?: string;
  response_encoding?: string;
  sample_rate?: number;
  stream?: boolean;
};
type ImageAsk = { model?: string; n?: number; response_format?: string; output_format?: string };

export function togetherMedia(method: string, path: string, body: unknown, fixtures: Fixture[]): Response | undefined {
  if (method !== "POST" || !body || typeof body !== "object") return undefined;
  if (path === "/audio/speech" && !(body as Speech).stream) return speech(body as Speech);
  if (path === "/images/generations") return images(body as ImageAsk, fixtures);
  return undefined;
}

const headers = (type: string) => ({ "content-type": type, "x-request-id": crypto.randomUUID().replace(/-/g, "") });

function speech(body: Speech): Response {
  if (body.response_format === "mp3") return new Response(silentMp3(), { headers: headers("audio/mpeg") });
  // The spec (AudioSpeechRequest): Orpheus, Kokoro and Minimax always send pcm_s16le, Orpheus and Kokoro
  // at 24000 Hz; other models (Cartesia) follow response_encoding (pcm_f32le) and sample_rate (44100).
  const model = body.model ?? "";
  const encoding = /orpheus|kokoro|minimax/i.test(model) ? "pcm_s16le" : (body.response_encoding ?? "pcm_f32le");
  const rate = /orpheus|kokoro/i.test(model) ? 24000 : (body.sample_rate ?? 44100);
  const pcm = tone(encoding, rate);
  if (body.response_format === "raw") return new Response(pcm, { headers: headers("application/octet-stream") });
  const file = wav(pcm, { response_encoding: encoding, sample_rate: rate }) as Uint8Array<ArrayBuffer>;
  return new Response(file, { headers: headers("audio/wav") });
}

/** A quarter second of a 440 Hz tone; A-law and mu-law as their silence byte (enough for a player). */
function tone(encoding: string, rate: number): Uint8Array<ArrayBuffer> {
  const samples = Math.round(rate / 4);
  if (encoding === "pcm_alaw" || encoding === "pcm_mulaw")
    return new Uint8Array(samples).fill(encoding === "pcm_alaw" ? 0xd5 : 0xff);
  const float = encoding === "pcm_f32le";
  const out = new DataView(new ArrayBuffer(samples * (float ? 4 : 2)));
  for (let i = 0; i < samples; i++) {
    const x = 0.2 * Math.sin((2 * Math.PI * 440 * i) / rate);
    if (float) out.setFloat32(i * 4, x, true);
    else out.setInt16(i * 2, Math.round(x * 32767), true);
  }
  return new Uint8Array(out.buffer);
}

/** Ten silent MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz): a header, then zeros, 417 bytes each. */
function silentMp3(): Uint8Array<ArrayBuffer> {
  const frame = new Uint8Array(417);
  frame.set([0xff, 0xfb, 0x90, 0x64]);
  const out = new Uint8Array(frame.length * 10);
  for (let i = 0; i < 10; i++) out.set(frame, i * frame.length);
  return out;
}

function images(body: ImageAsk, fixtures: Fixture[]): Response | undefined {
  const recorded = (name: string) => fixtures.find((f) => f.name === name)?.response.json as any;
  const plain = recorded("create_image");
  if (!plain) return undefined;
  const n = Number.isInteger(body.n) && body.n! > 0 ? body.n! : 1;
  const asUrl = body.response_format === "url";
  const sample = (format: string) =>
    [plain, recorded("create_image.several")]
      .flatMap((reply) => reply?.data ?? [])
      .find((d: { b64_json?: string }) => d.b64_json?.startsWith(format === "png" ? "iVBORw0KGgo" : "/9j/"))?.b64_json;
  const url = recorded("create_image.url")?.data?.[0]?.url ?? "https://api.together.ai/shrt/emulated";
  const b64 = sample(body.output_format === "png" ? "png" : "jpeg");
  const data = Array.from({ length: n }, (_, index) =>
    asUrl ? { index, url, type: "url" } : { index, b64_json: b64, type: "b64_json" },
  );
  const json = { ...plain, id: `emu-${crypto.randomUUID().slice(0, 8)}`, model: body.model ?? plain.model, data };
  return Response.json(json, { headers: headers("application/json") });
}
