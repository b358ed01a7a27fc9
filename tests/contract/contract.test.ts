// The facts every script shares, said once over the contract table (table.ts, one row per script):
// it sends exactly the request its row states (method, path and query, bearer key, body), returns the
// provider's answer (or the row's result), streams the row's live text, turns a 4xx into one
// ProviderError, sent once, that carries the provider's message and request id but never the key,
// waits out a 429 and tries again, and repeats a 5xx only when the request changes nothing.
import { describe, expect, test } from "bun:test";
import { http } from "msw";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { captureLogs, failure, server, useMockServer } from "../support/mock.ts";
import { expectedRequest, lastReplyJson, receivedRequest, replay } from "./serve.ts";
import { AUTH, type ContractRow, contractRows, providerFailure, providerOf, resourceFor } from "./table.ts";

useMockServer();

type Main = (auth: unknown, body: unknown, options?: unknown) => Promise<unknown>;
const mainOf = async (row: ContractRow): Promise<Main> => (await import(`../../f/${row.script}.ts`)).main;
const keyOf = (row: ContractRow) => Object.values(AUTH[providerOf(row)])[0] as string;

/** Every request of the test goes to `handle`, whatever its host: a stray one shows up in `received`. */
function serve(handle: (request: Request) => Promise<Response>) {
  server.use(http.all("*", ({ request }) => handle(request)));
}

/** The row's exchanges, after the provider first answered `status` once (asking for a 1 ms wait). */
function failingOnce(row: ContractRow, status: number) {
  const provider = replay(row);
  const failure = providerFailure(providerOf(row));
  let first = true;
  serve(async (request) => {
    if (!first) return provider.handle(request);
    first = false;
    return Response.json(failure.json, { status, headers: { ...failure.headers, "retry-after-ms": "1" } });
  });
  return provider;
}

/** The row's script, after one `status` answer, still returns what the row expects; what it logged. */
async function succeedsAfterFailing(row: ContractRow, status: number): Promise<string[]> {
  const provider = failingOnce(row, status);
  const main = await mainOf(row);
  const logs = captureLogs();
  const result = await main(resourceFor(providerOf(row)), row.body).finally(logs.restore);
  expect(result).toEqual("result" in row ? row.result : await lastReplyJson(row));
  expect(provider.received).toHaveLength(row.exchanges.length);
  return logs.lines;
}

/** The body fields a script's form marks required (its .script.yaml, generated from the signature). */
function requiredFields(row: ContractRow): string[] {
  const meta = parse(readFileSync(join(import.meta.dir, "../../f", `${row.script}.script.yaml`), "utf8"));
  return meta.schema.properties.body?.required ?? [];
}

describe.each(contractRows.map((row) => [row.script, row] as const))("%s", (_, row) => {
  test("sends the request its row states and returns what the row expects", async () => {
    const provider = replay(row);
    serve(provider.handle);
    const main = await mainOf(row);
    const logs = captureLogs();
    const result = await main(resourceFor(providerOf(row)), row.body).finally(logs.restore);
    expect(provider.received.map(receivedRequest)).toEqual(row.exchanges.map((e) => expectedRequest(e, keyOf(row))));
    expect(result).toEqual("result" in row ? row.result : await lastReplyJson(row));
    if (row.streamed !== undefined) expect(logs.streamed()).toBe(row.streamed);
  });

  test("turns a 4xx into one ProviderError with the provider's message and request id, the key masked", async () => {
    const { status, json, headers, message } = providerFailure(providerOf(row));
    let calls = 0;
    serve(async () => (calls++, Response.json(json, { status, headers })));
    const main = await mainOf(row);
    const logs = captureLogs();
    const err = await failure(main(resourceFor(providerOf(row)), row.body).finally(logs.restore));
    expect(err).toBeInstanceOf(ProviderError);
    expect({ calls, status: err.status, retryable: err.retryable, requestId: err.requestId }).toEqual({
      calls: 1,
      status,
      retryable: false,
      requestId: "req-4xx-7d1e",
    });
    expect(err.providerMessage).toStartWith(message.slice(0, "Invalid request for key ".length));
    const key = keyOf(row);
    for (let i = 0; i + 8 <= key.length; i++) expect(err.message).not.toContain(key.slice(i, i + 8));
    expect(logs.lines.join("\n")).not.toContain(key.slice(0, 8));
  });

  test("waits out a 429 as the provider asks and tries again, so a flow does not fail on it", async () => {
    const lines = await succeedsAfterFailing(row, 429);
    expect(lines.filter((l) => l.includes("retrying in"))).toHaveLength(1);
  });

  if (row.sideEffects) {
    test("does not repeat its request after a 500, since it may have landed", async () => {
      const provider = failingOnce(row, 500);
      const main = await mainOf(row);
      const err = await failure(main(resourceFor(providerOf(row)), row.body));
      expect([err instanceof ProviderError, err.status, provider.received.length]).toEqual([true, 500, 0]);
    });
  } else {
    test("repeats its request after a 500, since repeating it changes nothing", async () => {
      await succeedsAfterFailing(row, 500);
    });
  }

  test.each(requiredFields(row))("refuses a body without %s before any request, naming the field", async (field) => {
    let calls = 0;
    serve(async () => (calls++, Response.json({}, { status: 599 })));
    const { [field]: _, ...rest } = row.body;
    const err = await failure((await mainOf(row))(resourceFor(providerOf(row)), rest));
    expect([err instanceof InputError, err.message, calls]).toEqual([true, `body.${field}: is required`, 0]);
  });
});

test("the table has one row per script, each named literally", async () => {
  const { listOperations } = await import("../../tools/script_files.ts");
  const scripts = listOperations(`${import.meta.dir}/../..`).map((op) => op.id);
  expect(contractRows.map((r) => r.script).sort()).toEqual(scripts.sort());
});
