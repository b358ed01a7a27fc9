//native
//fetch_response_timeout 0
// List hardware configurations for dedicated endpoints, with price and, per model, availability. https://docs.together.ai/reference/listhardware
import { defineContract, nonEmpty } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/list_hardware.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { model?: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: query, options: o } = contract.parse(auth, body, options);
  return getJson(t, path`/hardware`, o, query);
}

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    // A query filter; only with it does each entry carry `availability` (spec: HardwareWithStatus).
    model: nonEmpty,
  },
});
