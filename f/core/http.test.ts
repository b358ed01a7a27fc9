import { afterAll, beforeEach, describe, expect, spyOn, test } from "bun:test";
import { ProviderError } from "./errors.ts";
import { path, readJson, request, type Target } from "./http.ts";

// A real loopback server: timeouts and dropped connections behave as they do over TCP.
let answer: (req: Request, n: number) => Response | Promise<Response> = () => new Response("{}");
let hits: { url: string; headers: Headers }[] = [];
const server = Bun.serve({
  port: 0,
  hostname: "127.0.0.1",
  idleTimeout: 0,
  fetch: (req) => answer(req, hits.push({ url: req.url, headers: req.headers }) - 1),
});
afterAll(() => server.stop(true));
beforeEach(() => void (hits = []));

const KEY = "sk-live-4f9c2a7e1b6d8035";
const t: Target = { provider: "Test", baseUrl: `http://127.0.0.1:${server.port}/v1`, apiKey: KEY };
/** Silences console.log; `stop()` restores it and returns what was logged. */
function quiet() {
  const spy = spyOn(console, "log").mockImplementation(() => {});
  return {
    stop: () => {
      const lines = spy.mock.calls.map((c) => c.join(" "));
      spy.mockRestore();
      return lines;
    },
  };
}
const getJson = (opts?: object, req: object = {}) => request(t, { method: "GET", path: "/x", ...req }, opts, readJson);
const jsonResponse = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers });

describe("request", () => {
  test("sends the bearer key, encodes path segments and repeats array query keys", async () => {
    answer = () => jsonResponse({ ok: true });
    const r = await request(
      t,
      { method: "GET", path: path`/files/${"a b/c"}`, query: { tag: ["x", "y"], after: undefined, n: 3 } },
      {},
      readJson,
    );
    expect(r).toEqual({ ok: true });
    expect(new URL(hits[0].url).pathname + new URL(hits[0].url).search).toBe("/v1/files/a%20b%2Fc?tag=x&tag=y&n=3");
    for (const dots of [".", ".."]) expect(() => path`/files/${dots}/content`).toThrow("as a URL path segment");
    expect(hits[0].headers.get("authorization")).toBe(`Bearer ${KEY}`);
  });

  test("retries a 429 after the wait named by retry-after-ms, then returns the success", async () => {
    const logs = quiet();
    answer = (_, n) =>
      n === 0
        ? jsonResponse({ message: "slow down" }, 429, { "retry-after-ms": "5", "x-debug-trace-id": "tr-1" })
        : jsonResponse({ ok: 1 });
    expect(await getJson()).toEqual({ ok: 1 });
    const lines = logs.stop();
    expect(hits).toHaveLength(2);
    expect(lines[0]).toBe("Test 429: slow down (request id tr-1); retrying in 0.0 s (attempt 2 of 3)");
  });

  test("honours retry-after given in seconds", async () => {
    const logs = quiet();
    answer = (_, n) => (n === 0 ? jsonResponse({}, 503, { "retry-after": "0" }) : jsonResponse({ ok: 1 }));
    expect(await getJson()).toEqual({ ok: 1 });
    logs.stop();
  });

  test("fails at once, saying when to retry, when the demanded wait is over 60 s", async () => {
    answer = () => jsonResponse({ error: { message: "rate limited" } }, 429, { "retry-after": "3600" });
    const err = (await getJson().catch((e) => e)) as ProviderError;
    expect(hits).toHaveLength(1);
    expect(err.retryable).toBe(true);
    expect(err.retryAfterMs).toBe(3_600_000);
    expect(err.message).toMatch(/^Test 429: rate limited; retry after \d{4}-\d\d-\d\dT/);
  });

  test("gives up after max_retries and raises the last failure", async () => {
    const logs = quiet();
    answer = () => jsonResponse({ message: "overloaded" }, 503, { "retry-after-ms": "1" });
    const err = (await getJson({ max_retries: 1 }).catch((e) => e)) as ProviderError;
    logs.stop();
    expect(hits).toHaveLength(2);
    expect([err.status, err.providerMessage, err.retryable]).toEqual([503, "overloaded", true]);
  });

  test("never retries other 4xx errors", async () => {
    answer = () => jsonResponse({ message: "bad model" }, 400, { "retry-after-ms": "1" });
    const err = (await getJson().catch((e) => e)) as ProviderError;
    expect(hits).toHaveLength(1);
    expect([err.status, err.retryable]).toEqual([400, false]);
  });

  test("retries a non-idempotent request only when the provider refused it", async () => {
    const logs = quiet();
    answer = () => jsonResponse({ message: "internal" }, 500, { "retry-after-ms": "1" });
    expect(
      ((await request(t, { method: "POST", path: "/files", json: {} }, {}, readJson).catch((e) => e)) as ProviderError)
        .retryable,
    ).toBe(false);
    expect(hits).toHaveLength(1);
    answer = (_, n) =>
      n === 1 ? jsonResponse({ message: "busy" }, 429, { "retry-after-ms": "1" }) : jsonResponse({ id: "file-1" });
    expect(await request(t, { method: "POST", path: "/files", json: {} }, {}, readJson)).toEqual({ id: "file-1" });
    logs.stop();
  });

  test("retries a connection failure of an idempotent request, then reports it with status 0", async () => {
    const logs = quiet();
    const closed = { ...t, baseUrl: "http://127.0.0.1:9/v1" };
    const err = (await request(closed, { method: "GET", path: "/x" }, { max_retries: 1 }, readJson).catch(
      (e) => e,
    )) as ProviderError;
    expect(logs.stop()).toHaveLength(1);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(0);
    expect(err.message).toStartWith("Test network: connection failed waiting for the response");
  });

  test("times out an attempt that gets no response headers in time", async () => {
    answer = () => new Promise((r) => setTimeout(() => r(jsonResponse({})), 2_000));
    const err = (await getJson({ timeout_seconds: 0.05, max_retries: 0 }).catch((e) => e)) as ProviderError;
    expect(err.message).toBe("Test network: timed out after 0.05 s waiting for the response");
    expect(err.retryable).toBe(true);
  });

  test("times out a body that goes silent, however long the whole read", async () => {
    answer = () => {
      const enc = new TextEncoder();
      let n = 0;
      const body = new ReadableStream({
        async pull(c) {
          await Bun.sleep(n++ < 4 ? 20 : 2_000);
          c.enqueue(enc.encode("data: {}\n\n"));
        },
      });
      return new Response(body, { headers: { "content-type": "text/event-stream" } });
    };
    const read = async (r: { response: Response; alive(): void }) => {
      const reader = r.response.body!.getReader();
      for (;;) {
        const { done } = await reader.read();
        if (done) return;
        r.alive();
      }
    };
    const err = (await request(t, { method: "GET", path: "/x" }, { timeout_seconds: 0.06, max_retries: 0 }, read).catch(
      (e) => e,
    )) as ProviderError;
    expect(err.message).toBe("Test network: timed out after 0.06 s reading the response");
  });

  test("reports a success body that is not JSON, rather than a bare parse error", async () => {
    answer = () => new Response("<html>maintenance</html>", { headers: { "content-type": "text/html" } });
    const err = (await getJson({ max_retries: 0 }).catch((e) => e)) as ProviderError;
    expect(err.message).toBe(
      'Test network: failed reading the response: the body is not JSON: "<html>maintenance</html>"',
    );
  });

  test("does not retry once content reached the user", async () => {
    answer = () => jsonResponse({});
    let calls = 0;
    const read = async (r: { delivered: boolean }) => {
      calls++;
      r.delivered = true;
      throw new ProviderError({ provider: "Test", status: 200, message: "cut", retryable: true });
    };
    await request(t, { method: "GET", path: "/x" }, {}, read).catch(() => {});
    expect(calls).toBe(1);
  });

  test("keeps the API key out of the error, its stack, its JSON form and the retry log", async () => {
    const logs = quiet();
    answer = () =>
      jsonResponse({ error: { message: `Invalid API key ${KEY.slice(0, 12)}... (full: ${KEY})` } }, 503, {
        "retry-after-ms": "1",
      });
    const err = (await getJson({ max_retries: 1 }).catch((e) => e)) as ProviderError;
    for (const text of [err.message, err.stack ?? "", JSON.stringify(err), ...logs.stop()]) {
      expect(text).not.toContain(KEY.slice(0, 8));
      expect(text).not.toContain(KEY.slice(-8));
    }
    expect(err.providerMessage).toBe("Invalid API key [redacted]... (full: [redacted])");
  });
});
