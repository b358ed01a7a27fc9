import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/get_fine_tune.ts";
import { failure, useMockServer } from "../support/mock.ts";

useMockServer();
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/get_fine_tune", () => {
  test("rejects an id that is not a string before any request", async () => {
    const err = await failure(main(auth, { id: 42 } as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.id: must be a string (got 42)");
  });
});
