import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/create_batch.ts";
import { InputError } from "../../f/core/errors.ts";
import { failure, useMockServer } from "../support/mock.ts";

useMockServer();
const auth = { apiKey: "co-test-key-0123456789" };
const batch = { name: "nightly-ticket-triage", input_dataset_id: "ticket-requests-x4n8wq", model: "command-a-03-2025" };

describe("cohere/create_batch", () => {
  test.each([
    ["a blank name", { ...batch, name: " " }, "body.name: must not be empty"],
    ["a numeric dataset id", { ...batch, input_dataset_id: 42 }, "body.input_dataset_id: must be a string (got 42)"],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
