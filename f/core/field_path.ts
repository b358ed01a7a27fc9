// Where the validator is in the input, kept on one stack so a walk allocates no path strings:
// the path is only spelt out when a rule breaks.
import { InputError } from "./errors.ts";

const stack: (string | number)[] = [];

export const enter = (key: string | number): void => void stack.push(key);
export const leave = (): void => void stack.pop();
export const depth = (): number => stack.length;
/** Back to `d` after an alternative failed partway down. */
export const rewind = (d: number): void => void (stack.length = d);

/** The current path: `body.messages[0].role`. */
export function here(): string {
  let s = "";
  for (const k of stack) s += typeof k === "number" ? `[${k}]` : s ? `.${k}` : k;
  return s;
}

/** Starts a walk at `root` ("body", "options"), whatever an earlier throw left behind. */
export function start(root: string): void {
  stack.length = 0;
  stack.push(root);
}

const kind = (v: unknown) =>
  v === null ? "null" : Array.isArray(v) ? "a list" : typeof v === "object" ? "an object" : typeof v;

/** A value as a message shows it: strings quoted, objects by kind. */
export const show = (v: unknown): string =>
  typeof v === "string" ? JSON.stringify(v) : typeof v === "object" ? kind(v) : String(v);

/** Throws the InputError for the current path (and `field` below it, if given). */
export function fail(rule: string, got?: string, field?: string): never {
  const p = here();
  const path = field ? `${p}.${field}` : p;
  throw new InputError(path, got === undefined ? rule : `${rule} (got ${got})`);
}
