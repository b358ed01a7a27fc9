import { describe, expect, test } from "bun:test";
import { InputError } from "./errors.ts";
import { checkFileSizes, decodedSize, fileInput, fromBase64, toBase64 } from "./files.ts";

const MAX = 1024 * 1024;

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
    expect([...fileInput(" aGk= ", "body.file", MAX)]).toEqual([104, 105]);
    expect([...fileInput("data:text/plain;base64,aGk=", "body.file", MAX)]).toEqual([104, 105]);
  });

  test("names the field when the content is not base64 or is empty", () => {
    expect(() => fileInput("not base64!", "body.data", MAX)).toThrow(
      new InputError("body.data", "must be a file's content in base64 (a Windmill file input)"),
    );
    expect(() => fileInput("data:application/jsonl;base64,", "body.file", MAX)).toThrow(
      new InputError("body.file", "is an empty file"),
    );
  });
});

describe("file input caps", () => {
  test("reads the decoded size from the base64 length, padding and data: prefix aside", () => {
    for (const n of [0, 1, 2, 3, 4, 100_003]) {
      const b64 = Buffer.from(new Uint8Array(n)).toString("base64");
      expect(decodedSize(b64)).toBe(n);
      expect(decodedSize(`data:application/octet-stream;base64,${b64}`)).toBe(n);
    }
  });

  test("takes a file of exactly the cap and refuses one byte more, before decoding, naming the field", () => {
    const at = Buffer.from(new Uint8Array(MAX)).toString("base64");
    expect(fileInput(at, "body.file", MAX)).toHaveLength(MAX);
    const over = Buffer.from(new Uint8Array(MAX + 1)).toString("base64");
    expect(() => fileInput(over, "body.file", MAX)).toThrow(
      new InputError("body.file", "must be at most 1.0 MiB, what a Windmill job can send (got 1.0 MiB)"),
    );
  });

  test("counts several files of one call together, naming the one that passes the cap", () => {
    expect(() =>
      checkFileSizes(10, [
        ["body.data", 6],
        ["body.eval_data", 5],
      ]),
    ).toThrow(
      new InputError(
        "body.eval_data",
        "must be at most 0.0 MiB together with body.data, what a Windmill job can send (got 0.0 MiB in all)",
      ),
    );
    expect(() =>
      checkFileSizes(10, [
        ["body.data", 6],
        ["body.eval_data", 0],
      ]),
    ).not.toThrow();
  });
});

describe("fromBase64 without the native decoder", () => {
  test("decodes in slices to the same bytes, line breaks and padding included", () => {
    const saved = (Uint8Array as any).fromBase64;
    delete (Uint8Array as any).fromBase64;
    try {
      const b = sample();
      const s = Buffer.from(b).toString("base64");
      expect(fromBase64(s)).toEqual(b);
      expect(fromBase64(s.replace(/(.{76})/g, "$1\n"))).toEqual(b);
      expect(fromBase64(`data:text/plain;base64,${btoa("hi")}`)).toEqual(new Uint8Array([104, 105]));
    } finally {
      (Uint8Array as any).fromBase64 = saved;
    }
  });
});
