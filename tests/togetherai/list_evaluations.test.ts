import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/list_evaluations.ts";
import fixture from "../../fixtures/togetherai/list_evaluations.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/evaluation";
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/list_evaluations", () => {
  test("sends no query string when the filters are left empty", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth, { status: null, limit: null } as any);
    expect(seen[0].url).toBe(URL);
  });

  test.each([
    ["a limit over 100", { limit: 500 }, "body.limit: must be at most 100 (got 500)"],
    ["a limit of 0", { limit: 0 }, "body.limit: must be at least 1 (got 0)"],
    [
      "an unknown status",
      { status: "done" },
      'body.status: must be one of "pending", "queued", "running", "completed", "error", "user_error" (got "done")',
    ],
  ])("rejects %s before any request", async (_, input, message) => {
    const err = await failure(main(auth, input as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
