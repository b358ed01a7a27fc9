import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/create_embedding.ts";
import fixture from "../../fixtures/togetherai/create_embedding.json";
import { captureLogs, failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/embeddings";
const auth = { api_key: "tgp_v1_test0123456789abcdef" };
const model = "BAAI/bge-large-en-v1.5";
const input = ["Our solar system orbits the Milky Way.", "Llamas live in the Andes."];

describe("togetherai/create_embedding", () => {
  test("posts model and input as JSON to /embeddings with the bearer key", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    await main(auth, { model, input });
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("POST");
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test0123456789abcdef");
    expect(seen[0].body).toEqual({ model, input });
  });

  test("returns the vectors unchanged, and also accepts a single string", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    expect(await main(auth, { model, input: "one text" as any })).toEqual(fixture.response.json);
    expect(seen[0].body.input).toBe("one text");
  });

  test("retries a 503 as inference is safe to repeat", async () => {
    const busy = json(
      { error: { message: "The server is overloaded", type: "server_error" } },
      { status: 503, headers: { "retry-after-ms": "1" } },
    );
    const seen = mock("post", URL, busy, json(fixture.response.json));
    const logs = captureLogs();
    await main(auth, { model, input }).finally(logs.restore);
    expect(seen).toHaveLength(2);
  });

  test("turns a 401 into a ProviderError that names Together's reason", async () => {
    mock(
      "post",
      URL,
      json(
        { error: { message: "Invalid API key provided.", type: "invalid_request_error", code: "invalid_api_key" } },
        { status: 401 },
      ),
    );
    const err = await failure(main(auth, { model, input }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe("Together 401: Invalid API key provided.");
    expect(err.retryable).toBe(false);
  });

  test.each([
    ["an empty input list", { model, input: [] }, "body.input: must not be empty"],
    [
      "an empty text",
      { model, input: ["ok", " "] },
      "body.input: matches no accepted form: [1] must not be empty; or must be a string (got a list)",
    ],
    ["a missing model", { input }, "body.model: is required"],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
