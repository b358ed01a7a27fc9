// How large a file each operation may return or take inside a Windmill job.
//
// A native job runs in a V8 isolate with a 128 MiB heap (windmill.md). A file result leaves as base64
// inside the JSON result, so its base64 and the serialised result sit on the heap together; a file
// input arrives as base64 and is decoded and sent from there. Each cap is the largest size that passed
// under a 128 MiB heap, result serialisation included, in both base64 variants (V8's native Uint8Array
// methods and the portable fallback), less 15% headroom: measured with the Deno harness by
// `bun bench/caps.ts` (bench/CAPS.md). Caps count decoded bytes.

const MiB = 1024 * 1024;

/** Binary results, refused from Content-Length when announced, else as soon as the body passes the cap. */
export const RESULT_CAPS = {
  "togetherai/create_speech": 38 * MiB,
  "togetherai/get_file_content": 38 * MiB,
  "togetherai/download_fine_tuned_model": 38 * MiB,
  // The images of one reply together: they arrive as base64 inside the JSON reply.
  "togetherai/create_image": 38 * MiB,
} as const;

/** File inputs (Windmill `Base64` fields), refused before they are decoded; several files of one call count together. */
export const INPUT_CAPS = {
  "togetherai/upload_file": 38 * MiB,
  "togetherai/create_transcription": 38 * MiB,
  "togetherai/create_translation": 38 * MiB,
  // The files travel inline in the JSON body: the body's text is one more copy on the heap.
  "togetherai/execute_code": 25 * MiB,
  "cohere/create_dataset": 38 * MiB,
  "cohere/create_transcription": 38 * MiB,
} as const;

/** "31.5 MiB": how caps and sizes read in messages. */
export const mib = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`;
