import { describe, expect, test } from "bun:test";
import { main } from "../../f/togetherai/list_models.ts";
import fixture from "../../fixtures/togetherai/list_models.json";
import { json, mock, useMockServer } from "../support/mock.ts";

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

  test("accepts a missing body, as a form left empty sends", async () => {
    mock("get", URL, json([]));
    expect(await main(auth, undefined as any)).toEqual([]);
  });
});
