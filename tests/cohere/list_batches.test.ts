import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/list_batches.ts";
import { InputError } from "../../f/core/errors.ts";
import listed from "../../fixtures/cohere/list_batches.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.cohere.com/v2/batches";
const auth = { apiKey: "co-test-key-0123456789" };

describe("cohere/list_batches", () => {
  test("sends paging and ordering as query parameters on a GET, dropping empty form fields", async () => {
    const seen = mock("get", URL, json(listed.response.json));
    await main(auth, { page_size: 100, page_token: "CiQwYjdm+/=", order_by: "updated_at", other: null } as any);
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("GET");
    expect(seen[0].url).toBe(`${URL}?page_size=100&page_token=CiQwYjdm%2B%2F%3D&order_by=updated_at`);
    expect(seen[0].headers.authorization).toBe("Bearer co-test-key-0123456789");
  });

  test("passes an order_by the form does not offer, as the spec types it as a free string", async () => {
    const seen = mock("get", URL, json(listed.response.json));
    await main(auth, { order_by: "created_at desc" } as any);
    expect(seen[0].url).toBe(`${URL}?order_by=created_at+desc`);
  });

  test.each([
    ["a page_size over 1000", { page_size: 5000 }, "body.page_size: must be at most 1000 (got 5000)"],
    ["a page_size of 0", { page_size: 0 }, "body.page_size: must be at least 1 (got 0)"],
    ["a fractional page_size", { page_size: 10.5 }, "body.page_size: must be a whole number (got 10.5)"],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
