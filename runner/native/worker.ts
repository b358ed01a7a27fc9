// Runs bundles under Deno the way a Windmill native worker runs a job (see host.ts for the Deno
// side): V8 with a 128 MiB heap, network to the named hosts only, no env, write, read or subprocess
// permission, and nothing in the environment: arguments (credentials included) travel over stdin.
import type { Subprocess } from "bun";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";

const HOST = join(import.meta.dir, "host.ts");
// Nothing of the caller's environment (keys!) reaches Deno: only where to keep its compile cache.
export const DENO_ENV: Record<string, string> = {
  DENO_DIR: resolve(import.meta.dir, "../../node_modules/.cache/deno"),
  DENO_NO_UPDATE_CHECK: "1",
  NO_COLOR: "1",
};

export interface NativeOptions {
  /** host or host:port values for --allow-net; nothing else is reachable. */
  allowNet: string[];
  /** The V8 heap limit; Windmill's isolates have 128 MiB. */
  heapMiB?: number;
  /** false deletes Uint8Array's toBase64/fromBase64 (and hex) methods, as on V8 13.7. */
  nativeBase64?: boolean;
  /** Keep every Deno global: only for control experiments showing what the allow-list rejects. */
  allGlobals?: boolean;
  /** Process one call, then exit, as an isolate is dropped after its job. */
  once?: boolean;
  /** Measure the call's peak live heap (NativeOutcome.peakHeap): a full GC, then the heap used, each
   *  time the script calls fetch and once its result is serialised. Slow; for bench/caps.ts. */
  reportHeap?: boolean;
}

export interface NativeError {
  name: string;
  message: string;
  stack?: string;
}

export interface NativeOutcome {
  ok: boolean;
  /** main's result as Windmill stores it (JSON.parse of the isolate's JSON), when ok. */
  result?: unknown;
  /** The JSON text the isolate produced, byte for byte. */
  json?: string;
  /** The error as Windmill reports it ({name, message, stack}), when main threw. */
  error?: NativeError;
  /** Set when the process died during the call: "heap" when V8 ran out of memory. */
  killed?: "heap" | "exit";
  /** Every console line on stdout, WM_STREAM lines included, in order. */
  stdout: string[];
  /** Lines on stderr (console.error/warn, Deno's own messages). */
  stderr: string[];
  ms: number;
  /** With `reportHeap`: the largest live heap seen, in bytes. */
  peakHeap?: number;
}

export interface CallHooks {
  /** Each console line as it is printed (for live output). */
  onLine?: (line: string, stream: "stdout" | "stderr") => void;
}

/**
 * The reserved variables a job finds in `process.env` (Windmill's env code puts them there as
 * literals; WM_TOKEN is left out: nothing here talks to a Windmill server).
 */
export function windmillEnv(script: string): Record<string, string> {
  const id = crypto.randomUUID();
  return {
    BASE_URL: "http://localhost:8000",
    BASE_INTERNAL_URL: "http://localhost:8000",
    WM_WORKSPACE: "local",
    WM_JOB_ID: id,
    WM_ROOT_FLOW_JOB_ID: id,
    WM_JOB_PATH: `f/${script}`,
    WM_PERMISSIONED_AS: "u/local",
    WM_USERNAME: "local",
    WM_EMAIL: "local@windmill.dev",
  };
}

/** The `WM_STREAM: ` payloads of a call's output, as printed (escaped). */
export const streamLines = (o: NativeOutcome) =>
  o.stdout.filter((l) => l.startsWith("WM_STREAM: ")).map((l) => l.slice("WM_STREAM: ".length));

const PLATFORM_PACKAGES: Record<string, string> = {
  "linux-x64": "@deno/linux-x64-glibc",
  "linux-arm64": "@deno/linux-arm64-glibc",
  "darwin-x64": "@deno/darwin-x64",
  "darwin-arm64": "@deno/darwin-arm64",
  "win32-x64": "@deno/win32-x64",
  "win32-arm64": "@deno/win32-arm64",
};

/** The Deno binary from its npm package (a pinned dev dependency), never a download. */
export function denoBinary(): string {
  const pkg = PLATFORM_PACKAGES[`${process.platform}-${process.arch}`];
  try {
    if (!pkg) throw new Error(`no Deno package for ${process.platform}-${process.arch}`);
    const dir = dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`));
    return join(dir, process.platform === "win32" ? "deno.exe" : "deno");
  } catch (e) {
    throw new Error(`Deno is not installed (${(e as Error).message}); run npm install: it is a dev dependency`);
  }
}

export function denoArgs(o: NativeOptions): string[] {
  const net = o.allowNet.length ? [`--allow-net=${o.allowNet.join(",")}`] : [];
  // Windmill's heap_limits(0, 128 MiB) gives V8's old generation what a 128 MiB heap leaves after its
  // young one (about 3 MiB: V8's GenerationSizesFromHeapSize), and the job dies when it is full. Deno
  // 2.9.6 (V8 15) enforces no such limit reliably: measured, a call with 164 MiB live passed under
  // --max-heap-size=128, and under --max-old-space-size=125 too when its bytes came from fetch. The old
  // generation's limit is set, checked as strictly as V8 allows; caps are measured by the live heap
  // (`reportHeap`, bench/caps.ts), not by whether Deno survives.
  // --stack-size=1024 as Windmill sets it (windmill-runtime-nativets setup_deno_runtime).
  const old = (o.heapMiB ?? 128) - 3;
  const gc = o.reportHeap ? ",--expose-gc" : "";
  const v8 = `--v8-flags=--max-old-space-size=${old},--no-late-heap-limit-check${gc},--stack-size=1024`;
  const host = [
    o.nativeBase64 === false && "--no-native-base64",
    o.allGlobals && "--all-globals",
    o.once && "--once",
    o.reportHeap && "--report-heap",
  ];
  const flags = ["run", "--quiet", "--no-prompt", "--no-config", "--no-lock", "--no-remote", "--no-npm", v8, ...net];
  return [...flags, HOST, ...host.filter((x): x is string => typeof x === "string")];
}

type Pending = {
  proc: Subprocess;
  outcome: NativeOutcome;
  hooks: CallHooks;
  started: number;
  resolve: (o: NativeOutcome) => void;
  /** The result, once read on stdout; the call settles when stderr's end line is read too. */
  result?: Partial<NativeOutcome>;
  stderrDone?: boolean;
};

/**
 * One Deno process that runs calls one after another (each a fresh module instance, as each job is).
 * Cheap to reuse across calls; a call that kills the process fails alone, the next call starts anew.
 */
export class NativeWorker {
  private proc?: Subprocess<"pipe", "pipe", "pipe">;
  private sent = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();
  private pending?: Pending;
  private nextId = 1;
  private stderrTail = "";

  constructor(private readonly options: NativeOptions) {}

  /** The Deno process's id while it runs. */
  get pid(): number | undefined {
    return this.proc?.pid;
  }

  /** Runs `main(...args)` of a bundle of `script` (a workspace path below f/, for process.env). */
  call(script: string, code: string, args: unknown[], env = windmillEnv(script), hooks: CallHooks = {}) {
    const run = () => this.run(code, args, env, hooks);
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => {});
    return next;
  }

  async close(): Promise<void> {
    await this.queue;
    const proc = this.proc;
    this.proc = undefined;
    if (!proc) return;
    try {
      proc.stdin.end();
    } catch {
      // already gone
    }
    await proc.exited;
  }

  private start(): Subprocess<"pipe", "pipe", "pipe"> {
    const proc = Bun.spawn([denoBinary(), ...denoArgs(this.options)], {
      stdin: "pipe",
      stdout: "pipe",
      stderr: "pipe",
      env: DENO_ENV,
    });
    this.sent.clear();
    this.stderrTail = "";
    // Death is handled once both pipes are drained: a result written just before exit still counts.
    void Promise.all([this.readStdout(proc), this.readStderr(proc), proc.exited]).then(() => this.died(proc));
    return proc;
  }

  private run(code: string, args: unknown[], env: Record<string, string>, hooks: CallHooks) {
    const proc = (this.proc ??= this.start());
    const id = this.nextId++;
    // The code travels once per process; later calls name it by its hash.
    const bundle = Bun.hash(code).toString(36);
    const msg: Record<string, unknown> = { id, bundle, args, env };
    if (!this.sent.has(bundle)) msg.code = code;
    this.sent.add(bundle);
    return new Promise<NativeOutcome>((resolve) => {
      this.pending = {
        proc,
        outcome: { ok: false, stdout: [], stderr: [], ms: 0 },
        hooks,
        started: performance.now(),
        resolve,
      };
      proc.stdin.write(JSON.stringify(msg) + "\n");
      proc.stdin.flush();
    });
  }

  // The result on stdout and the end line on stderr come through separate pipes, in either order.
  private settle(part: { result?: Partial<NativeOutcome>; stderrDone?: boolean }): void {
    const p = this.pending;
    if (!p) return;
    if (part.result) p.result = part.result;
    if (part.stderrDone) p.stderrDone = true;
    if (p.result && p.stderrDone) this.finish(p.result);
  }

  private finish(update: Partial<NativeOutcome>): void {
    const p = this.pending;
    if (!p) return;
    this.pending = undefined;
    Object.assign(p.outcome, update, { ms: performance.now() - p.started });
    p.resolve(p.outcome);
  }

  private line(text: string, stream: "stdout" | "stderr"): void {
    const p = this.pending;
    const heap = /^\x1eheap (\d+)$/.exec(text);
    if (heap && p) p.outcome.peakHeap = Number(heap[1]);
    if (text.startsWith("\x1e")) return; // a begin marker
    if (!p) return;
    (stream === "stdout" ? p.outcome.stdout : p.outcome.stderr).push(text);
    p.hooks.onLine?.(text, stream);
  }

  private died(proc: Subprocess): void {
    if (this.proc === proc) this.proc = undefined;
    const heap = /out of memory|heap limit|allocation failed/i.test(this.stderrTail);
    if (this.pending?.proc === proc && this.pending.result) this.finish(this.pending.result);
    if (this.pending?.proc === proc) {
      this.pending.outcome.stderr.push(...this.stderrTail.split("\n").filter(Boolean));
      this.finish({ ok: false, killed: heap ? "heap" : "exit" });
    }
  }

  // Lines, except after an "ok"/"error" control line, whose payload is read by its byte count.
  private async readStdout(proc: Subprocess<"pipe", "pipe", "pipe">): Promise<void> {
    const decoder = new TextDecoder();
    let buf: Uint8Array = new Uint8Array(0);
    let payload: { kind: string; bytes: Uint8Array; filled: number } | undefined;
    for await (const chunk of chunks(proc.stdout)) {
      buf = buf.length ? concat(buf, chunk) : chunk;
      for (;;) {
        if (payload) {
          // Results can be tens of MB: copied once into their own buffer, never re-joined per chunk.
          const take = Math.min(buf.length, payload.bytes.length - payload.filled);
          payload.bytes.set(buf.subarray(0, take), payload.filled);
          payload.filled += take;
          buf = buf.subarray(take);
          if (payload.filled < payload.bytes.length || buf.length === 0) break;
          buf = buf.subarray(1); // the newline after the payload
          const json = decoder.decode(payload.bytes);
          if (payload.kind === "ok") this.settle({ result: { ok: true, json, result: JSON.parse(json) } });
          else this.settle({ result: { ok: false, error: JSON.parse(json) as NativeError } });
          payload = undefined;
          continue;
        }
        const nl = buf.indexOf(10);
        if (nl < 0) break;
        const text = decoder.decode(buf.subarray(0, nl));
        buf = buf.subarray(nl + 1);
        const control = /^\x1e\d+ (ok|error) (\d+)$/.exec(text);
        if (control) payload = { kind: control[1]!, bytes: new Uint8Array(Number(control[2])), filled: 0 };
        else this.line(text, "stdout");
      }
    }
  }

  private async readStderr(proc: Subprocess<"pipe", "pipe", "pipe">): Promise<void> {
    const decoder = new TextDecoder();
    let rest = "";
    for await (const chunk of chunks(proc.stderr)) {
      const text = rest + decoder.decode(chunk, { stream: true });
      const lines = text.split("\n");
      rest = lines.pop()!;
      for (const l of lines) {
        if (/^\x1e\d+ end$/.test(l)) {
          this.settle({ stderrDone: true });
          continue;
        }
        if (this.pending) this.line(l, "stderr");
        this.stderrTail = (this.stderrTail + l + "\n").slice(-4000);
      }
    }
    if (rest) this.stderrTail += rest;
  }
}

async function* chunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) yield r.value;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** One call in a fresh Deno process that exits after it: a job in its own isolate. */
export async function runNative(
  script: string,
  code: string,
  args: unknown[],
  options: NativeOptions,
  hooks: CallHooks = {},
): Promise<NativeOutcome> {
  const worker = new NativeWorker({ ...options, once: true });
  try {
    return await worker.call(script, code, args, windmillEnv(script), hooks);
  } finally {
    await worker.close();
  }
}
