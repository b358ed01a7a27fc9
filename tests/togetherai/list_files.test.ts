import { describe, expect, test } from "bun:test";
import { ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/list_files.ts";
import fixture from "../../fixtures/togetherai/list_files.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/files";
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/list_files", () => {
  test("sends a GET to /files with the bearer key", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth);
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test-key-0123456789");
  });

  test("returns the file list unchanged, Together's capitalised fields included", async () => {
    mock("get", URL, json(fixture.response.json));
    const result: any = await main(auth);
    expect(result).toEqual(fixture.response.json);
    expect(result.data[0].FileType).toBe("jsonl");
  });

  test("reports a provider failure as a ProviderError", async () => {
    mock(
      "get",
      URL,
      json(
        { error: { message: "This API key is not allowed to read files", type: "permission_error" } },
        { status: 403 },
      ),
    );
    const err = await failure(main(auth));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(403);
    expect(err.message).toBe("Together 403: This API key is not allowed to read files");
  });
});
