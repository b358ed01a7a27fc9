import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/list_models.ts";
import { InputError } from "../../f/core/errors.ts";
import fixture from "../../fixtures/cohere/list_models.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.cohere.com/v1/models";
const auth = { apiKey: "co-test-key-0123456789" };

describe("cohere/list_models", () => {
  test("puts the filters and paging in the query string", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth, { page_size: 50, page_token: "eyJvZmZzZXQiOjN9", endpoint: "chat", default_only: true });
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("GET");
    expect(seen[0].url).toBe(`${URL}?page_size=50&page_token=eyJvZmZzZXQiOjN9&endpoint=chat&default_only=true`);
    expect(seen[0].headers.authorization).toBe("Bearer co-test-key-0123456789");
    expect(seen[0].body).toBeUndefined();
  });

  test("lists everything with no filters, leaving out the form's empty fields, and returns the page unchanged", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    const result = await main(auth, { page_size: null, endpoint: null } as any);
    expect(seen[0].url).toBe(URL);
    expect(result).toEqual(fixture.response.json);
    expect(await main(auth)).toEqual(fixture.response.json);
  });

  test("passes a fractional page_size, as the spec types it number and Cohere's SDK sends 1.1", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth, { page_size: 1.1 });
    expect(seen[0].url).toBe(`${URL}?page_size=1.1`);
  });

  test.each([
    ["a page_size above 1000", { page_size: 1001 }, "body.page_size: must be at most 1000 (got 1001)"],
    ["a page_size of 0", { page_size: 0 }, "body.page_size: must be at least 1 (got 0)"],
    [
      "an unknown endpoint",
      { endpoint: "chat/v2" },
      'body.endpoint: must be one of "chat", "embed", "classify", "summarize", "rerank", "rate", "generate" (got "chat/v2")',
    ],
    [
      "default_only without endpoint",
      { default_only: true },
      "body.default_only: needs endpoint (spec: only valid when endpoint is provided)",
    ],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
