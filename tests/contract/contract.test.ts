// The facts every script shares, said once over the contract table (table.ts, one row per script):
// it sends exactly the request its row states (method, path and query, bearer key, body), returns the
// provider's answer (or the row's result), streams the row's live text, and turns a 4xx into one
// ProviderError, sent once, that carries the provider's message and request id but never the key.
import { describe, expect, test } from "bun:test";
import { http } from "msw";
import { ProviderError } from "../../f/core/errors.ts";
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
});

test("the table has one row per script, each named literally", async () => {
  const { listOperations } = await import("../../tools/script_files.ts");
  const scripts = listOperations(`${import.meta.dir}/../..`).map((op) => op.id);
  expect(contractRows.map((r) => r.script).sort()).toEqual(scripts.sort());
});
