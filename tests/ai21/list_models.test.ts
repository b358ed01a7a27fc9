import { describe, expect, test } from "bun:test";
import { main } from "../../f/ai21/list_models.ts";
import fixture from "../../fixtures/ai21/list_models.json";
import { json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const auth = { apiKey: "ai21-test-key-0123456789" };

describe("ai21/list_models", () => {
  test("lists a self-hosted Jamba deployment's models through the resource's base URL", async () => {
    const seen = mock("get", "http://jamba.internal:8000/v1/models", json(fixture.response.json));
    await main({ ...auth, baseUrl: "http://jamba.internal:8000/v1/" });
    expect(seen).toHaveLength(1);
  });
});
