// The error for a key the shape does not know, with the field it probably meant.
import { didYouMean } from "./did_you_mean.ts";
import { fail } from "./field_path.ts";
import type { Hint } from "./compile.ts";

/** Throws for `key` (already entered on the path); `hint` says what to do instead. */
export function unknownField(key: string, known: readonly string[], hint: Hint): never {
  const near = didYouMean(key, known);
  return fail(`unknown field${near ? ` (did you mean "${near}"?)` : ""}: ${hint(known, near)}`);
}
