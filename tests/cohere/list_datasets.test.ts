import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/list_datasets.ts";
import { InputError } from "../../f/core/errors.ts";
import listed from "../../fixtures/cohere/list_datasets.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.cohere.com/v1/datasets";
const auth = { apiKey: "co-test-key-0123456789" };

describe("cohere/list_datasets", () => {
  test("sends the filters as camelCase query parameters on a GET, dropping empty form fields", async () => {
    const seen = mock("get", URL, json(listed.response.json));
    const body = {
      datasetType: "embed-input",
      after: "2026-05-01T00:00:00.000Z",
      limit: 20,
      offset: 40,
      validationStatus: "validated",
      before: null,
    };
    await main(auth, body as any);
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("GET");
    expect(seen[0].url).toBe(
      `${URL}?datasetType=embed-input&after=2026-05-01T00%3A00%3A00.000Z&limit=20&offset=40&validationStatus=validated`,
    );
    expect(seen[0].headers.authorization).toBe("Bearer co-test-key-0123456789");
    expect(seen[0].body).toBeUndefined();
  });

  test("lists everything when called with no filters", async () => {
    const seen = mock("get", URL, json(listed.response.json));
    expect(await main(auth)).toEqual(listed.response.json);
    expect(seen[0].url).toBe(URL);
  });

  test("passes what the spec's types allow and the form does not offer, as Cohere's SDK sends them", async () => {
    const seen = mock("get", URL, json(listed.response.json));
    await main(auth, { datasetType: "datasetType", limit: 1.1, offset: 1.1 } as any);
    expect(seen[0].url).toBe(`${URL}?datasetType=datasetType&limit=1.1&offset=1.1`);
  });

  test.each([
    [
      "a date that is not ISO 8601",
      { before: "05/01/2026" },
      'body.before: must be an ISO 8601 date-time such as 2026-05-01T00:00:00Z (got "05/01/2026")',
    ],
    ["a limit of 0", { limit: 0 }, "body.limit: must be at least 1 (got 0)"],
    ["a negative offset", { offset: -1 }, "body.offset: must be at least 0 (got -1)"],
    [
      "an unknown validation status",
      { validationStatus: "done" },
      'body.validationStatus: must be one of "unknown", "queued", "processing", "failed", "validated", "skipped" (got "done")',
    ],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
