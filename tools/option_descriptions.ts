// The descriptions of the call options every script on a contract takes: one contract, one text,
// written into each .script.yaml by `npm run metadata` (what is special about an operation's
// retries goes into the options description above them). The bounds come from f/core/options.ts.
import type { Sends } from "../f/core/contract.ts";
import { MAX_RETRIES, MAX_TIMEOUT_SECONDS } from "../f/core/options.ts";

export function optionDescriptions(sends: Sends): Record<string, string> {
  return {
    max_retries: `How many times a failed attempt is retried: 0 to ${MAX_RETRIES}, default 2 (0 turns retries off). Rate limits and overloads are retried, waiting as the provider asks; other failures only where repeating the call is safe.`,
    timeout_seconds: `Seconds each attempt may wait for the response headers, and each silence while reading: above 0, at most ${MAX_TIMEOUT_SECONDS} (Windmill's own limit), default 600.`,
    extra_body:
      sends === "json"
        ? 'Raw JSON: fields this script does not know yet (a new provider parameter), merged into the JSON request body as they are; a field the form already has is refused. e.g. {"new_param": 1}'
        : "Raw JSON: not accepted here, since this operation sends no JSON body (every script takes the same options). e.g. {}",
  };
}
