import { describe, expect, test } from "bun:test";
import { ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/list_code_sessions.ts";
import fixture from "../../fixtures/togetherai/list_code_sessions.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/tci/sessions";
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/list_code_sessions", () => {
  test("sends GET /tci/sessions with the bearer key", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth);
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test-key-0123456789");
  });

  test("returns the sessions unchanged", async () => {
    mock("get", URL, json(fixture.response.json));
    expect(await main(auth)).toEqual(fixture.response.json);
  });

  test("turns a 401 into a ProviderError without echoing the key", async () => {
    mock(
      "get",
      URL,
      json(
        { error: { message: "Invalid API key provided: tgp_v1_test-key-0123456789", type: "invalid_request_error" } },
        { status: 401 },
      ),
    );
    const err = await failure(main(auth));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(401);
    expect(err.message).toBe("Together 401: Invalid API key provided: [redacted]");
  });
});
