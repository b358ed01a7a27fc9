// `bun bench/profile.ts [--reps=N]`: where the scripts' extra time goes, piece by piece (issue 17).
// AI21's chat script is bundled as Windmill bundles it, once per rung of a ladder that switches its
// pieces on one at a time (bench/probe.ts), and every rung runs the bench's own scenarios (cold start,
// the 20k stream, the lockstep stream's CPU, the warm windows) in fresh processes, interleaved with
// the bare-fetch baseline. A rung's cost is its median less the rung below's, so the rungs add up to
// the whole gap between the baseline and the script. Writes bench/results/profile-<date>.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { HELD_BACK } from "../f/core/redact.ts";
import { windmillBuildOptions } from "../runner/native/bundle.ts";
import { median } from "./report.ts";
import { RUNGS } from "./probe.ts";
import { SCENARIOS } from "./scenarios.ts";
import { LineGate, startServer } from "./server.ts";
import { runChild } from "./spawn.ts";

const bench = new URL(".", import.meta.url).pathname;
const reps = Number(process.argv.find((a) => a.startsWith("--reps="))?.slice(7) ?? 11);
const IDS = ["cold_start", "stream", "stream_lockstep", "sequential", "concurrent"];
const CONTENDERS = ["fetch", ...RUNGS.slice(1).map((_, i) => `probe${i + 1}`)];

mkdirSync(`${bench}results/bundles`, { recursive: true });
for (let rung = 1; rung < RUNGS.length; rung++) {
  const options = windmillBuildOptions(`${bench}probe.ts`);
  const out = await Bun.build({ ...options, define: { PROBE_RUNG: String(rung) } });
  if (!out.success) throw new AggregateError(out.logs, "bundling bench/probe.ts failed");
  writeFileSync(`${bench}results/bundles/probe${rung}.js`, await out.outputs[0]!.text());
}

const gate = new LineGate();
const server = startServer(gate);
type Row = { rung: string; ms: number; added: number; share: number };
const report: Record<string, { title: string; measure: string; rows: Row[] }> = {};
const started = performance.now();
try {
  for (const scenario of SCENARIOS.filter((s) => IDS.includes(s.id))) {
    process.stderr.write(`${scenario.title}… (${Math.round((performance.now() - started) / 1000)} s so far)\n`);
    const samples = new Map<string, number[]>(CONTENDERS.map((c) => [c, []]));
    const n = scenario.id === "stream_lockstep" ? Math.ceil(reps / 2) : reps;
    for (let rep = scenario.work === "cold" ? -1 : 0; rep < n; rep++) {
      // Rotated each repetition, as in run.ts: no rung always follows the same neighbour.
      const at = ((rep % CONTENDERS.length) + CONTENDERS.length) % CONTENDERS.length;
      for (const c of [...CONTENDERS.slice(at), ...CONTENDERS.slice(0, at)]) {
        // Rungs 5 and 6 mask the live stream, holding back its last characters (f/core/redact.ts).
        const hold = c === "probe5" || c === "probe6" ? HELD_BACK : 0;
        const url = server.url("ai21", scenario.stream, hold);
        const s = await runChild([c, "ai21", scenario.work, url, String(scenario.count ?? 1)], gate);
        if (rep >= 0) samples.get(c)!.push(scenario.metric(s));
      }
    }
    const medians = CONTENDERS.map((c) => median(samples.get(c)!));
    const stream = scenario.stream ? 1 : 0;
    report[scenario.id] = {
      title: scenario.title,
      measure: scenario.measure,
      rows: medians.map((ms, i) => ({
        rung: RUNGS[i]![stream]!,
        ms: round(ms),
        added: i === 0 ? 0 : round(ms - medians[i - 1]!),
        share: i === 0 ? 0 : round((ms - medians[i - 1]!) / medians[0]!, 3),
      })),
    };
  }
} finally {
  server.stop();
}

function round(n: number, digits = 2): number {
  return Math.round(n * 10 ** digits) / 10 ** digits;
}

const date = new Date().toISOString();
writeFileSync(
  `${bench}results/profile-${date.replace(/[:.]/g, "-")}.json`,
  JSON.stringify({ date, reps, report }, null, 2),
);
console.log(`${date}, ${reps} runs per rung, medians; AI21's chat script, Bun ${Bun.version}\n`);
for (const r of Object.values(report)) {
  const base = r.rows[0]!.ms;
  const total = r.rows.at(-1)!.ms - base;
  console.log(`${r.title} (${r.measure})\n`);
  console.log("| rung | median ms | added ms | added, share of the baseline |\n|---|---|---|---|");
  for (const row of r.rows) {
    const share = row === r.rows[0] ? "" : `${(row.share * 100).toFixed(1)}%`;
    console.log(`| ${row.rung} | ${row.ms.toFixed(2)} | ${row === r.rows[0] ? "" : row.added.toFixed(2)} | ${share} |`);
  }
  console.log(`| **all of it** | | **${total.toFixed(2)}** | **${((total / base) * 100).toFixed(1)}%** |\n`);
}
