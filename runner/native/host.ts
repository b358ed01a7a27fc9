// Runs under Deno (not Bun): plays a Windmill native worker's isolate for bundles sent over stdin.
// Before any bundle loads, every global not on Windmill's allow-list is deleted; each call then gets
// what backend/windmill-runtime-nativets gives a job: the bundle as an ES module behind Windmill's
// env code (a module-scope `process.env`), main(...args) with JSON arguments, and the result as
// JSON.stringify(result ?? null), serialised inside this heap.
//
// Protocol. stdin: one JSON line per message, {id, code?, bundle, args, env}: `code` once per `bundle`
// key. stdout: the script's console lines, framed per call by control lines starting "\x1e":
// "\x1e<id> begin", then "\x1e<id> ok <bytes>" followed by exactly <bytes> of JSON and "\n",
// or "\x1e<id> error <bytes>" with {name, message, stack}. stderr carries the same begin line, and
// "\x1e<id> end" once the call's last line is written: the two pipes are read apart, so the reader
// settles a call only when both are through, and no stderr line of it arrives after its result.
import { ALLOWED_GLOBALS, UINT8_CODEC_METHODS, UINT8_CODEC_STATICS } from "./globals.ts";

interface DenoApi {
  args: string[];
  stdin: { readable: ReadableStream<Uint8Array> };
  stdout: { writeSync(b: Uint8Array): number };
  stderr: { writeSync(b: Uint8Array): number };
  exit(code?: number): never;
  internal: symbol;
  [k: symbol]: { core?: unknown } | undefined;
}
type Message = { id: number; bundle: string; code?: string; args: unknown[]; env: Record<string, string> };

// What the host itself needs is taken before the scripts' world is cut down to Windmill's.
const deno = (globalThis as unknown as { Deno: DenoApi }).Deno;
const { stdin, stdout, stderr, exit } = deno;
const core = deno[deno.internal]?.core;
const once = deno.args.includes("--once");
const encoder = new TextEncoder();
const { createObjectURL, revokeObjectURL } = URL;
const { stringify } = JSON;
// --report-heap (bench/caps.ts): the live heap, after a full GC, when the script calls fetch (its request
// is built) and once its result is serialised (result and JSON both alive); the largest is reported
// as a control line "\x1eheap <bytes>" before the result.
const gc = deno.args.includes("--report-heap") ? (globalThis as { gc?: () => void }).gc : undefined;
const memory = (deno as unknown as { memoryUsage(): { heapUsed: number } }).memoryUsage;
let peakHeap = 0;
const sampleHeap = () => {
  if (!gc) return;
  gc();
  peakHeap = Math.max(peakHeap, memory().heapUsed);
};

if (deno.args.includes("--no-native-base64")) {
  const u8 = Uint8Array as unknown as Record<string, unknown>;
  for (const name of UINT8_CODEC_STATICS) delete u8[name];
  for (const name of UINT8_CODEC_METHODS) delete (Uint8Array.prototype as unknown as Record<string, unknown>)[name];
}
if (!deno.args.includes("--all-globals")) {
  for (const name of Object.getOwnPropertyNames(globalThis)) {
    // V8 defines --expose-gc's gc() undeletable; it is there only when measuring (--report-heap).
    if (!ALLOWED_GLOBALS.has(name) && name !== "gc") delete (globalThis as Record<string, unknown>)[name];
  }
  Object.defineProperty(globalThis, "Deno", { value: Object.freeze({ core }), configurable: true, writable: true });
}
if (gc) {
  const send = globalThis.fetch;
  globalThis.fetch = ((...args: Parameters<typeof fetch>) => {
    sampleHeap();
    return send(...args);
  }) as typeof fetch;
}

function write(out: { writeSync(b: Uint8Array): number }, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += out.writeSync(bytes.subarray(at));
}

function reply(id: number, kind: "ok" | "error", json: string): void {
  const bytes = encoder.encode(json);
  write(stderr, encoder.encode(`\x1e${id} end\n`));
  write(stdout, encoder.encode(`\x1e${id} ${kind} ${bytes.length}\n`));
  write(stdout, bytes);
  write(stdout, encoder.encode("\n"));
}

function errorJson(e: unknown): string {
  const err = e instanceof Error ? e : new Error(String(e));
  return stringify({ name: err.name, message: err.message, stack: err.stack });
}

// Windmill's env code (bun_executor.rs), prepended to the bundle: `process` exists only as this constant.
function envCode(env: Record<string, string>): string {
  const lines = ["const process = { env: {} };"];
  for (const [k, v] of Object.entries(env)) lines.push(`process.env[${stringify(k)}] = ${stringify(v)};`);
  return lines.join("\n");
}

const isAsyncIterable = (x: unknown): x is AsyncIterable<string> =>
  x != null && typeof (x as AsyncIterable<string>)[Symbol.asyncIterator] === "function";

// A rejection nobody handles fails the job in the isolate; here it fails the call in flight.
let failCurrent: ((e: unknown) => void) | undefined;
addEventListener("unhandledrejection", (event) => {
  (event as PromiseRejectionEvent).preventDefault();
  failCurrent?.((event as PromiseRejectionEvent).reason);
});

async function call(msg: Message, code: string): Promise<void> {
  peakHeap = 0;
  write(stdout, encoder.encode(`\x1e${msg.id} begin\n`));
  write(stderr, encoder.encode(`\x1e${msg.id} begin\n`));
  const url = createObjectURL(new Blob([`${envCode(msg.env)}\n${code}`], { type: "text/javascript" }));
  try {
    const failed = new Promise<never>((_, reject) => (failCurrent = reject));
    const run = async () => {
      const module = await import(url);
      const result = await module.main(...msg.args);
      if (!isAsyncIterable(result)) {
        const json = stringify(result ?? null);
        sampleHeap();
        return json;
      }
      for await (const chunk of result) console.log("WM_STREAM: " + chunk.replace(/\n/g, "\\n"));
      return "null";
    };
    const json = await Promise.race([run(), failed]);
    if (gc) write(stdout, encoder.encode(`\x1eheap ${peakHeap}\n`));
    reply(msg.id, "ok", json);
  } catch (e) {
    reply(msg.id, "error", errorJson(e));
  } finally {
    failCurrent = undefined;
    revokeObjectURL(url);
  }
}

const bundles = new Map<string, string>();
let buffered = "";
const decoder = new TextDecoder();
const reader = stdin.readable.getReader();
for (let r = await reader.read(); !r.done; r = await reader.read()) {
  const chunk = r.value;
  buffered += decoder.decode(chunk, { stream: true });
  for (let nl = buffered.indexOf("\n"); nl >= 0; nl = buffered.indexOf("\n")) {
    const line = buffered.slice(0, nl);
    buffered = buffered.slice(nl + 1);
    if (!line.trim()) continue;
    const msg = JSON.parse(line) as Message;
    if (msg.code !== undefined) bundles.set(msg.bundle, msg.code);
    await call(msg, bundles.get(msg.bundle) ?? "");
    // A job ends when main settles, whatever timers it leaves behind.
    if (once) exit(0);
  }
}
exit(0);
