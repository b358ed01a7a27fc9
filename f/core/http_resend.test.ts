// Nothing sent twice by the runtime: Bun's fetch re-sends GET, PUT and DELETE (Deno's any request) when a
// reused keep-alive connection drops before the answer. Played over real TCP with a server that drops
// every request arriving on a reused connection, after reading it, as a crashing proxy would.
import { afterAll, describe, expect, spyOn, test } from "bun:test";
import { createServer, type Socket } from "node:net";
import { readJson, request, type Target } from "./http.ts";

type Seen = { conn: number; nth: number; line: string; close: boolean };
let seen: Seen[] = [];
let answer: (s: Seen) => string | "drop" = () => "drop";
let conns = 0;

const server = createServer((sock: Socket) => {
  const conn = ++conns;
  let nth = 0;
  let buf = "";
  sock.on("data", (d) => {
    buf += d.toString("latin1");
    for (let end = buf.indexOf("\r\n\r\n"); end !== -1; end = buf.indexOf("\r\n\r\n")) {
      const head = buf.slice(0, end);
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
      if (buf.length < end + 4 + length) return;
      buf = buf.slice(end + 4 + length);
      const s = { conn, nth: nth++, line: head.split("\r\n")[0]!.split(" ").slice(0, 2).join(" "), close: false };
      s.close = /\r\nconnection: *close/i.test(head);
      seen.push(s);
      const reply = answer(s);
      if (reply === "drop") return void sock.destroy();
      sock.write(reply);
      // HTTP/1.1: a server closes the connection after answering a request that asked it to.
      if (s.close) sock.end();
    }
  });
});
await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
afterAll(() => void server.close());

const port = (server.address() as { port: number }).port;
const t: Target = { provider: "Test", baseUrl: `http://127.0.0.1:${port}`, apiKey: "sk-resend-0123456789" };
const ok = (body = "{}", extra = "") =>
  `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n${extra}\r\n${body}`;
const refused = `HTTP/1.1 429 Too Many Requests\r\nretry-after-ms: 1\r\ncontent-length: 2\r\n\r\n{}`;
/** Answers the warm-up read on any connection; drops whatever else arrives on a reused one. */
const dropOnReuse = (s: Seen) => (s.line.endsWith("/warm") ? ok() : s.nth > 0 ? "drop" : ok('{"done":true}'));

async function scenario(run: () => Promise<unknown>) {
  seen = [];
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
      answer = dropOnReuse;
      const result = await scenario(async () => {
        await warm();
        return request(t, { method, path: "/act", json: {} }, { max_retries: 0 }, readJson);
      });
      expect(result).toEqual({ done: true });
      const acts = seen.filter((s) => s.line.endsWith("/act"));
      expect(acts).toHaveLength(1);
      expect(acts[0]!.nth).toBe(0);
    },
  );

  test("a retry after a refusal goes on a new connection too: the refused one is closed", async () => {
    let n = 0;
    answer = (s) => (s.nth > 0 ? "drop" : n++ === 0 ? refused : ok('{"id":"file-1"}'));
    const result = await scenario(() =>
      request(t, { method: "POST", path: "/files", json: {} }, { max_retries: 2 }, readJson),
    );
    expect(result).toEqual({ id: "file-1" });
    expect(seen.map((s) => [s.nth, s.close])).toEqual([
      [0, true],
      [0, true],
    ]);
  });

  test("reads and other repeatable requests keep reusing one connection", async () => {
    answer = () => ok();
    await scenario(async () => {
      await warm();
      await warm();
    });
    const [a, b] = seen;
    expect([b!.conn, b!.nth, a!.close, b!.close]).toEqual([a!.conn, a!.nth + 1, false, false]);
  });
});
