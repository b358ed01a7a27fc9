import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/get_fine_tune_model_limits.ts";
import { failure, useMockServer } from "../support/mock.ts";

useMockServer();
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/get_fine_tune_model_limits", () => {
  test("rejects a missing model_name before any request", async () => {
    const err = await failure(main(auth, {} as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.model_name: is required");
  });
});
