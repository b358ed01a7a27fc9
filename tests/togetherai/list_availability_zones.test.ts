import { describe, expect, test } from "bun:test";
import { ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/list_availability_zones.ts";
import fixture from "../../fixtures/togetherai/list_availability_zones.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/clusters/availability-zones";
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/list_availability_zones", () => {
  test("sends GET /clusters/availability-zones below the resource's base URL", async () => {
    const seen = mock("get", "https://api.together.ai/v1/clusters/availability-zones", json(fixture.response.json));
    await main({ ...auth, base_url: "https://api.together.ai/v1/" });
    expect(seen).toHaveLength(1);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test-key-0123456789");
  });

  test("returns the zone list unchanged", async () => {
    mock("get", URL, json(fixture.response.json));
    expect(await main(auth)).toEqual(fixture.response.json);
  });

  test("turns a 401 into a ProviderError with Together's message", async () => {
    mock(
      "get",
      URL,
      json({ error: { message: "Invalid API key provided", type: "invalid_request_error" } }, { status: 401 }),
    );
    const err = await failure(main(auth));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(401);
    expect(err.message).toBe("Together 401: Invalid API key provided");
  });
});
