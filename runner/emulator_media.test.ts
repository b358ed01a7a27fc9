// The real scripts against the emulator: what they return is what a user saves with --out.
import { afterAll, describe, expect, test } from "bun:test";
import { main as createImage } from "../f/togetherai/create_image.ts";
import { main as createSpeech } from "../f/togetherai/create_speech.ts";
import { decodeBlob, findFiles } from "./blobs.ts";
import { startEmulator } from "./emulator.ts";

const emulator = startEmulator({ delayMs: 0 });
afterAll(() => emulator.stop());
const auth = emulator.resource("togetherai") as { api_key: string; base_url: string };
const say = { model: "hexgrad/Kokoro-82M", input: "Hello from Windmill", voice: "af_alloy" };
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

describe("the emulator's speech honours response_format", () => {
  test("mp3 comes back as MPEG audio, named speech.mp3", async () => {
    const result = (await createSpeech(auth, { ...say, response_format: "mp3" })) as any;
    expect(result.file).toMatchObject({ filename: "speech.mp3", content_type: "audio/mpeg" });
    const bytes = decodeBlob(result.file.content);
    expect([bytes[0], bytes[1]! & 0xe0]).toEqual([0xff, 0xe0]); // an MPEG frame sync
  });

  test("wav, the spec's default, comes back as a WAV file", async () => {
    for (const format of ["wav", undefined] as const) {
      const result = (await createSpeech(auth, { ...say, response_format: format })) as any;
      expect(result.file).toMatchObject({ filename: "speech.wav", content_type: "audio/wav" });
      expect(ascii(decodeBlob(result.file.content), 8, 12)).toBe("WAVE");
    }
  });

  test("raw PCM comes back bare, in the model's encoding, and the script wraps it in a WAV header", async () => {
    const cartesia = { ...say, model: "cartesia/sonic-2", response_format: "raw" as const, sample_rate: 8000 };
    const result = (await createSpeech(auth, cartesia)) as any;
    expect(result).toMatchObject({ response_encoding: "pcm_f32le", sample_rate: 8000 });
    const bytes = decodeBlob(result.file.content);
    expect(ascii(bytes, 0, 4)).toBe("RIFF");
    expect(bytes.length - 44).toBe(2000 * 4); // a quarter second of 32-bit samples at 8000 Hz
  });
});

describe("the emulator's images honour n and the formats asked", () => {
  test("n images come back, each shown, in the output_format asked", async () => {
    const result = (await createImage(auth, {
      model: "black-forest-labs/FLUX.1-schnell",
      prompt: "a fox",
      n: 3,
    })) as any;
    expect(result.render_all).toHaveLength(3);
    expect(findFiles(result).map((f) => f.contentType)).toEqual(["image/jpeg", "image/jpeg", "image/jpeg"]);
    const png = (await createImage(auth, { model: "m", prompt: "a fox", output_format: "png" })) as any;
    expect(png.wm_renderer).toBe("png");
  });

  test("response_format url answers with URLs, drawn as markdown", async () => {
    const result = (await createImage(auth, { model: "m", prompt: "a fox", n: 2, response_format: "url" })) as any;
    expect(result.data.map((d: { url?: string }) => typeof d.url)).toEqual(["string", "string"]);
    expect(result.wm_renderer).toBe("markdown");
  });
});
