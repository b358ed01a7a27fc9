//native
//fetch_response_timeout 0
// Get one uploaded file's metadata: name, size, purpose, type, whether it was processed. https://docs.together.ai/reference/get-files-id
import { defineContract, segment } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/get_file.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { id: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: b, options: o } = contract.parse(auth, body, options);
  return getJson(t, path`/files/${b.id}`, o);
}

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    // A path segment (file-...): an empty one would list all files instead, and ".." climb the URL.
    id: segment,
  },
});
