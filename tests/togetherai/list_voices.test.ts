import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/list_voices.ts";
import fixture from "../../fixtures/togetherai/list_voices.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/voices";
const auth = { api_key: "tgp_v1_test0123456789abcdef" };

describe("togetherai/list_voices", () => {
  test("gets /voices with the bearer key and no query when no model is named", async () => {
    const seen = mock("get", URL, json(fixture.response.json));
    await main(auth, {});
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("GET");
    expect(seen[0].url).toBe(URL);
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test0123456789abcdef");
  });

  test("rejects an empty model name before any request", async () => {
    const err = await failure(main(auth, { model: " " }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.model: must not be empty");
  });
});
