import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/get_fine_tune_model_limits.ts";
import fixture from "../../fixtures/togetherai/get_fine_tune_model_limits.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/fine-tunes/models/limits";
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const model_name = "Qwen/Qwen2.5-7B-Instruct";

describe("togetherai/get_fine_tune_model_limits", () => {
  test("sends a GET with model_name in the query string", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth, { model_name });
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe(`${URL}?model_name=Qwen%2FQwen2.5-7B-Instruct`);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test-key-0123456789");
  });

  test("returns the limits unchanged", async () => {
    mock("get", URL, json(fixture.response.json));
    expect(await main(auth, { model_name })).toEqual(fixture.response.json);
  });

  test("reports a model that cannot be fine-tuned as a ProviderError 404 with its message", async () => {
    mock("get", URL, json({ message: "Model acme/unknown is not available for fine-tuning" }, { status: 404 }));
    const err = await failure(main(auth, { model_name: "acme/unknown" }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(404);
    expect(err.message).toBe("Together 404: Model acme/unknown is not available for fine-tuning");
  });

  test("rejects a missing model_name before any request", async () => {
    const err = await failure(main(auth, {} as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.model_name: is required");
  });
});
