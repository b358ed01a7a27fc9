import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/create_video.ts";
import fixture from "../../fixtures/togetherai/create_video.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v2/videos";
const auth = { api_key: "tgp_v1_test0123456789abcdef" };
const model = "minimax/video-01-director";
const prompt = "a paper boat drifting down a rainy street, close-up";

describe("togetherai/create_video", () => {
  test("keeps the resource's host and swaps only its /v1 for /v2; a base without /v1 stays as it is", async () => {
    const ai = mock("post", "https://api.together.ai/v2/videos", json(fixture.response.json));
    await main({ ...auth, base_url: "https://api.together.ai/v1/" }, { model, prompt });
    expect(ai).toHaveLength(1);
    const gateway = mock("post", "http://127.0.0.1:8787/togetherai/videos", json(fixture.response.json));
    await main({ ...auth, base_url: "http://127.0.0.1:8787/togetherai" }, { model, prompt });
    expect(gateway).toHaveLength(1);
  });

  test("accepts the union forms the form cannot type: frame numbers, a source video object, audio objects", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    const media = {
      frame_images: [{ input_image: "https://e.com/a.png", frame: 48 }],
      source_video: { video: "https://e.com/in.mp4" },
      audio_inputs: [{ audio: "https://e.com/a.wav" }, "https://e.com/b.wav"],
    };
    await main(auth, { model, media } as any);
    expect(seen[0].body.media).toEqual(media);
  });

  test("accepts the body Together's SDK test sends: zero sizes, fps and quality, seconds as free text", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    const sdk = { model, fps: 0, height: 0, width: 0, output_quality: 0, seconds: "seconds", steps: 10 };
    await main(auth, sdk);
    expect(seen[0].body).toEqual(sdk);
  });

  test.each([
    ["steps under the spec's 10", { model, steps: 5 }, "body.steps: must be at least 10 (got 5)"],
    [
      "a reference video with a blank url",
      { model, media: { reference_videos: [{ video: " " }] } },
      "body.media.reference_videos[0].video: must not be empty",
    ],
    [
      "an unknown output format",
      { model, output_format: "GIF" },
      'body.output_format: must be one of "MP4", "WEBM" (got "GIF")',
    ],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
