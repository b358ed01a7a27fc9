import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/cancel_batch.ts";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import cancelled from "../../fixtures/cohere/cancel_batch.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const BASE = "https://api.cohere.com/v2/batches";
const auth = { apiKey: "co-test-key-0123456789" };
const id = "9439e0e3-49a4-4336-93e3-485fc420bc18";

// MSW reads ":name" in a URL pattern as a parameter: the literal colon is escaped as "\\:".
const CANCEL = `${BASE}/:id\\:cancel`;

describe("cohere/cancel_batch", () => {
  test("POSTs to /v2/batches/{id}:cancel with a literal colon, the bearer key and no body", async () => {
    const seen = mock("post", CANCEL, json(cancelled.response.json));
    await main(auth, { id });
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("POST");
    expect(seen[0].url).toBe(`${BASE}/${id}:cancel`);
    expect(seen[0].headers.authorization).toBe("Bearer co-test-key-0123456789");
    expect(seen[0].body).toBeUndefined();
  });

  test("encodes the id, a colon in it included, and keeps :cancel as written", async () => {
    const seen = mock("post", CANCEL, json({}));
    await main(auth, { id: "a:b/c" });
    expect(seen[0].url).toBe(`${BASE}/a%3Ab%2Fc:cancel`);
  });

  test("answers Cohere's empty object with which batch's cancellation was requested", async () => {
    mock("post", CANCEL, json(cancelled.response.json));
    expect(await main(auth, { id })).toEqual({ id, cancel_requested: true });
  });

  test("returns a non-empty answer from Cohere unchanged", async () => {
    mock("post", CANCEL, json({ batch: { id, status: "BATCH_STATUS_CANCELING" } }));
    expect(await main(auth, { id })).toEqual({ batch: { id, status: "BATCH_STATUS_CANCELING" } });
  });

  test("turns a 404 into a ProviderError with Cohere's message", async () => {
    const seen = mock(
      "post",
      CANCEL,
      json({ message: "batch not found" }, { status: 404, headers: { "x-debug-trace-id": "trace-404" } }),
    );
    const err = await failure(main(auth, { id: "missing" }));
    expect(seen).toHaveLength(1);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe("Cohere 404: batch not found (request id trace-404)");
  });

  test("refuses an empty id (a form leftover) as missing, before any request", async () => {
    const err = await failure(main(auth, { id: "" }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.id: is required");
  });
});
