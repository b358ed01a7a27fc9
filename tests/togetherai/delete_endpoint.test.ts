import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/delete_endpoint.ts";
import { failure, useMockServer } from "../support/mock.ts";

useMockServer();
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/delete_endpoint", () => {
  test("rejects an empty endpointId before any request", async () => {
    const err = await failure(main(auth, { endpointId: "" }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.endpointId: is required");
  });
});
