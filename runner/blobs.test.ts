import { describe, expect, test } from "bun:test";
import { abbreviateBlobs, decodeBlob, findLargestBlob, findSaveable } from "./blobs.ts";

const small = btoa("x".repeat(900)); // 1200 chars
const large = btoa("y".repeat(3000));

describe("binary content in results", () => {
  test("the largest base64 string is found wherever it sits", () => {
    const found = findLargestBlob({
      preview: { png: small },
      files: [{ file: { content: large, filename: "a.wav" } }],
    });
    expect(found?.path).toEqual(["files", 0, "file", "content"]);
  });

  test("short strings and ordinary text are not mistaken for binary", () => {
    expect(findLargestBlob({ text: "hello world ".repeat(200), id: "abc" })).toBeUndefined();
  });

  test("--out prefers Windmill's rich-display content, even a tiny image, over other blobs", () => {
    const result = { wm_renderer: "png", png: { content: "iVBORw0KGgo=", filename: "a.png" }, raw: large };
    expect(findSaveable(result)?.path).toEqual(["png", "content"]);
    expect(findSaveable({ raw: large })?.path).toEqual(["raw"]);
  });

  test("data URLs and URL-safe base64 decode to the same bytes", () => {
    expect(decodeBlob("data:image/png;base64,AAEC")).toEqual(new Uint8Array([0, 1, 2]));
    expect(decodeBlob("-_8=")).toEqual(decodeBlob("+/8="));
  });

  test("the saved blob is replaced by where it went, other blobs only in abbreviated mode", () => {
    const value = { a: large, b: small };
    const saved = { path: ["a"], file: "out.bin", bytes: 3000 };
    expect(abbreviateBlobs(value, saved, false)).toEqual({ a: "<3000 bytes saved to out.bin>", b: small });
    expect((abbreviateBlobs(value, saved, true) as { b: string }).b).toStartWith("<base64, 1200 chars");
  });
});
