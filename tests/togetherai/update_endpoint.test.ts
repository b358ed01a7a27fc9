import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/update_endpoint.ts";
import fixture from "../../fixtures/togetherai/update_endpoint.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const endpointId = "endpoint-d23901de-ef8f-44bf-b3e7-de9c1ca8f2d7";
const URL = `https://api.together.xyz/v1/endpoints/${endpointId}`;
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/update_endpoint", () => {
  test("sends PATCH /endpoints/{endpointId} with the changes, not the id, as JSON", async () => {
    const seen = mock("patch", URL, json(fixture.response.json));
    await main(auth, {
      endpointId,
      state: "STOPPED",
      autoscaling: { min_replicas: 1, max_replicas: 3 },
      inactive_timeout: 0,
    });
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("PATCH");
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test-key-0123456789");
    expect(seen[0].body).toEqual({
      state: "STOPPED",
      autoscaling: { min_replicas: 1, max_replicas: 3 },
      inactive_timeout: 0,
    });
  });

  test("leaves out fields the form left empty, such as an untouched autoscaling", async () => {
    const seen = mock("patch", URL, json(fixture.response.json));
    await main(auth, {
      endpointId,
      state: "STARTED",
      display_name: "",
      autoscaling: { min_replicas: null, max_replicas: null },
    } as any);
    expect(seen[0].body).toEqual({ state: "STARTED" });
  });

  test("returns the endpoint in its new state unchanged", async () => {
    mock("patch", URL, json(fixture.response.json));
    expect(await main(auth, { endpointId, state: "STOPPED" })).toEqual(fixture.response.json);
  });

  test("turns a 404 into a ProviderError with Together's message", async () => {
    mock(
      "patch",
      URL,
      json({ error: { message: "endpoint not found", type: "invalid_request_error" } }, { status: 404 }),
    );
    const err = await failure(main(auth, { endpointId, display_name: "renamed" }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(404);
    expect(err.message).toBe("Together 404: endpoint not found");
  });

  test.each([
    [
      "an update with nothing to change",
      { endpointId, state: null },
      "body: needs at least one of state, display_name, autoscaling, inactive_timeout",
    ],
    ["an empty endpointId", { endpointId: "", state: "STARTED" }, "body.endpointId: is required"],
    ["a blank endpointId", { endpointId: "  ", state: "STARTED" }, "body.endpointId: must not be empty"],
    [
      "autoscaling without max_replicas",
      { endpointId, autoscaling: { min_replicas: 1 } },
      "body.autoscaling.max_replicas: is required",
    ],
  ])("rejects %s before any request", async (_, input, message) => {
    const err = await failure(main(auth, input as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
