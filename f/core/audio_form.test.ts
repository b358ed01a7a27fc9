import { describe, expect, test } from "bun:test";
import { audioForm, audioName } from "./audio_form.ts";
import { InputError } from "./errors.ts";

const MAX = 1024;
const b64 = (...bytes: number[]) => btoa(String.fromCharCode(...bytes));
const text = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe("audioName", () => {
  test.each([
    ["wav", [...text("RIFF"), 0, 0, 0, 0, ...text("WAVE")], "audio.wav", "audio/wav"],
    ["mp3 with ID3", text("ID3\x04"), "audio.mp3", "audio/mpeg"],
    ["bare mp3 frames", [0xff, 0xfb, 0x90, 0x00], "audio.mp3", "audio/mpeg"],
    ["flac", text("fLaC"), "audio.flac", "audio/flac"],
    ["ogg", text("OggS"), "audio.ogg", "audio/ogg"],
    ["webm", [0x1a, 0x45, 0xdf, 0xa3], "audio.webm", "audio/webm"],
    ["m4a", [0, 0, 0, 0x20, ...text("ftypM4A ")], "audio.m4a", "audio/mp4"],
    ["anything else", [1, 2, 3, 4], "audio", "application/octet-stream"],
  ])("names %s from its first bytes", (_, bytes, filename, type) => {
    expect(audioName(new Uint8Array(bytes as number[]))).toEqual({ filename, type });
  });

  test("gives an unknown format the extension the caller names", () => {
    expect(audioName(new Uint8Array([1, 2, 3, 4]), "audio", { ext: "mp3", type: "audio/mpeg" })).toEqual({
      filename: "audio.mp3",
      type: "audio/mpeg",
    });
  });
});

describe("audioForm", () => {
  test("puts the bytes first as a named file, then the fields, repeating list keys and dropping empty ones", async () => {
    const form = audioForm(
      b64(...text("fLaC"), 0, 0),
      {
        model: "m",
        temperature: 0,
        diarize: true,
        granularity: ["word", "segment"],
        prompt: null,
      },
      MAX,
    );
    expect([...form.keys()]).toEqual(["file", "model", "temperature", "diarize", "granularity", "granularity"]);
    const file = form.get("file") as File;
    expect(file.name).toBe("audio.flac");
    expect(file.type).toBe("audio/flac");
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(new Uint8Array([...text("fLaC"), 0, 0]));
    expect(form.getAll("granularity")).toEqual(["word", "segment"]);
    expect(form.get("diarize")).toBe("true");
    expect(form.get("temperature")).toBe("0");
  });

  test("sends a URL as a plain field for the provider to fetch", () => {
    expect(audioForm(" https://example.com/a.mp3 ", {}, MAX).get("file")).toBe("https://example.com/a.mp3");
  });

  test("rejects what is neither base64 nor a URL, and an empty file", () => {
    expect(() => audioForm("not base64!", {}, MAX)).toThrow(
      new InputError("body.file", "must be an audio file (a Windmill file input, base64) or an http(s) URL"),
    );
    expect(() => audioForm("", {}, MAX)).toThrow(new InputError("body.file", "is an empty file"));
  });

  test("refuses a file over the cap before decoding it, naming the field", () => {
    expect(() => audioForm(btoa("x".repeat(MAX + 1)), {}, MAX, "body.audio")).toThrow(
      new InputError("body.audio", "must be at most 0.0 MiB, what a Windmill job can send (got 0.0 MiB)"),
    );
  });
});
