import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/get_fine_tune_metrics.ts";
import fixture from "../../fixtures/togetherai/get_fine_tune_metrics.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const BASE = "https://api.together.xyz/v1";
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const id = "ft-5d3a2c1b-8e4f-4a6b-9c7d-0e1f2a3b4c5d";
const URL = `${BASE}/fine-tunes/${id}/metrics`;

describe("togetherai/get_fine_tune_metrics", () => {
  test("sends a GET with no query when no filter is given", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth, { id });
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test-key-0123456789");
  });

  test("puts the filters in the query string, not in a body", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth, {
      id,
      global_step_from: 10,
      global_step_to: 500,
      logged_at_from: "2025-03-11T22:00:00Z",
      logged_at_to: "2025-03-12T06:00:00+01:00",
      resolution: 100,
    });
    expect(seen[0].url).toBe(
      `${URL}?global_step_from=10&global_step_to=500&logged_at_from=2025-03-11T22%3A00%3A00Z&logged_at_to=2025-03-12T06%3A00%3A00%2B01%3A00&resolution=100`,
    );
    expect(seen[0].body).toBeUndefined();
  });

  test.each([
    ["a negative step", { id, global_step_from: -1 }, "body.global_step_from: must be at least 0 (got -1)"],
    ["a fractional step", { id, global_step_to: 2.5 }, "body.global_step_to: must be a whole number (got 2.5)"],
    [
      "a reversed step range",
      { id, global_step_from: 50, global_step_to: 10 },
      "body.global_step_to: must not be below global_step_from",
    ],
    [
      "a date without a time zone",
      { id, logged_at_from: "2025-03-11 22:00" },
      'body.logged_at_from: must be an ISO-8601 date-time with a zone, e.g. 2024-01-01T00:00:00Z (got "2025-03-11 22:00")',
    ],
    [
      "a reversed time range",
      { id, logged_at_from: "2025-03-12T00:00:00Z", logged_at_to: "2025-03-11T00:00:00Z" },
      "body.logged_at_to: must not be before logged_at_from",
    ],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
