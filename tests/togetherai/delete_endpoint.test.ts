import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/delete_endpoint.ts";
import fixture from "../../fixtures/togetherai/delete_endpoint.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const endpointId = "endpoint-d23901de-ef8f-44bf-b3e7-de9c1ca8f2d7";
const URL = `https://api.together.xyz/v1/endpoints/${endpointId}`;
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const noContent = () => new Response(null, { status: fixture.response.status });

describe("togetherai/delete_endpoint", () => {
  test("sends DELETE /endpoints/{endpointId} with the bearer key and no body", async () => {
    const seen = mock("delete", URL, noContent());
    await main(auth, { endpointId });
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("DELETE");
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test-key-0123456789");
    expect(seen[0].body).toBeUndefined();
  });

  test("returns null for Together's empty 204 reply", async () => {
    mock("delete", URL, noContent());
    expect(await main(auth, { endpointId })).toBeNull();
  });

  test("does not repeat a delete that failed with a 500, as it may have landed", async () => {
    const seen = mock(
      "delete",
      URL,
      json({ error: { message: "Internal error", type: "server_error" } }, { status: 500 }),
    );
    const err = await failure(main(auth, { endpointId }));
    expect(seen).toHaveLength(1);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(500);
  });

  test("turns a 404 into a ProviderError with Together's message", async () => {
    mock(
      "delete",
      URL,
      json({ error: { message: "endpoint not found", type: "invalid_request_error" } }, { status: 404 }),
    );
    const err = await failure(main(auth, { endpointId }));
    expect(err.message).toBe("Together 404: endpoint not found");
  });

  test("rejects an empty endpointId before any request", async () => {
    const err = await failure(main(auth, { endpointId: "" }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.endpointId: is required");
  });
});
