//native
//fetch_response_timeout 0
// Download a fine-tuned model or one of its checkpoints (compressed) as a Windmill file, up to 38 MiB. https://docs.together.ai/reference/get-finetune-download
import { attachmentName, readBytes } from "../core/binary_reply.ts";
import { path, request } from "../core/http.ts";
import { RESULT_CAPS } from "../core/limits.ts";
import { target } from "../core/providers.ts";
import { fileResult, mime } from "../core/rich_result.ts";
import { integer, object, oneOf, refine, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { ft_id: string; checkpoint?: "merged" | "adapter" | "model_output_path"; checkpoint_step?: number },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  const query = validate(body, rules);
  // Size: the file leaves as base64 in the job's JSON result, inside a 128 MiB isolate heap, so it is
  // read once into one buffer (sized from Content-Length), encoded once, and refused above its cap
  // before any byte is read: a LoRA adapter of a small model fits, merged weights of any real model do not.
  // A read, repeated freely. A redirect to storage is followed; fetch drops the key on another origin.
  return request(
    t,
    { method: "GET", path: path`/finetune/download`, query, headers: { accept: "application/octet-stream" } },
    options,
    async (reply) => {
      const bytes = await readBytes(t, reply, RESULT_CAPS["togetherai/download_fine_tuned_model"]);
      const part =
        query.checkpoint_step !== undefined
          ? `-step-${query.checkpoint_step}`
          : query.checkpoint
            ? `-${query.checkpoint}`
            : "";
      // Together ships models as zstd-compressed tar archives when it names no file.
      const filename = attachmentName(reply.response.headers) ?? `${query.ft_id}${part}.tar.zst`;
      return fileResult(bytes, {
        filename,
        contentType: mime(reply.response.headers.get("content-type")),
        meta: { ...query },
        secret: t.apiKey,
      });
    },
  );
}

const rules = refine(
  object(
    {
      ft_id: string({ pattern: /^ft-\S+$/, patternName: "a fine-tune id starting with ft-" }),
      checkpoint: oneOf("merged", "adapter", "model_output_path"),
      checkpoint_step: integer({ min: 0 }),
    },
    ["ft_id"],
  ),
  // The spec: checkpoint "is required if the checkpoint_step is not set" (and ignored when it is).
  (q) =>
    q.checkpoint === undefined && q.checkpoint_step === undefined
      ? ["checkpoint", "is required unless checkpoint_step is set"]
      : undefined,
);
