//native
//fetch_response_timeout 0
// Start a batch job over an uploaded JSONL file of requests. https://docs.together.ai/reference/batch-create
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { postJson } from "../core/rest.ts";
import { integer, object, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: {
    endpoint: string;
    input_file_id: string;
    completion_window?: string;
    priority?: number;
    model_id?: string;
  },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  const json = validate(body, rules);
  // Not idempotent: repeating a request whose reply was lost would start, and bill, a second batch,
  // so it is retried only when Together refused it outright (408/429/503).
  // The 201 reply is {job, warning} (spec: BatchJobWithWarning), returned as is so the warning is not lost.
  return postJson(t, path`/batches`, json, options);
}

const rules = object(
  {
    endpoint: string({ nonEmpty: true }),
    input_file_id: string({ nonEmpty: true }),
    completion_window: string({ nonEmpty: true }),
    priority: integer(),
    model_id: string({ nonEmpty: true }),
  },
  ["endpoint", "input_file_id"],
);
