import { describe, expect, test } from "bun:test";
import { fileResult, imageResult, MAX_IMAGE_CHARS, mime, renderAll } from "./rich_result.ts";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe("fileResult", () => {
  test("names its renderer so Windmill shows a Download link beside the metadata", () => {
    const r = fileResult(new TextEncoder().encode("hello"), {
      filename: "a.txt",
      contentType: "text/plain; charset=utf-8",
      meta: { id: "file-1" },
    });
    expect(r).toEqual({
      wm_renderer: "file",
      file: { content: "aGVsbG8=", filename: "a.txt", content_type: "text/plain", size: 5 },
      id: "file-1",
    });
    expect(Object.keys(r)[0]).toBe("wm_renderer");
  });

  test("takes base64 as a provider sent it and works out the decoded size", () => {
    expect(fileResult("aGVsbG8=", { filename: "a.bin" }).file).toEqual({
      content: "aGVsbG8=",
      filename: "a.bin",
      content_type: "application/octet-stream",
      size: 5,
    });
    expect((fileResult("aGk=", { filename: "b" }).file as { size: number }).size).toBe(2);
    expect((fileResult("aGV5", { filename: "c" }).file as { size: number }).size).toBe(3);
  });

  test("keeps its own keys when the metadata uses the same names", () => {
    const r = fileResult(PNG, { filename: "x.png", meta: { wm_renderer: "json", file: "nope", model: "m" } });
    expect(r.wm_renderer).toBe("file");
    expect((r.file as { filename: string }).filename).toBe("x.png");
    expect(r.model).toBe("m");
  });
});

describe("imageResult", () => {
  test("draws PNG, JPEG and GIF under the key Windmill expects", () => {
    expect(imageResult(PNG, { filename: "i.png", contentType: "image/png" })).toEqual({
      wm_renderer: "png",
      png: { content: "iVBORw0KGgo=", filename: "i.png", content_type: "image/png", size: 8 },
    });
    expect(imageResult("/9j/", { filename: "i.jpg", contentType: "image/jpeg", meta: { seed: 4 } })).toMatchObject({
      wm_renderer: "jpeg",
      jpeg: { content: "/9j/" },
      seed: 4,
    });
    expect(imageResult("R0lG", { filename: "i.gif", contentType: "IMAGE/GIF" }).wm_renderer).toBe("gif");
  });

  test("leaves an image type Windmill cannot draw as a file download", () => {
    expect(imageResult("UklG", { filename: "i.webp", contentType: "image/webp" })).toMatchObject({
      wm_renderer: "file",
      file: { filename: "i.webp", content_type: "image/webp" },
    });
  });

  test("leaves an image too large for Windmill's image view as a file download", () => {
    const big = "A".repeat(MAX_IMAGE_CHARS + 4);
    expect(imageResult(big, { filename: "big.png", contentType: "image/png" }).wm_renderer).toBe("file");
  });
});

describe("helpers", () => {
  test("renderAll wraps several results for Windmill to draw in turn", () => {
    const a = fileResult("aGk=", { filename: "a" });
    expect(renderAll([a, a])).toEqual({ render_all: [a, a] });
  });

  test("mime drops parameters and case, and is undefined for nothing", () => {
    expect(mime("Audio/WAV; rate=24000")).toBe("audio/wav");
    expect(mime(null)).toBeUndefined();
    expect(mime("")).toBeUndefined();
  });
});
