import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/delete_dataset.ts";
import { InputError } from "../../f/core/errors.ts";
import deleted from "../../fixtures/cohere/delete_dataset.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const BASE = "https://api.cohere.com/v1/datasets";
const auth = { apiKey: "co-test-key-0123456789" };

describe("cohere/delete_dataset", () => {
  test("sends a DELETE for the encoded id with the bearer key and no body", async () => {
    const seen = mock("delete", `${BASE}/:id`, json(deleted.response.json));
    await main(auth, { id: "support articles#1" });
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("DELETE");
    expect(seen[0].url).toBe(`${BASE}/support%20articles%231`);
    expect(seen[0].headers.authorization).toBe("Bearer co-test-key-0123456789");
    expect(seen[0].body).toBeUndefined();
  });

  test("returns a non-empty answer from Cohere unchanged", async () => {
    mock("delete", `${BASE}/ds-1`, json({ id: "ds-1", deleted_parts: 2 }));
    expect(await main(auth, { id: "ds-1" })).toEqual({ id: "ds-1", deleted_parts: 2 });
  });

  test.each([
    ['the id "usage"', { id: "usage" }, 'body.id: cannot be "usage" (that path is the storage-usage operation)'],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
