// Where in the input a rule broke, found only when one does: a walk keeps no path while it checks
// (no stack to push and pop per field, bench/RESULTS.md); a broken rule throws a Broken, and each
// object or list it unwinds through adds its key. At the root it becomes the InputError naming the path.
import { InputError } from "./errors.ts";

/** A rule broken below the current point of a walk; `keys` runs from the deepest key outwards. */
export class Broken {
  readonly keys: (string | number)[] = [];
  constructor(readonly rule: string) {}
}

/** Throws for the current value (and `field` below it, if given). */
export function fail(rule: string, got?: string, field?: string): never {
  const b = new Broken(got === undefined ? rule : `${rule} (got ${got})`);
  if (field) b.keys.push(field);
  throw b;
}

/** Adds `key` to a Broken passing out of the value at `key`; anything else passes unchanged. */
export function at(e: unknown, key: string | number): unknown {
  if (e instanceof Broken) e.keys.push(key);
  return e;
}

/** The keys of `b` below the point where they were gathered: `[0].text`, `.name`. */
export function below(b: Broken): string {
  let s = "";
  for (let i = b.keys.length - 1; i >= 0; i--) {
    const k = b.keys[i]!;
    s += typeof k === "number" ? `[${k}]` : `.${k}`;
  }
  return s;
}

/** A Broken that reached `root` ("body", "options") as the InputError naming its whole path. */
export const named = (e: unknown, root: string): unknown =>
  e instanceof Broken ? new InputError(root + below(e), e.rule) : e;

const kind = (v: unknown) =>
  v === null ? "null" : Array.isArray(v) ? "a list" : typeof v === "object" ? "an object" : typeof v;

/** A value as a message shows it: strings quoted, objects by kind. */
export const show = (v: unknown): string =>
  typeof v === "string" ? JSON.stringify(v) : typeof v === "object" ? kind(v) : String(v);
