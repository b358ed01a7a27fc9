import { describe, expect, test } from "bun:test";
import { main } from "../../f/togetherai/list_evaluation_models.ts";
import fixture from "../../fixtures/togetherai/list_evaluation_models.json";
import { json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/evaluation/model-list";
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/list_evaluation_models", () => {
  test("leaves the source to Together's default when empty", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth, { model_source: null } as any);
    expect(seen[0].url).toBe(URL);
  });
});
