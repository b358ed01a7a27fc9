//native
//fetch_response_timeout 0
// Delete an uploaded file from Together. https://docs.together.ai/reference/delete-files-id
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { deleteJson } from "../core/rest.ts";
import { object, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { id: string },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  const { id } = validate(body, rules);
  // Not repeated once it may have landed (a second try would answer "not found" for a success):
  // retried only when Together refused it (408/429/503).
  return deleteJson(t, path`/files/${id}`, options);
}

// id is a path segment: an empty one would aim the DELETE at /files itself.
const rules = object({ id: string({ nonEmpty: true }) }, ["id"]);
