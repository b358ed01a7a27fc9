//native
//fetch_response_timeout 0
// Start a video generation job on Together (text, image or video to video); poll it with get_video. https://docs.together.ai/reference/create-videos
import {
  alternative,
  and,
  atLeast,
  defineContract,
  free,
  int,
  length,
  nonEmpty,
  num,
  obj,
  req,
  str,
} from "../core/contract.ts";
import { path } from "../core/http.ts";
import { postJson } from "../core/rest.ts";
import { shape } from "./shapes/create_video.ts";

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
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: json, options: o } = contract.parse(auth, body, options);
  // The spec serves /videos from https://api.together.ai/v2 (a `servers` override), not /v1: the
  // resource's base URL gets its trailing /v1 swapped for /v2, keeping its host; a base without /v1
  // (a gateway or the emulator) is used as it is.
  const v2 = { ...t, baseUrl: t.baseUrl.replace(/\/v1$/, "/v2") };
  // Each call starts (and bills) a new job: not idempotent, so retried only when Together refused it (408/429/503).
  return postJson(v2, path`/videos`, json, o);
}

// The spec's unions beside the forms typed above: VideoFrameImageInput.frame, VideoRef, AudioRef.
const frameNumber = alternative("a frame number", num, { $: atLeast(0) });
const videoRef = alternative("a video object", obj({ video: req(str) }), { video: nonEmpty });
const audioRef = alternative("an audio object", obj({ audio: req(str) }), { audio: nonEmpty });

// The spec sets no minimum on the sizes, fps and output_quality, and the SDK's test sends 0:
// only negatives are refused.
export const contract = defineContract(shape, {
  sends: "json",
  rules: {
    model: nonEmpty,
    prompt: and(nonEmpty, length(1, 32000)),
    negative_prompt: free,
    width: int(0),
    height: int(0),
    resolution: nonEmpty,
    ratio: nonEmpty,
    // Free text in the spec (no pattern; the SDK's test sends "seconds"): Together judges it.
    seconds: nonEmpty,
    fps: int(0),
    steps: int(10, 50),
    // Typed integer in the spec, whose own description recommends 6.0-10.0: fractions pass.
    guidance_scale: atLeast(0),
    seed: int(),
    output_format: free,
    output_quality: int(0),
    generate_audio: free,
    media: free,
    "media.frame_images": free,
    "media.frame_images[].input_image": nonEmpty,
    "media.frame_images[].frame": free,
    "media.frame_videos": free,
    "media.frame_videos[].video": nonEmpty,
    "media.reference_images": free,
    "media.reference_images[]": nonEmpty,
    "media.reference_videos": free,
    "media.reference_videos[].video": nonEmpty,
    "media.source_video": nonEmpty,
    "media.audio_inputs": free,
    "media.audio_inputs[]": nonEmpty,
    frame_images: free,
    "frame_images[].input_image": nonEmpty,
    "frame_images[].frame": free,
    reference_images: free,
    "reference_images[]": nonEmpty,
  },
  alternatives: {
    "media.frame_images[].frame": frameNumber,
    "media.source_video": videoRef,
    "media.audio_inputs[]": audioRef,
    "frame_images[].frame": frameNumber,
  },
});
