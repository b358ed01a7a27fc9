// Descriptions of the call options every script takes, written into a .script.yaml where the
// field has none yet (hand-written ones are kept). The bounds come from f/core/options.ts.
import { MAX_RETRIES, MAX_TIMEOUT_SECONDS } from "../f/core/options.ts";

export const OPTION_DESCRIPTIONS: Record<string, string> = {
  max_retries: `How many times a failed attempt is retried (0 to ${MAX_RETRIES}, default 2): rate limits, overloads and, where repeating is safe, network errors.`,
  timeout_seconds: `Seconds each attempt may wait for the response headers, and each silence while reading (above 0, at most ${MAX_TIMEOUT_SECONDS}; default 600).`,
  extra_body:
    'Raw JSON: fields this script does not know yet, merged into the JSON request body as they are (never over a field the form has), e.g. {"new_param": 1}',
};
