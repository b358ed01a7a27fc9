import { describe, expect, test } from "bun:test";
import { isWav, wav } from "./wav.ts";

describe("wav", () => {
  test("writes a mono header that names the encoding, rate and size, then the samples untouched", () => {
    const pcm = new Uint8Array([1, 2, 3, 4]);
    const file = wav(pcm, { response_encoding: "pcm_s16le", sample_rate: 24000 });
    const v = new DataView(file.buffer);
    expect(isWav(file)).toBe(true);
    expect([
      v.getUint32(4, true),
      v.getUint16(20, true),
      v.getUint16(22, true),
      v.getUint32(24, true),
      v.getUint32(28, true),
      v.getUint16(34, true),
      v.getUint32(40, true),
    ]).toEqual([40, 1, 1, 24000, 48000, 16, 4]);
    expect([...file.subarray(44)]).toEqual([1, 2, 3, 4]);
  });

  test("marks 32-bit float samples as IEEE float, and falls back to it for an unknown encoding", () => {
    const v = (enc: string) =>
      new DataView(wav(new Uint8Array(8), { response_encoding: enc, sample_rate: 44100 }).buffer);
    expect([v("pcm_f32le").getUint16(20, true), v("pcm_f32le").getUint16(34, true)]).toEqual([3, 32]);
    expect(v("something_new").getUint16(20, true)).toBe(3);
    expect(v("pcm_mulaw").getUint16(20, true)).toBe(7);
  });

  test("recognises a WAV file by its RIFF/WAVE magic and nothing else", () => {
    expect(isWav(new TextEncoder().encode("RIFF\0\0\0\0WAVEfmt "))).toBe(true);
    expect(isWav(new TextEncoder().encode("ID3\u0004mp3 data"))).toBe(false);
    expect(isWav(new Uint8Array(3))).toBe(false);
  });
});
