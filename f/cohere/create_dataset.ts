//native
//fetch_response_timeout 0
// Upload a file as a Cohere dataset (validated asynchronously). https://docs.cohere.com/reference/create-dataset
import { defineContract, free, nonEmpty } from "../core/contract.ts";
import { checkFileSizes, decodedSize, fileInput } from "../core/files.ts";
import { path, readJson, request } from "../core/http.ts";
import { INPUT_CAPS } from "../core/limits.ts";
import { shape } from "./shapes/create_dataset.ts";

type Cohere = { apiKey: string; baseUrl?: string };
// Windmill's file input: the form shows a file picker and passes the content as base64.
type Base64 = string;
// The spec's DatasetType; embed-result and cluster-* are what Cohere itself writes.
type DatasetType =
  | "embed-input"
  | "embed-result"
  | "cluster-result"
  | "cluster-outliers"
  | "reranker-finetune-input"
  | "single-label-classification-finetune-input"
  | "chat-finetune-input"
  | "multi-label-classification-finetune-input"
  | "batch-chat-input"
  | "batch-openai-chat-input"
  | "batch-embed-v2-input"
  | "batch-chat-v2-input";

export async function main(
  auth: Cohere,
  body: {
    name: string;
    type: DatasetType;
    data: Base64;
    // Not Cohere fields: the file names sent with the parts, since a Windmill file input has none.
    data_filename?: string;
    eval_data?: Base64;
    eval_data_filename?: string;
    keep_original_file?: boolean;
    skip_malformed_input?: boolean;
    keep_fields?: string[];
    optional_fields?: string[];
    text_separator?: string;
    csv_delimiter?: string;
  },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: b, options: o } = contract.parse(auth, body, options);
  const { data, data_filename, eval_data, eval_data_filename, ...query } = b;
  // The files are multipart parts named `data` and `eval_data`, as the spec's schema and the SDKs
  // send them (its curl sample shows `file`); every other field is a query parameter.
  // Both files are held at once: they share the operation's cap (f/core/limits.ts).
  const cap = INPUT_CAPS["cohere/create_dataset"];
  checkFileSizes(cap, [
    ["body.data", decodedSize(data)],
    ["body.eval_data", eval_data === undefined ? 0 : decodedSize(eval_data)],
  ]);
  const form = new FormData();
  const bytes = fileInput(data, "body.data", cap);
  form.append("data", new Blob([bytes]), data_filename ?? guessName("data", bytes, query));
  if (eval_data !== undefined) {
    const evals = fileInput(eval_data, "body.eval_data", cap);
    form.append("eval_data", new Blob([evals]), eval_data_filename ?? guessName("eval_data", evals, query));
  }
  // Uploading creates a dataset: not idempotent, so retried only when Cohere refused it (408/429/503).
  return request(t, { method: "POST", path: path`/v1/datasets`, query, body: form }, o, readJson);
}

export const contract = defineContract(shape, {
  sends: "multipart",
  rules: {
    name: nonEmpty,
    type: free,
    // fileInput decodes both files and names the field when one is not base64.
    data: nonEmpty,
    data_filename: nonEmpty,
    eval_data: nonEmpty,
    eval_data_filename: nonEmpty,
    keep_original_file: free,
    skip_malformed_input: free,
    keep_fields: free,
    "keep_fields[]": nonEmpty,
    optional_fields: free,
    "optional_fields[]": nonEmpty,
    // A separator may be whitespace ("\n", "\t"), so it is not held to nonEmpty; "" is a form leftover.
    text_separator: free,
    csv_delimiter: free,
  },
});

// Cohere reads a file by its extension ("the file extension and file contents have to match",
// docs.cohere.com/docs/datasets); with no name given, one is guessed from the content.
function guessName(base: string, bytes: Uint8Array, q: { csv_delimiter?: string; text_separator?: string }): string {
  const head = new TextDecoder().decode(bytes.subarray(0, 64));
  const ext = head.startsWith("PAR1")
    ? "parquet"
    : head.startsWith("Obj\u0001")
      ? "avro"
      : q.csv_delimiter
        ? "csv"
        : q.text_separator
          ? "txt"
          : /^\s*\{/.test(head)
            ? "jsonl"
            : "csv";
  return `${base}.${ext}`;
}
