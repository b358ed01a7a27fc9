import { describe, expect, test } from "bun:test";
import { ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/list_fine_tunes.ts";
import fixture from "../../fixtures/togetherai/list_fine_tunes.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/fine-tunes";
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/list_fine_tunes", () => {
  test("sends a GET to /fine-tunes with the bearer key", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth);
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test-key-0123456789");
  });

  test("returns the jobs unchanged", async () => {
    mock("get", URL, json(fixture.response.json));
    expect(await main(auth)).toEqual(fixture.response.json);
  });

  test("reports a rejected key as a ProviderError", async () => {
    mock(
      "get",
      URL,
      json({ error: { message: "Invalid API key provided", type: "invalid_request_error" } }, { status: 401 }),
    );
    const err = await failure(main(auth));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe("Together 401: Invalid API key provided");
  });
});
