// Medians over the repetitions, ours against the baseline of the same run, as a table or JSON.
// Absolute times on a shared machine are noise; the ratios are the result.
import type { Scenario } from "./scenarios.ts";
import type { Sample } from "./spawn.ts";
import type { Provider } from "./wire.ts";

/** ours_bundled runs only with --bundled: the scripts in the one-file form Windmill deploys. */
export const CONTENDERS = ["ours", "fetch", "sdk", "ours_bundled"] as const;
export type Contender = (typeof CONTENDERS)[number];
const LABEL: Record<Contender, string> = {
  ours: "ours",
  fetch: "fetch baseline",
  sdk: "official SDK",
  ours_bundled: "ours, bundled",
};

export interface ContenderSummary {
  /** The scenario's compared number: ms, or MiB of growth for memory. */
  ms: number;
  wallMs: number;
  /** The call alone, timed inside the child (stream and warm runs): the process start taken out. */
  callMs?: number;
  cpuMs: number;
  peakMiB: number;
  lines: number;
  runs: number;
  /** Memory only: growth over the answer's size. */
  growthPerOutput?: number;
  /** The answer came back different from what the server sent (a contender bug, not ours to hide). */
  wrongText?: string;
  /** Lockstep only: times the client did not print within a second. */
  stalls?: number;
}

/** A contender whose process exited with an error: the first line of it. */
export interface Failed {
  failed: string;
}

export interface ProviderSummary {
  contenders: Partial<Record<Contender, ContenderSummary | Failed>>;
  /** ours / fetch baseline of the scenario's number; null when ours could not run. */
  ratio: number | null;
  /** The same for child CPU time and for the call alone: where the difference comes from. */
  cpuRatio?: number;
  callRatio?: number;
  met?: boolean;
  missing?: string;
}

export type Results = Record<
  string,
  { title: string; measure: string; target?: number; providers: Partial<Record<Provider, ProviderSummary>> }
>;

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export function summarise(
  scenario: Scenario,
  samples: Sample[],
  expectedChars: number,
  stalls: number,
): ContenderSummary {
  const med = (f: (s: Sample) => number) => round(median(samples.map(f)));
  const out: ContenderSummary = {
    ms: med(scenario.metric),
    wallMs: med((s) => s.wallMs),
    cpuMs: med((s) => s.cpuMs),
    peakMiB: med((s) => s.peakMiB),
    lines: med((s) => s.lines),
    runs: samples.length,
  };
  if (samples[0]!.report.ms !== undefined) out.callMs = med((s) => s.report.ms!);
  if (scenario.work === "memory") out.growthPerOutput = round(out.ms / (expectedChars / 2 ** 20));
  const wrong = samples.find((s) => s.report.chars !== expectedChars);
  if (wrong) out.wrongText = `answer of ${wrong.report.chars} characters, the server sent ${expectedChars}`;
  if (scenario.stream?.shape === "lockstep") out.stalls = stalls;
  return out;
}

const ok = (r: ContenderSummary | Failed | undefined) => (r && !("failed" in r) ? r : undefined);

export function verdict(scenario: Scenario, p: ProviderSummary): ProviderSummary {
  const ours = ok(p.contenders.ours);
  const fetch = ok(p.contenders.fetch);
  p.ratio = ours && fetch ? round(ours.ms / fetch.ms, 3) : null;
  if (ours && fetch) p.cpuRatio = round(ours.cpuMs / fetch.cpuMs, 3);
  if (ours?.callMs && fetch?.callMs) p.callRatio = round(ours.callMs / fetch.callMs, 3);
  if (scenario.target !== undefined && p.ratio !== null) p.met = p.ratio <= scenario.target;
  return p;
}

const f1 = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

/** The readable form: one block per scenario, one row per contender, the verdict beside ours. */
export function table(results: Results, markdown = false): string {
  const rows: string[][] = [
    [
      "scenario",
      "provider",
      "contender",
      "median",
      "wall ms",
      "call ms",
      "cpu ms",
      "peak MiB",
      "lines",
      "x baseline",
      "call x",
      "cpu x",
    ],
  ];
  for (const [id, s] of Object.entries(results)) {
    const unit = id === "memory" ? " MiB" : " ms";
    for (const [provider, p] of Object.entries(s.providers)) {
      for (const c of CONTENDERS) {
        const found = p.contenders[c];
        const gap =
          found && "failed" in found
            ? `FAILED: ${found.failed.slice(0, 80)}`
            : !found && c === "ours" && p.missing
              ? `missing: ${p.missing}`
              : undefined;
        if (gap) rows.push([s.title, provider, LABEL[c], gap, "", "", "", "", "", "", "", ""]);
        const r = ok(found);
        if (!r) continue;
        const size = r.growthPerOutput === undefined ? "" : ` (${r.growthPerOutput.toFixed(1)}x answer)`;
        const note = size + (r.wrongText ? " (wrong text!)" : r.stalls ? ` (${r.stalls} stalls)` : "");
        // Ratios against the baseline: ours carries the verdict; the SDK's are shown for scale.
        const base = ok(p.contenders.fetch);
        const x = (a: number | undefined, b: number | undefined) => (a !== undefined && b ? (a / b).toFixed(2) : "");
        const ratio =
          c === "fetch"
            ? ""
            : x(r.ms, base?.ms) +
              (c === "ours" && s.target && p.met !== undefined
                ? p.met
                  ? ` <= ${s.target} ok`
                  : ` > ${s.target} MISSED`
                : "");
        const cells = [
          f1(r.ms) + unit + note,
          f1(r.wallMs),
          r.callMs === undefined ? "" : f1(r.callMs),
          f1(r.cpuMs),
          f1(r.peakMiB),
          String(r.lines),
        ];
        rows.push([
          s.title,
          provider,
          LABEL[c],
          ...cells,
          ratio,
          c === "fetch" ? "" : x(r.callMs, base?.callMs),
          c === "fetch" ? "" : x(r.cpuMs, base?.cpuMs),
        ]);
      }
    }
  }
  if (markdown)
    return rows
      .map((r, i) => `| ${r.join(" | ")} |` + (i === 0 ? `\n|${r.map(() => "---").join("|")}|` : ""))
      .join("\n");
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) => r.map((cell, i) => (i >= 3 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join("  "))
    .join("\n");
}
