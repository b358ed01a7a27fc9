import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/create_translation.ts";
import fixture from "../../fixtures/togetherai/create_translation.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/audio/translations";
const auth = { api_key: "tgp_v1_test0123456789abcdef" };
// The first bytes of a WAV file, as a Windmill file input passes them (here as a data: URI).
const wav = new Uint8Array([
  ...[..."RIFF"].map((c) => c.charCodeAt(0)),
  36,
  0,
  0,
  0,
  ...[..."WAVE"].map((c) => c.charCodeAt(0)),
]);
const file = `data:audio/wav;base64,${btoa(String.fromCharCode(...wav))}`;

describe("togetherai/create_translation", () => {
  test("posts the audio as a named file in a multipart form with the other fields", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    await main(auth, {
      file,
      model: "openai/whisper-large-v3",
      prompt: "Windmill",
      response_format: "verbose_json",
      timestamp_granularities: ["segment"],
    });
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test0123456789abcdef");
    const form = seen[0].form!;
    const sent = form.get("file") as File;
    expect(sent.name).toBe("audio.wav");
    expect(new Uint8Array(await sent.arrayBuffer())).toEqual(wav);
    expect([...form.entries()].filter(([k]) => k !== "file")).toEqual([
      ["model", "openai/whisper-large-v3"],
      ["prompt", "Windmill"],
      ["response_format", "verbose_json"],
      ["timestamp_granularities", "segment"],
    ]);
  });

  test.each([
    [
      "an unknown granularity",
      { file, timestamp_granularities: ["sentence"] },
      'body.timestamp_granularities: matches no accepted form: [0] must be one of "segment", "word" (got "sentence"); or must be one of "segment", "word" (got a list)',
    ],
    [
      "an unknown response format",
      { file, response_format: "srt" },
      'body.response_format: must be one of "json", "verbose_json" (got "srt")',
    ],
    ["an empty file", { file: "" }, "body.file: is required"],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
