// Runs bench/child.ts in a fresh Bun process (Deno for the _deno contenders), draining its stdout
// through a pipe the way Windmill's worker reads a job's output, and measures the whole process: wall
// time, CPU time, peak RSS.
import { DENO_ENV, denoBinary } from "../runner/native/worker.ts";
import type { LineGate } from "./server.ts";

const CHILD = new URL("./child.ts", import.meta.url).pathname;

/**
 * Deno as the runner's native harness runs it (runner/native/worker.ts: the pinned npm binary, its
 * cache, no update check), with every permission: Deno reads /proc/self/status (the child's peak RSS)
 * only under --allow-all, and without it the child fell back to getrusage's maxRSS, which carries the
 * parent's peak across spawn (every Deno row read the same 1985 MiB). No heap limit: the 50 MB stream
 * needs more than a job's 128 MiB, and the bench measures speed.
 */
const DENO = (): string[] => [denoBinary(), "run", "--quiet", "--no-prompt", "--no-lock", "--allow-all", CHILD];

export interface Sample {
  /** Spawn to exit, output drained. */
  wallMs: number;
  /** User + system CPU of the child: immune to waiting on the server. */
  cpuMs: number;
  peakMiB: number;
  /** Lines the contender printed (WM_STREAM lines in stream runs). */
  lines: number;
  /** What the child measured itself (BENCH line): ms, chars, rssBefore. */
  report: Record<string, number>;
}

export async function runChild(args: string[], gate: LineGate): Promise<Sample> {
  gate.reset();
  const t0 = performance.now();
  const deno = args[0]!.endsWith("_deno");
  const cmd = deno ? [...DENO(), ...args] : [process.execPath, CHILD, ...args];
  const proc = Bun.spawn(cmd, { stdout: "pipe", stderr: "pipe", env: deno ? DENO_ENV : undefined });
  const [lines, errors] = await Promise.all([drain(proc.stdout, gate), new Response(proc.stderr).text()]);
  const code = await proc.exited;
  const wallMs = performance.now() - t0;
  const line = errors.split("\n").find((l) => l.startsWith("BENCH "));
  if (code !== 0 || !line) {
    // The error's own line (the last one naming an Error), then the whole stderr for the log.
    const why =
      errors
        .split("\n")
        .filter((l) => /error/i.test(l))
        .at(-1)
        ?.trim() ?? "no output";
    throw Object.assign(new Error(`${args.slice(0, 3).join(" ")}: exit ${code}: ${why}`), {
      stderr: errors.slice(-2000),
    });
  }
  const usage = proc.resourceUsage()!;
  const report = JSON.parse(line.slice(6));
  return { wallMs, cpuMs: Number(usage.cpuTime.total) / 1000, peakMiB: report.peakRss / 2 ** 20, lines, report };
}

/**
 * Reads everything the child prints, counting lines, and the stream text of its WM_STREAM lines
 * (unescaped), which the lockstep server waits on.
 */
async function drain(stdout: ReadableStream<Uint8Array>, gate: LineGate): Promise<number> {
  let lines = 0;
  let rest = "";
  const decoder = new TextDecoder();
  const reader = stdout.getReader();
  for (;;) {
    const { done, value: chunk } = await reader.read();
    if (done) return lines;
    const text = rest + decoder.decode(chunk, { stream: true });
    let start = 0;
    let chars = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      lines++;
      if (text.startsWith(PREFIX, start)) chars += unescapedLength(text.slice(start + PREFIX.length, end));
      start = end + 1;
    }
    rest = text.slice(start);
    gate.add(chars);
  }
}

const PREFIX = "WM_STREAM: ";
// windmill-client escapes a newline as backslash-n (and nothing else).
const unescapedLength = (payload: string) => payload.length - (payload.split("\\n").length - 1);
