// The binary operations as the heap checks drive them: each one's body and a loopback reply carrying
// a file of any size, announced by Content-Length or not. runBinary runs one call in a fresh Deno
// process with a 128 MiB heap (or `heapMiB`), result serialisation included, so a cap can be measured
// and checked in both base64 variants.
import { type Loopback, loopback, type NativeOutcome, runScript } from "./native.ts";

export interface BinaryOp {
  /** A label: the script, and the mode where one script has two. */
  name: string;
  script: string;
  body: Record<string, unknown>;
  /** The provider's answer carrying `bytes`; `announced` sends Content-Length (a stream never does). */
  reply(bytes: Uint8Array, announced: boolean): Response;
  /** Bytes the script puts before the provider's in the returned file (a WAV header for raw PCM). */
  prefix: number;
}

/** Raw bytes, with or without Content-Length (without: chunked, as a proxy that recompresses sends it). */
function bytesReply(bytes: Uint8Array, announced: boolean, type: string): Response {
  const headers = { "content-type": type };
  if (announced) return new Response(bytes as Uint8Array<ArrayBuffer>, { headers });
  const CHUNK = 256 * 1024;
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      if (at >= bytes.length) return c.close();
      c.enqueue(bytes.subarray(at, (at += CHUNK)));
    },
  });
  return new Response(body, { headers });
}

// providers.md: `data: {object: "audio.tts.chunk", model, b64}` events, then `data: [DONE]`.
function speechEvents(bytes: Uint8Array): Response {
  const encoder = new TextEncoder();
  const CHUNK = 48 * 1024;
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      if (at >= bytes.length) {
        c.enqueue(encoder.encode("data: [DONE]\n\n"));
        return c.close();
      }
      const b64 = bytes.subarray(at, (at += CHUNK)).toBase64();
      c.enqueue(encoder.encode(`data: ${JSON.stringify({ object: "audio.tts.chunk", model: "kokoro", b64 })}\n\n`));
    },
  });
  return new Response(body, { headers: { "content-type": "text/event-stream" } });
}

export const BINARY_OPS: BinaryOp[] = [
  {
    name: "togetherai/get_file_content",
    script: "togetherai/get_file_content",
    body: { id: "file-heap" },
    reply: (bytes, announced) => bytesReply(bytes, announced, "application/octet-stream"),
    prefix: 0,
  },
  {
    name: "togetherai/download_fine_tuned_model",
    script: "togetherai/download_fine_tuned_model",
    body: { ft_id: "ft-heap", checkpoint: "adapter" },
    reply: (bytes, announced) => bytesReply(bytes, announced, "application/octet-stream"),
    prefix: 0,
  },
  {
    name: "togetherai/create_speech (mp3 file)",
    script: "togetherai/create_speech",
    body: { model: "cartesia/sonic-2", input: "hello", voice: "narrator", response_format: "mp3" },
    reply: (bytes, announced) => bytesReply(bytes, announced, "audio/mpeg"),
    prefix: 0,
  },
  {
    name: "togetherai/create_speech (streamed PCM)",
    script: "togetherai/create_speech",
    body: { model: "hexgrad/Kokoro-82M", input: "hello", voice: "af_alloy", stream: true },
    reply: (bytes) => speechEvents(bytes),
    // Raw PCM leaves wrapped in the core's 44-byte WAV header (f/core/wav.ts).
    prefix: 44,
  },
];

/** create_image: the image arrives as base64 inside JSON (response_format base64). */
export const IMAGE_OP: BinaryOp = {
  name: "togetherai/create_image",
  script: "togetherai/create_image",
  body: { model: "black-forest-labs/FLUX.1-schnell", prompt: "a windmill", output_format: "png" },
  reply: (bytes) => {
    const data = [{ index: 0, type: "b64_json", b64_json: bytes.toBase64() }];
    return Response.json({ id: "img-heap", model: "black-forest-labs/FLUX.1-schnell", object: "list", data });
  },
  prefix: 0,
};

/** Deterministic, incompressible-looking bytes (an LCG, a word at a time), the same on every run. */
export function patternBytes(size: number): Uint8Array<ArrayBuffer> {
  const words = new Uint32Array(Math.ceil(size / 4));
  let x = 0x2545f491;
  for (let i = 0; i < words.length; i++) words[i] = x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
  return new Uint8Array(words.buffer, 0, size);
}

export interface BinaryRun {
  nativeBase64: boolean;
  announced?: boolean;
  heapMiB?: number;
}

/** One call of `op` whose provider sends `bytes`, in its own Deno process against its own server. */
export async function runBinary(op: BinaryOp, bytes: Uint8Array, run: BinaryRun): Promise<NativeOutcome> {
  const server: Loopback = loopback(() => op.reply(bytes, run.announced ?? true));
  try {
    const auth = { api_key: "tgp_v1_heap-check-key", base_url: `${server.origin}/v1` };
    return await runScript(op.script, [auth, op.body, null], {
      server,
      nativeBase64: run.nativeBase64,
      heapMiB: run.heapMiB,
    });
  } finally {
    server.stop();
  }
}

/** The file inside a binary result (`file`, or an image kind such as `png`). */
export function fileOf(result: unknown): { content: string; size: number } | undefined {
  const r = result as Record<string, unknown> | null;
  const kind = typeof r?.wm_renderer === "string" ? r.wm_renderer : "file";
  return r?.[kind] as { content: string; size: number } | undefined;
}
