// Together's file upload and batch API, answered from the request and remembered between calls:
// POST /files (form fields) answers 302 to the emulator's own storage, whose PUT keeps the bytes;
// GET /files/{id} and /files/{id}/content serve them back. A batch over an uploaded JSONL file
// moves on each GET /batches/{id}: VALIDATING (created), IN_PROGRESS 0%, IN_PROGRESS 50%, then
// COMPLETED with an output file holding each request's emulated chat answer, or FAILED when a
// line is not a request. Ids the emulator did not make fall through to the fixtures.
import { errorResponse } from "./emulator_errors.ts";
import { openaiChat } from "./emulator_openai.ts";

type StoredFile = {
  id: string;
  filename: string;
  purpose: string;
  type: string;
  created: number;
  bytes?: Uint8Array<ArrayBuffer>;
};
type Job = Record<string, unknown> & { id: string; status: string };
type Batch = { job: Job; polls: number };

/** GETs a batch takes to complete (the first shows IN_PROGRESS 0%, the second 50%). */
export const POLLS_TO_COMPLETE = 3;
const KEEP = 500;
const files = new Map<string, StoredFile>();
const batches = new Map<string, Batch>();
const TERMINAL = new Set(["COMPLETED", "FAILED", "EXPIRED", "CANCELLED"]);

function remember<T>(map: Map<string, T>, id: string, value: T): void {
  map.set(id, value);
  if (map.size > KEEP) map.delete(map.keys().next().value!);
}

const json = (value: unknown, status = 200) =>
  Response.json(value, { status, headers: { "x-request-id": crypto.randomUUID() } });

/** Handles the request when it concerns files or batches this emulator made; undefined otherwise. */
export async function togetherBatches(
  request: Request,
  path: string,
  body: unknown,
  origin: string,
): Promise<Response | undefined> {
  const method = request.method;
  if (method === "POST" && path === "/files") return reserve(request, origin);
  const file = path.match(/^\/files\/([^/]+)(\/content)?$/);
  const stored = file && files.get(decodeURIComponent(file[1]!));
  if (method === "GET" && stored) return file![2] ? content(stored) : json(fileInfo(stored));
  if (method === "POST" && path === "/batches") return create((body ?? {}) as Record<string, unknown>);
  const batch = path.match(/^\/batches\/([^/]+)(\/cancel)?$/);
  const known = batch && batches.get(decodeURIComponent(batch[1]!));
  if (!known) return undefined;
  if (method === "GET" && !batch![2]) return json(await advance(known));
  if (method === "POST" && batch![2]) {
    if (!TERMINAL.has(known.job.status)) known.job.status = "CANCELLED";
    return json(known.job);
  }
  return undefined;
}

/** The emulator's stand-in for presigned storage: takes any PUT, and keeps the bytes of a file it reserved. */
export async function storageUpload(request: Request, key: string): Promise<Response> {
  if (request.method !== "PUT") return errorResponse("togetherai", 405, "storage accepts PUT only");
  const stored = key.startsWith("emulator/") ? files.get(key.slice("emulator/".length)) : undefined;
  if (stored) stored.bytes = new Uint8Array(await request.arrayBuffer());
  return new Response(null, { status: 200 });
}

async function reserve(request: Request, origin: string): Promise<Response | undefined> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("form")) return undefined;
  const form = await request.formData();
  const filename = form.get("file_name");
  const purpose = form.get("purpose");
  // Without its fields it is not an upload this emulator can keep: the fixtures answer it.
  if (typeof filename !== "string" || typeof purpose !== "string") return undefined;
  const id = `file-${crypto.randomUUID()}`;
  const fileType = String(form.get("file_type") ?? "jsonl");
  remember(files, id, { id, filename, purpose, type: fileType, created: Math.floor(Date.now() / 1000) });
  const location = `${origin}/_storage/emulator/${id}?X-Amz-Signature=emulated`;
  return new Response(null, { status: 302, headers: { location, "x-together-file-id": id } });
}

function fileInfo(f: StoredFile) {
  const lines = f.bytes
    ? new TextDecoder()
        .decode(f.bytes)
        .split("\n")
        .filter((l) => l.trim()).length
    : 0;
  return {
    id: f.id,
    object: "file",
    created_at: f.created,
    filename: f.filename,
    bytes: f.bytes?.length ?? 0,
    purpose: f.purpose,
    Processed: f.bytes !== undefined,
    FileType: f.type,
    LineCount: lines,
  };
}

function content(f: StoredFile): Response {
  return new Response(f.bytes ?? new Uint8Array(), { headers: { "content-type": "text/plain; charset=utf-8" } });
}

function create(body: Record<string, unknown>): Response | undefined {
  const input = typeof body.input_file_id === "string" ? files.get(body.input_file_id) : undefined;
  if (!input) return undefined;
  if (!body.endpoint) return json({ error: "endpoint is required" }, 400);
  if (!input.bytes) return json({ error: `file ${input.id} has no content: its upload never finished` }, 400);
  const created = new Date();
  const job: Job = {
    id: crypto.randomUUID(),
    user_id: "user_emulator",
    input_file_id: input.id,
    file_size_bytes: input.bytes.length,
    status: "VALIDATING",
    job_deadline: new Date(created.getTime() + 86_400_000).toISOString(),
    created_at: created.toISOString(),
    endpoint: body.endpoint,
    progress: 0,
    ...(body.model_id ? { model_id: body.model_id } : {}),
  };
  remember(batches, job.id, { job, polls: 0 });
  return json({ job, warning: "" }, 201);
}

type Line = { custom_id: string; body: Record<string, unknown> };

/** The requests of a batch input file, or the first problem found, naming its line. */
function parseLines(bytes: Uint8Array): Line[] | string {
  const lines: Line[] = [];
  const seen = new Set<string>();
  const rows = new TextDecoder().decode(bytes).split("\n");
  for (const [i, raw] of rows.entries()) {
    if (!raw.trim()) continue;
    let line: Partial<Line>;
    try {
      line = JSON.parse(raw);
    } catch {
      return `line ${i + 1} is not JSON`;
    }
    if (typeof line.custom_id !== "string" || !line.custom_id) return `line ${i + 1} has no custom_id`;
    if (seen.has(line.custom_id)) return `line ${i + 1} repeats custom_id ${line.custom_id}`;
    if (!line.body || typeof line.body !== "object") return `line ${i + 1} has no request body`;
    seen.add(line.custom_id);
    lines.push(line as Line);
  }
  return lines.length ? lines : "the input file holds no requests";
}

async function advance(batch: Batch): Promise<Job> {
  const job = batch.job;
  if (TERMINAL.has(job.status)) return job;
  batch.polls++;
  const lines = parseLines(files.get(String(job.input_file_id))!.bytes!);
  if (typeof lines === "string") return Object.assign(job, { status: "FAILED", error: lines, progress: 0 });
  if (batch.polls < POLLS_TO_COMPLETE) {
    return Object.assign(job, { status: "IN_PROGRESS", progress: ((batch.polls - 1) * 100) / (POLLS_TO_COMPLETE - 1) });
  }
  return Object.assign(job, await finish(lines), { status: "COMPLETED", progress: 100 });
}

/** Runs every request through the emulated chat; answers go to the output file, refusals to the error file. */
async function finish(lines: Line[]) {
  const output: string[] = [];
  const errors: string[] = [];
  for (const { custom_id, body } of lines) {
    const reply = openaiChat("togetherai", { ...body, stream: false } as object, 0);
    const answer = await reply.json();
    const request_id = reply.headers.get("x-request-id");
    if (reply.ok) {
      output.push(
        JSON.stringify({
          id: `batch_req_${crypto.randomUUID()}`,
          custom_id,
          response: { status_code: reply.status, request_id, body: answer },
        }),
      );
    } else {
      errors.push(
        JSON.stringify({
          id: `batch_req_${crypto.randomUUID()}`,
          custom_id,
          error: { code: String(reply.status), message: answer?.error?.message ?? "refused" },
        }),
      );
    }
  }
  const save = (rows: string[], name: string) => {
    const id = `file-${crypto.randomUUID()}`;
    const bytes = new TextEncoder().encode(rows.map((r) => r + "\n").join(""));
    remember(files, id, {
      id,
      filename: name,
      purpose: "batch-generated",
      type: "jsonl",
      created: Math.floor(Date.now() / 1000),
      bytes,
    });
    return id;
  };
  return {
    output_file_id: save(output, "batch_output.jsonl"),
    ...(errors.length ? { error_file_id: save(errors, "batch_errors.jsonl") } : {}),
    completed_at: new Date().toISOString(),
  };
}
