import { describe, expect, test } from "bun:test";
import { InputError } from "./errors.ts";
import { fileInput, fromBase64, toBase64 } from "./files.ts";

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

describe("fileInput", () => {
  test("decodes a Windmill file input, bare or as a data: URI, ignoring surrounding blanks", () => {
    expect([...fileInput(" aGk= ", "body.file")]).toEqual([104, 105]);
    expect([...fileInput("data:text/plain;base64,aGk=", "body.file")]).toEqual([104, 105]);
  });

  test("names the field when the content is not base64 or is empty", () => {
    expect(() => fileInput("not base64!", "body.data")).toThrow(
      new InputError("body.data", "must be a file's content in base64 (a Windmill file input)"),
    );
    expect(() => fileInput("data:application/jsonl;base64,", "body.file")).toThrow(
      new InputError("body.file", "is an empty file"),
    );
  });
});
