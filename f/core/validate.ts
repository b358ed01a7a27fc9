// A tiny schema checker: rules compose, and every failure names the field path and the rule.
import { InputError } from "./errors.ts";

export type Rule = (value: unknown, path: string) => void;

const kind = (v: unknown) =>
  v === null ? "null" : Array.isArray(v) ? "a list" : typeof v === "object" ? "an object" : typeof v;
const show = (v: unknown) => (typeof v === "string" ? JSON.stringify(v) : typeof v === "object" ? kind(v) : String(v));

/** `got` is already worded: a shown value (`"bot"`, `2.5`) or a kind (`string`, `3 items`). */
function fail(path: string, rule: string, got?: string): never {
  throw new InputError(path, got === undefined ? rule : `${rule} (got ${got})`);
}

export const anything: Rule = () => {};

export function string(opts: { nonEmpty?: boolean; pattern?: RegExp; patternName?: string } = {}): Rule {
  return (v, path) => {
    if (typeof v !== "string") fail(path, "must be a string", show(v));
    if (opts.nonEmpty && v.trim() === "") fail(path, "must not be empty");
    if (opts.pattern && !opts.pattern.test(v))
      fail(path, `must be ${opts.patternName ?? `like ${opts.pattern}`}`, show(v));
  };
}

export interface NumberOpts {
  int?: boolean;
  min?: number;
  max?: number;
  /** Exclusive bounds, e.g. top_p in (0, 1]. */
  above?: number;
  below?: number;
}

export function number(o: NumberOpts = {}): Rule {
  return (v, path) => {
    if (typeof v !== "number" || Number.isNaN(v)) fail(path, "must be a number", show(v));
    if (o.int && !Number.isInteger(v)) fail(path, "must be a whole number", show(v));
    if (o.min !== undefined && v < o.min) fail(path, `must be at least ${o.min}`, show(v));
    if (o.max !== undefined && v > o.max) fail(path, `must be at most ${o.max}`, show(v));
    if (o.above !== undefined && v <= o.above) fail(path, `must be greater than ${o.above}`, show(v));
    if (o.below !== undefined && v >= o.below) fail(path, `must be less than ${o.below}`, show(v));
  };
}

export const integer = (o: Omit<NumberOpts, "int"> = {}) => number({ ...o, int: true });

export const boolean: Rule = (v, path) => {
  if (typeof v !== "boolean") fail(path, "must be true or false", show(v));
};

export function oneOf(...values: readonly (string | number)[]): Rule {
  const list = values.map(show).join(", ");
  return (v, path) => {
    if (!values.includes(v as string)) fail(path, `must be one of ${list}`, show(v));
  };
}

export function array(item: Rule, o: { min?: number; max?: number } = {}): Rule {
  return (v, path) => {
    if (!Array.isArray(v)) fail(path, "must be a list", show(v));
    if (o.min !== undefined && v.length < o.min)
      fail(path, o.min === 1 ? "must not be empty" : `must have at least ${o.min} items`);
    if (o.max !== undefined && v.length > o.max) fail(path, `must have at most ${o.max} items`, String(v.length));
    for (let i = 0; i < v.length; i++) item(v[i], `${path}[${i}]`);
  };
}

/** Fields listed in `shape` are checked when present; `required` ones must be present. Others pass through. */
export function object(shape: Record<string, Rule>, required: readonly string[] = []): Rule {
  const keys = Object.keys(shape);
  return (v, path) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) fail(path, "must be an object", show(v));
    const o = v as Record<string, unknown>;
    for (const k of required) if (o[k] === undefined || o[k] === null) fail(`${path}.${k}`, "is required");
    for (const k of keys) if (o[k] !== undefined && o[k] !== null) shape[k](o[k], `${path}.${k}`);
  };
}

/** Accepts the value when any rule does; the error lists what each alternative wanted. */
export function either(...rules: Rule[]): Rule {
  return (v, path) => {
    const reasons: string[] = [];
    for (const r of rules) {
      try {
        return r(v, path);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        reasons.push(e.path === path ? e.rule : `${e.path.slice(path.length)} ${e.rule}`);
      }
    }
    fail(path, `matches no accepted form: ${reasons.join("; or ")}`);
  };
}

/** A check across fields (e.g. "n must be 1 when streaming"); `when` returns the broken rule or nothing. */
export function refine(rule: Rule, when: (value: any) => [field: string, broken: string] | undefined): Rule {
  return (v, path) => {
    rule(v, path);
    const bad = when(v);
    if (bad) fail(bad[0] ? `${path}.${bad[0]}` : path, bad[1]);
  };
}

/**
 * Checks `body` and returns a copy without top-level null/undefined fields:
 * a Windmill form sends optional fields it left empty as null, which providers reject.
 */
export function validate<T extends object>(body: T, rule: Rule, root = "body"): T {
  rule(body, root);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) if (v !== null && v !== undefined) out[k] = v;
  return out as T;
}
