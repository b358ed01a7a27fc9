// MSW at the HTTP boundary: one server for the whole test process, and helpers to script it.
import { afterAll, afterEach, beforeAll, spyOn } from "bun:test";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { chunkedResponse, contentKind } from "../../fixtures/wire.ts";

export const server = setupServer();

/** Call at the top of a test file: starts MSW, fails on any request no handler expects. */
export function useMockServer() {
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}

export interface Seen {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Parsed JSON, or the raw text when the body is not JSON. */
  body: any;
  form?: FormData;
}

export type Reply = Response | ((req: Request, n: number) => Response | Promise<Response>);

/** Answers `method url` with the replies in turn (the last one repeats) and records every request. */
export function mock(method: "get" | "post" | "put" | "patch" | "delete", url: string, ...replies: Reply[]): Seen[] {
  const seen: Seen[] = [];
  server.use(
    http[method](url, async ({ request }) => {
      const n = seen.length;
      const clone = request.clone();
      const entry: Seen = {
        method: request.method,
        url: request.url,
        headers: Object.fromEntries(request.headers),
        body: undefined,
      };
      // A multipart form stays FormData, for its file parts; any other body is JSON or its raw text.
      if (contentKind(request.headers) === "multipart") entry.form = await clone.formData();
      else {
        const text = await clone.text();
        try {
          entry.body = text ? JSON.parse(text) : undefined;
        } catch {
          entry.body = text;
        }
      }
      seen.push(entry);
      const r = replies[Math.min(n, replies.length - 1)];
      return typeof r === "function" ? r(request, n) : r.clone();
    }),
  );
  return seen;
}

export const json = (body: unknown, init?: ResponseInit) => HttpResponse.json(body as any, init);

export { sseText } from "../../fixtures/wire.ts";

/** An event-stream response; `chunks` lets a test split the wire wherever it likes. */
export function sse(body: string | string[], init: ResponseInit = {}): Response {
  return chunkedResponse(typeof body === "string" ? [body] : body, 0, init);
}

/** Collects what a script prints to Windmill's result stream (and its other log lines). */
export function captureLogs() {
  const lines: string[] = [];
  const spy = spyOn(console, "log").mockImplementation((...args: unknown[]) => void lines.push(args.join(" ")));
  return {
    lines,
    /** The text the Windmill UI would show live. */
    streamed: () =>
      lines
        .filter((l) => l.startsWith("WM_STREAM: "))
        .map((l) => l.slice(11).replace(/\\n/g, "\n"))
        .join(""),
    restore: () => spy.mockRestore(),
  };
}

/** The error a promise rejects with; fails the test if it resolves. */
export async function failure(p: Promise<unknown>): Promise<any> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a failure, but the call succeeded");
}
