import { describe, expect, test } from "bun:test";
import { main } from "../../f/togetherai/get_evaluation_status.ts";
import fixture from "../../fixtures/togetherai/get_evaluation_status.json";
import { json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/get_evaluation_status", () => {
  test("encodes the id as one path segment", async () => {
    const seen = mock("get", "https://api.together.xyz/v1/evaluation/eval%20x%2F1/status", json(fixture.response.json));
    await main(auth, { id: "eval x/1" });
    expect(seen).toHaveLength(1);
  });
});
