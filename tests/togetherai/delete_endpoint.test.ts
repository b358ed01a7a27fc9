import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/delete_endpoint.ts";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const endpointId = "endpoint-d23901de-ef8f-44bf-b3e7-de9c1ca8f2d7";
const URL = `https://api.together.xyz/v1/endpoints/${endpointId}`;
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/delete_endpoint", () => {
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

  test("rejects an empty endpointId before any request", async () => {
    const err = await failure(main(auth, { endpointId: "" }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.endpointId: must not be empty");
  });
});
