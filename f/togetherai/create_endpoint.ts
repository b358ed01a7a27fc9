//native
//fetch_response_timeout 0
// Deploy a model on a dedicated endpoint; it starts automatically unless asked otherwise. https://docs.together.ai/reference/createendpoint
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { postJson } from "../core/rest.ts";
import { boolean, integer, object, oneOf, refine, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: {
    model: string;
    hardware: string;
    autoscaling: { min_replicas: number; max_replicas: number };
    display_name?: string;
    state?: "STARTED" | "STOPPED";
    inactive_timeout?: number;
    availability_zone?: string;
    disable_speculative_decoding?: boolean;
    // Deprecated by Together and without effect (spec); kept so existing payloads still pass.
    disable_prompt_cache?: boolean;
  },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  const json = validate(body, rules);
  // Not idempotent: a repeat after a lost reply would deploy, and bill, a second endpoint,
  // so it is retried only when Together refused it outright (408/429/503).
  return postJson(t, path`/endpoints`, json, options);
}

const autoscaling = refine(
  object({ min_replicas: integer({ min: 0 }), max_replicas: integer({ min: 1 }) }, ["min_replicas", "max_replicas"]),
  (a) => (a.max_replicas < a.min_replicas ? ["max_replicas", "must be at least min_replicas"] : undefined),
);

const rules = object(
  {
    model: string({ nonEmpty: true }),
    hardware: string({ nonEmpty: true }),
    autoscaling,
    display_name: string(),
    state: oneOf("STARTED", "STOPPED"),
    // Minutes idle before Together stops the endpoint; 0 turns the timeout off.
    inactive_timeout: integer({ min: 0 }),
    availability_zone: string({ nonEmpty: true }),
    disable_speculative_decoding: boolean,
    disable_prompt_cache: boolean,
  },
  ["model", "hardware", "autoscaling"],
);
