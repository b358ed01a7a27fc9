// The flow harness itself, on small flows written here: each Windmill semantic the templates rely
// on, and the loud refusal of what it does not implement.
import { afterAll, describe, expect, test } from "bun:test";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { HarnessError, runFlow } from "./harness.ts";

const base = mkdtempSync(join(tmpdir(), "flow-harness-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let count = 0;

const js = (expr: string) => ({ type: "javascript", expr });
const fixed = (value: unknown) => ({ type: "static", value });
const step = (id: string, file: string, inputs: Record<string, unknown> = {}, extra: object = {}) => ({
  id,
  value: { type: "rawscript", content: `!inline ${file}`, language: "bunnative", input_transforms: inputs },
  ...extra,
});

// Inline steps shared by the flows below.
const SCRIPTS: Record<string, string> = {
  "echo.ts": "export async function main(x: unknown) { return x; }",
  "slow.ts":
    "export async function main(x: number) { await new Promise((r) => setTimeout(r, (x % 3) * 3)); return x * 10; }",
  "fail_odd.ts": "export async function main(x: number) { if (x % 2) throw new Error(`odd ${x}`); return x; }",
  "count.ts": "export async function main(i: number) { return { i, done: i >= 2 }; }",
};

/** Writes a flow folder with the given modules and schema properties; returns its path. */
function flow(modules: unknown[], properties: Record<string, unknown> = {}): string {
  const dir = join(base, `f${count++}__flow`);
  mkdirSync(dir);
  for (const [name, code] of Object.entries(SCRIPTS)) writeFileSync(join(dir, name), `//native\n${code}\n`);
  const doc = { summary: "test", schema: { type: "object", properties }, value: { modules } };
  writeFileSync(join(dir, "flow.yaml"), stringify(doc));
  return dir;
}

describe("input transforms", () => {
  test("static and javascript values see flow_input, results and previous_result", async () => {
    const dir = flow(
      [
        step("a", "echo.ts", { x: js("flow_input.n + 1") }),
        step("b", "echo.ts", { x: fixed({ k: "v" }) }),
        step("c", "echo.ts", { x: js("[results.a, previous_result.k, flow_input.n]") }),
      ],
      { n: { type: "number" } },
    );
    const run = await runFlow(dir, { n: 1 });
    expect(run.result).toEqual([2, "v", 1]);
    expect(run.jobs.map((j) => j.step)).toEqual(["a", "b", "c"]);
  });

  test("an input the step's main does not take is refused", async () => {
    const dir = flow([step("a", "echo.ts", { y: fixed(1) })]);
    await expect(runFlow(dir, {})).rejects.toThrow(HarnessError);
  });

  test("a failing expression fails the flow at that step", async () => {
    const run = await runFlow(flow([step("a", "echo.ts", { x: js("results.nope") })]), {});
    expect(run.error).toMatchObject({ step_id: "a", message: expect.stringContaining("no step nope") });
  });
});

describe("for-loops", () => {
  const loop = (extra: object, file = "slow.ts") => ({
    id: "loop",
    value: {
      type: "forloopflow",
      iterator: js("flow_input.items"),
      skip_failures: false,
      modules: [step("inner", file, { x: js("flow_input.iter.value") })],
      ...extra,
    },
  });
  const items = { items: { type: "array" } };

  test("a parallel loop keeps input order and never runs more than its parallelism at once", async () => {
    const dir = flow([loop({ parallel: true, parallelism: fixed(2) })], items);
    const run = await runFlow(dir, { items: [1, 2, 3, 4, 5, 6, 7] });
    expect(run.result).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(run.concurrency.loop).toBe(2);
  });

  test("skip_failures keeps the failed iteration's error object at its index", async () => {
    const dir = flow([loop({ parallel: true, skip_failures: true }, "fail_odd.ts")], items);
    const run = await runFlow(dir, { items: [0, 1, 2] });
    expect(run.result[0]).toBe(0);
    expect(run.result[1].error).toMatchObject({ name: "Error", message: "odd 1" });
    expect(run.result[2]).toBe(2);
  });

  test("without skip_failures a failed iteration fails the flow", async () => {
    const run = await runFlow(flow([loop({}, "fail_odd.ts")], items), { items: [0, 1, 2] });
    expect(run.error).toMatchObject({ step_id: "inner", message: "odd 1" });
    expect(run.jobs).toHaveLength(2);
  });

  test("reading an inner step's result from outside the loop is refused", async () => {
    const dir = flow([loop({}), step("after", "echo.ts", { x: js("results.inner") })], items);
    await expect(runFlow(dir, { items: [1] })).rejects.toThrow("outside its loop");
  });
});

describe("while-loops and sleeps", () => {
  const wait = (stop?: string, sleep = 3600) => ({
    id: "wait",
    ...(stop ? { stop_after_if: { expr: stop } } : {}),
    value: {
      type: "whileloopflow",
      skip_failures: false,
      modules: [
        step("tick", "echo.ts", { x: js("flow_input.iter.index") }, { sleep: js(`result < 2 ? ${sleep} : 0`) }),
        step("check", "count.ts", { i: js("results.tick") }),
      ],
    },
  });

  test("the loop ends when stop_after_if holds on an iteration's result; sleeps are recorded, not waited", async () => {
    const started = Date.now();
    const run = await runFlow(flow([wait("result.done")]), {});
    expect(Date.now() - started).toBeLessThan(2000);
    expect(run.result).toEqual([
      { i: 0, done: false },
      { i: 1, done: false },
      { i: 2, done: true },
    ]);
    expect(run.sleeps).toEqual([
      { after: "tick", seconds: 3600, at: 3600 },
      { after: "tick", seconds: 3600, at: 7200 },
    ]);
    expect(run.clock).toBe(7200);
  });

  test("a while-loop without a stop condition is reported as never ending", async () => {
    await expect(runFlow(flow([wait(undefined, 0)]), {})).rejects.toThrow("would never end");
  });

  test("a sleep on the last step of a list is refused: Windmill never applies it", async () => {
    const dir = flow([step("a", "echo.ts", { x: fixed(1) }, { sleep: fixed(5) })]);
    await expect(runFlow(dir, {})).rejects.toThrow("never happens");
  });
});

describe("branches and errors", () => {
  const branch = {
    id: "pick",
    value: {
      type: "branchone",
      branches: [
        { expr: "flow_input.n > 10", modules: [step("big", "echo.ts", { x: fixed("big") })] },
        { expr: "flow_input.n > 5", modules: [step("mid", "echo.ts", { x: fixed("mid") })] },
      ],
      default: [step("small", "echo.ts", { x: js("previous_result.n") })],
    },
  };

  test("branchone runs the first branch whose expression holds, else the default", async () => {
    const dir = flow([branch, step("after", "echo.ts", { x: js("'mid' in results ? results.mid : null") })], {
      n: { type: "number" },
    });
    expect((await runFlow(dir, { n: 20 })).jobs.map((j) => j.step)).toEqual(["big", "after"]);
    expect((await runFlow(dir, { n: 7 })).result).toBe("mid");
    // The first step of a branch sees the branch's input, the flow input, as previous_result.
    expect((await runFlow(dir, { n: 1 })).jobs[0]!.args).toEqual({ x: 1 });
  });

  test("continue_on_error leaves {error: {name, message}} as the step's result and goes on", async () => {
    const dir = flow([
      step("bad", "fail_odd.ts", { x: fixed(3) }, { continue_on_error: true }),
      step("next", "echo.ts", { x: js("results.bad.error.message") }),
    ]);
    const run = await runFlow(dir, {});
    expect(run.result).toBe("odd 3");
    expect(run.error).toBeUndefined();
  });

  test("skip_if passes the previous result through without running the step", async () => {
    const dir = flow([
      step("a", "echo.ts", { x: fixed(1) }),
      step("b", "echo.ts", { x: fixed(2) }, { skip_if: { expr: "previous_result === 1" } }),
    ]);
    const run = await runFlow(dir, {});
    expect(run.result).toBe(1);
    expect(run.jobs.map((j) => j.step)).toEqual(["a"]);
  });

  test.each([
    ["retry", { retry: { constant: { attempts: 2, seconds: 1 } } }],
    ["a branchall", { value: { type: "branchall", branches: [] } }],
    ["stop_after_if on a script", { stop_after_if: { expr: "true" } }],
  ])("%s is refused as not implemented", async (_, extra) => {
    await expect(runFlow(flow([{ ...step("a", "echo.ts"), ...extra }]), {})).rejects.toThrow(HarnessError);
  });
});
