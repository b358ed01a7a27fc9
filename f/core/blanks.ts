// Form leftovers out of a request body, before it is checked and sent.

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** null, undefined, "", [] and {}: what a Windmill form holds for a field nobody filled in. */
export function isBlank(v: unknown): boolean {
  if (v === undefined || v === null || v === "") return true;
  if (Array.isArray(v)) return v.length === 0;
  return isPlainObject(v) && Object.keys(v).length === 0;
}

/**
 * A copy of `value` without blank fields at any depth of nested objects: an optional nested
 * object the form sent as {} or {x: null} disappears instead of failing its own required
 * fields, and an emptied text field is not sent as "". `validate` alone drops only top-level
 * nulls. Arrays are kept as given (their items are the user's data), unless empty.
 */
export function dropBlanks<T>(value: T): T {
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const kept = dropBlanks(v);
    if (!isBlank(kept)) out[k] = kept;
  }
  return out as T;
}
