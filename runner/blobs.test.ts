import { describe, expect, test } from "bun:test";
import { abbreviateBlobs, decodeBlob, findFiles } from "./blobs.ts";

const small = btoa("x".repeat(900)); // 1200 chars
const large = btoa("y".repeat(3000));

describe("binary content in results", () => {
  test("without rich-display content, every long base64 string is a file, wherever it sits", () => {
    const found = findFiles({ raw: [large, { deeper: small }], text: "hello" });
    expect(found.map((f) => f.path)).toEqual([
      ["raw", 0],
      ["raw", 1, "deeper"],
    ]);
  });

  test("short strings and ordinary text are not mistaken for binary", () => {
    expect(findFiles({ text: "hello world ".repeat(200), id: "abc", file: "file-abc123" })).toEqual([]);
  });

  test("Windmill's rich-display content wins, however small, with its content type and name", () => {
    const result = { wm_renderer: "png", png: { content: "iVBORw0KGgo=", filename: "a.png" }, raw: large };
    expect(findFiles(result)).toEqual([
      { path: ["png", "content"], blob: "iVBORw0KGgo=", contentType: "image/png", filename: "a.png" },
    ]);
    const file = { file: { content: "UklGRg==", filename: "speech.wav", content_type: "audio/wav" } };
    expect(findFiles(file)[0]).toMatchObject({ contentType: "audio/wav", filename: "speech.wav" });
    expect(findFiles({ jpeg: "/9j/4AAQ" })).toEqual([{ path: ["jpeg"], blob: "/9j/4AAQ", contentType: "image/jpeg" }]);
  });

  test("every image of a render_all result is found, in order", () => {
    const image = (content: string) => ({ wm_renderer: "png", png: { content, filename: "i.png" } });
    const found = findFiles({ render_all: [image("iVBORw0KGgoA"), image("iVBORw0KGgoB")] });
    expect(found.map((f) => f.path)).toEqual([
      ["render_all", 0, "png", "content"],
      ["render_all", 1, "png", "content"],
    ]);
  });

  test("data URLs and URL-safe base64 decode to the same bytes", () => {
    expect(decodeBlob("data:image/png;base64,AAEC")).toEqual(new Uint8Array([0, 1, 2]));
    expect(decodeBlob("-_8=")).toEqual(decodeBlob("+/8="));
  });

  test("each saved blob is replaced by where it went, other blobs only in abbreviated mode", () => {
    const value = { a: large, b: small, c: [large] };
    const saved = [
      { path: ["a"], file: "out-1.bin", bytes: 3000 },
      { path: ["c", 0], file: "out-2.bin", bytes: 3000 },
    ];
    expect(abbreviateBlobs(value, saved, false)).toEqual({
      a: "<3000 bytes saved to out-1.bin>",
      b: small,
      c: ["<3000 bytes saved to out-2.bin>"],
    });
    expect((abbreviateBlobs(value, saved, true) as { b: string }).b).toStartWith("<base64, 1200 chars");
  });
});
