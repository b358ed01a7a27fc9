// `npm run bench [-- --json] [-- --quick] [-- --markdown] [-- --only=stream,memory] [-- --no-deno]`
// Every scenario, provider and contender in fresh processes against the loopback server;
// repetitions interleave the contenders so drift on a shared machine hits them alike. The scripts
// run bundled as Windmill runs them (ours_bundled, the judged row), from source (ours), and bundled
// under Deno (ours_bundled_deno, against fetch_deno). `--bundled` is accepted and changes nothing.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { HELD_BACK } from "../f/core/redact.ts";
import { denoBinary } from "../runner/native/worker.ts";
import { SCRIPTS } from "./contenders/ours.ts";
import { buildBundles } from "./bundles.ts";
import { measureOverhead, overheadTable } from "./overhead.ts";
import {
  CONTENDERS,
  type Contender,
  type ProviderSummary,
  type Results,
  summarise,
  summary,
  table,
  verdict,
} from "./report.ts";
import { type Scenario, SCENARIOS } from "./scenarios.ts";
import { LineGate, startServer } from "./server.ts";
import { runChild, type Sample } from "./spawn.ts";
import { type Provider, PROVIDERS } from "./wire.ts";

const bench = new URL(".", import.meta.url).pathname;
const root = new URL("..", import.meta.url).pathname;
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const only = args
  .find((a) => a.startsWith("--only="))
  ?.slice(7)
  .split(",");
const log = (text: string) => process.stderr.write(text + "\n");

// The SDKs are the bench's own dev dependencies: the root install never pays for them.
if (!existsSync(`${bench}node_modules`)) {
  log("installing the official SDKs into bench/node_modules (first run only)…");
  const npm = Bun.spawnSync(["npm", "--prefix", bench, "install", "--no-audit", "--no-fund"], {
    stdout: "inherit",
    stderr: "inherit",
  });
  if (npm.exitCode !== 0) throw new Error("npm install in bench/ failed");
}

const present = (p: Provider) => existsSync(root + SCRIPTS[p].file);
const deno = !args.includes("--no-deno");
const bundleBytes = await buildBundles(PROVIDERS.filter(present));

const started = performance.now();
const loadAtStart = loadavg();
const gate = new LineGate();
const server = startServer(gate);
const results: Results = {};

const chosen = SCENARIOS.filter((s) => !only || only.includes(s.id));
// "overhead": masking and chunked reading per call, in-process (bench/overhead.ts).
const withOverhead = !only || only.includes("overhead");
if (chosen.length === 0 && !withOverhead)
  throw new Error(`--only names none of: ${[...SCENARIOS.map((s) => s.id), "overhead"].join(", ")}`);
try {
  for (const scenario of chosen) {
    log(`${scenario.title}… (${Math.round((performance.now() - started) / 1000)} s so far)`);
    results[scenario.id] = {
      title: scenario.title,
      measure: scenario.measure,
      target: scenario.target,
      providers: await measure(scenario),
    };
  }
} finally {
  server.stop();
}
if (withOverhead) log("masking and chunked reading, per call…");
const overhead = withOverhead ? await measureOverhead(quick) : undefined;

async function measure(scenario: Scenario): Promise<Partial<Record<Provider, ProviderSummary>>> {
  const runs = PROVIDERS.flatMap((p) =>
    CONTENDERS.filter((c) => (c.startsWith("ours") ? present(p) : true) && (deno || !c.endsWith("_deno"))).map((c) => ({
      provider: p,
      contender: c,
    })),
  );
  const samples = new Map<string, Sample[]>();
  const stalls = new Map<string, number>();
  // A contender that crashes (a script mid-rewrite, an SDK bug) is reported, not allowed to stop the bench.
  const failures = new Map<string, string>();
  const reps = quick ? scenario.reps.quick : scenario.reps.full;
  // A cold start's first run also warms the disk cache and Bun's transpiler cache: discard it.
  for (let rep = scenario.work === "cold" ? -1 : 0; rep < reps; rep++) {
    // Each repetition starts one place further along: in a fixed order every run follows the same
    // neighbour, and a fresh process right after a Deno one started about 2 ms slower.
    const at = ((rep % runs.length) + runs.length) % runs.length;
    for (const { provider, contender } of [...runs.slice(at), ...runs.slice(0, at)]) {
      const key = `${provider}/${contender}`;
      if (failures.has(key)) continue;
      // Ours holds back the last characters of the live stream (f/core/redact.ts): lockstep waits for the rest.
      const url = server.url(provider, scenario.stream, contender.startsWith("ours") ? HELD_BACK : 0);
      const s = await runChild([contender, provider, scenario.work, url, String(scenario.count ?? 1)], gate).catch(
        (e: Error & { stderr?: string }) => {
          failures.set(key, e.message);
          log(`  ${e.message}\n${e.stderr ?? ""}`);
        },
      );
      if (!s || rep < 0) continue;
      samples.set(key, [...(samples.get(key) ?? []), s]);
      stalls.set(key, (stalls.get(key) ?? 0) + gate.stalls);
    }
  }
  const out: Partial<Record<Provider, ProviderSummary>> = {};
  for (const provider of PROVIDERS) {
    const expected = server.textLength(provider, scenario.stream);
    const contenders: ProviderSummary["contenders"] = {};
    for (const c of CONTENDERS as readonly Contender[]) {
      const key = `${provider}/${c}`;
      const s = samples.get(key);
      if (failures.has(key)) contenders[c] = { failed: failures.get(key)! };
      else if (s) contenders[c] = summarise(scenario, s, expected, stalls.get(key) ?? 0);
    }
    out[provider] = verdict(scenario, {
      contenders,
      ratio: null,
      ...(present(provider) ? {} : { missing: SCRIPTS[provider].file }),
    });
  }
  return out;
}

const report = {
  date: new Date().toISOString(),
  machine: {
    nproc: cpus().length,
    cpu: cpus()[0]?.model,
    memoryMiB: Math.round(totalmem() / 2 ** 20),
    bun: Bun.version,
    deno: deno ? denoVersion() : undefined,
    /** 1-, 5- and 15-minute load averages when the run started and when it ended. */
    load: { start: loadAtStart.map(round2), end: loadavg().map(round2) },
  },
  bundleBytes,
  mode: quick ? "quick" : "full",
  seconds: Math.round((performance.now() - started) / 1000),
  scenarios: results,
  overhead,
};
mkdirSync(`${bench}results`, { recursive: true });
writeFileSync(`${bench}results/${report.date.replace(/[:.]/g, "-")}.json`, JSON.stringify(report, null, 2));

if (args.includes("--json")) console.log(JSON.stringify(report));
else {
  console.log(
    `${report.date}  ${report.machine.nproc} cores (${report.machine.cpu}), ${report.machine.memoryMiB} MiB, Bun ${report.machine.bun}, Deno ${report.machine.deno ?? "not run"}, ${report.mode} run in ${report.seconds} s, load ${report.machine.load.start[0]} -> ${report.machine.load.end[0]}`,
  );
  if (chosen.length) console.log(table(results, args.includes("--markdown")));
  if (chosen.length) console.log(`\nRatios to the bare-fetch baseline of each runtime:\n${summary(results)}`);
  if (overhead)
    console.log(`\nWhat masking and chunked reading add per call (in-process):\n${overheadTable(overhead)}`);
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function denoVersion(): string | undefined {
  const out = Bun.spawnSync([denoBinary(), "--version"]).stdout.toString();
  return /deno (\S+)/.exec(out)?.[1];
}
