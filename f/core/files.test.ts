import { describe, expect, test } from "bun:test";
import { fromBase64, toBase64 } from "./files.ts";

const sample = () => {
  const b = new Uint8Array(100_003);
  for (let i = 0; i < b.length; i++) b[i] = (i * 31) & 255;
  return b;
};

describe("files", () => {
  test("round-trips bytes through base64, also from a data: URI", () => {
    const b = sample();
    const s = toBase64(b);
    expect(s).toBe(Buffer.from(b).toString("base64"));
    expect(fromBase64(s)).toEqual(b);
    expect(fromBase64(`data:audio/wav;base64,${s}`)).toEqual(b);
  });

  test("encodes the same without the native encoder, in slices", () => {
    const b = sample();
    const plain = Object.assign(b.slice(), { toBase64: undefined });
    expect(toBase64(plain)).toBe(Buffer.from(b).toString("base64"));
  });
});
