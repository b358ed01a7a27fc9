// Every row of the contract table, run the way a Windmill native worker runs it: bundled by
// Bun.build, in V8 under Deno with a 128 MiB heap, Windmill's globals only and network to one
// loopback server. The request must be the row's, the result (or error) the one the same call
// gets under Bun, and the live text the row's, escaped as windmill-client escapes it; a 429 is
// waited out and a 4xx becomes the ProviderError Bun gives.
import { afterAll, beforeAll, describe, expect, spyOn, test } from "bun:test";
import { appendToResultStream } from "windmill-client";
import { expectedRequest, type Received, receivedRequest, replay } from "../contract/serve.ts";
import {
  AUTH,
  type ContractRow,
  contractRows,
  type Provider,
  providerFailure,
  providerOf,
  resourceFor,
} from "../contract/table.ts";
import { bundle, type Loopback, loopback, type NativeOutcome, scriptWorker, streamLines } from "./native.ts";

type Outcome = { ok: boolean; result?: unknown; error?: { name: string; message: string } };
type Replayed = { received: Received[]; native: NativeOutcome; bun: Outcome; logs: string[] };
type Failed = { native: NativeOutcome; bun: Outcome; calls: number };
type Retried = { native: NativeOutcome; received: Received[] };

const keyOf = (row: ContractRow) => Object.values(AUTH[providerOf(row)])[0] as string;
const replayed = new Map<string, Replayed>();
const failed = new Map<string, Failed>();
const retried = new Map<string, Retried>();
const servers: Loopback[] = [];

/** The same call under Bun, from source, against its own loopback server; console.log captured. */
async function underBun(row: ContractRow, server: Loopback): Promise<{ outcome: Outcome; logs: string[] }> {
  const { main } = await import(`../../f/${row.script}.ts`);
  const logs: string[] = [];
  const spy = spyOn(console, "log").mockImplementation((...a: unknown[]) => void logs.push(a.join(" ")));
  try {
    const result = await main(resourceFor(providerOf(row), server.origin), row.body, null);
    return { outcome: { ok: true, result: JSON.parse(JSON.stringify(result ?? null)) }, logs };
  } catch (e) {
    return { outcome: { ok: false, error: { name: (e as Error).name, message: (e as Error).message } }, logs };
  } finally {
    spy.mockRestore();
  }
}

/** The row's exchanges, after a first 429 asking for a 1 ms wait. */
function after429(row: ContractRow) {
  const provider = replay(row);
  const { json, headers } = providerFailure(providerOf(row));
  let first = true;
  const handle = async (request: Request) => {
    if (!first) return provider.handle(request);
    first = false;
    return Response.json(json, { status: 429, headers: { ...headers, "retry-after-ms": "1" } });
  };
  return { handle, received: provider.received };
}

/** What the provider answers in the 4xx case: one error reply, whatever was asked. */
function failing(row: ContractRow, counter: { calls: number }) {
  const { status, json, headers } = providerFailure(providerOf(row));
  return () => (counter.calls++, Response.json(json, { status, headers }));
}

// One Deno process per provider, each with its own loopback server; Bun's calls meanwhile use a fifth.
async function replayAll(): Promise<void> {
  await Promise.all(contractRows.map((row) => bundle(`f/${row.script}.ts`)));
  const bunServer = loopback();
  servers.push(bunServer);
  const providers = [...new Set(contractRows.map(providerOf))];
  const lanes = providers.map(async (provider: Provider) => {
    const server = loopback();
    servers.push(server);
    const lane = scriptWorker({ server });
    try {
      for (const row of contractRows.filter((r) => providerOf(r) === provider)) {
        const args = [resourceFor(provider, server.origin), row.body, null];
        const provider1 = replay(row);
        server.handler = provider1.handle;
        const native = await lane.call(row.script, args);
        const counter = { calls: 0 };
        server.handler = failing(row, counter);
        const nativeFailure = await lane.call(row.script, args);
        const rateLimited = after429(row);
        server.handler = rateLimited.handle;
        retried.set(row.script, { native: await lane.call(row.script, args), received: rateLimited.received });
        replayed.set(row.script, { received: provider1.received, native, bun: { ok: false }, logs: [] });
        failed.set(row.script, { native: nativeFailure, bun: { ok: false }, calls: counter.calls });
      }
    } finally {
      await lane.close();
    }
  });
  const bunSide = (async () => {
    const results = new Map<string, { ok: Outcome; failure: Outcome }>();
    for (const row of contractRows) {
      bunServer.handler = replay(row).handle;
      const ok = await underBun(row, bunServer);
      bunServer.handler = failing(row, { calls: 0 });
      const failure = await underBun(row, bunServer);
      results.set(row.script, { ok: ok.outcome, failure: failure.outcome });
    }
    return results;
  })();
  const [bun] = await Promise.all([bunSide, ...lanes]);
  for (const [script, { ok, failure }] of bun) {
    replayed.get(script)!.bun = ok;
    failed.get(script)!.bun = failure;
  }
}

beforeAll(replayAll, 60_000);
afterAll(() => {
  for (const s of servers) s.stop();
});

/** The WM_STREAM payload windmill-client prints for `text`. */
function clientEscaped(text: string): string {
  const lines: string[] = [];
  const spy = spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
  try {
    appendToResultStream(text);
  } finally {
    spy.mockRestore();
  }
  return lines.map((l) => l.slice("WM_STREAM: ".length)).join("");
}

const nativeOutcome = (o: NativeOutcome): Outcome =>
  o.ok
    ? { ok: true, result: o.result }
    : { ok: false, error: o.error && { name: o.error.name, message: o.error.message } };

describe.each(contractRows.map((row) => [row.script, row] as const))("%s under Deno", (script, row) => {
  test("sends the row's request and returns what the same call returns under Bun", () => {
    const { received, native, bun } = replayed.get(script)!;
    expect(native.killed).toBeUndefined();
    expect(received.map(receivedRequest)).toEqual(row.exchanges.map((e) => expectedRequest(e, keyOf(row))));
    expect(nativeOutcome(native)).toEqual(bun);
    expect(bun.ok).toBe(true);
  });

  if (row.streamed !== undefined) {
    test("prints the row's live text on WM_STREAM lines, escaped as windmill-client escapes it", () => {
      const { native } = replayed.get(script)!;
      const lines = streamLines(native);
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.join("")).toBe(clientEscaped(row.streamed!));
    });
  }

  test("waits out a 429 as the provider asks, tries again and returns the same result", () => {
    const { native, received } = retried.get(script)!;
    expect(nativeOutcome(native)).toEqual(nativeOutcome(replayed.get(script)!.native));
    expect(received.map(receivedRequest)).toEqual(row.exchanges.map((e) => expectedRequest(e, keyOf(row))));
    expect(native.stdout.filter((l) => l.includes("retrying in"))).toHaveLength(1);
  });

  test("turns a 4xx into the same single ProviderError as under Bun", () => {
    const { native, bun, calls } = failed.get(script)!;
    expect(calls).toBe(1);
    expect(bun.error?.name).toBe("ProviderError");
    expect(nativeOutcome(native)).toEqual(bun);
  });
});
