//native
//fetch_response_timeout 0
// Upload a data file (fine-tuning, evaluation or batch input) to Together. https://docs.together.ai/reference/upload-file
import { readBytes } from "../core/binary_reply.ts";
import { ProviderError, providerMessage } from "../core/errors.ts";
import { fileInput } from "../core/files.ts";
import { type CallOptions, path, type Reply, readJson, request, type Target } from "../core/http.ts";
import { INPUT_CAPS } from "../core/limits.ts";
import { failureReason, hostOf } from "../core/no_response.ts";
import { getJson } from "../core/rest.ts";
import { defineContract, free, nonEmpty } from "../core/contract.ts";
import { shape } from "./shapes/upload_file.ts";

type Togetherai = { api_key: string; base_url?: string };
// Windmill's file input: the form shows a file picker and passes the content as base64.
type Base64 = string;
type Slot = { url: string; id: string };

// Not the spec's multipart POST /files/upload but the official SDKs' flow (providers.md): POST /files
// with form fields answers 302 to a presigned storage URL that takes the bytes in one PUT, then
// POST /files/{id}/preprocess, as both Python SDKs finish (together-python filemanager.py), whose reply
// is the result. The bytes go straight to storage, so a large file never meets the API's body limits.
export async function main(
  auth: Togetherai,
  body: {
    file: Base64;
    file_name: string;
    purpose: "fine-tune" | "eval" | "eval-sample" | "eval-output" | "eval-summary" | "batch-generated" | "batch-api";
    file_type?: "jsonl" | "csv" | "parquet";
  },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: json, options: checked } = contract.parse(auth, body, options);
  options = checked; // the checked copy from here on: bounds checked, form leftovers dropped
  const { file, ...fields } = json;
  const bytes = fileInput(file, "body.file", INPUT_CAPS["togetherai/upload_file"]);
  // Left out, Together assumes jsonl (spec default); the SDKs take the type from the name's extension, as here.
  const file_type = fields.file_type ?? /\.(jsonl|csv|parquet)$/i.exec(fields.file_name)?.[1]?.toLowerCase();
  const form = new URLSearchParams({ ...fields, ...(file_type && { file_type }) });
  // Each POST reserves a new file: not idempotent, so retried only when Together refused it (408/429/503).
  // redirect "manual": the 302 is read here, never followed by fetch with our headers.
  const slot = await request(t, { method: "POST", path: path`/files`, body: form, redirect: "manual" }, options, (r) =>
    uploadSlot(t, r),
  );
  await put(t, slot, bytes, options);
  // Asking again to preprocess a stored file changes nothing, so it is retried like a read.
  const preprocess = { method: "POST", path: path`/files/${slot.id}/preprocess`, idempotent: true } as const;
  return request(t, preprocess, options, readJson).catch((e) => {
    // An older API has no preprocess step (404): the TypeScript SDK's GET /files/{id} ends the upload there.
    if (e instanceof ProviderError && e.status === 404) return getJson(t, path`/files/${slot.id}`, options);
    throw e;
  });
}

export const contract = defineContract(shape, {
  sends: "multipart",
  rules: {
    file: nonEmpty,
    file_name: nonEmpty,
    purpose: free,
    file_type: free,
  },
});

// The 302 names the presigned URL (location) and the reserved file id (x-together-file-id), as the SDKs read them.
// Its body is read to the end under the idle timer: a reply that stalls is a timeout, not a missing URL.
async function uploadSlot(t: Target, reply: Reply): Promise<Slot> {
  const { response } = reply;
  await readBytes(t, reply, 1024 * 1024);
  const url = response.headers.get("location");
  const id = response.headers.get("x-together-file-id");
  if (response.status >= 300 && url && id) return { url: new URL(url, `${t.baseUrl}/`).href, id };
  const message = `POST /files answered ${response.status} without an upload URL and a file id`;
  throw new ProviderError({ provider: t.provider, status: response.status, message, retryable: false });
}

// The URL is signed for this one PUT: it gets the bytes and nothing else, never the Together key.
// Not repeated on failure: the reserved id stays empty and the error says so.
async function put(t: Target, slot: Slot, bytes: Uint8Array<ArrayBuffer>, options?: CallOptions): Promise<void> {
  const ms = (options?.timeout_seconds ?? 600) * 1000;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ms);
  const fail = (status: number, why: string) =>
    new ProviderError({
      provider: t.provider,
      status,
      phase: `storage ${status || "network"}`,
      message: `${why}; file ${slot.id} got no content, upload again`,
      retryable: false,
    });
  try {
    // A fresh connection, closed after the answer: no runtime can re-send the bytes (f/core/http.ts).
    const res = await fetch(slot.url, {
      method: "PUT",
      headers: { "content-type": "application/octet-stream", connection: "close" },
      body: bytes,
      signal: abort.signal,
      keepalive: false,
    });
    const text = await res.text();
    // Object stores answer errors in XML (<Error><Message>...); anything else is shown as it came.
    if (!res.ok)
      throw fail(
        res.status,
        /<Message>([^<]*)<\/Message>/.exec(text)?.[1] ?? providerMessage(text, res.statusText || "upload refused"),
      );
  } catch (e) {
    if (e instanceof ProviderError) throw e;
    throw fail(
      0,
      abort.signal.aborted
        ? `timed out after ${ms / 1000} s sending the bytes to ${hostOf(slot.url)}`
        : (e as Error)?.name === "TimeoutError"
          ? `timed out sending the bytes to ${hostOf(slot.url)}: ${failureReason(e)}`
          : `connection to ${hostOf(slot.url)} failed sending the bytes: ${failureReason(e)}`,
    );
  } finally {
    clearTimeout(timer);
  }
}
