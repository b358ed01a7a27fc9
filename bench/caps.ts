// `bun bench/caps.ts [--only=name,...] [--quick]`: measures the caps of f/core/limits.ts with the Deno
// harness (runner/native/): for every binary result and file input, the largest file that still passes
// under Windmill's 128 MiB heap, result serialisation included, in both base64 variants (V8's native
// Uint8Array methods and the portable fallback), and the least heap the call needs at the chosen cap.
// The scripts are bundled as Windmill bundles them, with the caps lifted, so the heap is what stops them.
// Writes bench/CAPS.md. About 15 minutes on 2 cores.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { windmillBuildOptions } from "../runner/native/bundle.ts";
import { runNative } from "../runner/native/worker.ts";
import { BINARY_OPS, IMAGE_OP, patternBytes } from "../tests/runtime/binary.ts";
import { type Loopback, loopback } from "../tests/runtime/native.ts";

const MiB = 1024 * 1024;
const HEADROOM = 0.15;
const root = join(import.meta.dir, "..");
const args = process.argv.slice(2);
const only = args
  .find((a) => a.startsWith("--only="))
  ?.slice(7)
  .split(",");
const quick = args.includes("--quick");
const log = (text: string) => process.stderr.write(`${text}\n`);

interface Probe {
  name: string;
  script: string;
  /** The call's arguments for a file of `bytes`, against `origin`. */
  args(bytes: Uint8Array, origin: string): unknown[];
  reply(bytes: Uint8Array): (req: Request) => Response | Promise<Response>;
  /** Whether the result carries the file intact (results) or the upload arrived whole (inputs). */
  check(result: unknown, bytes: Uint8Array, received: number): boolean;
}

const together = (origin: string) => ({ api_key: "tgp_v1_caps-measure-key", base_url: `${origin}/v1` });
const cohere = (origin: string) => ({ apiKey: "co-caps-measure-key", baseUrl: origin });
const b64 = (bytes: Uint8Array) => bytes.toBase64();

let received = 0;
/** Reads the whole request, as a provider would, and answers `json`. */
const takes = (json: unknown) => async (req: Request) => {
  if (req.method !== "GET") received = (await req.arrayBuffer()).byteLength;
  return Response.json(json);
};

const resultProbes: Probe[] = [...BINARY_OPS, IMAGE_OP].map((op) => ({
  name: op.name,
  script: op.script,
  args: (_, origin) => [together(origin), op.body, null],
  reply: (bytes) => () => op.reply(bytes, true),
  check: (result, bytes) => {
    const r = result as Record<string, any>;
    const file = r?.[typeof r?.wm_renderer === "string" ? r.wm_renderer : "file"];
    return file?.size === bytes.length + op.prefix;
  },
}));

// Audio that the transcription scripts recognise (an ID3 header, then the pattern).
const audio = (bytes: Uint8Array) => {
  bytes.set([0x49, 0x44, 0x33, 0x04]);
  return bytes;
};
const inputProbes: Probe[] = [
  {
    name: "togetherai/upload_file",
    script: "togetherai/upload_file",
    args: (bytes, origin) => [together(origin), { file: b64(bytes), file_name: "d.jsonl", purpose: "fine-tune" }, null],
    reply: () => async (req) => {
      const path = new URL(req.url).pathname;
      if (path === "/v1/files")
        return new Response(null, { status: 302, headers: { location: "/s/f", "x-together-file-id": "file-1" } });
      if (path === "/s/f") received = (await req.arrayBuffer()).byteLength;
      return Response.json({ id: "file-1", object: "file" });
    },
    check: (_, bytes, got) => got === bytes.length,
  },
  ...(["create_transcription", "create_translation"] as const).map((op) => ({
    name: `togetherai/${op}`,
    script: `togetherai/${op}`,
    args: (bytes: Uint8Array, origin: string) => [together(origin), { file: b64(audio(bytes)) }, null],
    reply: () => takes({ text: "ok" }),
    check: (_: unknown, bytes: Uint8Array, got: number) => got > bytes.length,
  })),
  {
    name: "togetherai/execute_code",
    script: "togetherai/execute_code",
    args: (bytes, origin) => [
      together(origin),
      { code: "print(1)", files: [{ name: "d.bin", encoding: "base64", content: b64(bytes) }] },
      null,
    ],
    reply: () => takes({ data: { outputs: [], session_id: "s" }, errors: null }),
    check: (_, bytes, got) => got > (bytes.length * 4) / 3,
  },
  {
    name: "cohere/create_dataset",
    script: "cohere/create_dataset",
    args: (bytes, origin) => [cohere(origin), { name: "d", type: "embed-input", data: b64(bytes) }, null],
    reply: () => takes({ id: "ds-1" }),
    check: (_, bytes, got) => got > bytes.length,
  },
  {
    name: "cohere/create_transcription",
    script: "cohere/create_transcription",
    args: (bytes, origin) => [cohere(origin), { model: "m", language: "en", file: b64(audio(bytes)) }, null],
    reply: () => takes({ text: "ok" }),
    check: (_, bytes, got) => got > bytes.length,
  },
];

// The scripts as Windmill bundles them, but with every cap lifted: here the heap alone decides.
const bundles = new Map<string, Promise<string>>();
function uncapped(script: string): Promise<string> {
  let built = bundles.get(script);
  if (!built) {
    const options = windmillBuildOptions(join(root, `f/${script}.ts`), root);
    options.plugins = [
      {
        name: "lift-caps",
        setup(build) {
          build.onLoad({ filter: /f\/core\/limits\.ts$/ }, async ({ path }) => ({
            contents: (await Bun.file(path).text()).replace(/\d+ \* MiB/g, "4096 * MiB"),
            loader: "ts",
          }));
        },
      },
      ...(options.plugins ?? []),
    ];
    built = Bun.build(options).then((out) => {
      if (!out.success) throw new Error(out.logs.map(String).join("\n"));
      return out.outputs[0]!.text();
    });
    bundles.set(script, built);
  }
  return built;
}

type Run = { ok: boolean; why: string; peak: number };
async function attempt(p: Probe, size: number, nativeBase64: boolean): Promise<Run> {
  const bytes = patternBytes(size);
  const server: Loopback = loopback(p.reply(bytes));
  received = 0;
  try {
    const o = await runNative(p.script, await uncapped(p.script), p.args(bytes, server.origin), {
      allowNet: [server.host],
      nativeBase64,
      reportHeap: true,
    });
    const peak = o.peakHeap ?? Number.NaN;
    if (o.killed) return { ok: false, why: `killed (${o.killed})`, peak };
    if (!o.ok) return { ok: false, why: `${o.error?.name}: ${o.error?.message.slice(0, 120)}`, peak };
    const intact = p.check(o.result, bytes, received);
    return { ok: intact && peak <= LIMIT, why: intact ? `peak ${fmt(peak)} MiB` : "result not intact", peak };
  } finally {
    server.stop();
  }
}

// The old generation of a 128 MiB V8 heap (what is left after its ~3 MiB young generation).
const LIMIT = 125 * MiB;
const fmt = (n: number) => (n / MiB).toFixed(1);
const [SMALL, LARGE] = quick ? [4 * MiB, 12 * MiB] : [8 * MiB, 24 * MiB];

type Row = {
  name: string;
  kind: "result" | "input";
  max: Record<string, number>;
  cap: number;
  peak: Record<string, number>;
};
const rows: Row[] = [];
const started = performance.now();
for (const [kind, probes] of [
  ["result", resultProbes],
  ["input", inputProbes],
] as const) {
  for (const p of probes) {
    if (only && !only.some((o) => p.name.includes(o))) continue;
    // The live heap grows linearly with the file (the bytes, their base64, the JSON around them):
    // two sizes give the line, and the line gives the largest file whose peak fits the limit.
    const max: Record<string, number> = {};
    for (const nativeBase64 of [true, false]) {
      const variant = nativeBase64 ? "native" : "fallback";
      const [a, b] = [await attempt(p, SMALL, nativeBase64), await attempt(p, LARGE, nativeBase64)];
      if (!a.ok || !b.ok) throw new Error(`${p.name} ${variant}: ${a.why}; ${b.why}`);
      const slope = (b.peak - a.peak) / (LARGE - SMALL);
      max[variant] = Math.floor(SMALL + (LIMIT - a.peak) / slope);
      log(
        `${p.name} ${variant}: peak ${fmt(a.peak)} MiB at ${fmt(SMALL)}, ${fmt(b.peak)} at ${fmt(LARGE)}; fits up to ${fmt(max[variant]!)} MiB`,
      );
    }
    // 15% headroom below the smaller of the two, rounded down to a whole MiB.
    const cap = Math.floor((Math.min(max.native!, max.fallback!) * (1 - HEADROOM)) / MiB) * MiB;
    const peak: Record<string, number> = {};
    for (const nativeBase64 of [true, false]) {
      const run = await attempt(p, cap, nativeBase64);
      if (!run.ok) throw new Error(`${p.name} at its cap ${fmt(cap)} MiB: ${run.why}`);
      peak[nativeBase64 ? "native" : "fallback"] = run.peak;
    }
    rows.push({ name: p.name, kind, max, cap, peak });
    log(
      `${p.name}: cap ${fmt(cap)} MiB, peak ${fmt(peak.native!)} / ${fmt(peak.fallback!)} MiB (${Math.round((performance.now() - started) / 1000)} s so far)`,
    );
  }
}

const table = [
  "| operation | kind | fits, native base64 (MiB) | fits, fallback (MiB) | cap (MiB) | peak heap at the cap, native / fallback (MiB) |",
  "|---|---|---|---|---|---|",
  ...rows.map(
    (r) =>
      `| \`${r.name}\` | ${r.kind} | ${fmt(r.max.native!)} | ${fmt(r.max.fallback!)} | ${r.cap / MiB} | ${fmt(r.peak.native!)} / ${fmt(r.peak.fallback!)} |`,
  ),
].join("\n");
console.log(table);
if (!only) {
  const when = new Date().toISOString().slice(0, 10);
  const deno = Bun.spawnSync([join(root, "node_modules/.bin/deno"), "--version"])
    .stdout.toString()
    .split("\n")[0];
  writeFileSync(
    join(import.meta.dir, "CAPS.md"),
    `# File caps, measured

\`bun bench/caps.ts\` on ${when} (${deno}, 2-core VM), the source of the caps in \`f/core/limits.ts\`.

Each call runs bundled as Windmill bundles it (caps lifted), in a fresh Deno process with Windmill's globals
only, its result serialised inside the isolate. Deno does not stop a script at 128 MiB reliably (see
\`runner/native/worker.ts\`), so the heap is measured instead: the live heap after a full GC when the script
calls fetch and once its result is serialised, the moments its request or its result and their JSON are
all alive. The peak grows linearly with the file; "fits" is the largest file whose peak stays within the
125 MiB old generation of a 128 MiB heap, from runs at ${fmt(SMALL)} and ${fmt(LARGE)} MiB. The cap is 85% of the
smaller of the two base64 variants, rounded down to a whole MiB, and was run again to read its peak.
Copies that live only between those moments (the portable base64 encoder's slices before they are joined, a
JSON reply's text while it is parsed) are no larger than the copies sampled, so the peak stands for them
too; the portable decoder works in 64 KiB slices so that a file input never has a whole-file binary string.
The native and fallback columns agree because of that: both variants peak at the same moment.

${table}
`,
  );
}
