//native
//fetch_response_timeout 0
// Get one uploaded file's metadata: name, size, purpose, type, whether it was processed. https://docs.together.ai/reference/get-files-id
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { object, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { id: string },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  const { id } = validate(body, rules);
  return getJson(t, path`/files/${id}`, options);
}

// id is a path segment (file-...): an empty one would list all files instead.
const rules = object({ id: string({ nonEmpty: true }) }, ["id"]);
