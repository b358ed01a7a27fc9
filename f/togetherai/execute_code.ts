//native
//fetch_response_timeout 0
// Run Python in a Together Code Interpreter session, new or continued, and get its outputs. https://docs.together.ai/reference/tci-execute
import { ProviderError } from "../core/errors.ts";
import { checkFileSizes, decodedSize } from "../core/files.ts";
import { path } from "../core/http.ts";
import { INPUT_CAPS } from "../core/limits.ts";
import { postJson } from "../core/rest.ts";
import { defineContract, free, keepEmpty, nonEmpty } from "../core/contract.ts";
import { shape } from "./shapes/execute_code.ts";

type Togetherai = { api_key: string; base_url?: string };
// Windmill's name for a file input: the parser turns a field of this type into a file picker.
type Base64 = string;

export async function main(
  auth: Togetherai,
  body: {
    code: string;
    // Required by the spec, but Python is its only value and its default: sent as "python" when empty.
    language?: "python";
    session_id?: string;
    // The API takes files inline as text or base64 (per `encoding`). `content` is typed Base64 so the form
    // offers a file picker (choose encoding "base64"); a flow can still pass plain text with encoding "string".
    files?: { name: string; encoding: "string" | "base64"; content: Base64 }[];
  },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  // An emptied session_id or an empty file list from the form is left out rather than refused.
  const { target: t, body: json, options: checked } = contract.parse(auth, body, options);
  options = checked; // the checked copy from here on: bounds checked, form leftovers dropped
  json.language ??= "python";
  // The files travel inline in the JSON body, beside their copy in the arguments (f/core/limits.ts).
  checkFileSizes(
    INPUT_CAPS["togetherai/execute_code"],
    (json.files ?? []).map((f, i) => [
      `body.files[${i}].content`,
      f.encoding === "base64" ? decodedSize(f.content) : f.content.length,
    ]),
  );
  if (json.files)
    json.files = json.files.map((f) => (f.encoding === "base64" ? { ...f, content: bareBase64(f.content) } : f));
  // Not idempotent: the code may have side effects in the session (files written, state changed),
  // so it is run again only when Together refused the request outright (408/429/503).
  const reply = await postJson<{ data?: unknown; errors?: unknown[] | null }>(t, path`/tci/execute`, json, options);
  // A failed execution is a 200 with `data: null` and `errors` (spec: ExecuteResponse): fail the job with them.
  // Exceptions raised by the code itself are not this: they come back as outputs of type "error".
  if (!reply?.data && reply?.errors?.length) {
    const message = reply.errors
      .map((e: any) => (typeof e === "string" ? e : (e?.message ?? JSON.stringify(e))))
      .join("; ");
    throw new ProviderError({ provider: t.provider, status: 200, message, retryable: false });
  }
  return reply;
}

// A data: URI (what some file sources hand over) becomes the bare base64 the API expects.
function bareBase64(content: string): string {
  return content.startsWith("data:") ? content.slice(content.indexOf(",") + 1) : content;
}

export const contract = defineContract(shape, {
  sends: "json",
  rules: {
    code: nonEmpty,
    language: free,
    session_id: nonEmpty,
    files: free,
    "files[].name": nonEmpty,
    "files[].encoding": free,
    // An empty file (an __init__.py) is a file: its "" is sent, not dropped as a form leftover.
    "files[].content": keepEmpty,
  },
});
