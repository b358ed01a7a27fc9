//native
//fetch_response_timeout 0
// Delete an uploaded file from Together. https://docs.together.ai/reference/delete-files-id
import { defineContract, segment } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { deleteJson } from "../core/rest.ts";
import { shape } from "./shapes/delete_file.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { id: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: b, options: o } = contract.parse(auth, body, options);
  // Not repeated once it may have landed (a second try would answer "not found" for a success):
  // retried only when Together refused it (408/429/503).
  return deleteJson(t, path`/files/${b.id}`, o);
}

export const contract = defineContract(shape, {
  sends: "none",
  rules: {
    // A path segment: an empty one would aim the DELETE at /files itself, and ".." at /v1/.
    id: segment,
  },
});
