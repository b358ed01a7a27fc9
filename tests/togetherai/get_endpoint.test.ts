import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/get_endpoint.ts";
import fixture from "../../fixtures/togetherai/get_endpoint.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const endpointId = "endpoint-d23901de-ef8f-44bf-b3e7-de9c1ca8f2d7";
const URL = `https://api.together.xyz/v1/endpoints/${endpointId}`;
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/get_endpoint", () => {
  test("sends GET /endpoints/{endpointId} with the bearer key", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth, { endpointId });
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test-key-0123456789");
  });

  test("encodes the endpoint id as one path segment", async () => {
    const seen = mock("get", "https://api.together.xyz/v1/endpoints/a%2Fb", json(fixture.response.json));
    await main(auth, { endpointId: "a/b" });
    expect(seen).toHaveLength(1);
  });

  test("returns the endpoint unchanged", async () => {
    mock("get", URL, json(fixture.response.json));
    expect(await main(auth, { endpointId })).toEqual(fixture.response.json);
  });

  test("turns a 404 into a ProviderError with Together's message", async () => {
    mock(
      "get",
      URL,
      json(
        { error: { message: "endpoint not found", type: "invalid_request_error", param: null, code: null } },
        { status: 404 },
      ),
    );
    const err = await failure(main(auth, { endpointId }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(404);
    expect(err.message).toBe("Together 404: endpoint not found");
  });

  test("rejects a missing endpointId before any request", async () => {
    const err = await failure(main(auth, {} as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.endpointId: is required");
  });
});
