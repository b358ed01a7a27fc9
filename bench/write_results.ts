// `bun bench/write_results.ts [results.json] [--profile=profile.json] [--check]` (`npm run bench:write`):
// README.md's performance table and bench/RESULTS.md's generated sections, rewritten from one run of
// `npm run bench` between their `<!-- bench:NAME:start -->` … `<!-- bench:NAME:end -->` markers, so no
// figure is copied by hand (issue 17). Default: the newest full run in bench/results/ and the newest
// profile there (bench/profile.ts). --check writes nothing and exits 1 when a file is stale.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type OverheadRow, overheadTable } from "./overhead.ts";
import { ok, type Results, summary, table } from "./report.ts";
import { SCENARIOS } from "./scenarios.ts";

/** What bench/run.ts writes to bench/results/<date>.json. */
export interface RunReport {
  date: string;
  machine: {
    nproc: number;
    cpu?: string;
    memoryMiB: number;
    bun: string;
    deno?: string;
    load?: { start: number[]; end: number[] };
  };
  mode: string;
  seconds: number;
  scenarios: Results;
  overhead?: OverheadRow[];
}

/** What bench/profile.ts writes to bench/results/profile-<date>.json. */
export interface ProfileReport {
  date: string;
  reps: number;
  report: Record<string, { title: string; measure: string; rows: { rung: string; ms: number; added: number }[] }>;
}

const when = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;
const ms = (n: number) => n.toFixed(Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : 2);
const pct = (n: number) => `${(n * 100).toFixed(1).replace(/^-(0\.0)$/, "$1")}%`;

/** The date, the machine and the length of the run, in one line. */
export function runLine(run: RunReport): string {
  const m = run.machine;
  const load = m.load ? `; load average (1, 5, 15 min) ${m.load.start.join(", ")} → ${m.load.end.join(", ")}` : "";
  return (
    `One ${run.mode} run of \`npm run bench\`, ${when(run.date)}, ${run.seconds} s: ${m.nproc} cores (${m.cpu ?? "unknown cpu"}), ` +
    `${m.memoryMiB} MiB, Bun ${m.bun}, Deno ${m.deno ?? "not run"}${load}.`
  );
}

/** The README's table: the run line, the ratios to each runtime's bare-fetch baseline, what the columns are. */
export function summaryBlock(run: RunReport): string {
  return [
    runLine(run),
    "Medians, each a ratio to the bare-fetch baseline of the same runtime. *ours, bundled* is the judged row (the form Windmill runs), its range over the providers; *bundled, Deno (V8)* runs the same bundle against the same baseline under Deno.",
    summary(run.scenarios),
  ].join("\n\n");
}

/** Per scenario and provider: the bundled scripts' ratio under V8 against under Bun, and both baselines. */
export function v8Table(results: Results): string {
  const head =
    "| scenario | provider | Bun: ours / fetch | V8: ours / fetch | V8 less Bun (ratio points) | fetch, Bun | fetch, V8 | ours adds, Bun | ours adds, V8 |";
  const rows = [head, "|---|---|---|---|---|---|---|---|---|"];
  let worse = 0;
  for (const [id, s] of Object.entries(results)) {
    const unit = id === "memory" ? " MiB" : " ms";
    for (const [provider, p] of Object.entries(s.providers)) {
      const [ours, fetch] = [ok(p.contenders.ours_bundled), ok(p.contenders.fetch)];
      const [oursV8, fetchV8] = [ok(p.contenders.ours_bundled_deno), ok(p.contenders.fetch_deno)];
      if (!ours || !fetch || !oursV8 || !fetchV8 || p.ratio === null || p.denoRatio === undefined) continue;
      const d = p.denoRatio - p.ratio;
      if (d > 0.005) worse++;
      const verdict = d > 0.005 ? `**worse: +${d.toFixed(2)}**` : d < -0.005 ? `better: −${(-d).toFixed(2)}` : "same";
      const cells = [fetch.ms, fetchV8.ms, ours.ms - fetch.ms, oursV8.ms - fetchV8.ms].map((n) => ms(n) + unit);
      rows.push(
        `| ${s.title} | ${provider} | ${p.ratio.toFixed(2)}x | ${p.denoRatio.toFixed(2)}x | ${verdict} | ${cells.join(" | ")} |`,
      );
    }
  }
  if (rows.length === 2) return "Deno did not run in this run (`--no-deno`, or its contenders failed).";
  return `${rows.join("\n")}\n\nV8 is worse than Bun in ${worse} of ${rows.length - 2} rows.`;
}

/** One table per profiled scenario: what each rung of the ladder adds, and its share of the whole gap. */
export function profileTables(profile: ProfileReport): string {
  const out = [
    `AI21's chat script bundled as Windmill runs it, one rung per piece switched on (bench/profile.ts, bench/probe.ts); ${profile.reps} runs per rung, medians; profiled ${when(profile.date)}.`,
  ];
  for (const r of Object.values(profile.report)) {
    const base = r.rows[0]!.ms;
    const gap = r.rows.at(-1)!.ms - base;
    const rows = r.rows.map((row, i) =>
      i === 0
        ? `| ${row.rung} | ${row.ms.toFixed(2)} | | | |`
        : `| ${row.rung} | ${row.ms.toFixed(2)} | ${row.added.toFixed(2)} | ${pct(row.added / base)} | ${gap > 0 ? pct(row.added / gap) : ""} |`,
    );
    out.push(
      `**${r.title}** (${r.measure})\n\n| rung | median ms | added ms | of the baseline | share of the gap |\n|---|---|---|---|---|\n` +
        `${rows.join("\n")}\n| **all of it** | | **${gap.toFixed(2)}** | **${pct(gap / base)}** | |`,
    );
  }
  return out.join("\n\n");
}

/** The text with what lies between its `bench:<name>` markers replaced; all else is kept as it is. */
export function replaceSection(text: string, name: string, body: string): string {
  const [start, end] = [`<!-- bench:${name}:start -->`, `<!-- bench:${name}:end -->`];
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a || text.indexOf(start, a + 1) >= 0 || text.indexOf(end, b + 1) >= 0)
    throw new Error(`expected one ${start} followed by one ${end}`);
  return `${text.slice(0, a + start.length)}\n\n${body}\n\n${text.slice(b)}`;
}

/** Both files regenerated from one run (and a profile, if any; without one its section is left as it is). */
export function render(files: { readme: string; results: string }, run: RunReport, profile?: ProfileReport) {
  const overhead = run.overhead
    ? overheadTable(run.overhead)
    : "Not measured in this run (`--only` without `overhead`).";
  let results = replaceSection(files.results, "summary", summaryBlock(run));
  results = replaceSection(results, "full", `${runLine(run)}\n\n${table(run.scenarios, true)}`);
  results = replaceSection(results, "overhead", overhead);
  results = replaceSection(results, "v8", v8Table(run.scenarios));
  if (profile) results = replaceSection(results, "profile", profileTables(profile));
  return { readme: replaceSection(files.readme, "summary", summaryBlock(run)), results };
}

/** A run that measured every scenario with full repetitions (a --quick or --only run is not one). */
export const isFullRun = (j: Partial<RunReport>) =>
  j.mode === "full" && SCENARIOS.every((s) => j.scenarios?.[s.id] !== undefined);

/** The newest JSON in dir (by its date) that passes the test; undefined when none does. */
export function newest(
  dir: string,
  test: (name: string, json: Partial<RunReport & ProfileReport>) => boolean,
): string | undefined {
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .map((n) => ({ path: join(dir, n), name: n, json: JSON.parse(readFileSync(join(dir, n), "utf8")) }))
    .filter((f) => test(f.name, f.json))
    .sort((x, y) => String(y.json.date).localeCompare(String(x.json.date)))[0]?.path;
}

if (import.meta.main) {
  const root = join(import.meta.dir, "..");
  const dir = join(root, "bench", "results");
  const args = process.argv.slice(2);
  const runPath =
    args.find((a) => !a.startsWith("--")) ?? newest(dir, (n, j) => !n.startsWith("profile-") && isFullRun(j));
  const profilePath =
    args.find((a) => a.startsWith("--profile="))?.slice(10) ??
    newest(dir, (n, j) => n.startsWith("profile-") && j.report !== undefined);
  if (!runPath) {
    console.error(`no full run in ${dir}: run \`npm run bench\` first, or name a results JSON`);
    process.exit(2);
  }
  const run: RunReport = JSON.parse(readFileSync(runPath, "utf8"));
  if (!isFullRun(run)) console.error(`warning: ${runPath} is not a full run of every scenario`);
  const profile: ProfileReport | undefined = profilePath ? JSON.parse(readFileSync(profilePath, "utf8")) : undefined;
  console.error(
    `from ${runPath}${profilePath ? ` and ${profilePath}` : " (no profile: its section is left as it is)"}`,
  );
  const paths = { readme: join(root, "README.md"), results: join(root, "bench", "RESULTS.md") };
  const before = { readme: readFileSync(paths.readme, "utf8"), results: readFileSync(paths.results, "utf8") };
  const after = render(before, run, profile);
  let stale = false;
  for (const k of ["readme", "results"] as const) {
    if (before[k] === after[k]) continue;
    stale = true;
    if (args.includes("--check")) console.error(`${paths[k]} differs from what the run generates`);
    else writeFileSync(paths[k], after[k]);
  }
  console.error(stale ? (args.includes("--check") ? "stale" : "rewritten") : "up to date");
  if (stale && args.includes("--check")) process.exit(1);
}
