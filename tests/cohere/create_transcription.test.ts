import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/create_transcription.ts";
import { InputError } from "../../f/core/errors.ts";
import fixture from "../../fixtures/cohere/create_transcription.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.cohere.com/v2/audio/transcriptions";
const auth = { apiKey: "co-test-key-0123456789" };
const model = "cohere-transcribe-03-2026";
const bytesOf = (head: string, size = 64) => {
  const b = new Uint8Array(size);
  for (let i = 0; i < head.length; i++) b[i] = head.charCodeAt(i);
  return b;
};
const b64 = (b: Uint8Array) => btoa(String.fromCharCode(...b));
const wav = bytesOf("RIFF\x24\x00\x00\x00WAVEfmt ");

describe("cohere/create_transcription", () => {
  test("uploads the decoded file with model, language and temperature as multipart fields", async () => {
    let raw = "";
    const seen = mock("post", URL, async (req) => {
      raw = await req.text();
      return json(fixture.response.json);
    });
    await main(auth, { model, language: "en", temperature: 0.2, file: b64(wav) });
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("POST");
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer co-test-key-0123456789");
    expect(seen[0].headers["content-type"]).toStartWith("multipart/form-data; boundary=");
    const form = seen[0].form!;
    expect(form.get("model")).toBe(model);
    expect(form.get("language")).toBe("en");
    expect(form.get("temperature")).toBe("0.2");
    const file = form.get("file") as File;
    expect(file.name).toBe("audio.wav");
    expect(raw).toContain(
      'Content-Disposition: form-data; name="file"; filename="audio.wav"\r\nContent-Type: audio/wav\r\n',
    );
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(wav);
  });

  test.each([
    ["fLaC", "audio.flac", "audio/flac"],
    ["OggS", "audio.ogg", "audio/ogg"],
    ["ID3\x04", "audio.mp3", "audio/mpeg"],
  ])("names a file starting %p after its format", async (head, name, type) => {
    let raw = "";
    const seen = mock("post", URL, async (req) => {
      raw = await req.text();
      return json(fixture.response.json);
    });
    await main(auth, { model, language: "fr", file: `data:application/octet-stream;base64,${b64(bytesOf(head))}` });
    expect(raw).toContain(`filename="${name}"\r\nContent-Type: ${type}\r\n`);
    expect(seen[0].form!.has("temperature")).toBe(false);
  });

  test.each([
    [
      "a file that is not base64",
      { model, language: "en", file: "not base64!" },
      "body.file: must be a file's content in base64 (a Windmill file input)",
    ],
    [
      "a language that is not ISO-639-1",
      { model, language: "english", file: "AAAA" },
      'body.language: must be a two-letter ISO-639-1 code such as "en" (got "english")',
    ],
    [
      "a temperature above 1",
      { model, language: "en", file: "AAAA", temperature: 1.5 },
      "body.temperature: must be at most 1 (got 1.5)",
    ],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
