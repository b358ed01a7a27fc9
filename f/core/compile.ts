// A shape and its rules compiled once into one tree the walk (walk.ts) reads without allocating.
// Every node has the same fields in the same order, so the walk's property reads stay monomorphic,
// and a rule without bounds is left out, so a free field costs no call (bench/RESULTS.md).
import type { Alternative, Check, Rule } from "./rules.ts";
import type { Node } from "./shape.ts";

/** A compiled node: the shape's tag, its rule's parts, and what the walk needs precomputed. */
export interface Compiled {
  readonly t: Node["t"];
  readonly keep: boolean;
  /** The rule, when it sets bounds, a length, a pattern or nonEmpty/segment; else undefined. */
  readonly bounds: Rule | undefined;
  readonly checks: readonly Check[] | undefined;
  readonly alts: readonly Compiled[] | undefined;
  readonly values: readonly string[] | undefined;
  readonly item: Compiled | undefined;
  readonly fields: { readonly [key: string]: Compiled } | undefined;
  readonly required: readonly string[] | undefined;
  /** For objects: the end of an unknown-field message. */
  readonly hint: Hint | undefined;
}

export type Hint = (known: readonly string[], near: string | undefined) => string;
export type Rules = { readonly [path: string]: Rule };
export type Alternatives = { readonly [path: string]: Alternative | readonly Alternative[] };

const known: Hint = (keys) => `known fields here: ${keys.join(", ")}`;

/** Rule paths: `$` the root, `a.b` a field, `a[]` the items of list a. */
export function compile(node: Node, rules: Rules, alts: Alternatives = {}, path = "$", hint?: Hint): Compiled {
  const rule = Object.hasOwn(rules, path) ? rules[path] : undefined;
  const own = Object.hasOwn(alts, path) ? alts[path] : undefined;
  const forms = own === undefined ? [] : Array.isArray(own) ? own : [own as Alternative];
  let fields: Record<string, Compiled> | undefined;
  let required: string[] | undefined;
  if (node.t === "object") {
    fields = Object.create(null) as Record<string, Compiled>;
    required = [];
    for (const key of Object.keys(node.fields)) {
      fields[key] = compile(node.fields[key]!, rules, alts, path === "$" ? key : `${path}.${key}`);
      if (node.fields[key]!.req === 1) required.push(key);
    }
  }
  return {
    t: node.t,
    keep: rule?.keep === true,
    bounds: rule && hasBounds(rule) ? rule : undefined,
    checks: rule?.checks?.length ? rule.checks : undefined,
    alts: forms.length ? forms.map((a) => compile(a.node, a.rules)) : undefined,
    values: node.t === "enum" ? node.values : undefined,
    item: node.t === "list" ? compile(node.item, rules, alts, path === "$" ? "[]" : `${path}[]`) : undefined,
    fields,
    required,
    hint: node.t === "object" ? (hint ?? known) : undefined,
  };
}

function hasBounds(r: Rule): boolean {
  for (const k in r) if (k !== "keep" && k !== "checks" && r[k as keyof Rule] !== undefined) return true;
  return false;
}
