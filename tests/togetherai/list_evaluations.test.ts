import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/list_evaluations.ts";
import fixture from "../../fixtures/togetherai/list_evaluations.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/evaluation";
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/list_evaluations", () => {
  test("sends status and limit as query parameters of GET /evaluation", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth, { status: "completed", limit: 25 });
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(`${URL}?status=completed&limit=25`);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test-key-0123456789");
  });

  test("sends no query string when the filters are left empty", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth, { status: null, limit: null } as any);
    expect(seen[0].url).toBe(URL);
  });

  test("returns the bare array of jobs unchanged", async () => {
    mock("get", URL, json(fixture.response.json));
    expect(await main(auth, {})).toEqual(fixture.response.json);
  });

  test("turns a 400 into a ProviderError with Together's message", async () => {
    mock(
      "get",
      URL,
      json({ error: { message: "Invalid request format", type: "invalid_request_error" } }, { status: 400 }),
    );
    const err = await failure(main(auth, {}));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe("Together 400: Invalid request format");
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
