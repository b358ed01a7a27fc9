import { describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ContenderSummary, type Results, verdict } from "./report.ts";
import { SCENARIOS } from "./scenarios.ts";
import {
  isFullRun,
  newest,
  type ProfileReport,
  render,
  replaceSection,
  type RunReport,
  v8Table,
} from "./write_results.ts";

const c = (ms: number): ContenderSummary => ({ ms, wallMs: ms, cpuMs: ms, peakMiB: 20, lines: 0, runs: 5 });
const cold = SCENARIOS.find((s) => s.id === "cold_start")!;
// ai21: ours 1.5x under Bun, 1.1x under V8, its SDK ahead; cohere: 1.2x under Bun, 1.5x under V8.
const fixed = (ours: number, sdk: number, deno: number) =>
  verdict(cold, {
    ratio: null,
    contenders: {
      ours_bundled: c(ours),
      ours: c(ours + 1),
      fetch: c(10),
      sdk: c(sdk),
      ours_bundled_deno: c(deno),
      fetch_deno: c(40),
    },
  });
const scenarios: Results = {
  cold_start: { title: cold.title, measure: cold.measure, target: 1.25, providers: {} },
};
scenarios.cold_start!.providers = { ai21: fixed(15, 12, 44), cohere: fixed(12, 100, 60) };
const run: RunReport = {
  date: "2026-12-01T12:11:23.150Z",
  machine: {
    nproc: 2,
    cpu: "Test CPU",
    memoryMiB: 2048,
    bun: "1.4.4",
    deno: "2.9.6",
    load: { start: [0.5], end: [1] },
  },
  mode: "full",
  seconds: 190,
  scenarios,
  overhead: [{ case: "JSON reply, chat reply", bytes: 2048, baseline_us: 3, ours_us: 5.5, added_us: 2.5 }],
};
const profile: ProfileReport = {
  date: "2026-12-01T11:57:07.256Z",
  reps: 5,
  report: {
    cold_start: {
      title: cold.title,
      measure: "wall",
      rows: [
        { rung: "bare fetch", ms: 10, added: 0 },
        { rung: "loading the bundle", ms: 12, added: 2 },
        { rung: "checking the body", ms: 13, added: 1 },
      ],
    },
  },
};
const marked = (names: string[]) =>
  names.map((n) => `prose before ${n}\n<!-- bench:${n}:start -->\nSTALE ${n}\n<!-- bench:${n}:end -->\n`).join("") +
  "prose at the end\n";
const files = {
  readme: marked(["summary"]),
  results: marked(["summary", "full", "overhead", "v8", "profile"]),
};

describe("write_results", () => {
  const out = render(files, run, profile);

  test("the README's table has one row per scenario: ours' range, the target missed, each SDK, Deno", () => {
    expect(out.readme).toContain(
      "| cold start, one chat | **1.20-1.50x** | 1.25x, MISSED | 1.20x **ahead of ours** | 10.00x | 1.30-1.60x | 1.10-1.50x |",
    );
  });

  test("the run line states the date, the machine, the versions, the load and the run's length", () => {
    expect(out.readme).toContain(
      "One full run of `npm run bench`, 2026-12-01 12:11 UTC, 190 s: 2 cores (Test CPU), 2048 MiB, Bun 1.4.4, Deno 2.9.6; load average (1, 5, 15 min) 0.5 → 1.",
    );
  });

  test("RESULTS.md gets the full table, the per-call overhead, V8 against Bun and the profile", () => {
    expect(out.results).toContain("| cold start, one chat | ai21 | ours, bundled | 15.0 ms |");
    expect(out.results).toContain("| JSON reply, chat reply | 2 KiB | 3.0 µs | 5.5 µs | 2.5 µs |");
    expect(out.results).toContain(
      "| cold start, one chat | cohere | 1.20x | 1.50x | **worse: +0.30** | 10.0 ms | 40.0 ms | 2.00 ms | 20.0 ms |",
    );
    expect(out.results).toContain("| cold start, one chat | ai21 | 1.50x | 1.10x | better: −0.40 |");
    expect(out.results).toContain("V8 is worse than Bun in 1 of 2 rows.");
    expect(out.results).toContain("| loading the bundle | 12.00 | 2.00 | 20.0% | 66.7% |");
    expect(out.results).toContain("| **all of it** | | **3.00** | **30.0%** | |");
  });

  test("text outside the markers is left as it was, and nothing of the old sections stays", () => {
    const outside = (t: string) => t.replace(/(:start -->)[\s\S]*?(<!-- bench:)/g, "$1$2");
    expect(outside(out.readme)).toBe(outside(files.readme));
    expect(outside(out.results)).toBe(outside(files.results));
    expect(out.results).not.toContain("STALE");
  });

  test("rendering what was rendered changes nothing", () => {
    expect(render(out, run, profile)).toEqual(out);
  });

  test("without a profile the profile section keeps what it had", () => {
    expect(render(files, run).results).toContain("STALE profile");
  });

  test("a file without its markers, or with two, is an error naming the marker", () => {
    expect(() => replaceSection("no markers", "summary", "x")).toThrow("<!-- bench:summary:start -->");
    expect(() => replaceSection(marked(["v8", "v8"]), "v8", "x")).toThrow("bench:v8");
  });

  test("a run without Deno says so instead of an empty V8 table", () => {
    const bunOnly: Results = {
      cold_start: {
        ...scenarios.cold_start!,
        providers: { ai21: verdict(cold, { ratio: null, contenders: { ours_bundled: c(15), fetch: c(10) } }) },
      },
    };
    expect(v8Table(bunOnly)).toStartWith("Deno did not run");
  });

  test("the default run is the newest full one: a newer quick or partial run is passed over", () => {
    const dir = mkdtempSync(join(tmpdir(), "bench-results-"));
    try {
      const all = Object.fromEntries(SCENARIOS.map((s) => [s.id, scenarios.cold_start]));
      const write = (name: string, json: object) => writeFileSync(join(dir, name), JSON.stringify(json));
      write("a.json", { ...run, date: "2026-12-01T10:00:00Z", scenarios: all });
      write("b.json", { ...run, date: "2026-12-01T11:00:00Z", scenarios: all, mode: "quick" });
      write("c.json", { ...run, date: "2026-12-01T12:00:00Z", scenarios });
      write("profile-d.json", { ...profile, date: "2026-12-01T13:00:00Z" });
      expect(newest(dir, (n, j) => !n.startsWith("profile-") && isFullRun(j))).toBe(join(dir, "a.json"));
      expect(newest(dir, (n) => n.startsWith("profile-"))).toBe(join(dir, "profile-d.json"));
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
