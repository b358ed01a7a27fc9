import { describe, expect, test } from "bun:test";
import { createServer, type Socket } from "node:net";
import { ProviderError } from "./errors.ts";
import { request } from "./http.ts";
import { failureReason, hostOf, noResponseText } from "./no_response.ts";

const bunReset = new TypeError(
  "ECONNRESET: The socket connection was closed unexpectedly. For more information, pass `verbose: true` in the second argument to fetch()",
);

describe("noResponseText", () => {
  test("a failed connection names the host it tried and the runtime's reason", () => {
    const e = new TypeError("ECONNREFUSED: Unable to connect. Is the computer able to access the url?");
    expect(noResponseText("https://api.cohere.com", e, false, 1000, "waiting")).toBe(
      "connection to api.cohere.com failed waiting for the response: ECONNREFUSED: Unable to connect. Is the computer able to access the url?",
    );
  });

  test("a stream reset mid-way names the host, without Bun's advice to pass verbose: true", () => {
    expect(noResponseText("http://127.0.0.1:8080/v1", bunReset, false, 1000, "reading")).toBe(
      "failed reading the response from 127.0.0.1:8080: ECONNRESET: The socket connection was closed unexpectedly.",
    );
  });

  test("the runtime's own deadline (a TimeoutError) reads as a timeout, not a connection failure", () => {
    const e = new DOMException("no response headers arrived within 900s", "TimeoutError");
    expect(noResponseText("https://api.cohere.com", e, false, 600_000, "waiting")).toBe(
      "timed out waiting for the response from api.cohere.com: no response headers arrived within 900s",
    );
  });

  test("a timeout names the host and the stage it stopped in", () => {
    expect(noResponseText("https://api.together.xyz/v1", new Error("aborted"), true, 2500, "waiting")).toBe(
      "timed out after 2.5 s waiting for the response from api.together.xyz",
    );
    expect(noResponseText("https://api.together.xyz/v1", new Error("aborted"), true, 2500, "reading")).toBe(
      "timed out after 2.5 s reading the response from api.together.xyz",
    );
  });
});

describe("a real connection reset mid-stream", () => {
  test("fails with the host and the runtime's reason, and no debugging tip", async () => {
    // A raw socket: the headers and one chunk arrive, then the peer resets the connection.
    const server = createServer((socket: Socket) => {
      socket.write("HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n");
      socket.write("6\r\ndata: \r\n");
      setTimeout(() => socket.resetAndDestroy(), 20);
    });
    await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
    const { port } = server.address() as { port: number };
    try {
      const t = { provider: "Test", baseUrl: `http://127.0.0.1:${port}/v1`, apiKey: "test-key-0123456789" };
      const read = async ({ response }: { response: Response }) => void (await response.text());
      const err = await request(t, { method: "GET", path: "/s" }, { max_retries: 0 }, read).catch((e) => e);
      expect(err).toBeInstanceOf(ProviderError);
      expect(err.message).toStartWith(`Test network: failed reading the response from 127.0.0.1:${port}: `);
      expect(err.message).not.toContain("verbose");
    } finally {
      server.close();
    }
  });
});

describe("failureReason", () => {
  test("Node's bare 'fetch failed' gets its cause", () => {
    const e = new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:9") });
    expect(failureReason(e)).toBe("fetch failed (connect ECONNREFUSED 127.0.0.1:9)");
  });

  test("a thrown non-error is shown as text, and an empty message says so", () => {
    expect(failureReason("boom")).toBe("boom");
    expect(failureReason(new Error(""))).toBe("no reason given");
  });
});

describe("hostOf", () => {
  test("is the host and port of a URL, or the text itself when it is not one", () => {
    expect(hostOf("https://api.ai21.com/studio/v1")).toBe("api.ai21.com");
    expect(hostOf("http://localhost:8000/v1")).toBe("localhost:8000");
    expect(hostOf("not a url")).toBe("not a url");
  });
});
