import { afterAll, describe, expect, spyOn, test } from "bun:test";
import { ProviderError } from "./errors.ts";
import type { Target } from "./http.ts";
import { deleteJson, getJson, patchJson, postJson } from "./rest.ts";

// Each shape's one decision is its method and whether a failure after sending may be repeated.
let status = 500;
const seen: string[] = [];
const server = Bun.serve({
  port: 0,
  hostname: "127.0.0.1",
  fetch: async (req) => {
    seen.push(`${req.method} ${new URL(req.url).pathname}${new URL(req.url).search} ${await req.text()}`);
    return Response.json({ message: "boom" }, { status, headers: { "retry-after-ms": "1" } });
  },
});
afterAll(() => server.stop(true));
const t: Target = { provider: "Test", baseUrl: `http://127.0.0.1:${server.port}`, apiKey: "k-0123456789" };

async function attempts(call: () => Promise<unknown>) {
  seen.length = 0;
  const quiet = spyOn(console, "log").mockImplementation(() => {});
  const err = await call().catch((e) => e);
  quiet.mockRestore();
  expect(err).toBeInstanceOf(ProviderError);
  return [...seen];
}

describe("REST shapes", () => {
  test("getJson sends the query and repeats a 500", async () => {
    expect(await attempts(() => getJson(t, "/items", { max_retries: 1 }, { limit: 2 }))).toEqual([
      "GET /items?limit=2 ",
      "GET /items?limit=2 ",
    ]);
  });

  test("postJson repeats a 500 only when told the POST is idempotent", async () => {
    expect(await attempts(() => postJson(t, "/jobs", { a: 1 }, { max_retries: 1 }))).toEqual(['POST /jobs {"a":1}']);
    expect(await attempts(() => postJson(t, "/embed", { a: 1 }, { max_retries: 1 }, true))).toHaveLength(2);
  });

  test("patchJson is safe to repeat; deleteJson is not", async () => {
    expect(await attempts(() => patchJson(t, "/items/1", { b: 2 }, { max_retries: 1 }))).toHaveLength(2);
    expect(await attempts(() => deleteJson(t, "/items/1", { max_retries: 1 }))).toEqual(["DELETE /items/1 "]);
  });
});
