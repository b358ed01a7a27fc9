// The rule vocabulary: what a script adds to its signature's shape, keyed by field path. Rules are
// plain data, so `npm run metadata` can read them (min/max/pattern go into the form) and the
// validator compiles them once; a script lays them out one field per line.
import { type Node, str } from "./shape.ts";

/** A check across fields of one object, named by the rule it states: "n: must be 1 when streaming". */
export interface Check {
  /** The field the message names ("" for the object itself); a function when it depends on the object. */
  readonly field: string | ((o: any) => string);
  /** The broken rule in words; a function when the words depend on the object ("for a user message"). */
  readonly rule: string | ((o: any) => string);
  /** True when the (already cleaned and type-checked) object breaks the rule. */
  readonly broken: (o: any) => boolean;
}

export interface Rule {
  /** Inclusive and exclusive number bounds. */
  readonly min?: number;
  readonly max?: number;
  readonly above?: number;
  readonly below?: number;
  /** A whole number, exact in JavaScript (a safe integer). */
  readonly int?: true;
  /** A string with more than spaces; a list with at least one item. */
  readonly nonEmpty?: true;
  /** String length, or list item count. */
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: RegExp;
  /** How the pattern reads in a message: "1-64 letters, digits, _ or -". */
  readonly patternName?: string;
  /** A value placed in the URL path: "." and ".." would climb it. */
  readonly segment?: true;
  /** An empty string means something here, so it is sent rather than dropped as a form leftover. */
  readonly keep?: true;
  readonly checks?: readonly Check[];
}

/** A shape the signature cannot type but the API takes, accepted from code or a flow. */
export interface Alternative {
  readonly name: string;
  readonly node: Node;
  /** Rules inside the alternative, keyed by path relative to it (`$`, `[]`, `[].type`...). */
  readonly rules: { readonly [path: string]: Rule };
}

/** Nothing beyond the signature's type. */
export const free: Rule = {};
export const nonEmpty: Rule = { nonEmpty: true };
export const keepEmpty: Rule = { keep: true };
/** One URL path segment: not empty, not "." or "..". */
export const segment: Rule = { nonEmpty: true, segment: true };

export const range = (min: number, max: number): Rule => ({ min, max });
export const atLeast = (min: number): Rule => ({ min });
export const atMost = (max: number): Rule => ({ max });
export const above = (n: number): Rule => ({ above: n });
export const below = (n: number): Rule => ({ below: n });

/** A whole number, optionally bounded (inclusive). */
export function int(min?: number, max?: number): Rule {
  return { int: true, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

/** A string's length or a list's item count, inclusive. */
export function length(min: number, max?: number): Rule {
  return { minLength: min, ...(max === undefined ? {} : { maxLength: max }) };
}

export const matches = (pattern: RegExp, patternName: string): Rule => ({ pattern, patternName });

export const check = (field: Check["field"], rule: Check["rule"], broken: (o: any) => boolean): Check => ({
  field,
  rule,
  broken,
});
export const checks = (...list: Check[]): Rule => ({ checks: list });

/** Several rules on one field: and(above(0), atMost(1)). Checks add up; the rest must not clash. */
export function and(...rules: Rule[]): Rule {
  const out: Record<string, unknown> = {};
  for (const r of rules) {
    for (const [k, v] of Object.entries(r)) {
      if (k === "checks") out.checks = [...((out.checks as Check[]) ?? []), ...(v as Check[])];
      else if (k in out && out[k] !== v) throw new Error(`and(): two values for ${k}`);
      else out[k] = v;
    }
  }
  return out as Rule;
}

export function alternative(name: string, node: Node, rules: { [path: string]: Rule } = {}): Alternative {
  return { name, node, rules };
}

/** `stop` and the like: the form offers a list of strings, the API takes one string too. */
export const oneString = alternative("one string", str);
