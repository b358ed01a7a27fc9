// A shape and its rules compiled once into one tree the walk (walk.ts) reads without allocating:
// each node holds its tag, its rule, its alternatives and, for objects, the required keys.
import type { Alternative, Check, Rule } from "./rules.ts";
import type { Node } from "./shape.ts";

/** A compiled node: the shape's tag, its rule, and what the walk needs precomputed. */
export interface Compiled {
  readonly t: Node["t"];
  readonly keep: boolean;
  readonly rule: Rule | undefined;
  readonly values?: readonly string[];
  readonly item?: Compiled;
  readonly fields?: { readonly [key: string]: Compiled };
  readonly required?: readonly string[];
  readonly checks?: readonly Check[];
  readonly alts?: readonly Compiled[];
  /** For objects: the end of an unknown-field message. */
  readonly hint?: Hint;
}

export type Hint = (known: readonly string[], near: string | undefined) => string;
export type Rules = { readonly [path: string]: Rule };
export type Alternatives = { readonly [path: string]: Alternative | readonly Alternative[] };

/** Rule paths: `$` the root, `a.b` a field, `a[]` the items of list a. */
export function compile(node: Node, rules: Rules, alts: Alternatives = {}, path = "$", hint?: Hint): Compiled {
  const rule = Object.hasOwn(rules, path) ? rules[path] : undefined;
  const own = Object.hasOwn(alts, path) ? alts[path] : undefined;
  const list = own === undefined ? [] : Array.isArray(own) ? own : [own as Alternative];
  const base = {
    t: node.t,
    keep: rule?.keep === true,
    rule,
    checks: rule?.checks,
    alts: list.length ? list.map((a) => compile(a.node, a.rules)) : undefined,
  };
  if (node.t === "enum") return { ...base, values: node.values };
  if (node.t === "list") return { ...base, item: compile(node.item, rules, alts, path === "$" ? "[]" : `${path}[]`) };
  if (node.t !== "object") return base;
  const fields: Record<string, Compiled> = Object.create(null);
  for (const [key, child] of Object.entries(node.fields))
    fields[key] = compile(child, rules, alts, path === "$" ? key : `${path}.${key}`);
  const required = Object.keys(node.fields).filter((k) => node.fields[k]!.req === 1);
  return { ...base, fields, required, hint: hint ?? ((keys) => `known fields here: ${keys.join(", ")}`) };
}
