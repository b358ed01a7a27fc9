// Runs a flow folder of f/ end to end in this process, with the semantics of Windmill's flow worker
// (backend/windmill-worker/src/worker_flow.rs) for the module kinds the templates use: scripts by
// path and inline steps (their `main` called with arguments matched by name), for-loops (parallel,
// parallelism, skip_failures), while-loops ending on stop_after_if, branchone, continue_on_error,
// skip_if and sleep. Sleeps advance a virtual clock and are recorded, never waited. Anything else
// is refused by flow_file.ts. A test fixture, not a product feature.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { captureConsole } from "../../runner/capture.ts";
import { parseParams } from "../../runner/invoke.ts";
import {
  asJson,
  condition,
  errorResult,
  type Json,
  Scope,
  StepFailure,
  transformValue,
  withIter,
} from "./expressions.ts";
import { type Flow, HarnessError, loadFlow, type Module } from "./flow_file.ts";

export { HarnessError };
export type Sleep = { after: string; seconds: number; at: number };
export type Job = { step: string; runs: string; args: Json; ok: boolean };
export type FlowRun = {
  result?: Json;
  error?: Record<string, unknown> & { step_id: string };
  sleeps: Sleep[];
  jobs: Job[];
  /** Seconds of virtual time the flow's sleeps took. */
  clock: number;
  /** The most iterations of each for-loop that ran at once. */
  concurrency: Record<string, number>;
  stream: string;
  logs: string[];
};

const ROOT = join(import.meta.dir, "../..");
/** A while-loop still going after this many iterations would never end in Windmill either. */
export const MAX_ITERATIONS = 1000;

/** Runs the flow in `dir` (relative to the repository, or absolute) with these inputs. */
export async function runFlow(dir: string, inputs: Record<string, unknown>): Promise<FlowRun> {
  const { flow, inline } = loadFlow(resolve(ROOT, dir));
  const run: FlowRun = { sleeps: [], jobs: [], clock: 0, concurrency: {}, stream: "", logs: [] };
  const restore = captureConsole({ stream: (t) => void (run.stream += t), log: (l) => void run.logs.push(l) });
  try {
    const args = flowArgs(flow, inputs);
    run.result = await new Runner(run, inline).list(flow.value.modules, new Scope(args), args);
  } catch (e) {
    if (!(e instanceof StepFailure)) throw e;
    run.error = { ...e.result.error, step_id: e.step };
  } finally {
    restore();
  }
  return run;
}

/** The inputs as Windmill's form sends them: schema defaults filled in, nothing undeclared. */
function flowArgs(flow: Flow, inputs: Record<string, unknown>): Json {
  const props = flow.schema.properties;
  const unknown = Object.keys(inputs).filter((k) => !(k in props));
  if (unknown.length) throw new HarnessError(`the flow has no input ${unknown.join(", ")}`);
  const args: Json = {};
  for (const [name, p] of Object.entries(props)) {
    const value = inputs[name] ?? p.default;
    if (value !== undefined) args[name] = value;
    else if (flow.schema.required?.includes(name)) throw new HarnessError(`input ${name} is required`);
  }
  return asJson(args);
}

const signatures = new Map<string, ReturnType<typeof parseParams>>();
function paramsOf(file: string) {
  if (!signatures.has(file)) signatures.set(file, parseParams(readFileSync(file, "utf8")));
  return signatures.get(file)!;
}

class Runner {
  constructor(
    private run: FlowRun,
    private inline: Map<string, string>,
  ) {}

  /** A list of steps; `previous_result` of the first is the list's own input, as in Windmill. */
  async list(modules: Module[], scope: Scope, previous: Json): Promise<Json> {
    if (modules.length === 0) return [];
    for (const [i, m] of modules.entries()) {
      const ctx = { flow_input: scope.flowInput, results: scope.proxy(), previous_result: previous, result: previous };
      let result: Json;
      if (m.skip_if && condition(m.skip_if.expr, ctx, m.id, "skip_if")) result = previous;
      else {
        try {
          result = await this.module(m, scope, previous);
        } catch (e) {
          if (!(e instanceof StepFailure && m.continue_on_error)) throw e;
          result = e.result;
        }
      }
      scope.results.set(m.id, result);
      if (m.sleep) this.sleep(m, modules[i + 1], { flow_input: scope.flowInput, result, previous_result: result });
      previous = result;
    }
    return previous;
  }

  // Windmill applies a step's sleep when it starts the next step of the same list.
  private sleep(m: Module, next: Module | undefined, ctx: Record<string, unknown>): void {
    if (!next) throw new HarnessError(`step ${m.id}: a sleep on the last step of a list never happens in Windmill`);
    const seconds = transformValue(m.sleep!, ctx, m.id, "sleep");
    if (typeof seconds !== "number" || !(seconds >= 0)) {
      throw new StepFailure(m.id, {
        error: { name: "ExecutionErr", message: `Expected an integer, found: ${seconds}` },
      });
    }
    if (seconds > 0) {
      this.run.clock += seconds;
      this.run.sleeps.push({ after: m.id, seconds, at: this.run.clock });
    }
  }

  private async module(m: Module, scope: Scope, previous: Json): Promise<Json> {
    const v = m.value;
    const ctx = { flow_input: scope.flowInput, results: scope.proxy(), previous_result: previous, result: previous };
    switch (v.type) {
      case "script":
        return this.call(m, join(ROOT, `${v.path}.ts`), v.path, scope, previous);
      case "rawscript":
        return this.call(m, this.inline.get(m.id)!, `inline ${m.id}`, scope, previous);
      case "forloopflow": {
        const items = transformValue(v.iterator, ctx, m.id, "iterator");
        if (!Array.isArray(items)) {
          const message = `Expected an array value in the iterator expression, found: ${JSON.stringify(items)}`;
          throw new StepFailure(m.id, { error: { name: "ExecutionErr", message } });
        }
        return this.forLoop(m, items, scope);
      }
      case "whileloopflow":
        return this.whileLoop(m, scope);
      case "branchone": {
        const chosen = v.branches.find((b: { expr: string }, i: number) =>
          condition(b.expr, ctx, m.id, `branch ${i} expression`),
        );
        const inner = new Scope(scope.flowInput, scope);
        const result = await this.list(chosen?.modules ?? v.default, inner, scope.flowInput);
        // One branch runs once: its steps' results stay readable after it.
        for (const [id, r] of inner.results) scope.results.set(id, r);
        return result;
      }
    }
    throw new HarnessError(`step ${m.id}: module type ${v.type} is not implemented`);
  }

  private iteration(m: Module, scope: Scope, index: number, value: Json): Promise<Json> {
    for (const inner of m.value.modules as Module[]) scope.loopInner.add(inner.id);
    const input = withIter(scope.flowInput, { index, value });
    return this.list(m.value.modules, new Scope(input, scope), input);
  }

  private async forLoop(m: Module, items: Json[], scope: Scope): Promise<Json[]> {
    const v = m.value;
    const out: Json[] = new Array(items.length);
    const failures: StepFailure[] = [];
    const one = async (i: number) => {
      try {
        out[i] = await this.iteration(m, scope, i, items[i]);
      } catch (e) {
        if (!(e instanceof StepFailure)) throw e;
        if (!v.skip_failures) failures[i] = e;
        out[i] = e.result;
      }
    };
    if (!v.parallel) {
      for (let i = 0; i < items.length && failures.length === 0; i++) await one(i);
    } else {
      const limit = v.parallelism ? Number(v.parallelism.value) : items.length;
      let next = 0;
      let running = 0;
      const worker = async () => {
        while (next < items.length) {
          const i = next++;
          running++;
          this.run.concurrency[m.id] = Math.max(this.run.concurrency[m.id] ?? 0, running);
          await one(i).finally(() => running--);
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    }
    const failed = failures.find(Boolean);
    if (failed) throw failed;
    return out;
  }

  private async whileLoop(m: Module, scope: Scope): Promise<Json[]> {
    const all: Json[] = [];
    for (let index = 0; index < MAX_ITERATIONS; index++) {
      let result: Json;
      try {
        result = await this.iteration(m, scope, index, index);
      } catch (e) {
        if (!(e instanceof StepFailure && m.value.skip_failures)) throw e;
        all.push(e.result);
        continue;
      }
      all.push(result);
      const expr = m.stop_after_if?.expr;
      // Evaluated after each successful iteration, with that iteration's result and the loop's flow input.
      const ctx = { result, previous_result: result, flow_input: scope.flowInput, all_iters: all };
      if (expr && condition(expr, ctx, m.id, "stop_after_if")) return all;
    }
    throw new HarnessError(`step ${m.id}: the while-loop ran ${MAX_ITERATIONS} iterations and would never end`);
  }

  /** One job: input transforms evaluated, then `main` called with its parameters by name. */
  private async call(m: Module, file: string, runs: string, scope: Scope, previous: Json): Promise<Json> {
    const ctx = { flow_input: scope.flowInput, results: scope.proxy(), previous_result: previous, params: {} };
    const args: Json = {};
    for (const [name, t] of Object.entries(m.value.input_transforms ?? {})) {
      args[name] = transformValue(t as never, ctx, m.id, `input ${name}`);
    }
    const params = paramsOf(file);
    const unknown = Object.keys(args).filter((k) => !params.some((p) => p.name === k));
    if (unknown.length)
      throw new HarnessError(`step ${m.id} passes ${unknown.join(", ")}, which ${runs} does not take`);
    const job: Job = { step: m.id, runs, args, ok: false };
    this.run.jobs.push(job);
    const { main } = (await import(file)) as { main?: (...a: unknown[]) => unknown };
    if (typeof main !== "function") throw new HarnessError(`${runs} exports no main`);
    try {
      const result = asJson(await main(...params.map((p) => args[p.name])));
      job.ok = true;
      return result;
    } catch (e) {
      throw new StepFailure(m.id, errorResult(e));
    }
  }
}
