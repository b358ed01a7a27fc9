import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/create_speech.ts";
import fixture from "../../fixtures/togetherai/create_speech.json";
import streamed from "../../fixtures/togetherai/create_speech.stream.json";
import { failure, mock, sse, sseText, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/audio/speech";
const auth = { api_key: "tgp_v1_test0123456789abcdef" };
const text = "Windmill turns scripts into workflows.";
const bytesOf = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
const b64Of = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const audio = (b64: string, type: string) => new Response(bytesOf(b64), { headers: { "content-type": type } });
const pcm = Buffer.concat(streamed.response.events.slice(0, 3).map((e: any) => Buffer.from(e.data.b64, "base64")));

/** The fields of a WAV header that say how to play the samples. */
function header(b64: string) {
  const v = new DataView(bytesOf(b64).buffer);
  return {
    riff: b64Of(bytesOf(b64).subarray(0, 4)),
    code: v.getUint16(20, true),
    channels: v.getUint16(22, true),
    rate: v.getUint32(24, true),
    bits: v.getUint16(34, true),
    data: v.getUint32(40, true),
  };
}

describe("togetherai/create_speech", () => {
  test("asks for audio, not JSON, when it does not stream", async () => {
    const seen = mock("post", URL, audio(fixture.response.base64, "audio/wav"));
    const body = {
      model: "cartesia/sonic-2",
      input: text,
      voice: "friendly sidekick",
      language: "en" as const,
      sample_rate: 24000,
    };
    await main(auth, body);
    expect(seen[0].headers.accept).toBe("audio/*, application/octet-stream");
    expect(seen[0].body).toEqual(body);
  });

  test("accepts the body Together's SDK test sends: extra_params.pronunciation_dict and a sample_rate of 0", async () => {
    const seen = mock("post", URL, audio(fixture.response.base64, "audio/wav"));
    const sdk = {
      input: "input",
      model: "canopylabs/orpheus-3b-0.1-ft",
      voice: "voice",
      bit_rate: 32000,
      extra_params: { pronunciation_dict: ["omg/oh my god"] },
      language: "en" as const,
      response_encoding: "pcm_f32le" as const,
      response_format: "mp3" as const,
      sample_rate: 0,
      stream: false,
    };
    await main(auth, sdk);
    expect(seen[0].body).toEqual(sdk);
  });

  test("returns MP3 as speech.mp3", async () => {
    const mp3 = b64Of(new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0, 0xff, 0xfb]));
    mock("post", URL, audio(mp3, "audio/mpeg"));
    const result: any = await main(auth, {
      model: "cartesia/sonic-2",
      input: text,
      voice: "friendly sidekick",
      response_format: "mp3",
      bit_rate: 64000,
    });
    expect(result.file).toEqual({ content: mp3, filename: "speech.mp3", content_type: "audio/mpeg", size: 12 });
  });

  test("wraps raw PCM in a WAV header from the requested encoding and rate", async () => {
    mock("post", URL, audio(b64Of(pcm), "application/octet-stream"));
    const result: any = await main(auth, {
      model: "cartesia/sonic-2",
      input: text,
      voice: "friendly sidekick",
      response_format: "raw",
      response_encoding: "pcm_f32le",
      sample_rate: 22050,
    });
    expect(header(result.file.content)).toEqual({
      riff: "UklGRg==",
      code: 3,
      channels: 1,
      rate: 22050,
      bits: 32,
      data: pcm.length,
    });
    expect(result).toMatchObject({ model: "cartesia/sonic-2", response_encoding: "pcm_f32le", sample_rate: 22050 });
  });

  test("assembles a streamed reply into a WAV file at Kokoro's fixed 16-bit 24 kHz", async () => {
    const seen = mock("post", URL, sse(sseText(streamed.response.events)));
    const result: any = await main(auth, {
      model: "hexgrad/Kokoro-82M",
      input: text,
      voice: "af_heart",
      stream: true,
      response_format: "raw",
      sample_rate: 44100,
    });
    expect(seen[0].headers.accept).toBe("text/event-stream");
    expect(header(result.file.content)).toEqual({
      riff: "UklGRg==",
      code: 1,
      channels: 1,
      rate: 24000,
      bits: 16,
      data: 96,
    });
    expect(b64Of(bytesOf(result.file.content).subarray(44))).toBe(b64Of(pcm));
    expect(result).toMatchObject({
      wm_renderer: "file",
      model: "hexgrad/Kokoro-82M",
      voice: "af_heart",
      response_encoding: "pcm_s16le",
      sample_rate: 24000,
    });
  });

  test("fails with Together's message when the stream carries an error event", async () => {
    const events = [
      streamed.response.events[0],
      { data: { error: { message: "Voice af_nobody not found", type: "invalid_request_error" } } },
    ];
    mock("post", URL, sse(sseText(events)));
    const err = await failure(
      main(auth, { model: "hexgrad/Kokoro-82M", input: text, voice: "af_nobody", stream: true }),
    );
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe("Together stream error: Voice af_nobody not found");
  });

  test("fails when the stream ends before [DONE], rather than return clipped audio", async () => {
    mock("post", URL, sse(sseText(streamed.response.events.slice(0, 2))));
    const err = await failure(
      main(auth, { model: "hexgrad/Kokoro-82M", input: text, voice: "af_heart", stream: true }, { max_retries: 0 }),
    );
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe("Together stream error: the stream ended before [DONE]; the audio is incomplete");
  });

  test.each([
    [
      "streaming as mp3",
      { model: "cartesia/sonic-2", input: text, voice: "v", stream: true, response_format: "mp3" },
      "body.response_format: must be raw when streaming",
    ],
    [
      "an unsupported bit rate",
      { model: "cartesia/sonic-2", input: text, voice: "v", bit_rate: 100000 },
      "body.bit_rate: must be one of 32000, 64000, 96000, 128000, 192000 (got 100000)",
    ],
    [
      "an unknown language",
      { model: "cartesia/sonic-2", input: text, voice: "v", language: "xx" },
      'body.language: must be one of "en", "de", "fr", "es", "hi", "it", "ja", "ko", "nl", "pl", "pt", "ru", "sv", "tr", "zh" (got "xx")',
    ],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
