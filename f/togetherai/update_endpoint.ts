//native
//fetch_response_timeout 0
// Change a dedicated endpoint: start or stop it, rename it, rescale it, or set its idle timeout. https://docs.together.ai/reference/updateendpoint
import { check, checks, defineContract, free, int, segment } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { patchJson } from "../core/rest.ts";
import { shape } from "./shapes/update_endpoint.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: {
    endpointId: string;
    state?: "STARTED" | "STOPPED";
    display_name?: string;
    autoscaling?: { min_replicas: number; max_replicas: number };
    inactive_timeout?: number;
  },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  // Fields left empty keep their current value: an untouched autoscaling ({} or nulls) is not sent.
  const { target: t, body: b, options: o } = contract.parse(auth, body, options);
  const { endpointId, ...json } = b;
  // PATCH sets fields to given values, so repeating it is harmless: retried like a read.
  return patchJson(t, path`/endpoints/${endpointId}`, json, o);
}

const CHANGES = ["state", "display_name", "autoscaling", "inactive_timeout"];

// A deliberate refusal: the spec takes an empty PATCH (the SDK's test sends one), but an update with
// nothing to change is almost surely a form left half filled.
const somethingToChange = check("", `needs at least one of ${CHANGES.join(", ")}`, (b) =>
  CHANGES.every((k) => b[k] === undefined),
);
const maxNotBelowMin = check("max_replicas", "must be at least min_replicas", (a) => a.max_replicas < a.min_replicas);

export const contract = defineContract(shape, {
  sends: "json",
  rules: {
    $: checks(somethingToChange),
    endpointId: segment,
    state: free,
    display_name: free,
    autoscaling: checks(maxNotBelowMin),
    "autoscaling.min_replicas": int(0),
    "autoscaling.max_replicas": int(1),
    // Minutes idle before Together stops the endpoint; 0 turns the timeout off (spec).
    inactive_timeout: int(0),
  },
});
