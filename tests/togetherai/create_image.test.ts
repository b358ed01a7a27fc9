import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/create_image.ts";
import fixture from "../../fixtures/togetherai/create_image.json";
import several from "../../fixtures/togetherai/create_image.several.json";
import byUrl from "../../fixtures/togetherai/create_image.url.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/images/generations";
const auth = { api_key: "tgp_v1_test0123456789abcdef" };
const model = "black-forest-labs/FLUX.1-schnell";
const prompt = "a lighthouse at dawn, watercolor";
const png = several.response.json.data[0].b64_json;

describe("togetherai/create_image", () => {
  test("draws several images one after the other, each naming its index", async () => {
    mock("post", URL, json(several.response.json));
    const result: any = await main(auth, { model, prompt, n: 2, response_format: "base64", output_format: "png" });
    expect(result.render_all).toHaveLength(2);
    expect(result.render_all[1]).toEqual({
      wm_renderer: "png",
      png: { content: png, filename: "oFsS9wm-2j9zxn-0c7d-1.png", content_type: "image/png", size: 74 },
      id: "oFsS9wm-2j9zxn-0c7d",
      model,
      object: "list",
      index: 1,
      type: "b64_json",
    });
  });

  test("trusts the bytes over output_format when they disagree", async () => {
    mock("post", URL, json(fixture.response.json));
    const result: any = await main(auth, { model, prompt, output_format: "png" });
    expect(result.wm_renderer).toBe("jpeg");
  });

  test("keeps a URL reply unchanged and adds a markdown view of the images", async () => {
    mock("post", URL, json(byUrl.response.json));
    expect(await main(auth, { model, prompt, response_format: "url" })).toEqual({
      wm_renderer: "markdown",
      markdown: "![image 0](https://api.together.ai/shrt/Pq9f2KxLm8Zr0vYd)",
      ...byUrl.response.json,
    });
  });

  test("accepts the body Together's SDK test sends, zeros for n, sizes and steps included", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    const sdk = {
      model,
      prompt: "cat floating in space, cinematic",
      disable_safety_checker: true,
      guidance_scale: 0,
      height: 0,
      image_loras: [{ path: "path", scale: 0 }],
      image_url: "image_url",
      n: 0,
      negative_prompt: "negative_prompt",
      output_format: "jpeg" as const,
      reference_images: ["string"],
      response_format: "base64" as const,
      seed: 0,
      steps: 0,
      width: 0,
    };
    await main(auth, sdk);
    expect(seen[0].body).toEqual(sdk);
  });

  test.each([
    ["an empty prompt", { model, prompt: "" }, "body.prompt: is required"],
    ["a negative n", { model, prompt, n: -1 }, "body.n: must be at least 0 (got -1)"],
    [
      "an unknown output format",
      { model, prompt, output_format: "webp" },
      'body.output_format: must be one of "jpeg", "png" (got "webp")',
    ],
    [
      "a LoRA without its scale",
      { model, prompt, image_loras: [{ path: "https://x" }] },
      "body.image_loras[0].scale: is required",
    ],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
