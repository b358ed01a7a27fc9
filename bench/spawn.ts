// Runs bench/child.ts in a fresh Bun process, draining its stdout through a pipe the way Windmill's
// worker reads a job's output, and measures the whole process: wall time, CPU time, peak RSS.
import type { LineGate } from "./server.ts";

const CHILD = new URL("./child.ts", import.meta.url).pathname;
const NEWLINE = 10;

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
  const proc = Bun.spawn([process.execPath, CHILD, ...args], { stdout: "pipe", stderr: "pipe" });
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

/** Reads everything the child prints, counting lines; the lockstep server waits on that count. */
async function drain(stdout: ReadableStream<Uint8Array>, gate: LineGate): Promise<number> {
  let lines = 0;
  const reader = stdout.getReader();
  for (;;) {
    const { done, value: chunk } = await reader.read();
    if (done) return lines;
    let n = 0;
    for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, i + 1)) n++;
    lines += n;
    gate.add(n);
  }
}
