import { describe, expect, test } from "bun:test";
import { ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/list_hardware.ts";
import fixture from "../../fixtures/togetherai/list_hardware.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/hardware";
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/list_hardware", () => {
  test("sends the model filter as a query parameter of GET /hardware", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth, { model: "deepseek-ai/DeepSeek-R1" });
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(`${URL}?model=deepseek-ai%2FDeepSeek-R1`);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test-key-0123456789");
  });

  test("lists every configuration when no model is given", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth, {});
    expect(seen[0].url).toBe(URL);
  });

  test("returns the hardware list unchanged", async () => {
    mock("get", URL, json(fixture.response.json));
    expect(await main(auth, { model: "deepseek-ai/DeepSeek-R1" })).toEqual(fixture.response.json);
  });

  test("turns a 403 into a ProviderError with Together's message", async () => {
    mock("get", URL, json({ error: { message: "Unauthorized", type: "invalid_request_error" } }, { status: 403 }));
    const err = await failure(main(auth, {}));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe("Together 403: Unauthorized");
  });
});
