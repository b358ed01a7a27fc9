//native
//fetch_response_timeout 0
// Download a fine-tuned model or one of its checkpoints (compressed) as a Windmill file, up to 38 MiB. https://docs.together.ai/reference/get-finetune-download
import { attachmentName, readBytes } from "../core/binary_reply.ts";
import { defineContract, free, int, nonEmpty } from "../core/contract.ts";
import { path, request } from "../core/http.ts";
import { RESULT_CAPS } from "../core/limits.ts";
import { fileResult, mime } from "../core/rich_result.ts";
import { shape } from "./shapes/download_fine_tuned_model.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { ft_id: string; checkpoint?: "merged" | "adapter" | "model_output_path"; checkpoint_step?: number },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: query, options: o } = contract.parse(auth, body, options);
  // Size: the file leaves as base64 in the job's JSON result, inside a 128 MiB isolate heap, so it is
  // read once into one buffer (sized from Content-Length), encoded once, and refused above its cap
  // before any byte is read: a LoRA adapter of a small model fits, merged weights of any real model do not.
  // A read, repeated freely. A redirect to storage is followed; fetch drops the key on another origin.
  return request(
    t,
    { method: "GET", path: path`/finetune/download`, query, headers: { accept: "application/octet-stream" } },
    o,
    async (reply) => {
      const bytes = await readBytes(t, reply, RESULT_CAPS["togetherai/download_fine_tuned_model"]);
      // Together ships models as zstd-compressed tar archives when it names no file.
      const filename = attachmentName(reply.response.headers) ?? `${query.ft_id}${which(query)}.tar.zst`;
      return fileResult(bytes, {
        filename,
        contentType: mime(reply.response.headers.get("content-type")),
        meta: { ...query },
        secret: t.apiKey,
      });
    },
  );
}

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    // The spec: "a string that starts with ft-"; the SDK's own test sends "ft_id", so Together judges it.
    ft_id: nonEmpty,
    // The spec calls it "required if the checkpoint_step is not set", yet its own examples send ft_id
    // alone, and the SDK documents the final model as the default: left empty, Together chooses.
    checkpoint: free,
    checkpoint_step: int(0),
  },
});

/** The part of a default file name that says which checkpoint it is: a step wins over a type (spec). */
function which(q: { checkpoint?: string; checkpoint_step?: number }): string {
  if (q.checkpoint_step !== undefined) return `-step-${q.checkpoint_step}`;
  return q.checkpoint ? `-${q.checkpoint}` : "";
}
