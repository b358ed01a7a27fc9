// What a flow's JavaScript sees, as Windmill's worker builds it (worker_flow.rs): `flow_input` (in a
// loop, with `iter: {index, value}`), `results.<id>` for the steps that ran, `previous_result`.
// Values cross step boundaries as JSON, as they do between Windmill jobs.
import { HarnessError, type Transform } from "./flow_file.ts";

export type Json = any;

/** A step failure, carrying the result Windmill stores for it: `{error: {name, message, ...}}`. */
export class StepFailure extends Error {
  constructor(
    readonly step: string,
    readonly result: { error: Record<string, unknown> },
  ) {
    super(`step ${step} failed: ${String(result.error.message)}`);
  }
}

export const asJson = (v: unknown): Json => JSON.parse(JSON.stringify(v ?? null));

/** The result Windmill records for a thrown error: its name, message, stack and own fields. */
export function errorResult(e: unknown): { error: Record<string, unknown> } {
  const err = e instanceof Error ? e : new Error(String(e));
  return { error: asJson({ ...err, name: err.name, message: err.message, stack: err.stack }) };
}

/**
 * Results by step id. A loop iteration or a branch reads its own steps first, then the enclosing
 * ones. Steps inside a loop have one result per iteration: reading one from outside the loop is
 * refused (Windmill would give whichever iteration finished last).
 */
export class Scope {
  readonly results = new Map<string, Json>();
  constructor(
    readonly flowInput: Json,
    readonly parent?: Scope,
    readonly loopInner: Set<string> = parent?.loopInner ?? new Set(),
  ) {}

  lookup(id: string): Json {
    for (let s: Scope | undefined = this; s; s = s.parent) if (s.results.has(id)) return s.results.get(id);
    if (this.loopInner.has(id)) throw new HarnessError(`results.${id} is read outside its loop: not implemented`);
    throw new Error(`no step ${id} has run before this one`);
  }

  has(id: string): boolean {
    for (let s: Scope | undefined = this; s; s = s.parent) if (s.results.has(id)) return true;
    return false;
  }

  /** The `results` object of expressions. */
  proxy(): Json {
    return new Proxy(
      {},
      {
        get: (_, id) => (typeof id === "string" ? this.lookup(id) : undefined),
        has: (_, id) => typeof id === "string" && this.has(id),
      },
    );
  }
}

/** Windmill's insert_iter_arg: an enclosing loop's `iter` moves to `iter_parent` (and so on up). */
export function withIter(flowInput: Json, iter: { index: number; value: Json }): Json {
  const out = { ...flowInput };
  let key = "iter";
  let value: Json = iter;
  while (true) {
    const displaced = out[key];
    out[key] = value;
    if (displaced === undefined) return out;
    [key, value] = [`${key}_parent`, displaced];
  }
}

/** Evaluates one expression; a failure becomes the step's failure, as Windmill reports it. */
export function evaluate(expr: string, context: Record<string, unknown>, step: string, what: string): Json {
  const names = Object.keys(context);
  try {
    const fn = new Function(...names, `"use strict";\nreturn (${expr});`);
    return asJson(fn(...names.map((n) => context[n])));
  } catch (e) {
    if (e instanceof HarnessError) throw e;
    const message = `${what}: error during evaluation of \`${expr}\`: ${(e as Error).message}`;
    throw new StepFailure(step, { error: { name: "ExecutionErr", message } });
  }
}

export function transformValue(t: Transform, context: Record<string, unknown>, step: string, what: string): Json {
  return t.type === "static" ? asJson(t.value) : evaluate(t.expr, context, step, what);
}

/** A stop_after_if, branch or skip_if expression, wrapped in Boolean() as Windmill does. */
export function condition(expr: string, context: Record<string, unknown>, step: string, what: string): boolean {
  return evaluate(`Boolean(${expr})`, context, step, what) === true;
}
