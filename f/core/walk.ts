// One walk over the input that checks and cleans it against a compiled shape (compile.ts): form
// leftovers (null, "", [], {}) are dropped at every depth, unknown keys and `__proto__` are
// refused, Raw JSON is copied as data, numbers are finite, then types, enums, required fields and
// the rules. It returns the copy to send; every failure is an InputError naming the field path.
import type { Compiled } from "./compile.ts";
import { InputError } from "./errors.ts";
import { depth, enter, fail, here, leave, rewind, show } from "./field_path.ts";
import { copyRaw, finite, notProto } from "./raw_json.ts";
import type { Rule } from "./rules.ts";
import { unknownField } from "./unknown_field.ts";

/** What the walk returns for a value that is a form leftover: the field is then absent. */
export const DROP: unique symbol = Symbol("drop");
const HAS_TEXT = /\S/;

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
      if (typeof v !== "number") fail(c.t === "integer" ? "must be a whole number" : "must be a number", show(v));
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
    case "json": {
      if (typeof v !== "object" || Array.isArray(v)) fail("must be an object (Raw JSON)", show(v));
      const out = nonEmptyCopy(v);
      if (c.checks && out !== DROP) runChecks(out, c);
      return out;
    }
    default:
      return nonEmptyCopy(v);
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
  if (n === 0 && !root) return DROP;
  for (const k of c.required!) {
    if (Object.hasOwn(out, k)) continue;
    const given = (v as Record<string, unknown>)[k];
    fail(Array.isArray(given) ? "must not be empty" : "is required", undefined, k);
  }
  if (c.checks) runChecks(out, c);
  return out;
}

function runChecks(o: unknown, c: Compiled): void {
  for (const ch of c.checks!) {
    if (!ch.broken(o)) continue;
    const field = typeof ch.field === "string" ? ch.field : ch.field(o);
    fail(typeof ch.rule === "string" ? ch.rule : ch.rule(o), undefined, field || undefined);
  }
}

/** Raw JSON as data; an empty object or list is a form leftover like any other. */
function nonEmptyCopy(v: unknown): unknown {
  const out = copyRaw(v);
  if (Array.isArray(out)) return out.length ? out : DROP;
  if (typeof out !== "object" || out === null) return out;
  for (const _ in out) return out;
  return DROP;
}

function textRules(v: string, r: Rule): void {
  if (r.nonEmpty && !HAS_TEXT.test(v)) fail("must not be empty");
  if (r.segment && (v === "." || v === "..")) fail("cannot be a dot segment: it would climb the URL path", show(v));
  if (r.minLength !== undefined && v.length < r.minLength) fail(`must have at least ${r.minLength} characters`);
  if (r.maxLength !== undefined && v.length > r.maxLength)
    fail(`must have at most ${r.maxLength} characters`, String(v.length));
  if (r.pattern && !r.pattern.test(v)) fail(`must be ${r.patternName}`, show(v));
}

function numberRules(v: number, r: Rule): void {
  if (r.int && !Number.isSafeInteger(v))
    fail(
      Number.isInteger(v) ? `must be a safe integer, at most ${Number.MAX_SAFE_INTEGER}` : "must be a whole number",
      show(v),
    );
  if (r.min !== undefined && v < r.min) fail(`must be at least ${r.min}`, show(v));
  if (r.max !== undefined && v > r.max) fail(`must be at most ${r.max}`, show(v));
  if (r.above !== undefined && v <= r.above) fail(`must be greater than ${r.above}`, show(v));
  if (r.below !== undefined && v >= r.below) fail(`must be less than ${r.below}`, show(v));
}
