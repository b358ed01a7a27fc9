// Raw JSON (a field typed `object`, options.extra_body) stays open, but is copied as data: own
// properties only, onto null-prototype objects, so no key can act on a prototype. `__proto__` is
// refused, as are numbers JSON cannot carry (JSON.stringify would send them as null).
import { enter, fail, leave } from "./field_path.ts";

/** Refuses a number JSON cannot carry: NaN, ±Infinity (also what 1e309 parses to). */
export function finite(v: number): void {
  if (!Number.isFinite(v)) fail("must be a finite number", String(v));
}

/** Refuses `__proto__` as a key, at the current path. */
export function notProto(key: string): void {
  if (key === "__proto__") {
    enter(key);
    fail("is not accepted: a key that would set a prototype");
  }
}

/** A copy of any JSON value, checked as above; the caller has entered the value's path. */
export function copyRaw(v: unknown): unknown {
  if (typeof v === "number") finite(v);
  if (typeof v !== "object" || v === null) return v;
  if (Array.isArray(v)) {
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      enter(i);
      out[i] = copyRaw(v[i]);
      leave();
    }
    return out;
  }
  const out = Object.create(null);
  for (const k in v) {
    if (!Object.hasOwn(v, k)) continue;
    notProto(k);
    enter(k);
    out[k] = copyRaw((v as Record<string, unknown>)[k]);
    leave();
  }
  return out;
}
