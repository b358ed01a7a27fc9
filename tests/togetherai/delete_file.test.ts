import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/delete_file.ts";
import fixture from "../../fixtures/togetherai/delete_file.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const BASE = "https://api.together.xyz/v1";
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const id = fixture.response.json.id;

describe("togetherai/delete_file", () => {
  test("does not repeat a delete that failed with a 500, since it may have landed", async () => {
    const seen = mock(
      "delete",
      `${BASE}/files/${id}`,
      json({ error: { message: "internal error", type: "server_error" } }, { status: 500 }),
    );
    const err = await failure(main(auth, { id }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe("Together 500: internal error");
    expect(seen).toHaveLength(1);
  });

  test("rejects an empty id, which would aim the DELETE at /files", async () => {
    const err = await failure(main(auth, { id: "  " }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.id: must not be empty");
  });
});
