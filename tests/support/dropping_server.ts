// An HTTP/1.1 server over raw TCP that can drop a connection after reading a request, as a crashing
// proxy does: the request may have landed, no answer comes back. It records which connection each
// request came on (and its place there), and closes a connection after answering a request that
// asked it to (`connection: close`), as HTTP/1.1 requires.
import { createServer, type Socket } from "node:net";

export type Seen = { conn: number; nth: number; method: string; path: string; close: boolean };
/** An HTTP response to write, or "drop" to close the connection without one. */
export type Answer = (s: Seen) => string | "drop";

export interface DroppingServer {
  origin: string;
  host: string;
  seen: Seen[];
  answer: Answer;
  stop(): void;
}

export async function droppingServer(answer: Answer): Promise<DroppingServer> {
  let conns = 0;
  const state: DroppingServer = { origin: "", host: "", seen: [], answer, stop: () => void server.close() };
  const server = createServer((sock: Socket) => {
    const conn = ++conns;
    let nth = 0;
    let buf = "";
    sock.on("error", () => {});
    sock.on("data", (d) => {
      buf += d.toString("latin1");
      for (let end = buf.indexOf("\r\n\r\n"); end !== -1; end = buf.indexOf("\r\n\r\n")) {
        const head = buf.slice(0, end);
        const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
        if (buf.length < end + 4 + length) return;
        buf = buf.slice(end + 4 + length);
        const [method = "", path = ""] = head.split("\r\n")[0]!.split(" ");
        const s = { conn, nth: nth++, method, path, close: /\r\nconnection: *close/i.test(head) };
        state.seen.push(s);
        const reply = state.answer(s);
        if (reply === "drop") return void sock.destroy();
        sock.write(reply);
        if (s.close) sock.end();
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  state.host = `127.0.0.1:${(server.address() as { port: number }).port}`;
  state.origin = `http://${state.host}`;
  return state;
}

/** A JSON response as raw HTTP/1.1 text. */
export function jsonReply(body: unknown, status = 200, headers: Record<string, string> = {}): string {
  const text = JSON.stringify(body);
  const extra = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join("");
  return `HTTP/1.1 ${status} X\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(text)}\r\n${extra}\r\n${text}`;
}
