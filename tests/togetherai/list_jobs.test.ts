import { describe, expect, test } from "bun:test";
import { ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/list_jobs.ts";
import fixture from "../../fixtures/togetherai/list_jobs.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/jobs";
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/list_jobs", () => {
  test("sends a GET to /jobs with the bearer key", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth);
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test-key-0123456789");
  });

  test("returns the list of jobs unchanged", async () => {
    mock("get", URL, json(fixture.response.json));
    expect(await main(auth)).toEqual(fixture.response.json);
  });

  test("uses the resource's base URL when one is set", async () => {
    const seen = mock("get", "https://api.together.ai/v1/jobs", json({ data: [] }));
    await main({ ...auth, base_url: "https://api.together.ai/v1/" });
    expect(seen).toHaveLength(1);
  });

  test("reports a rejected key as a ProviderError", async () => {
    mock("get", URL, json({ error: { message: "Unauthorized", type: "invalid_request_error" } }, { status: 401 }));
    const err = await failure(main(auth));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(401);
    expect(err.message).toBe("Together 401: Unauthorized");
  });
});
