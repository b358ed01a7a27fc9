import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/get_model.ts";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import fixture from "../../fixtures/cohere/get_model.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const auth = { apiKey: "co-test-key-0123456789" };

describe("cohere/get_model", () => {
  test("gets /v1/models/{model} and returns the model unchanged", async () => {
    const seen = mock("get", "https://api.cohere.com/v1/models/command-a-03-2025", json(fixture.response.json));
    const result = await main(auth, { model: "command-a-03-2025" });
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("GET");
    expect(seen[0].url).toBe("https://api.cohere.com/v1/models/command-a-03-2025");
    expect(seen[0].headers.authorization).toBe("Bearer co-test-key-0123456789");
    expect(result).toEqual(fixture.response.json);
  });

  test("encodes the model name as one path segment", async () => {
    const seen = mock("get", "https://api.cohere.com/v1/models/:name", json(fixture.response.json));
    await main(auth, { model: "acme/ft:command r?v=2" });
    expect(seen[0].url).toBe("https://api.cohere.com/v1/models/acme%2Fft%3Acommand%20r%3Fv%3D2");
  });

  test("turns an unknown model into a ProviderError with Cohere's message", async () => {
    mock(
      "get",
      "https://api.cohere.com/v1/models/nope",
      json({ message: "model 'nope' not found" }, { status: 404, headers: { "x-debug-trace-id": "trace-g" } }),
    );
    const err = await failure(main(auth, { model: "nope" }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(404);
    expect(err.message).toBe("Cohere 404: model 'nope' not found (request id trace-g)");
  });

  test("rejects an empty model name before any request", async () => {
    const err = await failure(main(auth, { model: " " }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.model: must not be empty");
  });
});
