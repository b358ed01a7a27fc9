// Raw JSON (a field typed `object`, options.extra_body) stays open, but is copied as data: own
// properties only, onto null-prototype objects, so no key can act on a prototype. `__proto__` is
// refused, as are numbers JSON cannot carry (JSON.stringify would send them as null).
import { at, fail } from "./field_path.ts";

export const PROTO = "is not accepted: a key that would set a prototype";

/** Refuses a number JSON cannot carry: NaN, ±Infinity (also what 1e309 parses to). */
export function finite(v: number): void {
  if (!Number.isFinite(v)) fail("must be a finite number", String(v));
}

/** A copy of any JSON value, checked as above. */
export function copyRaw(v: unknown): unknown {
  if (typeof v !== "object" || v === null) {
    if (typeof v === "number") finite(v);
    return v;
  }
  if (Array.isArray(v)) {
    const out = new Array(v.length);
    let i = 0;
    try {
      for (; i < v.length; i++) out[i] = copyRaw(v[i]);
    } catch (e) {
      throw at(e, i);
    }
    return out;
  }
  const out = Object.create(null);
  const keys = Object.keys(v);
  let k = "";
  try {
    for (let i = 0; i < keys.length; i++) {
      k = keys[i]!;
      if (k === "__proto__") fail(PROTO);
      out[k] = copyRaw((v as Record<string, unknown>)[k]);
    }
  } catch (e) {
    throw at(e, k);
  }
  return out;
}
