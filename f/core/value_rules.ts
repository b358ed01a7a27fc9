// A rule's bounds, lengths and patterns on one string or number the walk has type-checked.
import { fail, show } from "./field_path.ts";
import type { Rule } from "./rules.ts";

const HAS_TEXT = /\S/;

export function textRules(v: string, r: Rule): void {
  if (r.nonEmpty && !HAS_TEXT.test(v)) fail("must not be empty");
  if (r.segment && (v === "." || v === "..")) fail("cannot be a dot segment: it would climb the URL path", show(v));
  if (r.minLength !== undefined && v.length < r.minLength) fail(`must have at least ${r.minLength} characters`);
  if (r.maxLength !== undefined && v.length > r.maxLength)
    fail(`must have at most ${r.maxLength} characters`, String(v.length));
  if (r.pattern && !r.pattern.test(v)) fail(`must be ${r.patternName}`, show(v));
}

export function numberRules(v: number, r: Rule): void {
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
