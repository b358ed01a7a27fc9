import { describe, expect, test } from "bun:test";
import { ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/list_models.ts";
import fixture from "../../fixtures/togetherai/list_models.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/models";
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/list_models", () => {
  test("sends a GET to /models with the bearer key and no query by default", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth, {});
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("GET");
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test-key-0123456789");
  });

  test("passes the dedicated filter as a query parameter", async () => {
    const seen = mock("get", URL, json([]));
    await main(auth, { dedicated: true });
    expect(seen[0].url).toBe(`${URL}?dedicated=true`);
  });

  test("returns the bare array of models unchanged", async () => {
    mock("get", URL, json(fixture.response.json));
    expect(await main(auth, {})).toEqual(fixture.response.json);
  });

  test("accepts a missing body, as a form left empty sends", async () => {
    mock("get", URL, json([]));
    expect(await main(auth, undefined as any)).toEqual([]);
  });

  test("reports a rejected key as a ProviderError with Together's message", async () => {
    mock(
      "get",
      URL,
      json(
        {
          error: {
            message: "Invalid API key provided",
            type: "invalid_request_error",
            param: null,
            code: "invalid_api_key",
          },
        },
        { status: 401 },
      ),
    );
    const err = await failure(main(auth, {}));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(401);
    expect(err.message).toBe("Together 401: Invalid API key provided");
  });
});
