import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/get_file.ts";
import fixture from "../../fixtures/togetherai/get_file.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const BASE = "https://api.together.xyz/v1";
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const id = fixture.response.json.id;

describe("togetherai/get_file", () => {
  test("sends a GET to /files/{id} with the bearer key", async () => {
    const seen = mock("get", `${BASE}/files/${id}`, json(fixture.response.json));
    await main(auth, { id });
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(`${BASE}/files/${id}`);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test-key-0123456789");
  });

  test("returns the file's metadata unchanged", async () => {
    mock("get", `${BASE}/files/${id}`, json(fixture.response.json));
    expect(await main(auth, { id })).toEqual(fixture.response.json);
  });

  test("reports an unknown file as a ProviderError 404", async () => {
    mock(
      "get",
      `${BASE}/files/file-missing`,
      json({ error: { message: "File not found", type: "invalid_request_error", param: "id" } }, { status: 404 }),
    );
    const err = await failure(main(auth, { id: "file-missing" }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(404);
    expect(err.message).toBe("Together 404: File not found");
  });

  test("rejects a missing id before any request", async () => {
    const err = await failure(main(auth, {} as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.id: is required");
  });
});
