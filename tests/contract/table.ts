// The contract every script keeps with its provider, one row per script: what a valid body sends
// (method, path, body), what the provider answers, and what the script returns. Pure data, web-standard:
// the Bun contract test (contract.test.ts) and the Windmill-runtime check under Deno both replay it
// through serve.ts. A new script needs one row here; its own test file keeps only what is special to it.

export type Provider = "ai21" | "togetherai" | "cohere";

export interface Exchange {
  /** What the provider must receive. */
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Path and query below the origin, exactly as sent, e.g. "/v1/files/file-abc" or "/v1/models?limit=2". */
  path: string;
  /** The exact JSON body, when the request has one. No json, form or base64: the request has no body. */
  json?: unknown;
  /** Exactly these text fields of a multipart or URL-encoded form (file parts: checked in the row's own test). */
  form?: Record<string, string | string[]>;
  /** The exact raw body (neither JSON nor a form), base64: an upload to a presigned URL. */
  base64?: string;
  /** false: the request must not carry the key (a presigned storage URL); otherwise it carries `Bearer <key>`. */
  bearer?: false;
  /** What the provider answers: a fixture from fixtures/ (name like "togetherai/get_file" or "cohere/chat.stream"),
   *  or an inline reply. Default status 200. */
  reply: { fixture: string } | { status?: number; json?: unknown; text?: string; headers?: Record<string, string> };
}

export interface ContractRow {
  /** "togetherai/get_file": the script f/togetherai/get_file.ts, literally. */
  script: string;
  /** A valid body, as a user would send it. */
  body: Record<string, unknown>;
  /** In order (most rows: one). */
  exchanges: Exchange[];
  /** The expected result when it is not the last reply's JSON unchanged (binary/rich results, etc.). JSON only. */
  result?: unknown;
  /** For streaming rows: the live text the WM_STREAM lines must carry, concatenated. */
  streamed?: string;
  /** The first request changes something (creates, deletes, runs code): after a 5xx it is not repeated,
   *  since it may have landed; only a refusal (408, 429, 503) is. Otherwise a 5xx is retried too. */
  sideEffects?: true;
}

/** One fake key per provider; every 8-character piece of it is distinct from the others' (redaction checks). */
export const AUTH = {
  ai21: { apiKey: "ai21-contract-key-5f3e8a" },
  togetherai: { api_key: "tgp_v1_contract-key-9c2d71" },
  cohere: { apiKey: "co-contract-key-4b7a06e1" },
} as const;

/** Where each provider's API lives by default; row paths include the base path (/studio/v1, /v1). */
export const ORIGIN: Record<Provider, string> = {
  ai21: "https://api.ai21.com",
  togetherai: "https://api.together.xyz",
  cohere: "https://api.cohere.com",
};
const BASE_PATH: Record<Provider, string> = { ai21: "/studio/v1", togetherai: "/v1", cohere: "" };

/** The resource a row's script gets: the shared key, the API served from `origin` (default: the real one). */
export function resourceFor(provider: Provider, origin?: string): Record<string, string> {
  if (origin === undefined) return { ...AUTH[provider] };
  const base = origin.replace(/\/+$/, "") + BASE_PATH[provider];
  return provider === "togetherai" ? { ...AUTH.togetherai, base_url: base } : { ...AUTH[provider], baseUrl: base };
}

export const providerOf = (row: ContractRow): Provider => row.script.split("/")[0] as Provider;

/** A 4xx each provider sends in its own error shape, echoing part of the key (as real providers do). */
export function providerFailure(provider: Provider): {
  status: number;
  json: unknown;
  headers: Record<string, string>;
  message: string;
} {
  const key = Object.values(AUTH[provider])[0] as string;
  const message = `Invalid request for key ${key.slice(0, 14)}...`;
  const json =
    provider === "togetherai"
      ? { error: { message, type: "invalid_request_error" } }
      : provider === "cohere"
        ? { message }
        : { detail: message };
  const headers = {
    "content-type": "application/json",
    [provider === "cohere" ? "x-debug-trace-id" : "x-request-id"]: "req-4xx-7d1e",
  };
  return { status: 400, json, headers, message };
}

import image from "../../fixtures/togetherai/create_image.json" with { type: "json" };
import speech from "../../fixtures/togetherai/create_speech.json" with { type: "json" };
import download from "../../fixtures/togetherai/download_fine_tuned_model.json" with { type: "json" };
import fileContent from "../../fixtures/togetherai/get_file_content.json" with { type: "json" };

const b64 = (text: string) => btoa(text);
// The first bytes of audio files, as a Windmill file input passes them (base64).
const MP3 = btoa(String.fromCharCode(0x49, 0x44, 0x33, 0x04, 0, 0, 0, 0, 0, 0, 0xff, 0xfb, 0x90, 0x64));
const WAV = btoa(`RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00`);
const JSONL =
  '{"messages":[{"role":"user","content":"Where is my order?"},{"role":"assistant","content":"Let me check."}]}\n';

const FILE_ID = "file-7c1e9d2a-4b8f-4e3a-9f61-2d5c8a0b3e47";
const FT_ID = "ft-5d3a2c1b-8e4f-4a6b-9c7d-0e1f2a3b4c5d";
const ENDPOINT = "endpoint-d23901de-ef8f-44bf-b3e7-de9c1ca8f2d7";
const QUEUE = { model: "black-forest-labs/FLUX.1-schnell", request_id: "req_01JT4M8Q6W2X9B3C5D7E8F0G1H" };

/** A GET (or another method without a body) answered by a fixture. */
const read = (path: string, fixture: string, method: Exchange["method"] = "GET"): Exchange[] => [
  { method, path, reply: { fixture } },
];
/** A script whose body goes out as it is, the JSON of one request answered by a fixture. */
function sends(
  script: string,
  method: Exchange["method"],
  path: string,
  body: Record<string, unknown>,
  fixture: string,
  expect: Pick<ContractRow, "result" | "streamed" | "sideEffects"> = {},
): ContractRow {
  return { script, body, exchanges: [{ method, path, json: body, reply: { fixture } }], ...expect };
}
/** A request with a JSON body answered by a fixture. */
const send = (method: Exchange["method"], path: string, json: unknown, fixture: string): Exchange[] => [
  { method, path, json, reply: { fixture } },
];

export const contractRows: ContractRow[] = [
  // AI21
  sends(
    "ai21/create_chat_completion",
    "POST",
    "/studio/v1/chat/completions",
    {
      model: "jamba-mini",
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: "What is Windmill?" },
      ],
      stream: true,
    },
    "ai21/create_chat_completion.stream",
    {
      result: {
        id: "chatcmpl-3c9a",
        object: "chat.completion",
        choices: [
          {
            index: 0,
            message: { role: "assistant", content: "Windmill runs scripts\nas flow steps." },
            finish_reason: "stop",
          },
        ],
        usage: { prompt_tokens: 21, completion_tokens: 9, total_tokens: 30 },
      },
      streamed: "Windmill runs scripts\nas flow steps.",
    },
  ),

  { script: "ai21/list_models", body: {}, exchanges: read("/studio/v1/models", "ai21/list_models") },

  // Together AI
  {
    script: "togetherai/cancel_batch",
    body: { id: "0f8a7c2e-4b1d-4e93-9c5a-7d2e1b6f3a48" },
    exchanges: read("/v1/batches/0f8a7c2e-4b1d-4e93-9c5a-7d2e1b6f3a48/cancel", "togetherai/cancel_batch", "POST"),
  },
  {
    script: "togetherai/cancel_fine_tune",
    body: { id: FT_ID },
    exchanges: read(`/v1/fine-tunes/${FT_ID}/cancel`, "togetherai/cancel_fine_tune", "POST"),
  },
  sends(
    "togetherai/cancel_queue_job",
    "POST",
    "/v1/queue/cancel",
    { model: "black-forest-labs/FLUX.1-schnell", request_id: "req_01JT4M8Q6W2X9B3C5D7E8F0G1H" },
    "togetherai/cancel_queue_job",
  ),

  sends(
    "togetherai/create_batch",
    "POST",
    "/v1/batches",
    {
      endpoint: "/v1/chat/completions",
      input_file_id: "file-7c1e9d2a-4b8f-4e3a-9f61-2d5c8a0b3e47",
      completion_window: "24h",
      priority: 1,
    },
    "togetherai/create_batch",
    { sideEffects: true },
  ),

  sends(
    "togetherai/create_chat_completion",
    "POST",
    "/v1/chat/completions",
    {
      model: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
      messages: [{ role: "user", content: "What is Windmill?" }],
      max_tokens: 256,
      stream: true,
    },
    "togetherai/create_chat_completion.stream",
    {
      result: {
        id: "oFq9Ab1-3NKUce-5c2e",
        object: "chat.completion",
        created: 1763781260,
        model: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
        choices: [
          {
            index: 0,
            message: { role: "assistant", content: "Windmill turns scripts\ninto workflows." },
            finish_reason: "stop",
          },
        ],
        usage: { prompt_tokens: 24, completion_tokens: 8, total_tokens: 32, cached_tokens: 0 },
      },
      streamed: "Windmill turns scripts\ninto workflows.",
    },
  ),

  sends(
    "togetherai/create_completion",
    "POST",
    "/v1/completions",
    {
      model: "Qwen/Qwen2.5-Coder-32B-Instruct",
      prompt: "def add(a, b):",
      max_tokens: 32,
      stop: ["\n\n"],
      stream: true,
    },
    "togetherai/create_completion.stream",
    {
      result: {
        id: "oFrD7k0-3NKUce-0b3f",
        object: "text_completion",
        created: 1763781540,
        model: "Qwen/Qwen2.5-Coder-32B-Instruct",
        choices: [{ index: 0, text: "\n    return a + b\n", finish_reason: "stop" }],
        usage: { prompt_tokens: 9, completion_tokens: 6, total_tokens: 15, cached_tokens: 0 },
      },
      streamed: "\n    return a + b\n",
    },
  ),

  sends(
    "togetherai/create_embedding",
    "POST",
    "/v1/embeddings",
    { model: "BAAI/bge-large-en-v1.5", input: ["Our solar system orbits the Milky Way.", "Llamas live in the Andes."] },
    "togetherai/create_embedding",
  ),

  sends(
    "togetherai/create_endpoint",
    "POST",
    "/v1/endpoints",
    {
      model: "Qwen/Qwen3.5-9B-FP8",
      hardware: "1x_nvidia_a100_80gb_sxm",
      autoscaling: { min_replicas: 1, max_replicas: 3 },
      display_name: "Support bot (Qwen 9B)",
      inactive_timeout: 60,
    },
    "togetherai/create_endpoint",
    { sideEffects: true },
  ),

  sends(
    "togetherai/create_evaluation",
    "POST",
    "/v1/evaluation",
    {
      type: "score",
      parameters: {
        judge: {
          model: "deepseek-ai/DeepSeek-V3.1",
          model_source: "serverless",
          system_template: "Rate the answer from 1 to 10.",
        },
        input_data_file_path: "file-3b9d2c71-8e4f-4a6d-9c15-70b2e8f1d4a3",
        min_score: 1,
        max_score: 10,
        pass_threshold: 7,
      },
    },
    "togetherai/create_evaluation",
    { sideEffects: true },
  ),

  sends(
    "togetherai/create_fine_tune",
    "POST",
    "/v1/fine-tunes",
    {
      training_file: "file-7c1e9d2a-4b8f-4e3a-9f61-2d5c8a0b3e47",
      model: "Qwen/Qwen2.5-7B-Instruct",
      n_epochs: 3,
      training_type: { type: "Lora", lora_r: 16, lora_alpha: 32 },
    },
    "togetherai/create_fine_tune",
    { sideEffects: true },
  ),

  sends(
    "togetherai/create_image",
    "POST",
    "/v1/images/generations",
    { model: "black-forest-labs/FLUX.1-schnell", prompt: "a lighthouse at dawn, watercolor", steps: 4, seed: 42 },
    "togetherai/create_image",
    {
      // One image as Windmill draws it, the reply's other fields beside it.
      result: {
        wm_renderer: "jpeg",
        jpeg: {
          content: image.response.json.data[0].b64_json,
          filename: "oFsR4tq-2j9zxn-91f3b7c2a0d64e58-0.jpg",
          content_type: "image/jpeg",
          size: 160,
        },
        id: "oFsR4tq-2j9zxn-91f3b7c2a0d64e58",
        model: "black-forest-labs/FLUX.1-schnell",
        object: "list",
        data: [{ index: 0, type: "b64_json", timings: { inference: 0.412 } }],
      },
      sideEffects: true,
    },
  ),
  sends(
    "togetherai/create_speech",
    "POST",
    "/v1/audio/speech",
    {
      model: "cartesia/sonic-2",
      input: "Windmill turns scripts into workflows.",
      voice: "friendly sidekick",
      response_format: "wav",
    },
    "togetherai/create_speech",
    {
      // The audio as a file Windmill offers to download.
      result: {
        wm_renderer: "file",
        file: { content: speech.response.base64, filename: "speech.wav", content_type: "audio/wav", size: 140 },
        model: "cartesia/sonic-2",
        voice: "friendly sidekick",
      },
    },
  ),
  {
    script: "togetherai/create_transcription",
    body: { file: MP3, language: "en", response_format: "verbose_json", timestamp_granularities: ["word", "segment"] },
    exchanges: [
      {
        method: "POST",
        path: "/v1/audio/transcriptions",
        form: { language: "en", response_format: "verbose_json", timestamp_granularities: ["word", "segment"] },
        reply: { fixture: "togetherai/create_transcription" },
      },
    ],
  },
  {
    script: "togetherai/create_translation",
    body: { file: WAV, model: "openai/whisper-large-v3", prompt: "Windmill" },
    exchanges: [
      {
        method: "POST",
        path: "/v1/audio/translations",
        form: { model: "openai/whisper-large-v3", prompt: "Windmill" },
        reply: { fixture: "togetherai/create_translation" },
      },
    ],
  },
  sends(
    "togetherai/create_video",
    "POST",
    "/v2/videos",
    { model: "minimax/video-01-director", prompt: "a paper boat drifting down a rainy street", seconds: "6", fps: 24 },
    "togetherai/create_video",
    { sideEffects: true },
  ),

  {
    script: "togetherai/delete_endpoint",
    sideEffects: true,
    body: { endpointId: ENDPOINT },
    exchanges: read(`/v1/endpoints/${ENDPOINT}`, "togetherai/delete_endpoint", "DELETE"),
    result: null,
  },
  {
    script: "togetherai/delete_file",
    sideEffects: true,
    body: { id: FILE_ID },
    exchanges: read(`/v1/files/${FILE_ID}`, "togetherai/delete_file", "DELETE"),
  },
  {
    script: "togetherai/delete_fine_tune",
    sideEffects: true,
    body: { id: FT_ID },
    exchanges: read(`/v1/fine-tunes/${FT_ID}`, "togetherai/delete_fine_tune", "DELETE"),
  },
  {
    script: "togetherai/download_fine_tuned_model",
    body: { ft_id: "ft-3b883474-f39c-40d9-9d5a-7f97ba9eeb9f", checkpoint: "adapter" },
    exchanges: read(
      "/v1/finetune/download?ft_id=ft-3b883474-f39c-40d9-9d5a-7f97ba9eeb9f&checkpoint=adapter",
      "togetherai/download_fine_tuned_model",
    ),
    result: {
      wm_renderer: "file",
      file: {
        content: download.response.base64,
        filename: "ft-3b883474-f39c-40d9-9d5a-7f97ba9eeb9f-adapter.tar.zst",
        content_type: "application/octet-stream",
        size: 35,
      },
      ft_id: "ft-3b883474-f39c-40d9-9d5a-7f97ba9eeb9f",
      checkpoint: "adapter",
    },
  },
  sends(
    "togetherai/estimate_fine_tune_price",
    "POST",
    "/v1/fine-tunes/estimate-price",
    {
      training_file: "file-7c1e9d2a-4b8f-4e3a-9f61-2d5c8a0b3e47",
      model: "Qwen/Qwen2.5-7B-Instruct",
      n_epochs: 3,
      training_method: { method: "sft" },
    },
    "togetherai/estimate_fine_tune_price",
  ),

  {
    script: "togetherai/execute_code",
    sideEffects: true,
    body: {
      code: "print('rows:', 3)",
      session_id: "ses_CM42NfvvzCab123",
      files: [{ name: "data.csv", encoding: "base64", content: b64("n\n1\n2\n3\n") }],
    },
    exchanges: send(
      "POST",
      "/v1/tci/execute",
      {
        code: "print('rows:', 3)",
        session_id: "ses_CM42NfvvzCab123",
        files: [{ name: "data.csv", encoding: "base64", content: b64("n\n1\n2\n3\n") }],
        language: "python",
      },
      "togetherai/execute_code",
    ),
  },
  {
    script: "togetherai/get_batch",
    body: { id: "a31c5e08-92d7-4f6b-b8e1-3c4d5a6b7e90" },
    exchanges: read("/v1/batches/a31c5e08-92d7-4f6b-b8e1-3c4d5a6b7e90", "togetherai/get_batch"),
  },
  {
    script: "togetherai/get_endpoint",
    body: { endpointId: ENDPOINT },
    exchanges: read(`/v1/endpoints/${ENDPOINT}`, "togetherai/get_endpoint"),
  },
  {
    script: "togetherai/get_evaluation",
    body: { id: "eval-7df2-1751287840" },
    exchanges: read("/v1/evaluation/eval-7df2-1751287840", "togetherai/get_evaluation"),
  },
  {
    script: "togetherai/get_evaluation_status",
    body: { id: "eval-a41c-1751301122" },
    exchanges: read("/v1/evaluation/eval-a41c-1751301122/status", "togetherai/get_evaluation_status"),
  },
  {
    script: "togetherai/get_file",
    body: { id: FILE_ID },
    exchanges: read(`/v1/files/${FILE_ID}`, "togetherai/get_file"),
  },
  {
    script: "togetherai/get_file_content",
    body: { id: "file-7f3a9c21-0b4e-4d7a-9e15-2c8b6f0d4a13" },
    exchanges: read("/v1/files/file-7f3a9c21-0b4e-4d7a-9e15-2c8b6f0d4a13/content", "togetherai/get_file_content"),
    result: {
      wm_renderer: "file",
      file: {
        content: fileContent.response.base64,
        filename: "file-7f3a9c21-0b4e-4d7a-9e15-2c8b6f0d4a13.jsonl",
        content_type: "text/plain",
        size: 269,
      },
      id: "file-7f3a9c21-0b4e-4d7a-9e15-2c8b6f0d4a13",
    },
  },
  {
    script: "togetherai/get_fine_tune",
    body: { id: FT_ID },
    exchanges: read(`/v1/fine-tunes/${FT_ID}`, "togetherai/get_fine_tune"),
  },
  {
    script: "togetherai/get_fine_tune_metrics",
    body: { id: FT_ID, global_step_from: 10, global_step_to: 20 },
    exchanges: read(
      `/v1/fine-tunes/${FT_ID}/metrics?global_step_from=10&global_step_to=20`,
      "togetherai/get_fine_tune_metrics",
    ),
  },
  {
    script: "togetherai/get_fine_tune_model_limits",
    body: { model_name: "Qwen/Qwen2.5-7B-Instruct" },
    exchanges: read(
      "/v1/fine-tunes/models/limits?model_name=Qwen%2FQwen2.5-7B-Instruct",
      "togetherai/get_fine_tune_model_limits",
    ),
  },
  {
    script: "togetherai/get_job",
    body: { jobId: "job-a15dad11-8d8e-4007-97c5-a211304de284" },
    exchanges: read("/v1/jobs/job-a15dad11-8d8e-4007-97c5-a211304de284", "togetherai/get_job"),
  },
  {
    script: "togetherai/get_queue_job_status",
    body: { request_id: QUEUE.request_id, model: QUEUE.model },
    exchanges: read(
      "/v1/queue/status?request_id=req_01JT4M8Q6W2X9B3C5D7E8F0G1H&model=black-forest-labs%2FFLUX.1-schnell",
      "togetherai/get_queue_job_status",
    ),
  },
  {
    script: "togetherai/get_queue_metrics",
    body: { model: QUEUE.model },
    exchanges: read("/v1/queue/metrics?model=black-forest-labs%2FFLUX.1-schnell", "togetherai/get_queue_metrics"),
  },
  {
    script: "togetherai/get_video",
    body: { id: "019a0068-794a-7213-90f6-cc4eb62e3da7" },
    exchanges: read("/v2/videos/019a0068-794a-7213-90f6-cc4eb62e3da7", "togetherai/get_video"),
  },
  {
    script: "togetherai/list_availability_zones",
    body: {},
    exchanges: read("/v1/clusters/availability-zones", "togetherai/list_availability_zones"),
  },
  { script: "togetherai/list_batches", body: {}, exchanges: read("/v1/batches", "togetherai/list_batches") },
  {
    script: "togetherai/list_code_sessions",
    body: {},
    exchanges: read("/v1/tci/sessions", "togetherai/list_code_sessions"),
  },
  {
    script: "togetherai/list_endpoints",
    body: { type: "dedicated", mine: true },
    exchanges: read("/v1/endpoints?type=dedicated&mine=true", "togetherai/list_endpoints"),
  },
  {
    script: "togetherai/list_evaluation_models",
    body: { model_source: "serverless" },
    exchanges: read("/v1/evaluation/model-list?model_source=serverless", "togetherai/list_evaluation_models"),
  },
  {
    script: "togetherai/list_evaluations",
    body: { status: "completed", limit: 25 },
    exchanges: read("/v1/evaluation?status=completed&limit=25", "togetherai/list_evaluations"),
  },
  { script: "togetherai/list_files", body: {}, exchanges: read("/v1/files", "togetherai/list_files") },
  {
    script: "togetherai/list_fine_tune_checkpoints",
    body: { id: FT_ID },
    exchanges: read(`/v1/fine-tunes/${FT_ID}/checkpoints`, "togetherai/list_fine_tune_checkpoints"),
  },
  {
    script: "togetherai/list_fine_tune_events",
    body: { id: FT_ID },
    exchanges: read(`/v1/fine-tunes/${FT_ID}/events`, "togetherai/list_fine_tune_events"),
  },
  {
    script: "togetherai/list_fine_tune_models",
    body: {},
    exchanges: read("/v1/fine-tunes/models/supported", "togetherai/list_fine_tune_models"),
  },
  { script: "togetherai/list_fine_tunes", body: {}, exchanges: read("/v1/fine-tunes", "togetherai/list_fine_tunes") },
  {
    script: "togetherai/list_hardware",
    body: { model: "deepseek-ai/DeepSeek-R1" },
    exchanges: read("/v1/hardware?model=deepseek-ai%2FDeepSeek-R1", "togetherai/list_hardware"),
  },
  { script: "togetherai/list_jobs", body: {}, exchanges: read("/v1/jobs", "togetherai/list_jobs") },
  {
    script: "togetherai/list_models",
    body: { dedicated: false },
    exchanges: read("/v1/models?dedicated=false", "togetherai/list_models"),
  },
  {
    script: "togetherai/list_voices",
    body: { model: "cartesia/sonic-2" },
    exchanges: read("/v1/voices?model=cartesia%2Fsonic-2", "togetherai/list_voices"),
  },
  sends(
    "togetherai/rerank",
    "POST",
    "/v1/rerank",
    {
      model: "Salesforce/Llama-Rank-v1",
      query: "Which animals live in South America?",
      documents: ["The llama is a domesticated South American camelid.", "The giant panda is endemic to China."],
      top_n: 1,
    },
    "togetherai/rerank",
  ),

  sends(
    "togetherai/submit_queue_job",
    "POST",
    "/v1/queue/submit",
    {
      model: "black-forest-labs/FLUX.1-schnell",
      payload: { prompt: "a lighthouse at dusk, watercolour", steps: 4 },
      priority: 5,
    },
    "togetherai/submit_queue_job",
    { sideEffects: true },
  ),

  {
    script: "togetherai/update_endpoint",
    body: { endpointId: ENDPOINT, state: "STOPPED", inactive_timeout: 0 },
    exchanges: send(
      "PATCH",
      `/v1/endpoints/${ENDPOINT}`,
      { state: "STOPPED", inactive_timeout: 0 },
      "togetherai/update_endpoint",
    ),
  },
  {
    // Not the spec's multipart upload but the SDKs' flow (providers.md): a slot, the bytes to storage, preprocess.
    script: "togetherai/upload_file",
    sideEffects: true,
    body: { file: b64(JSONL), file_name: "support_tickets.jsonl", purpose: "fine-tune" },
    exchanges: [
      {
        method: "POST",
        path: "/v1/files",
        form: { file_name: "support_tickets.jsonl", purpose: "fine-tune", file_type: "jsonl" },
        // Relative, so the replay works on any origin; the script resolves it against the base URL.
        reply: {
          status: 302,
          headers: {
            location: `/storage/user-files/${FILE_ID}?X-Amz-Signature=6b1f0c9e`,
            "x-together-file-id": FILE_ID,
          },
        },
      },
      {
        method: "PUT",
        path: `/storage/user-files/${FILE_ID}?X-Amz-Signature=6b1f0c9e`,
        base64: b64(JSONL),
        bearer: false,
        reply: { status: 200 },
      },
      {
        method: "POST",
        path: `/v1/files/${FILE_ID}/preprocess`,
        reply: { fixture: "togetherai/upload_file.preprocess" },
      },
    ],
  },
  sends(
    "togetherai/upload_model",
    "POST",
    "/v1/models",
    {
      model_name: "acme/Qwen2.5-7B-Instruct-support",
      model_source: "Qwen/Qwen2.5-7B-Instruct",
      description: "Support assistant",
    },
    "togetherai/upload_model",
    { sideEffects: true },
  ),

  // Cohere
  {
    script: "cohere/cancel_batch",
    body: { id: "9439e0e3-49a4-4336-93e3-485fc420bc18" },
    exchanges: read("/v2/batches/9439e0e3-49a4-4336-93e3-485fc420bc18:cancel", "cohere/cancel_batch", "POST"),
    // Cohere answers {} (spec: CancelBatchResponse): the script says what it asked for instead.
    result: { id: "9439e0e3-49a4-4336-93e3-485fc420bc18", cancel_requested: true },
  },
  {
    script: "cohere/cancel_embed_job",
    body: { id: "a07e3b51-2c9d-4f18-8e6b-d4c0f9a2137e" },
    exchanges: read("/v1/embed-jobs/a07e3b51-2c9d-4f18-8e6b-d4c0f9a2137e/cancel", "cohere/cancel_embed_job", "POST"),
    result: { job_id: "a07e3b51-2c9d-4f18-8e6b-d4c0f9a2137e", cancel_requested: true },
  },
  sends(
    "cohere/chat",
    "POST",
    "/v2/chat",
    {
      model: "command-a-03-2025",
      messages: [{ role: "user", content: "What is Windmill?" }],
      temperature: 0.3,
      stream: true,
    },
    "cohere/chat.stream",
    {
      result: {
        id: "29f14a5a-11de-4cae-9800-25e4747408ea",
        finish_reason: "COMPLETE",
        message: {
          role: "assistant",
          content: [
            { type: "thinking", thinking: "The user asks what Windmill is. One sentence will do." },
            { type: "text", text: "Windmill runs scripts\nas flow steps." },
          ],
        },
        usage: {
          billed_units: { input_tokens: 9, output_tokens: 22 },
          tokens: { input_tokens: 214, output_tokens: 22 },
        },
      },
      streamed: "Windmill runs scripts\nas flow steps.",
    },
  ),

  { script: "cohere/check_api_key", body: {}, exchanges: read("/v1/check-api-key", "cohere/check_api_key", "POST") },
  sends(
    "cohere/create_batch",
    "POST",
    "/v2/batches",
    { name: "nightly-ticket-triage", input_dataset_id: "ticket-requests-x4n8wq", model: "command-a-03-2025" },
    "cohere/create_batch",
    { sideEffects: true },
  ),

  {
    script: "cohere/create_dataset",
    sideEffects: true,
    body: {
      name: "support articles",
      type: "embed-input",
      data: b64('{"text": "To reset your password, open Settings."}\n'),
      keep_fields: ["title", "url"],
    },
    exchanges: [
      {
        method: "POST",
        path: "/v1/datasets?name=support+articles&type=embed-input&keep_fields=title&keep_fields=url",
        form: {},
        reply: { fixture: "cohere/create_dataset" },
      },
    ],
  },
  sends(
    "cohere/create_embed_job",
    "POST",
    "/v1/embed-jobs",
    {
      model: "embed-english-v3.0",
      dataset_id: "support-articles-q8k2vx",
      input_type: "search_document",
      truncate: "END",
    },
    "cohere/create_embed_job",
    { sideEffects: true },
  ),

  {
    script: "cohere/create_transcription",
    body: { model: "cohere-transcribe-03-2026", language: "en", file: WAV, temperature: 0.2 },
    exchanges: [
      {
        method: "POST",
        path: "/v2/audio/transcriptions",
        form: { model: "cohere-transcribe-03-2026", language: "en", temperature: "0.2" },
        reply: { fixture: "cohere/create_transcription" },
      },
    ],
  },
  {
    script: "cohere/delete_dataset",
    sideEffects: true,
    body: { id: "support-articles-q8k2vx" },
    exchanges: read("/v1/datasets/support-articles-q8k2vx", "cohere/delete_dataset", "DELETE"),
    // Cohere answers {} (spec): the script says what it deleted.
    result: { id: "support-articles-q8k2vx", deleted: true },
  },
  sends(
    "cohere/detokenize",
    "POST",
    "/v1/detokenize",
    { tokens: [4900, 2722, 11094, 16651, 1690, 6180, 7437, 21], model: "command-a-03-2025" },
    "cohere/detokenize",
  ),

  sends(
    "cohere/embed",
    "POST",
    "/v2/embed",
    {
      model: "embed-v4.0",
      input_type: "search_document",
      texts: ["Windmill runs scripts as flow steps.", "Flows can run on a schedule."],
      embedding_types: ["float", "int8"],
    },
    "cohere/embed",
  ),

  {
    script: "cohere/get_batch",
    body: { id: "9439e0e3-49a4-4336-93e3-485fc420bc18" },
    exchanges: read("/v2/batches/9439e0e3-49a4-4336-93e3-485fc420bc18", "cohere/get_batch"),
  },
  {
    script: "cohere/get_dataset",
    body: { id: "support-articles-q8k2vx" },
    exchanges: read("/v1/datasets/support-articles-q8k2vx", "cohere/get_dataset"),
  },
  { script: "cohere/get_dataset_usage", body: {}, exchanges: read("/v1/datasets/usage", "cohere/get_dataset_usage") },
  {
    script: "cohere/get_embed_job",
    body: { id: "4f1a9c2e-7b3d-4e8a-9f60-1c5d2b7e8a04" },
    exchanges: read("/v1/embed-jobs/4f1a9c2e-7b3d-4e8a-9f60-1c5d2b7e8a04", "cohere/get_embed_job"),
  },
  {
    script: "cohere/get_model",
    body: { model: "command-a-03-2025" },
    exchanges: read("/v1/models/command-a-03-2025", "cohere/get_model"),
  },
  {
    script: "cohere/list_batches",
    body: { page_size: 100, order_by: "updated_at" },
    exchanges: read("/v2/batches?page_size=100&order_by=updated_at", "cohere/list_batches"),
  },
  {
    script: "cohere/list_datasets",
    body: { datasetType: "embed-input", limit: 20, validationStatus: "validated" },
    exchanges: read("/v1/datasets?datasetType=embed-input&limit=20&validationStatus=validated", "cohere/list_datasets"),
  },
  { script: "cohere/list_embed_jobs", body: {}, exchanges: read("/v1/embed-jobs", "cohere/list_embed_jobs") },
  {
    script: "cohere/list_models",
    body: { page_size: 50, endpoint: "chat", default_only: true },
    exchanges: read("/v1/models?page_size=50&endpoint=chat&default_only=true", "cohere/list_models"),
  },
  sends(
    "cohere/rerank",
    "POST",
    "/v2/rerank",
    {
      model: "rerank-v3.5",
      query: "What is the capital of the United States?",
      documents: [
        "Carson City is the capital city of Nevada.",
        "Washington, D.C. is the capital of the United States.",
      ],
      top_n: 1,
    },
    "cohere/rerank",
  ),

  sends(
    "cohere/tokenize",
    "POST",
    "/v1/tokenize",
    { text: "Windmill runs scripts as flow steps.", model: "command-a-03-2025" },
    "cohere/tokenize",
  ),
];
