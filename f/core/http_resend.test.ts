// Nothing sent twice by the runtime: Bun's fetch re-sends GET, PUT and DELETE (Deno's any request) when a
// reused keep-alive connection drops before the answer. Played over real TCP with a server that drops
// requests arriving on a reused connection, after reading them, as a crashing proxy would.
import { afterAll, describe, expect, spyOn, test } from "bun:test";
import { droppingServer, jsonReply, type Seen } from "../../tests/support/dropping_server.ts";
import { readJson, request, type Target } from "./http.ts";

const server = await droppingServer(() => "drop");
afterAll(() => server.stop());
const t: Target = { provider: "Test", baseUrl: server.origin, apiKey: "sk-resend-0123456789" };
const refused = jsonReply({}, 429, { "retry-after-ms": "1" });
/** Answers the warm-up read on any connection; drops whatever else arrives on a reused one. */
const dropOnReuse = (s: Seen) => (s.path === "/warm" ? jsonReply({}) : s.nth > 0 ? "drop" : jsonReply({ done: true }));

async function scenario(run: () => Promise<unknown>) {
  server.seen.length = 0;
  const quiet = spyOn(console, "log").mockImplementation(() => {});
  try {
    return await run().then(
      (v) => v,
      (e) => e,
    );
  } finally {
    quiet.mockRestore();
  }
}
const warm = () => request(t, { method: "GET", path: "/warm" }, { max_retries: 0 }, readJson);

describe("requests the core would not repeat get a fresh connection", () => {
  test.each(["DELETE", "PUT", "POST"] as const)(
    "a %s after a read is sent once, on its own connection, though the read's connection drops it",
    async (method) => {
      server.answer = dropOnReuse;
      const result = await scenario(async () => {
        await warm();
        return request(t, { method, path: "/act", json: {} }, { max_retries: 0 }, readJson);
      });
      expect(result).toEqual({ done: true });
      expect(server.seen.filter((s) => s.path === "/act").map((s) => s.nth)).toEqual([0]);
    },
  );

  test("a retry after a refusal goes on a new connection too: the refused one is closed", async () => {
    let n = 0;
    server.answer = (s) => (s.nth > 0 ? "drop" : n++ === 0 ? refused : jsonReply({ id: "file-1" }));
    const result = await scenario(() =>
      request(t, { method: "POST", path: "/files", json: {} }, { max_retries: 2 }, readJson),
    );
    expect(result).toEqual({ id: "file-1" });
    expect(server.seen.map((s) => [s.nth, s.close])).toEqual([
      [0, true],
      [0, true],
    ]);
  });

  test("reads and other repeatable requests keep reusing one connection", async () => {
    server.answer = () => jsonReply({});
    await scenario(async () => {
      await warm();
      await warm();
    });
    const [a, b] = server.seen;
    expect([b!.conn, b!.nth, a!.close, b!.close]).toEqual([a!.conn, a!.nth + 1, false, false]);
  });
});
