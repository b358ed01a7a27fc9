// Raw PCM audio wrapped in a WAV header, so the file a job returns plays anywhere.

export interface PcmFormat {
  /** Together's names: pcm_s16le, pcm_f32le, pcm_alaw, pcm_mulaw. */
  response_encoding: string;
  sample_rate: number;
}

// WAVE format codes: 1 integer PCM, 3 IEEE float, 6 A-law, 7 mu-law.
const CODECS: Record<string, [code: number, bits: number]> = {
  pcm_s16le: [1, 16],
  pcm_f32le: [3, 32],
  pcm_alaw: [6, 8],
  pcm_mulaw: [7, 8],
};

export const isWav = (b: Uint8Array) => b.length >= 12 && ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WAVE";

const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/** A mono WAV file holding `pcm` as is (44-byte header, no re-encoding). */
export function wav(pcm: Uint8Array, { response_encoding, sample_rate }: PcmFormat): Uint8Array {
  const [code, bits] = CODECS[response_encoding] ?? CODECS.pcm_f32le;
  const out = new Uint8Array(44 + pcm.length);
  const v = new DataView(out.buffer);
  const text = (at: number, s: string) => [...s].forEach((c, i) => v.setUint8(at + i, c.charCodeAt(0)));
  text(0, "RIFF");
  v.setUint32(4, 36 + pcm.length, true);
  text(8, "WAVEfmt ");
  v.setUint32(16, 16, true); // fmt chunk size
  v.setUint16(20, code, true);
  v.setUint16(22, 1, true); // channels
  v.setUint32(24, sample_rate, true);
  v.setUint32(28, (sample_rate * bits) / 8, true); // bytes per second
  v.setUint16(32, bits / 8, true); // bytes per frame
  v.setUint16(34, bits, true);
  text(36, "data");
  v.setUint32(40, pcm.length, true);
  out.set(pcm, 44);
  return out;
}
