import { describe, expect, test } from "bun:test";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UsageError } from "./errors.ts";
import { checkOutPath, mismatch, outNames, saveFiles } from "./save_files.ts";

const dir = () => mkdtempSync(join(tmpdir(), "runner-save-"));
const b64 = (text: string) => btoa(text);
const png = (text: string) => ({
  wm_renderer: "png",
  png: { content: b64(text), filename: "x.png", content_type: "image/png" },
});

describe("--out", () => {
  test("one file keeps the user's name exactly; several become name-1.ext, name-2.ext …", () => {
    expect(outNames("speech.mp3", 1)).toEqual(["speech.mp3"]);
    expect(outNames("out/img.png", 3)).toEqual(["out/img-1.png", "out/img-2.png", "out/img-3.png"]);
    expect(outNames("frames", 2)).toEqual(["frames-1", "frames-2"]);
  });

  test("every image of a several-image result is saved, each under its own name", () => {
    const folder = dir();
    const { saved, warnings } = saveFiles({ render_all: [png("first"), png("second")] }, join(folder, "img.png"));
    expect(saved.map((s) => s.file)).toEqual([join(folder, "img-1.png"), join(folder, "img-2.png")]);
    expect(readFileSync(join(folder, "img-1.png"), "utf8")).toBe("first");
    expect(readFileSync(join(folder, "img-2.png"), "utf8")).toBe("second");
    expect(warnings).toEqual([]);
  });

  test("a content type the extension does not name is saved as asked, with a warning naming a better one", () => {
    const folder = dir();
    const wav = { file: { content: b64("RIFF....WAVE"), filename: "speech.wav", content_type: "audio/wav" } };
    const { saved, warnings } = saveFiles(wav, join(folder, "speech.mp3"));
    expect(saved[0]!.file).toBe(join(folder, "speech.mp3"));
    expect(readFileSync(join(folder, "speech.mp3"), "utf8")).toBe("RIFF....WAVE");
    expect(warnings).toEqual([
      `--out ${join(folder, "speech.mp3")}: the content is audio/wav, but .mp3 means audio/mpeg; saved under your name anyway (speech.wav would match)`,
    ]);
  });

  test("extensions that name the content, in any of their spellings, pass without a warning", () => {
    const jpeg = { path: [], blob: "", contentType: "image/jpeg" };
    expect(mismatch("a.jpg", jpeg)).toBeUndefined();
    expect(mismatch("a.JPEG", jpeg)).toBeUndefined();
    expect(mismatch("a.png", jpeg)).toContain("the content is image/jpeg, but .png means image/png");
    expect(mismatch("a.bin", { ...jpeg, contentType: "application/octet-stream" })).toBeUndefined();
    expect(mismatch("notes.md", { ...jpeg, contentType: "text/plain; charset=utf-8" })).toBeUndefined();
    expect(mismatch("a.dat", { ...jpeg, contentType: undefined })).toBeUndefined();
  });

  test("a path in a missing folder, a folder itself or a read-only folder is refused before any call", () => {
    const folder = dir();
    expect(() => checkOutPath(join(folder, "missing", "a.mp3"))).toThrow(
      new UsageError(
        `--out ${join(folder, "missing", "a.mp3")}: the folder ${join(folder, "missing")} does not exist (create it first)`,
      ),
    );
    expect(() => checkOutPath(folder)).toThrow("is a folder: give a file name");
    expect(() => checkOutPath(join(folder, "fine.mp3"))).not.toThrow();
    if (process.getuid?.() !== 0) {
      const locked = join(folder, "locked");
      mkdirSync(locked);
      chmodSync(locked, 0o500);
      expect(() => checkOutPath(join(locked, "a.mp3"))).toThrow("is not writable");
    }
  });
});
