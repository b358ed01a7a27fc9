import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/create_batch.ts";
import fixture from "../../fixtures/togetherai/create_batch.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/batches";
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const body = { endpoint: "/v1/chat/completions", input_file_id: "file-6c1d9e2a-3f47-4b8e-a0d5-91c2e7f4b3a6" };

describe("togetherai/create_batch", () => {
  test("leaves out optional fields the form sent as null", async () => {
    const seen = mock("post", URL, json(fixture.response.json, { status: 201 }));
    await main(auth, { ...body, completion_window: null, priority: null } as any);
    expect(seen[0].body).toEqual(body);
  });

  test("turns a 400 {error} string into a ProviderError", async () => {
    mock("post", URL, json({ error: "input file not found" }, { status: 400 }));
    const err = await failure(main(auth, body));
    expect(err.status).toBe(400);
    expect(err.providerMessage).toBe("input file not found");
  });

  test.each([
    ["an empty endpoint", { ...body, endpoint: "" }, "body.endpoint: is required"],
    ["a fractional priority", { ...body, priority: 1.5 }, "body.priority: must be a whole number (got 1.5)"],
  ])("rejects %s before any request", async (_, input, message) => {
    const err = await failure(main(auth, input as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
