//native
//fetch_response_timeout 0
// Change a dedicated endpoint: start or stop it, rename it, rescale it, or set its idle timeout. https://docs.together.ai/reference/updateendpoint
import { dropBlanks } from "../core/blanks.ts";
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { patchJson } from "../core/rest.ts";
import { integer, object, oneOf, refine, string, validate } from "../core/validate.ts";

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
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  // Fields left empty keep their current value: an untouched autoscaling ({} or nulls) is not sent.
  const { endpointId, ...json } = validate(dropBlanks(body), rules);
  // PATCH sets fields to given values, so repeating it is harmless: retried like a read.
  return patchJson(t, path`/endpoints/${endpointId}`, json, options);
}

const CHANGES = ["state", "display_name", "autoscaling", "inactive_timeout"];

const rules = refine(
  object(
    {
      endpointId: string({ nonEmpty: true }),
      state: oneOf("STARTED", "STOPPED"),
      display_name: string(),
      autoscaling: refine(
        object({ min_replicas: integer({ min: 0 }), max_replicas: integer({ min: 1 }) }, [
          "min_replicas",
          "max_replicas",
        ]),
        (a) => (a.max_replicas < a.min_replicas ? ["max_replicas", "must be at least min_replicas"] : undefined),
      ),
      // Minutes idle before Together stops the endpoint; 0 turns the timeout off.
      inactive_timeout: integer({ min: 0 }),
    },
    ["endpointId"],
  ),
  // An update with nothing to change is almost surely a form left half filled.
  (b) => (CHANGES.some((k) => b[k] !== undefined) ? undefined : ["", `needs at least one of ${CHANGES.join(", ")}`]),
);
