//native
//fetch_response_timeout 0
// Get one endpoint: state, hardware and autoscaling. https://docs.together.ai/reference/getendpoint
import { defineContract, segment } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/get_endpoint.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: { endpointId: string },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: b, options: o } = contract.parse(auth, body, options);
  return getJson(t, path`/endpoints/${b.endpointId}`, o);
}

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    // A path segment: an empty one would turn the call into GET /endpoints/, the list.
    endpointId: segment,
  },
});
