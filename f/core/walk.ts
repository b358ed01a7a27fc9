// One walk over the input that checks and cleans it against a compiled shape (compile.ts): form
// leftovers (null, "", [], {}, an untouched object: only `false` and none of its required fields)
// are dropped at every depth, unknown keys and `__proto__` are refused, Raw JSON is copied as
// data, numbers are finite, then types, enums, required fields and the rules. It returns the copy
// to send; every failure is an InputError naming the field path (field_path.ts: the path is spelt
// out only when a rule breaks, so a clean walk keeps none).
import type { Compiled } from "./compile.ts";
import { at, Broken, below, fail, named, show } from "./field_path.ts";
import { copyRaw, finite, PROTO } from "./raw_json.ts";
import { unknownField } from "./unknown_field.ts";
import type { Check } from "./rules.ts";
import { numberRules, textRules } from "./value_rules.ts";

/** What the walk returns for a value that is a form leftover: the field is then absent. */
export const DROP: unique symbol = Symbol("drop");

/** Checks the object at `root` ("body", "options"): never dropped, its required fields are named. */
export function walkRoot(v: unknown, c: Compiled, root: string): Record<string, unknown> {
  try {
    return walkObject(v, c, true) as Record<string, unknown>;
  } catch (e) {
    throw named(e, root);
  }
}

export function walk(v: unknown, c: Compiled): unknown {
  if (v === undefined || v === null || (v === "" && !c.keep)) return DROP;
  return c.alts === undefined ? walkType(v, c) : walkForms(v, c, c.alts);
}

/** The signature's form first, then each alternative; when none fits, why each did not. */
function walkForms(v: unknown, c: Compiled, alts: readonly Compiled[]): unknown {
  let reasons = "";
  for (let i = -1; i < alts.length; i++) {
    try {
      return walkType(v, i < 0 ? c : alts[i]!);
    } catch (e) {
      if (!(e instanceof Broken)) throw e;
      const where = below(e);
      reasons += `${i < 0 ? "" : "; or "}${where ? `${where} ` : ""}${e.rule}`;
    }
  }
  return fail(`matches no accepted form: ${reasons}`);
}

function walkType(v: unknown, c: Compiled): unknown {
  switch (c.t) {
    case "string":
      if (typeof v !== "string") fail("must be a string", show(v));
      if (c.bounds !== undefined) textRules(v, c.bounds);
      return v;
    case "number":
    case "integer":
      if (typeof v !== "number") fail("must be a number", show(v));
      finite(v);
      if (c.t === "integer" && !Number.isInteger(v)) fail("must be a whole number", show(v));
      if (c.bounds !== undefined) numberRules(v, c.bounds);
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
  const item = c.item!;
  let i = 0;
  try {
    for (; i < v.length; i++) {
      const x = walk(v[i], item);
      if (x !== DROP) out.push(x);
    }
  } catch (e) {
    throw at(e, i);
  }
  if (out.length === 0) return DROP;
  const r = c.bounds;
  if (r?.minLength !== undefined && out.length < r.minLength) fail(`must have at least ${r.minLength} items`);
  if (r?.maxLength !== undefined && out.length > r.maxLength)
    fail(`must have at most ${r.maxLength} items`, String(out.length));
  return out;
}

/** `root` objects (body, options) are never dropped: their required fields are reported instead. */
function walkObject(v: unknown, c: Compiled, root: boolean): Record<string, unknown> | typeof DROP {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return fail("must be an object", show(v));
  const given = v as Record<string, unknown>;
  const fields = c.fields!;
  // Own keys only: a value inherited from a prototype is never sent.
  const keys = Object.keys(given);
  const out: Record<string, unknown> = {};
  let n = 0;
  let k = "";
  try {
    for (let i = 0; i < keys.length; i++) {
      k = keys[i]!;
      const value = given[k];
      const f = fields[k];
      if (f === undefined) {
        if (k === "__proto__") fail(PROTO);
        if (value === undefined || value === null || value === "") continue;
        unknownField(k, Object.keys(fields), c.hint!);
      }
      const x = walk(value, f!);
      if (x !== DROP) (out[k] = x), n++;
    }
  } catch (e) {
    throw at(e, k);
  }
  const required = c.required!;
  if (!root && (n === 0 || untouched(out, required))) return DROP;
  for (let i = 0; i < required.length; i++) {
    const r = required[i]!;
    if (!Object.hasOwn(out, r)) fail(Array.isArray(given[r]) ? "must not be empty" : "is required", undefined, r);
  }
  if (c.checks !== undefined) runChecks(out, c.checks);
  return out;
}

/**
 * The form's untouched state of an object with required fields: none of them given and only
 * `false` toggles (the form sends `false` for every boolean without a default). It carries no
 * information and would be refused for its missing field, so it is a leftover too.
 */
function untouched(out: Record<string, unknown>, required: readonly string[]): boolean {
  if (required.length === 0) return false;
  for (let i = 0; i < required.length; i++) if (Object.hasOwn(out, required[i]!)) return false;
  for (const k in out) if (out[k] !== false) return false;
  return true;
}

function runChecks(o: unknown, checks: readonly Check[]): void {
  for (let i = 0; i < checks.length; i++) {
    const ch = checks[i]!;
    if (!ch.broken(o)) continue;
    const field = typeof ch.field === "string" ? ch.field : ch.field(o);
    fail(typeof ch.rule === "string" ? ch.rule : ch.rule(o), undefined, field || undefined);
  }
}

/** Raw JSON as data (its checks, if any, see the copy); an empty object or list is a form leftover. */
function rawJson(v: unknown, c: Compiled): unknown {
  const out = copyRaw(v);
  if (Array.isArray(out) ? out.length === 0 : typeof out === "object" && out !== null && isEmpty(out)) return DROP;
  if (c.checks !== undefined) runChecks(out, c.checks);
  return out;
}

function isEmpty(o: object): boolean {
  for (const _ in o) return false;
  return true;
}
