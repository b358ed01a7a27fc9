import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/get_job.ts";
import fixture from "../../fixtures/togetherai/get_job.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const BASE = "https://api.together.xyz/v1";
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/get_job", () => {
  test("encodes the job id as one path segment", async () => {
    const seen = mock("get", `${BASE}/jobs/:jobId`, json(fixture.response.json));
    await main(auth, { jobId: "job/../files" });
    expect(seen[0].url).toBe(`${BASE}/jobs/job%2F..%2Ffiles`);
  });

  test("rejects an empty jobId before any request", async () => {
    const err = await failure(main(auth, { jobId: "" }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.jobId: is required");
  });
});
