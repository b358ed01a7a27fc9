// What keeping the key out and bounding each silence cost per call (issue 13), measured in-process so
// the network does not drown it: reading a JSON reply chunk by chunk and masking every string of it
// (f/core/json_reply.ts) against `await response.json()`, and the live stream's masking with its
// 7-character hold-back (f/core/result_stream.ts) against printing the same lines unmasked.
// Run by `npm run bench` (or alone: `bun bench/overhead.ts`).
import type { Reply, Target } from "../f/core/http.ts";
import { readJson } from "../f/core/json_reply.ts";
import { ResultStream } from "../f/core/result_stream.ts";

const KEY = "tgp_v1_Zx9Qm3Kd8Lw2Rt5Yp7Vb4Nc6Hj1Fs0Ga";
const target: Target = { provider: "Together", baseUrl: "http://127.0.0.1", apiKey: KEY };

const chat = {
  id: "chatcmpl-1",
  object: "chat.completion",
  model: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
  choices: [{ index: 0, message: { role: "assistant", content: "Windmill is a developer platform. ".repeat(30) } }],
  usage: { prompt_tokens: 12, completion_tokens: 300, total_tokens: 312 },
};
const models = Array.from({ length: 400 }, (_, i) => ({
  id: `org-${i}/model-${i}-Instruct`,
  object: "model",
  type: "chat",
  display_name: `Model ${i}`,
  organization: `Org ${i}`,
  context_length: 131072,
  pricing: { input: 0.2, output: 0.6 },
}));
const embeddings = {
  object: "list",
  model: "BAAI/bge-large-en-v1.5",
  data: Array.from({ length: 96 }, (_, i) => ({
    index: i,
    object: "embedding",
    embedding: Array.from({ length: 1024 }, (_, j) => Math.sin(i * 1024 + j)),
  })),
};
export const BODIES = { "chat reply": chat, "400 models": models, "96 embeddings": embeddings };

/** The body as a provider sends it: 16 KiB network chunks, no Content-Length. */
function response(text: string): Response {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      if (at >= bytes.length) return c.close();
      c.enqueue(bytes.subarray(at, (at += 16384)));
    },
  });
  return new Response(body);
}
const reply = (text: string): Reply => ({ response: response(text), target, alive() {}, delivered: false });

/** Median microseconds per call, after warming up. */
async function time(reps: number, f: () => Promise<unknown> | unknown): Promise<number> {
  for (let i = 0; i < Math.min(50, reps); i++) await f();
  const out: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await f();
    out.push((performance.now() - t0) * 1000);
  }
  out.sort((a, b) => a - b);
  return out[Math.floor(out.length / 2)]!;
}

export type OverheadRow = { case: string; bytes: number; baseline_us: number; ours_us: number; added_us: number };

export async function measureOverhead(quick = false): Promise<OverheadRow[]> {
  const rows: OverheadRow[] = [];
  for (const [name, value] of Object.entries(BODIES)) {
    const text = JSON.stringify(value);
    const reps = quick ? 100 : text.length > 500_000 ? 200 : 1000;
    const baseline = await time(reps, () => response(text).json());
    const ours = await time(reps, () => readJson(reply(text)));
    rows.push({
      case: `JSON reply, ${name}`,
      bytes: text.length,
      baseline_us: baseline,
      ours_us: ours,
      added_us: ours - baseline,
    });
  }
  // The live stream: 20k network chunks of a few tokens each, printed to a console that discards them.
  const chunks = Array.from({ length: 20_000 }, (_, i) => `tok${i % 97} and more `);
  const log = console.log;
  console.log = () => {};
  try {
    const stream = (secret: string) => () => {
      const out = new ResultStream(secret);
      for (const c of chunks) {
        out.push(c);
        out.flush();
      }
      out.end();
    };
    const reps = quick ? 5 : 20;
    const baseline = await time(reps, stream(""));
    const ours = await time(reps, stream(KEY));
    const bytes = chunks.join("").length;
    rows.push({
      case: "live stream, 20k chunks",
      bytes,
      baseline_us: baseline,
      ours_us: ours,
      added_us: ours - baseline,
    });
  } finally {
    console.log = log;
  }
  return rows;
}

export function overheadTable(rows: OverheadRow[]): string {
  const f = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} ms` : `${n.toFixed(1)} µs`);
  return [
    "| per call | body | baseline | masked, read chunk by chunk | added |",
    "|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.case} | ${(r.bytes / 1024).toFixed(0)} KiB | ${f(r.baseline_us)} | ${f(r.ours_us)} | ${f(r.added_us)} |`,
    ),
  ].join("\n");
}

if (import.meta.main) console.log(overheadTable(await measureOverhead(process.argv.includes("--quick"))));
