// One walk over the input that checks and cleans it against a compiled shape (compile.ts): form
// leftovers (null, "", [], {}, an untouched object: only `false` and none of its required fields)
// are dropped at every depth, unknown keys and `__proto__` are refused, Raw JSON is copied as
// data, numbers are finite, then types, enums, required fields and the rules. It returns the copy to send; every failure is an InputError naming the field path.
import type { Compiled } from "./compile.ts";
import { InputError } from "./errors.ts";
import { depth, enter, fail, here, leave, rewind, show } from "./field_path.ts";
import { copyRaw, finite, notProto } from "./raw_json.ts";
import { unknownField } from "./unknown_field.ts";
import { numberRules, textRules } from "./value_rules.ts";

/** What the walk returns for a value that is a form leftover: the field is then absent. */
export const DROP: unique symbol = Symbol("drop");

export function walk(v: unknown, c: Compiled): unknown {
  if (v === undefined || v === null || (v === "" && !c.keep)) return DROP;
  if (c.alts === undefined) return walkType(v, c);
  const d = depth();
  let reasons: string[] | undefined;
  for (let i = -1; i < c.alts.length; i++) {
    try {
      return walkType(v, i < 0 ? c : c.alts[i]!);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      rewind(d);
      const p = here();
      (reasons ??= []).push(e.path === p ? e.rule : `${e.path.slice(p.length)} ${e.rule}`);
    }
  }
  return fail(`matches no accepted form: ${reasons!.join("; or ")}`);
}

function walkType(v: unknown, c: Compiled): unknown {
  switch (c.t) {
    case "string":
      if (typeof v !== "string") fail("must be a string", show(v));
      if (c.rule) textRules(v, c.rule);
      return v;
    case "number":
    case "integer":
      if (typeof v !== "number") fail("must be a number", show(v));
      finite(v);
      if (c.t === "integer" && !Number.isInteger(v)) fail("must be a whole number", show(v));
      if (c.rule) numberRules(v, c.rule);
      return v;
    case "boolean":
      if (typeof v !== "boolean") fail("must be true or false", show(v));
      return v;
    case "enum":
      if (!c.values!.includes(v as string)) fail(`must be one of ${c.values!.map(show).join(", ")}`, show(v));
      return v;
    case "list":
      return walkList(v, c);
    case "object":
      return walkObject(v, c, false);
    case "json":
      if (typeof v !== "object" || Array.isArray(v)) fail("must be an object (Raw JSON)", show(v));
      return rawJson(v, c);
    default:
      return rawJson(v, c);
  }
}

function walkList(v: unknown, c: Compiled): unknown {
  if (!Array.isArray(v)) fail("must be a list", show(v));
  const out: unknown[] = [];
  for (let i = 0; i < v.length; i++) {
    enter(i);
    const x = walk(v[i], c.item!);
    leave();
    if (x !== DROP) out.push(x);
  }
  if (out.length === 0) return DROP;
  const r = c.rule;
  if (r?.minLength !== undefined && out.length < r.minLength) fail(`must have at least ${r.minLength} items`);
  if (r?.maxLength !== undefined && out.length > r.maxLength)
    fail(`must have at most ${r.maxLength} items`, String(out.length));
  return out;
}

/** `root` objects (body, options) are never dropped: their required fields are reported instead. */
export function walkObject(v: unknown, c: Compiled, root: boolean): Record<string, unknown> | typeof DROP {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return fail("must be an object", show(v));
  const out: Record<string, unknown> = {};
  let n = 0;
  for (const k in v) {
    if (!Object.hasOwn(v, k)) continue;
    notProto(k);
    const value = (v as Record<string, unknown>)[k];
    const f = c.fields![k];
    if (f === undefined) {
      if (value === undefined || value === null || value === "") continue;
      enter(k);
      unknownField(k, Object.keys(c.fields!), c.hint!);
    }
    enter(k);
    const x = walk(value, f);
    leave();
    if (x !== DROP) (out[k] = x), n++;
  }
  if (!root && (n === 0 || untouched(out, c.required!))) return DROP;
  for (const k of c.required!) {
    if (Object.hasOwn(out, k)) continue;
    const given = (v as Record<string, unknown>)[k];
    fail(Array.isArray(given) ? "must not be empty" : "is required", undefined, k);
  }
  if (c.checks) runChecks(out, c);
  return out;
}

/**
 * The form's untouched state of an object with required fields: none of them given and only
 * `false` toggles (the form sends `false` for every boolean without a default). It carries no
 * information and would be refused for its missing field, so it is a leftover too.
 */
function untouched(out: Record<string, unknown>, required: readonly string[]): boolean {
  if (required.length === 0 || required.some((k) => Object.hasOwn(out, k))) return false;
  for (const k in out) if (out[k] !== false) return false;
  return true;
}

function runChecks(o: unknown, c: Compiled): void {
  for (const ch of c.checks!) {
    if (!ch.broken(o)) continue;
    const field = typeof ch.field === "string" ? ch.field : ch.field(o);
    fail(typeof ch.rule === "string" ? ch.rule : ch.rule(o), undefined, field || undefined);
  }
}

/** Raw JSON as data (its checks, if any, see the copy); an empty object or list is a form leftover. */
function rawJson(v: unknown, c: Compiled): unknown {
  const out = copyRaw(v);
  if (Array.isArray(out) ? out.length === 0 : typeof out === "object" && out !== null && isEmpty(out)) return DROP;
  if (c.checks) runChecks(out, c);
  return out;
}

function isEmpty(o: object): boolean {
  for (const _ in o) return false;
  return true;
}
