//native
//fetch_response_timeout 0
// Start a video generation job on Together (text, image or video to video); poll it with get_video. https://docs.together.ai/reference/create-videos
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { postJson } from "../core/rest.ts";
import { array, boolean, either, integer, number, object, oneOf, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: {
    model: string;
    prompt?: string;
    negative_prompt?: string;
    width?: number;
    height?: number;
    resolution?: string;
    ratio?: string;
    seconds?: string;
    fps?: number;
    steps?: number;
    guidance_scale?: number;
    seed?: number;
    output_format?: "MP4" | "WEBM";
    output_quality?: number;
    generate_audio?: boolean;
    // The spec's unions are typed in their common form; the others pass at run time: a frame number
    // for `frame`, {video: url} for source_video, {audio: url} items in audio_inputs.
    media?: {
      frame_images?: { input_image: string; frame?: "first" | "last" }[];
      frame_videos?: { video: string }[];
      reference_images?: string[];
      reference_videos?: { video: string }[];
      source_video?: string;
      audio_inputs?: string[];
    };
    // Deprecated by Together in favour of media.frame_images and media.reference_images.
    frame_images?: { input_image: string; frame?: "first" | "last" }[];
    reference_images?: string[];
  },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  const json = validate(body, rules);
  // The spec serves /videos from https://api.together.ai/v2 (a `servers` override), not /v1: the
  // resource's base URL gets its trailing /v1 swapped for /v2, keeping its host; a base without /v1
  // (a gateway or the emulator) is used as it is.
  const v2 = { ...t, baseUrl: t.baseUrl.replace(/\/v1$/, "/v2") };
  // Each call starts (and bills) a new job: not idempotent, so retried only when Together refused it (408/429/503).
  return postJson(v2, path`/videos`, json, options);
}

const url = string({ nonEmpty: true });
const frame = object({ input_image: url, frame: either(oneOf("first", "last"), number({ min: 0 })) }, ["input_image"]);
const videoRef = object({ video: url }, ["video"]);
const rules = object(
  {
    model: string({ nonEmpty: true }),
    prompt: string({ nonEmpty: true }),
    negative_prompt: string(),
    width: integer({ min: 1 }),
    height: integer({ min: 1 }),
    resolution: string({ nonEmpty: true }),
    ratio: string({ nonEmpty: true }),
    seconds: string({ pattern: /^\d+(\.\d+)?$/, patternName: 'a number of seconds such as "5"' }),
    fps: integer({ min: 1 }),
    steps: integer({ min: 10, max: 50 }),
    // Typed integer in the spec, whose own description recommends 6.0-10.0: fractions pass.
    guidance_scale: number({ min: 0 }),
    seed: integer(),
    output_format: oneOf("MP4", "WEBM"),
    output_quality: integer({ min: 0 }),
    generate_audio: boolean,
    media: object({
      frame_images: array(frame),
      frame_videos: array(videoRef),
      reference_images: array(url),
      reference_videos: array(videoRef),
      source_video: either(url, videoRef),
      audio_inputs: array(either(url, object({ audio: url }, ["audio"]))),
    }),
    frame_images: array(frame),
    reference_images: array(url),
  },
  ["model"],
);
