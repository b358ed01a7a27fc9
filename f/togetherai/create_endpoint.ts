//native
//fetch_response_timeout 0
// Deploy a model on a dedicated endpoint; it starts automatically unless asked otherwise. https://docs.together.ai/reference/createendpoint
import { check, checks, defineContract, free, int, nonEmpty } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { postJson } from "../core/rest.ts";
import { shape } from "./shapes/create_endpoint.ts";

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
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: json, options: o } = contract.parse(auth, body, options);
  // Not idempotent: a repeat after a lost reply would deploy, and bill, a second endpoint,
  // so it is retried only when Together refused it outright (408/429/503).
  return postJson(t, path`/endpoints`, json, o);
}

const maxNotBelowMin = check("max_replicas", "must be at least min_replicas", (a) => a.max_replicas < a.min_replicas);

export const contract = defineContract(shape, {
  sends: "json",
  rules: {
    model: nonEmpty,
    hardware: nonEmpty,
    autoscaling: checks(maxNotBelowMin),
    "autoscaling.min_replicas": int(0),
    "autoscaling.max_replicas": int(1),
    display_name: free,
    state: free,
    // Minutes idle before Together stops the endpoint; 0 turns the timeout off (spec).
    inactive_timeout: int(0),
    availability_zone: nonEmpty,
    disable_speculative_decoding: free,
    disable_prompt_cache: free,
  },
});
