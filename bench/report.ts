// Medians over the repetitions, ours against the baseline of the same run, as a table or JSON.
// Absolute times on a shared machine are noise; the ratios are the result.
import type { Scenario } from "./scenarios.ts";
import type { Sample } from "./spawn.ts";
import type { Provider } from "./wire.ts";

/**
 * ours_bundled is the judged contender: each script in the one-file form Windmill's native workers run
 * (Bun.build with Windmill's options). ours runs it from source. The _deno rows run the same bundle and
 * the same baseline under Deno (V8, as Windmill's isolates), judged against each other.
 */
export const CONTENDERS = ["ours_bundled", "ours", "fetch", "sdk", "ours_bundled_deno", "fetch_deno"] as const;
export type Contender = (typeof CONTENDERS)[number];
const LABEL: Record<Contender, string> = {
  ours_bundled: "ours, bundled",
  ours: "ours, from source",
  fetch: "fetch baseline",
  sdk: "official SDK",
  ours_bundled_deno: "ours, bundled, Deno",
  fetch_deno: "fetch baseline, Deno",
};
/** Each contender's baseline: the Deno rows are compared with the Deno baseline. */
const BASE: Record<Contender, Contender> = {
  ours_bundled: "fetch",
  ours: "fetch",
  fetch: "fetch",
  sdk: "fetch",
  ours_bundled_deno: "fetch_deno",
  fetch_deno: "fetch_deno",
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
  /** ours (bundled) / fetch baseline of the scenario's number; null when ours could not run. */
  ratio: number | null;
  /** The same for child CPU time and for the call alone: where the difference comes from. */
  cpuRatio?: number;
  callRatio?: number;
  /** ratio within the scenario's target. */
  met?: boolean;
  /** ours (bundled) beat the official SDK: a smaller number. */
  aheadOfSdk?: boolean;
  /** ours from source / fetch baseline. */
  sourceRatio?: number;
  /** sdk / fetch baseline. */
  sdkRatio?: number;
  /** Under Deno: ours (bundled) / fetch baseline, both under Deno; and the same for CPU and the call. */
  denoRatio?: number;
  denoCpuRatio?: number;
  denoCallRatio?: number;
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

/** The contender's figures, or undefined when it failed or did not run. */
export const ok = (r: ContenderSummary | Failed | undefined) => (r && !("failed" in r) ? r : undefined);

export function verdict(scenario: Scenario, p: ProviderSummary): ProviderSummary {
  const c = p.contenders;
  const ours = ok(c.ours_bundled);
  const fetch = ok(c.fetch);
  const sdk = ok(c.sdk);
  p.ratio = ours && fetch ? round(ours.ms / fetch.ms, 3) : null;
  if (ours && fetch) p.cpuRatio = round(ours.cpuMs / fetch.cpuMs, 3);
  if (ours?.callMs && fetch?.callMs) p.callRatio = round(ours.callMs / fetch.callMs, 3);
  if (scenario.target !== undefined && p.ratio !== null) p.met = p.ratio <= scenario.target;
  if (ours && sdk) p.aheadOfSdk = ours.ms < sdk.ms;
  const source = ok(c.ours);
  if (source && fetch) p.sourceRatio = round(source.ms / fetch.ms, 3);
  if (sdk && fetch) p.sdkRatio = round(sdk.ms / fetch.ms, 3);
  const deno = ok(c.ours_bundled_deno);
  const denoFetch = ok(c.fetch_deno);
  if (deno && denoFetch) {
    p.denoRatio = round(deno.ms / denoFetch.ms, 3);
    p.denoCpuRatio = round(deno.cpuMs / denoFetch.cpuMs, 3);
    if (deno.callMs && denoFetch.callMs) p.denoCallRatio = round(deno.callMs / denoFetch.callMs, 3);
  }
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
            : !found && c === "ours_bundled" && p.missing
              ? `missing: ${p.missing}`
              : undefined;
        if (gap) rows.push([s.title, provider, LABEL[c], gap, "", "", "", "", "", "", "", ""]);
        const baseOf = BASE[c];
        const r = ok(found);
        if (!r) continue;
        const size = r.growthPerOutput === undefined ? "" : ` (${r.growthPerOutput.toFixed(1)}x answer)`;
        const note = size + (r.wrongText ? " (wrong text!)" : r.stalls ? ` (${r.stalls} stalls)` : "");
        // Ratios against the baseline: ours carries the verdict; the SDK's are shown for scale.
        const base = ok(p.contenders[baseOf]);
        const x = (a: number | undefined, b: number | undefined) => (a !== undefined && b ? (a / b).toFixed(2) : "");
        const judged = c === "ours_bundled" && s.target && p.met !== undefined;
        const ratio =
          c === baseOf
            ? ""
            : x(r.ms, base?.ms) +
              (judged ? (p.met ? ` <= ${s.target} ok` : ` > ${s.target} MISSED`) : "") +
              (c === "ours_bundled" && p.aheadOfSdk === false ? ", behind the SDK" : "");
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
          c === baseOf ? "" : x(r.callMs, base?.callMs),
          c === baseOf ? "" : x(r.cpuMs, base?.cpuMs),
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

const range = (xs: number[]) => {
  if (xs.length === 0) return "—";
  const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
  return lo.toFixed(2) === hi.toFixed(2) ? `${lo.toFixed(2)}x` : `${lo.toFixed(2)}-${hi.toFixed(2)}x`;
};
const SDK_NAME: Record<Provider, string> = { ai21: "AI21 SDK", togetherai: "Together SDK", cohere: "Cohere SDK" };

/**
 * One row per scenario, every figure a ratio to the bare-fetch baseline of its runtime: ours bundled
 * (the judged row, a range over the three providers) against its target, each SDK, ours from source,
 * and the bundled scripts under Deno. The README's performance table.
 */
export function summary(results: Results): string {
  const providers = Object.keys(Object.values(results)[0]?.providers ?? {}) as Provider[];
  const head = [
    "scenario",
    "ours, bundled",
    "target",
    ...providers.map((p) => SDK_NAME[p]),
    "ours, from source",
    "bundled, Deno (V8)",
  ];
  const rows = [head, head.map(() => "---")];
  for (const s of Object.values(results)) {
    const ps = providers.map((p) => s.providers[p]).filter((p): p is ProviderSummary => p !== undefined);
    const num = (f: (p: ProviderSummary) => number | null | undefined) =>
      ps.map(f).filter((x): x is number => typeof x === "number");
    // Met: within the target for every provider. An SDK ahead of ours is marked in its own column.
    const met = ps.every((p) => p.met !== false);
    const target = s.target === undefined ? "" : `${s.target}x, ${met ? "met" : "MISSED"}`;
    const sdk = ps.map((p) => {
      const r = ok(p.contenders.sdk);
      if (p.sdkRatio === undefined) return "—";
      const ahead = p.aheadOfSdk === false ? " **ahead of ours**" : "";
      return `${p.sdkRatio.toFixed(2)}x${r?.wrongText ? " (wrong text)" : ""}${ahead}`;
    });
    rows.push([
      s.title,
      `**${range(num((p) => p.ratio))}**`,
      target,
      ...sdk,
      range(num((p) => p.sourceRatio)),
      range(num((p) => p.denoRatio)),
    ]);
  }
  return rows.map((r) => `| ${r.join(" | ")} |`).join("\n");
}
