// One contender in a fresh process: `bun bench/child.ts <contender> <provider> <work> <baseUrl> [count]`,
// or `deno run … bench/child.ts` for the _deno contenders (the same file without the suffix, under V8).
// stdout carries only what the contender prints (WM_STREAM lines), drained by the parent as Windmill
// would; the measurements go to stderr as one `BENCH {json}` line. Imports nothing else up front,
// so a cold start loads the contender and nothing more; it uses only what Bun and Deno both have.
import type { Load } from "./chat_request.ts";
import type { Provider } from "./wire.ts";

const [contender, provider, work, baseUrl, count = "1"] = process.argv.slice(2) as [
  string,
  Provider,
  string,
  string,
  string?,
];
const name = contender.replace(/_deno$/, "");
// probe1 … probe6: the rungs of bench/profile.ts, all loaded by contenders/probe.ts.
const file =
  name === "sdk" ? `./contenders/${provider}_sdk.ts` : `./contenders/${name.startsWith("probe") ? "probe" : name}.ts`;
const { load } = (await import(file)) as { load: Load };
const chat = await load(provider, baseUrl, work === "stream" || work === "memory");
const n = Number(count);
const report: Record<string, number> = {};

if (work === "cold") {
  report.chars = (await chat(false)).length;
} else if (work === "stream") {
  const t0 = performance.now();
  report.chars = (await chat(true)).length;
  report.ms = performance.now() - t0;
} else if (work === "memory") {
  // The process as it stands before the call: runtime, contender and client loaded.
  report.rssBefore = process.memoryUsage().rss;
  report.chars = (await chat(true)).length;
} else if (work === "sequential") {
  // Warm means steady state: the JIT has compiled the hot code (tiering up takes ~1000 runs) and the pool is open.
  for (let i = 0; i < 200; i++) await chat(false);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) report.chars = (await chat(false)).length;
  report.ms = performance.now() - t0;
} else if (work === "concurrent") {
  const round = async () => (await Promise.all(Array.from({ length: 64 }, () => chat(false))))[0]!.length;
  for (let i = 0; i < 5; i++) await round();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) report.chars = await round();
  report.ms = performance.now() - t0;
} else {
  throw new Error(`unknown work ${work}`);
}
// Peak RSS of this process alone. Not getrusage's maxRSS: Linux carries the parent's peak across
// spawn, so after the 50 MB run every child would report the parent's size.
const deno = (globalThis as { Deno?: { readTextFile(path: string): Promise<string> } }).Deno;
const status = deno ? deno.readTextFile("/proc/self/status") : Bun.file("/proc/self/status").text();
const hwm = /VmHWM:\s*(\d+) kB/.exec(await status.catch(() => ""));
report.peakRss = hwm ? Number(hwm[1]) * 1024 : process.resourceUsage().maxRSS * 1024;
console.error("BENCH " + JSON.stringify(report));
