// What is measured, how often, and which number of a run counts. Repetitions fit the whole bench,
// Deno rows included, in about four minutes on 2 cores (--quick: about one and a half); the noisiest
// scenarios (lockstep CPU, warm round trips, GC-timed memory peaks) get the most runs per second spent.
import type { StreamSpec } from "./server.ts";
import type { Sample } from "./spawn.ts";

export type Work = "cold" | "stream" | "memory" | "sequential" | "concurrent";

export interface Scenario {
  id: string;
  title: string;
  /** What the compared number is, in words for the report. */
  measure: string;
  work: Work;
  stream?: StreamSpec;
  /** Calls (sequential) or rounds of 64 (concurrent). */
  count?: number;
  reps: { full: number; quick: number };
  /** Ours (bundled) over the baseline may be at most this (issue 17); undefined: reported, not judged. */
  target?: number;
  /** The number compared across contenders (ms, or MiB for memory). */
  metric: (s: Sample) => number;
}

const MiB = 2 ** 20;

export const SCENARIOS: Scenario[] = [
  {
    id: "cold_start",
    title: "cold start, one chat",
    measure: "whole process wall time (spawn to exit): import the client, one non-streamed chat",
    work: "cold",
    reps: { full: 21, quick: 9 },
    target: 1.25,
    metric: (s) => s.wallMs,
  },
  {
    id: "stream",
    title: "stream 20k chunks, 8 events/write",
    measure: "whole process wall time of one 20,000-chunk streamed chat, WM_STREAM output drained through a pipe",
    work: "stream",
    stream: { shape: "burst", events: 20_000, chars: 0 },
    reps: { full: 11, quick: 5 },
    target: 1.1,
    metric: (s) => s.wallMs,
  },
  {
    id: "stream_lockstep",
    title: "stream 5k chunks, 1 event/read",
    // Wall time here is round trips through the parent, the same for everyone; CPU is the cost.
    measure: "child CPU time (user+sys) of one 5,000-chunk stream where every read holds exactly one event",
    work: "stream",
    stream: { shape: "lockstep", events: 5_000, chars: 0 },
    reps: { full: 9, quick: 3 },
    target: 1.1,
    metric: (s) => s.cpuMs,
  },
  {
    id: "sequential",
    title: "warm, 500 sequential chats",
    measure: "in-process time of 500 sequential non-streamed chats after 200 warm-up calls",
    work: "sequential",
    count: 500,
    reps: { full: 11, quick: 3 },
    target: 1.15,
    metric: (s) => s.report.ms!,
  },
  {
    id: "concurrent",
    title: "warm, 64 concurrent chats x 20",
    measure: "in-process time of 20 rounds of 64 concurrent non-streamed chats after 5 warm-up rounds",
    work: "concurrent",
    count: 20,
    reps: { full: 9, quick: 3 },
    target: 1.15,
    metric: (s) => s.report.ms!,
  },
  {
    id: "memory",
    title: "memory, 50 MB stream",
    measure: "peak RSS minus the RSS before the call (MiB) while streaming a ~50 MB answer in 1 KiB deltas",
    work: "memory",
    stream: { shape: "burst", events: 50_000, chars: 1024 },
    reps: { full: 5, quick: 1 },
    target: 1.1,
    metric: (s) => (s.report.peakRss! - s.report.rssBefore!) / MiB,
  },
];
