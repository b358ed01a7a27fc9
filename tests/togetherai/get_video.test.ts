import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/get_video.ts";
import fixture from "../../fixtures/togetherai/get_video.json";
import { captureLogs, failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const auth = { api_key: "tgp_v1_test0123456789abcdef" };
const id = "019a0068-794a-7213-90f6-cc4eb62e3da7";
const URL = `https://api.together.xyz/v2/videos/${id}`;

describe("togetherai/get_video", () => {
  test("gets /videos/{id} on Together's v2 path with the bearer key, encoding the id", async () => {
    const seen = mock("get", "https://api.together.xyz/v2/videos/a%2Fb", json(fixture.response.json));
    await main(auth, { id: "a/b" });
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("GET");
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test0123456789abcdef");
  });

  test("returns the job unchanged, with the video URL once completed", async () => {
    mock("get", URL, json(fixture.response.json));
    expect(await main(auth, { id })).toEqual(fixture.response.json);
  });

  test("retries a 502 on a read, then returns the job", async () => {
    const seen = mock(
      "get",
      URL,
      json({ error: { message: "Bad gateway" } }, { status: 502, headers: { "retry-after-ms": "1" } }),
      json(fixture.response.json),
    );
    const logs = captureLogs();
    const result = await main(auth, { id }).finally(logs.restore);
    expect(seen).toHaveLength(2);
    expect(result).toEqual(fixture.response.json);
  });

  test("turns a 404 for an unknown id into a ProviderError", async () => {
    mock("get", URL, new Response(null, { status: 404, statusText: "Not Found" }));
    const err = await failure(main(auth, { id }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe("Together 404: Not Found");
  });

  test("rejects an empty id before any request, as a form left blank", async () => {
    const err = await failure(main(auth, { id: "" }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.id: is required");
  });
});
