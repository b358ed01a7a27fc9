// upload_file finishes as both Python SDKs do, with POST /files/{id}/preprocess, and a stalled slot
// reply is a timeout.
import { describe, expect, spyOn, test } from "bun:test";
import { ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/upload_file.ts";
import fileInfo from "../../fixtures/togetherai/get_file.json";
import preprocessed from "../../fixtures/togetherai/upload_file.preprocess.json";
import slot from "../../fixtures/togetherai/upload_file.json";
import { http, passthrough } from "msw";
import { failure, json, mock, server as msw, useMockServer } from "../support/mock.ts";

useMockServer();
const BASE = "https://api.together.xyz/v1";
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const FILE_ID = slot.response.headers["x-together-file-id"];
const STORAGE = slot.response.headers.location.split("?")[0]!;
const body = { file: btoa('{"messages":[]}\n'), file_name: "a.jsonl", purpose: "fine-tune" as const };
const redirect = () => new Response(null, { status: 302, headers: slot.response.headers });

describe("togetherai/upload_file preprocess", () => {
  test("ends with POST /files/{id}/preprocess and returns its reply", async () => {
    mock("post", `${BASE}/files`, redirect);
    const put = mock("put", STORAGE, new Response(null, { status: 200 }));
    const pre = mock("post", `${BASE}/files/${FILE_ID}/preprocess`, json(preprocessed.response.json));
    const get = mock("get", `${BASE}/files/${FILE_ID}`, json(fileInfo.response.json));
    expect(await main(auth, body)).toEqual(preprocessed.response.json);
    expect([put.length, pre.length, get.length]).toEqual([1, 1, 0]);
    expect(pre[0]!.headers.authorization).toBe(`Bearer ${auth.api_key}`);
  });

  test("falls back to GET /files/{id} when the API has no preprocess step (404)", async () => {
    mock("post", `${BASE}/files`, redirect);
    mock("put", STORAGE, new Response(null, { status: 200 }));
    const pre = mock(
      "post",
      `${BASE}/files/${FILE_ID}/preprocess`,
      json({ error: { message: "not found" } }, { status: 404 }),
    );
    const get = mock("get", `${BASE}/files/${FILE_ID}`, json(fileInfo.response.json));
    expect(await main(auth, body)).toEqual(fileInfo.response.json);
    expect([pre.length, get.length]).toEqual([1, 1]);
  });

  test("retries a preprocess that failed with a 5xx: asking again changes nothing", async () => {
    mock("post", `${BASE}/files`, redirect);
    mock("put", STORAGE, new Response(null, { status: 200 }));
    const pre = mock(
      "post",
      `${BASE}/files/${FILE_ID}/preprocess`,
      json({ error: { message: "busy" } }, { status: 502, headers: { "retry-after-ms": "1" } }),
      json(preprocessed.response.json),
    );
    const quiet = spyOn(console, "log").mockImplementation(() => {});
    expect(await main(auth, body).finally(() => quiet.mockRestore())).toEqual(preprocessed.response.json);
    expect(pre).toHaveLength(2);
  });

  test("reports an upload-slot reply that stalls as a timeout, and sends nothing to storage", async () => {
    // Over real TCP: the headers arrive, then the body goes silent.
    const seen: string[] = [];
    const server = Bun.serve({
      port: 0,
      hostname: "127.0.0.1",
      fetch(req) {
        seen.push(`${req.method} ${new URL(req.url).pathname}`);
        const stalled = new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode("{")) });
        return new Response(stalled, { status: 200, headers: { "content-type": "application/json" } });
      },
    });
    msw.use(http.all(`http://127.0.0.1:${server.port}/*`, () => passthrough()));
    try {
      const local = { ...auth, base_url: `http://127.0.0.1:${server.port}/v1` };
      const err = await failure(main(local, body, { timeout_seconds: 0.05, max_retries: 0 }));
      expect(err).toBeInstanceOf(ProviderError);
      expect(err.message).toMatch(/^Together network: timed out after 0.05 s reading the response from 127.0.0.1:\d+$/);
      expect(seen).toEqual(["POST /v1/files"]);
    } finally {
      server.stop(true);
    }
  });
});
