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
/** A 200 JSON body sent in pieces, `gapMs` apart. */
function trickle(pieces: string[], gapMs: number): Response {
  const enc = new TextEncoder();
  let i = 0;
  const body = new ReadableStream({
    async pull(c) {
      if (i > 0) await Bun.sleep(gapMs);
      if (i === pieces.length) return c.close();
      c.enqueue(enc.encode(pieces[i++]));
    },
  });
  return new Response(body, { headers: { "content-type": "application/json" } });
}

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

  test("waits at least 100 ms before re-sending a request that must go on a fresh connection, whatever the wait demanded", async () => {
    // Deno reuses a connection it was asked to close until it has seen the server close it (runner/resend.test.ts).
    const logs = quiet();
    answer = (_, n) =>
      n === 0 ? jsonResponse({ message: "busy" }, 503, { "retry-after-ms": "1" }) : jsonResponse({ id: "b-1" });
    const started = Date.now();
    const created = await request(t, { method: "POST", path: "/batches", json: {} }, undefined, readJson);
    expect(created).toEqual({ id: "b-1" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(logs.stop()[0]).toBe("Test 503: busy; retrying in 0.1 s (attempt 2 of 3)");
  });

  test("honours retry-after given in seconds", async () => {
    const logs = quiet();
    // 0.2 s: unlike the 0.375-0.5 s backoff it would replace, and unlike 0.2 ms.
    answer = (_, n) => (n === 0 ? jsonResponse({}, 503, { "retry-after": "0.2" }) : jsonResponse({ ok: 1 }));
    const started = Date.now();
    expect(await getJson()).toEqual({ ok: 1 });
    const waited = Date.now() - started;
    expect(logs.stop()).toEqual(["Test 503: {}; retrying in 0.2 s (attempt 2 of 3)"]);
    expect(waited).toBeGreaterThanOrEqual(190);
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
    expect(err.message).toStartWith("Test network: connection to 127.0.0.1:9 failed waiting for the response: ");
  });

  test("times out an attempt that gets no response headers in time", async () => {
    answer = () => new Promise((r) => setTimeout(() => r(jsonResponse({})), 2_000));
    const err = (await getJson({ timeout_seconds: 0.05, max_retries: 0 }).catch((e) => e)) as ProviderError;
    expect(err.message).toBe(
      `Test network: timed out after 0.05 s waiting for the response from 127.0.0.1:${server.port}`,
    );
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
    expect(err.message).toBe(`Test network: timed out after 0.06 s reading the response from 127.0.0.1:${server.port}`);
  });

  test("reports a 200 whose body is not JSON as the provider's answer, with its status, and does not retry it", async () => {
    answer = () => new Response("<html>maintenance</html>", { headers: { "content-type": "text/html" } });
    const err = (await getJson().catch((e) => e)) as ProviderError;
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe('Test 200: answered 200 with a body that is not JSON: "<html>maintenance</html>"');
    expect([err.status, err.retryable, hits.length]).toEqual([200, false, 1]);
  });

  test("reads an empty 200 body as null", async () => {
    answer = () => new Response(null, { status: 200 });
    expect(await getJson()).toBeNull();
  });

  test("reads a JSON body that trickles in with gaps shorter than the timeout, however long the whole", async () => {
    answer = () => trickle(['{"data": [', '"a", ', '"b", ', '"c"', "]}"], 40);
    const started = Date.now();
    expect(await getJson({ timeout_seconds: 0.1, max_retries: 0 })).toEqual({ data: ["a", "b", "c"] });
    expect(Date.now() - started).toBeGreaterThan(150);
  });

  test("times out a JSON body that stalls longer than the timeout", async () => {
    answer = () => trickle(['{"data": [', '"a"]}'], 400);
    const err = (await getJson({ timeout_seconds: 0.1, max_retries: 0 }).catch((e) => e)) as ProviderError;
    expect(err.message).toBe(`Test network: timed out after 0.1 s reading the response from 127.0.0.1:${server.port}`);
  });

  test("reports a runtime's own fetch deadline (a TimeoutError) as a timeout, not a connection failure", async () => {
    // What Windmill's native fetch throws after 900 s without headers (windmill.md).
    const deadline = new DOMException(
      "fetch to http://127.0.0.1/v1/x timed out: no response headers arrived within 900s",
      "TimeoutError",
    );
    const spy = spyOn(globalThis, "fetch").mockImplementation((() =>
      Promise.reject(deadline)) as unknown as typeof fetch);
    const err = (await getJson({ max_retries: 0 }).catch((e) => e)) as ProviderError;
    spy.mockRestore();
    expect(err.message).toBe(
      `Test network: timed out waiting for the response from 127.0.0.1:${server.port}: fetch to http://127.0.0.1/v1/x timed out: no response headers arrived within 900s`,
    );
    expect([err.status, err.retryable]).toEqual([0, true]);
  });

  test("never retries a status the request names as its final answer, even when idempotent", async () => {
    answer = () => jsonResponse({ status: "running" }, 409);
    const err = (await getJson({}, { final: [409] }).catch((e) => e)) as ProviderError;
    expect([err.status, err.retryable, hits.length]).toEqual([409, false, 1]);
  });

  test("fails with the minimum Windmill version before any request when a needed global is missing", async () => {
    const saved = globalThis.TextDecoder;
    // @ts-expect-error: an isolate older than Windmill 1.759.0 has no TextDecoder
    delete globalThis.TextDecoder;
    const err = (await getJson().catch((e) => e)) as Error;
    globalThis.TextDecoder = saved;
    expect(err.message).toBe("needs Windmill 1.759.0 or later (missing: TextDecoder)");
    expect(hits).toHaveLength(0);
  });

  test("does not retry once content reached the user, and fails with the reader's error", async () => {
    answer = () => jsonResponse({});
    let calls = 0;
    const cut = new ProviderError({ provider: "Test", status: 200, message: "cut", retryable: true });
    const read = async (r: { delivered: boolean }) => {
      calls++;
      r.delivered = true;
      throw cut;
    };
    const err = await request(t, { method: "GET", path: "/x" }, {}, read).then(
      () => "resolved",
      (e) => e,
    );
    expect(err).toBe(cut);
    expect([calls, hits.length]).toEqual([1, 1]);
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

  test("keeps the key out of a request id that echoes it, in the error, its JSON form and the retry log", async () => {
    const logs = quiet();
    answer = () => jsonResponse({ message: "busy" }, 503, { "retry-after-ms": "1", "x-request-id": `rq-${KEY}` });
    const err = (await getJson({ max_retries: 1 }).catch((e) => e)) as ProviderError;
    const lines = logs.stop();
    expect(err.requestId).toBe("rq-[redacted]");
    expect(lines[0]).toBe("Test 503: busy (request id rq-[redacted]); retrying in 0.0 s (attempt 2 of 2)");
    for (const text of [err.message, err.stack ?? "", JSON.stringify(err), ...lines])
      expect(text).not.toContain(KEY.slice(4, 12));
  });

  test("masks the key in every string of a 200 result, keys included", async () => {
    answer = () => jsonResponse({ id: "x", echo: [`token ${KEY}`, { [KEY.slice(0, 10)]: KEY.slice(-9) }], n: 1 });
    expect(await getJson()).toEqual({ id: "x", echo: ["token [redacted]", { "[redacted]": "[redacted]" }], n: 1 });
  });
});
