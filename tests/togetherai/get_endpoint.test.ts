import { describe, expect, test } from "bun:test";
import { main } from "../../f/togetherai/get_endpoint.ts";
import fixture from "../../fixtures/togetherai/get_endpoint.json";
import { json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/get_endpoint", () => {
  test("encodes the endpoint id as one path segment", async () => {
    const seen = mock("get", "https://api.together.xyz/v1/endpoints/a%2Fb", json(fixture.response.json));
    await main(auth, { endpointId: "a/b" });
    expect(seen).toHaveLength(1);
  });
});
