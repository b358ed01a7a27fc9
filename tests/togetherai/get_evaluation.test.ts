import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/get_evaluation.ts";
import fixture from "../../fixtures/togetherai/get_evaluation.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const id = "eval-7df2-1751287840";
const URL = `https://api.together.xyz/v1/evaluation/${id}`;
const auth = { api_key: "tgp_v1_test-key-0123456789" };

describe("togetherai/get_evaluation", () => {
  test("sends GET /evaluation/{id} with the bearer key", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth, { id });
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test-key-0123456789");
  });

  test("returns the job with its parameters and results unchanged", async () => {
    mock("get", URL, json(fixture.response.json));
    expect(await main(auth, { id })).toEqual(fixture.response.json);
  });

  test("turns a 404 into a ProviderError with Together's message", async () => {
    mock(
      "get",
      URL,
      json({ error: { message: "Evaluation job not found", type: "invalid_request_error" } }, { status: 404 }),
    );
    const err = await failure(main(auth, { id }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(404);
    expect(err.message).toBe("Together 404: Evaluation job not found");
  });

  test("rejects an empty id before any request", async () => {
    const err = await failure(main(auth, { id: "" }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.id: is required");
  });
});
