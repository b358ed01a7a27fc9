import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/get_job.ts";
import fixture from "../../fixtures/togetherai/get_job.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const BASE = "https://api.together.xyz/v1";
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const jobId = fixture.response.json.job_id;

describe("togetherai/get_job", () => {
  test("sends a GET to /jobs/{jobId} with the bearer key", async () => {
    const seen = mock("get", `${BASE}/jobs/${jobId}`, json(fixture.response.json));
    await main(auth, { jobId });
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(`${BASE}/jobs/${jobId}`);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test-key-0123456789");
  });

  test("encodes the job id as one path segment", async () => {
    const seen = mock("get", `${BASE}/jobs/:jobId`, json(fixture.response.json));
    await main(auth, { jobId: "job/../files" });
    expect(seen[0].url).toBe(`${BASE}/jobs/job%2F..%2Ffiles`);
  });

  test("returns the job with its status history unchanged", async () => {
    mock("get", `${BASE}/jobs/${jobId}`, json(fixture.response.json));
    expect(await main(auth, { jobId })).toEqual(fixture.response.json);
  });

  test("reports an unknown job as a ProviderError 404", async () => {
    mock(
      "get",
      `${BASE}/jobs/job-missing`,
      json({ error: { message: "job not found", type: "not_found" } }, { status: 404 }),
    );
    const err = await failure(main(auth, { jobId: "job-missing" }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(404);
    expect(err.message).toBe("Together 404: job not found");
  });

  test("rejects an empty jobId before any request", async () => {
    const err = await failure(main(auth, { jobId: "" }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.jobId: is required");
  });
});
