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

  test("passes any status string and a limit of 0, as the spec allows and the SDK's test sends", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth, { status: "status", limit: 0 } as any);
    expect(seen[0].url).toBe(`${URL}?status=status&limit=0`);
  });

  test("rejects a limit over 100 before any request", async () => {
    const err = await failure(main(auth, { limit: 500 }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.limit: must be at most 100 (got 500)");
  });
});
