import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/list_endpoints.ts";
import fixture from "../../fixtures/togetherai/list_endpoints.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/endpoints";
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/list_endpoints", () => {
  test("sends the filters as query parameters of GET /endpoints", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth, { type: "dedicated", usage_type: "on-demand", mine: true });
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(`${URL}?type=dedicated&usage_type=on-demand&mine=true`);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test-key-0123456789");
  });

  test("sends no query string when every filter is left empty", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth, { type: null, mine: null } as any);
    expect(seen[0].url).toBe(URL);
  });

  test("returns Together's list object unchanged", async () => {
    mock("get", URL, json(fixture.response.json));
    expect(await main(auth, {})).toEqual(fixture.response.json);
  });

  test("turns a 403 into a ProviderError with Together's message", async () => {
    mock("get", URL, json({ error: { message: "Unauthorized", type: "invalid_request_error" } }, { status: 403 }));
    const err = await failure(main(auth, {}));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(403);
    expect(err.message).toBe("Together 403: Unauthorized");
  });

  test("rejects an unknown endpoint type before any request", async () => {
    const err = await failure(main(auth, { type: "shared" } as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe('body.type: must be one of "dedicated", "serverless" (got "shared")');
  });
});
