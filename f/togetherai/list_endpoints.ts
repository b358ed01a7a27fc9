//native
//fetch_response_timeout 0
// List the endpoints the account can use, dedicated and serverless, optionally filtered. https://docs.together.ai/reference/listendpoints
import { defineContract, free } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/list_endpoints.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: {
    type?: "dedicated" | "serverless";
    usage_type?: "on-demand" | "reserved";
    mine?: boolean;
  },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: query, options: o } = contract.parse(auth, body, options);
  // All three are query parameters; fields left empty are dropped, so no filter applies.
  return getJson(t, path`/endpoints`, o, query);
}

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    type: free,
    usage_type: free,
    mine: free,
  },
});
