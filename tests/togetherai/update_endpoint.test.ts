import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/update_endpoint.ts";
import fixture from "../../fixtures/togetherai/update_endpoint.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const endpointId = "endpoint-d23901de-ef8f-44bf-b3e7-de9c1ca8f2d7";
const URL = `https://api.together.xyz/v1/endpoints/${endpointId}`;
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/update_endpoint", () => {
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
