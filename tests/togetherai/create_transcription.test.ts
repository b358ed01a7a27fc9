import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/create_transcription.ts";
import fixture from "../../fixtures/togetherai/create_transcription.json";
import { captureLogs, failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/audio/transcriptions";
const auth = { api_key: "tgp_v1_test0123456789abcdef" };
// The first bytes of an MP3 with an ID3 tag, as a Windmill file input passes them.
const mp3 = new Uint8Array([0x49, 0x44, 0x33, 0x04, 0, 0, 0, 0, 0, 0, 0xff, 0xfb, 0x90, 0x64]);
const file = btoa(String.fromCharCode(...mp3));

describe("togetherai/create_transcription", () => {
  test("posts the audio as a named file in a multipart form with the other fields", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    await main(auth, {
      file,
      language: "en",
      response_format: "verbose_json",
      timestamp_granularities: ["word", "segment"],
      diarize: true,
      min_speakers: 1,
      max_speakers: 2,
      temperature: 0,
    });
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("POST");
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test0123456789abcdef");
    expect(seen[0].headers["content-type"]).toStartWith("multipart/form-data; boundary=");
    const form = seen[0].form!;
    const sent = form.get("file") as File;
    expect(sent.name).toBe("audio.mp3");
    expect(sent.type).toBe("audio/mpeg");
    expect(new Uint8Array(await sent.arrayBuffer())).toEqual(mp3);
    expect([...form.entries()].filter(([k]) => k !== "file")).toEqual([
      ["language", "en"],
      ["response_format", "verbose_json"],
      ["timestamp_granularities", "word"],
      ["timestamp_granularities", "segment"],
      ["diarize", "true"],
      ["min_speakers", "1"],
      ["max_speakers", "2"],
      ["temperature", "0"],
    ]);
  });

  test("sends speaker counts of 0, as Together's SDK test does (the spec sets no minimum)", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    await main(auth, { file, diarize: true, min_speakers: 0, max_speakers: 0 });
    expect(seen[0].form!.get("min_speakers")).toBe("0");
    expect(seen[0].form!.get("max_speakers")).toBe("0");
  });

  test("passes a public URL on for Together to fetch", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    await main(auth, { file: "https://example.com/talk.mp3" });
    expect(seen[0].form!.get("file")).toBe("https://example.com/talk.mp3");
  });

  test("retries a 503 as transcription is safe to repeat, sending the file again", async () => {
    const busy = json(
      { error: { message: "Service overloaded", type: "server_error" } },
      { status: 503, headers: { "retry-after-ms": "1" } },
    );
    const seen = mock("post", URL, busy, json(fixture.response.json));
    const logs = captureLogs();
    await main(auth, { file }).finally(logs.restore);
    expect(seen).toHaveLength(2);
    expect((seen[1].form!.get("file") as File).size).toBe(mp3.length);
  });

  test.each([
    [
      "a file that is not base64",
      { file: "%%%" },
      "body.file: must be an audio file (a Windmill file input, base64) or an http(s) URL",
    ],
    ["temperature over 1", { file, temperature: 1.5 }, "body.temperature: must be at most 1 (got 1.5)"],
    [
      "a language name instead of a code",
      { file, language: "English" },
      'body.language: must be an ISO 639-1 code such as "en", or "auto" (got "English")',
    ],
    [
      "fewer max_speakers than min_speakers",
      { file, min_speakers: 3, max_speakers: 2 },
      "body.max_speakers: must be at least min_speakers (3)",
    ],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
