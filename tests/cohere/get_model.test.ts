import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/get_model.ts";
import { InputError } from "../../f/core/errors.ts";
import fixture from "../../fixtures/cohere/get_model.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const auth = { apiKey: "co-test-key-0123456789" };

describe("cohere/get_model", () => {
  test("encodes the model name as one path segment", async () => {
    const seen = mock("get", "https://api.cohere.com/v1/models/:name", json(fixture.response.json));
    await main(auth, { model: "acme/ft:command r?v=2" });
    expect(seen[0].url).toBe("https://api.cohere.com/v1/models/acme%2Fft%3Acommand%20r%3Fv%3D2");
  });

  test("rejects an empty model name before any request", async () => {
    const err = await failure(main(auth, { model: " " }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.model: must not be empty");
  });
});
