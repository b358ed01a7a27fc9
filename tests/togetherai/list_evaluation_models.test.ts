import { describe, expect, test } from "bun:test";
import { ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/list_evaluation_models.ts";
import fixture from "../../fixtures/togetherai/list_evaluation_models.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/evaluation/model-list";
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/list_evaluation_models", () => {
  test("sends model_source as a query parameter of GET /evaluation/model-list", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth, { model_source: "serverless" });
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(`${URL}?model_source=serverless`);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test-key-0123456789");
  });

  test("leaves the source to Together's default when empty", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth, { model_source: null } as any);
    expect(seen[0].url).toBe(URL);
  });

  test("returns the model list unchanged", async () => {
    mock("get", URL, json(fixture.response.json));
    expect(await main(auth, {})).toEqual(fixture.response.json);
  });

  test("turns a 400 into a ProviderError with Together's message", async () => {
    mock(
      "get",
      URL,
      json({ error: { message: "invalid model_source: gpu", type: "invalid_request_error" } }, { status: 400 }),
    );
    const err = await failure(main(auth, { model_source: "gpu" }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(400);
    expect(err.message).toBe("Together 400: invalid model_source: gpu");
  });
});
