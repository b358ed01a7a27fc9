import { describe, expect, test } from "bun:test";
import { main } from "../../f/togetherai/list_hardware.ts";
import fixture from "../../fixtures/togetherai/list_hardware.json";
import { json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/hardware";
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/list_hardware", () => {
  test("lists every configuration when no model is given", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth, {});
    expect(seen[0].url).toBe(URL);
  });
});
