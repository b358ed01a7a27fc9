//native
//fetch_response_timeout 0
// List hardware configurations for dedicated endpoints, with price and, per model, availability. https://docs.together.ai/reference/listhardware
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { object, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { model?: string },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  // `model` is a query filter; only with it does each entry carry `availability` (spec: HardwareWithStatus).
  const query = validate(body ?? {}, rules);
  return getJson(t, path`/hardware`, options, query);
}

const rules = object({ model: string({ nonEmpty: true }) });
