//native
//fetch_response_timeout 0
// Start a batch job over an uploaded JSONL file of requests. https://docs.together.ai/reference/batch-create
import { defineContract, int, nonEmpty } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { postJson } from "../core/rest.ts";
import { shape } from "./shapes/create_batch.ts";

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
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: json, options: o } = contract.parse(auth, body, options);
  // Not idempotent: repeating a request whose reply was lost would start, and bill, a second batch,
  // so it is retried only when Together refused it outright (408/429/503).
  // The 201 reply is {job, warning} (spec: BatchJobWithWarning), returned as is so the warning is not lost.
  return postJson(t, path`/batches`, json, o);
}

export const contract = defineContract(shape, {
  sends: "json",
  rules: {
    endpoint: nonEmpty,
    input_file_id: nonEmpty,
    completion_window: nonEmpty,
    priority: int(),
    model_id: nonEmpty,
  },
});
