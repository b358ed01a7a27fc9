//native
//fetch_response_timeout 0
// Download the content of a file uploaded to Together (a dataset, a batch's output) as a Windmill file. https://docs.together.ai/reference/get-files-id-content
import { attachmentName, readBytes } from "../core/binary_reply.ts";
import { defineContract, segment } from "../core/contract.ts";
import { path, request } from "../core/http.ts";
import { RESULT_CAPS } from "../core/limits.ts";
import { fileResult, mime } from "../core/rich_result.ts";
import { shape } from "./shapes/get_file_content.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { id: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: b, options: o } = contract.parse(auth, body, options);
  // A read: repeated freely. The bytes are read once, encoded once, and capped (f/core/limits.ts).
  return request(
    t,
    { method: "GET", path: path`/files/${b.id}/content`, headers: { accept: "*/*" } },
    o,
    async (reply) => {
      const bytes = await readBytes(t, reply, RESULT_CAPS["togetherai/get_file_content"]);
      const type = mime(reply.response.headers.get("content-type"));
      const filename = attachmentName(reply.response.headers) ?? `${b.id}${extension(bytes, type)}`;
      return fileResult(bytes, { filename, contentType: type, meta: { id: b.id }, secret: t.apiKey });
    },
  );
}

// The spec serves every file as text/plain; the bytes tell a dataset's real format for the file name.
function extension(bytes: Uint8Array, type?: string): string {
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  if (head.startsWith("PAR1")) return ".parquet";
  if (head.startsWith("{")) return ".jsonl";
  if (type === "text/csv") return ".csv";
  return type?.startsWith("text/") ? ".txt" : "";
}

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    // A path segment (file-...): an empty one would address /files/content, and ".." climb the URL.
    id: segment,
  },
});
