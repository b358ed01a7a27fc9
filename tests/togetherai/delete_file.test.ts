import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/delete_file.ts";
import { failure, useMockServer } from "../support/mock.ts";

useMockServer();
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/delete_file", () => {
  test("rejects an empty id, which would aim the DELETE at /files", async () => {
    const err = await failure(main(auth, { id: "  " }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.id: must not be empty");
  });
});
