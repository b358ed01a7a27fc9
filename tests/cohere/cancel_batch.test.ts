import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/cancel_batch.ts";
import { InputError } from "../../f/core/errors.ts";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const BASE = "https://api.cohere.com/v2/batches";
const auth = { apiKey: "co-test-key-0123456789" };
const id = "9439e0e3-49a4-4336-93e3-485fc420bc18";

// MSW reads ":name" in a URL pattern as a parameter: the literal colon is escaped as "\\:".
const CANCEL = `${BASE}/:id\\:cancel`;

describe("cohere/cancel_batch", () => {
  test("encodes the id, a colon in it included, and keeps :cancel as written", async () => {
    const seen = mock("post", CANCEL, json({}));
    await main(auth, { id: "a:b/c" });
    expect(seen[0].url).toBe(`${BASE}/a%3Ab%2Fc:cancel`);
  });

  test("returns a non-empty answer from Cohere unchanged", async () => {
    mock("post", CANCEL, json({ batch: { id, status: "BATCH_STATUS_CANCELING" } }));
    expect(await main(auth, { id })).toEqual({ batch: { id, status: "BATCH_STATUS_CANCELING" } });
  });

  test("refuses an empty id (a form leftover) as missing, before any request", async () => {
    const err = await failure(main(auth, { id: "" }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.id: is required");
  });
});
