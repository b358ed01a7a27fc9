//native
//fetch_response_timeout 0
// List the endpoints the account can use, dedicated and serverless, optionally filtered. https://docs.together.ai/reference/listendpoints
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { boolean, object, oneOf, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

export async function main(
  auth: Togetherai,
  body: {
    type?: "dedicated" | "serverless";
    usage_type?: "on-demand" | "reserved";
    mine?: boolean;
  },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  // All three are query parameters; fields left empty are dropped, so no filter applies.
  const query = validate(body ?? {}, rules);
  return getJson(t, path`/endpoints`, options, query);
}

const rules = object({
  type: oneOf("dedicated", "serverless"),
  usage_type: oneOf("on-demand", "reserved"),
  mine: boolean,
});
