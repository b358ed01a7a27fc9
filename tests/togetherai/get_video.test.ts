import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/get_video.ts";
import fixture from "../../fixtures/togetherai/get_video.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const auth = { api_key: "tgp_v1_test0123456789abcdef" };

describe("togetherai/get_video", () => {
  test("gets /videos/{id} on Together's v2 path with the bearer key, encoding the id", async () => {
    const seen = mock("get", "https://api.together.xyz/v2/videos/a%2Fb", json(fixture.response.json));
    await main(auth, { id: "a/b" });
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("GET");
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test0123456789abcdef");
  });

  test("rejects an empty id before any request", async () => {
    const err = await failure(main(auth, { id: "" }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.id: is required");
  });
});
