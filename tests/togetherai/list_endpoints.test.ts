import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/list_endpoints.ts";
import fixture from "../../fixtures/togetherai/list_endpoints.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/endpoints";
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/list_endpoints", () => {
  test("sends no query string when every filter is left empty", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth, { type: null, mine: null } as any);
    expect(seen[0].url).toBe(URL);
  });

  test("rejects an unknown endpoint type before any request", async () => {
    const err = await failure(main(auth, { type: "shared" } as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe('body.type: must be one of "dedicated", "serverless" (got "shared")');
  });
});
