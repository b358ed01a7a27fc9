// The call options every script takes, with one set of bounds, used by the scripts' validation
// and by the local runner alike: options: { max_retries?, timeout_seconds?, extra_body? }.
import { compile, type Compiled } from "./compile.ts";
import { and, above, atMost, free, int } from "./rules.ts";
import { json, num, obj } from "./shape.ts";
import { walkRoot } from "./walk.ts";

/** At most 10 retries: with backoff and Retry-After waits that is already minutes. */
export const MAX_RETRIES = 10;
/** Windmill's native fetch gives up after 900 s without response headers (windmill.md), so a longer wait never helps. */
export const MAX_TIMEOUT_SECONDS = 900;

export const OPTIONS_SHAPE = obj({ max_retries: num, timeout_seconds: num, extra_body: json });

export const OPTION_RULES = {
  max_retries: int(0, MAX_RETRIES),
  timeout_seconds: and(above(0), atMost(MAX_TIMEOUT_SECONDS)),
  extra_body: free,
};

export interface CallOptions {
  max_retries?: number;
  timeout_seconds?: number;
  extra_body?: Record<string, unknown>;
}

const known = (keys: readonly string[]) => `options takes ${keys.join(", ")}`;

/** The compiled options node; `compileOptions` for a script's own (generated) options shape. */
export const compileOptions = (node = OPTIONS_SHAPE): Compiled => compile(node, OPTION_RULES, {}, "$", known);

let standard: Compiled | undefined;

/** Checks `options` (null, undefined and form leftovers are no options) and returns a clean copy. */
export function checkOptions(options: unknown, c: Compiled = (standard ??= compileOptions())): CallOptions {
  // No options is the common call: nothing to walk when no option is required.
  if ((options === undefined || options === null) && c.required!.length === 0) return {};
  return walkRoot(options ?? {}, c, "options") as CallOptions;
}
