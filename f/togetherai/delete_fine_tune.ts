//native
//fetch_response_timeout 0
// Delete a fine-tuning job. https://docs.together.ai/reference/delete-fine-tunes-id
import { defineContract, free, segment } from "../core/contract.ts";
import { path, readJson, request } from "../core/http.ts";
import { shape } from "./shapes/delete_fine_tune.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { id: string; force?: boolean },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: b, options: o } = contract.parse(auth, body, options);
  const { id, ...query } = b;
  // Not repeated once it may have landed (a second try would answer "not found" for a success):
  // retried only when Together refused it (408/429/503).
  return request(t, { method: "DELETE", path: path`/fine-tunes/${id}`, query }, o, readJson);
}

export const contract = defineContract(shape, {
  sends: "none",
  rules: {
    id: segment,
    // A query parameter the spec marks "deprecated and unused"; passed on only when set.
    force: free,
  },
});
