//native
//fetch_response_timeout 0
// Get a video generation job's status, and once completed the URL of the video. https://docs.together.ai/docs/videos-overview
import { defineContract, segment } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/get_video.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { id: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: b, options: o } = contract.parse(auth, body, options);
  // The spec serves /videos from https://api.together.ai/v2 (a `servers` override), not /v1: the
  // resource's base URL gets its trailing /v1 swapped for /v2, keeping its host; a base without /v1
  // (a gateway or the emulator) is used as it is.
  const v2 = { ...t, baseUrl: t.baseUrl.replace(/\/v1$/, "/v2") };
  // A read: repeated freely. The reply is returned as it comes: Together's video guide (docs/videos-overview)
  // shows more statuses (queued, cancelled) and fields (info.errors, inputs) than the spec's VideoJob.
  return getJson(v2, path`/videos/${b.id}`, o);
}

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    // A path segment: an empty one would address the job list, and ".." climb the URL.
    id: segment,
  },
});
