// No key anywhere, whoever echoes it, for every script of the contract table (table.ts): a provider
// whose request-id header and error message echo the key, and one whose 200 replies echo it in their
// JSON, their streamed text and their headers. No 8-character piece of the key may reach the error
// (message, stack, JSON form, request id), a console line, the result or the live stream.
import { describe, expect, test } from "bun:test";
import { http } from "msw";
import { ProviderError } from "../../f/core/errors.ts";
import { captureLogs, failure, server, useMockServer } from "../support/mock.ts";
import { replay } from "./serve.ts";
import { AUTH, type ContractRow, contractRows, providerOf, resourceFor } from "./table.ts";

useMockServer();

type Main = (auth: unknown, body: unknown, options?: unknown) => Promise<unknown>;
const mainOf = async (row: ContractRow): Promise<Main> => (await import(`../../f/${row.script}.ts`)).main;
const keyOf = (row: ContractRow) => Object.values(AUTH[providerOf(row)])[0] as string;
const serve = (handle: (request: Request) => Promise<Response>) =>
  server.use(http.all("*", ({ request }) => handle(request)));

/** Every 8-character piece of the key that shows up in `text`. */
function pieces(text: string, key: string): string[] {
  const found: string[] = [];
  for (let i = 0; i + 8 <= key.length; i++) if (text.includes(key.slice(i, i + 8))) found.push(key.slice(i, i + 8));
  return found;
}

const ID_HEADER = { ai21: "x-request-id", togetherai: "x-request-id", cohere: "x-debug-trace-id" } as const;

/** The row's reply, with the key echoed in a header, in its JSON and in the first words of its stream. */
async function echoing(reply: Response, key: string, idHeader: string): Promise<Response> {
  const headers = new Headers(reply.headers);
  headers.set(idHeader, `req-${key}`);
  headers.set("content-disposition", `attachment; filename="${key}.bin"`);
  headers.delete("content-length");
  const type = headers.get("content-type") ?? "";
  if (reply.status >= 300 && reply.status < 400) return new Response(null, { status: reply.status, headers });
  if (type.includes("event-stream")) {
    // Text deltas: the key goes into every "content"/"text" string of the events, split across chunks.
    const text = await reply.text();
    const echoed = text.replace(/"(content|text)":"/g, `"$1":"${key} `);
    const cut = Math.floor(echoed.indexOf(key) + key.length / 2);
    const chunks = cut > 0 ? [echoed.slice(0, cut), echoed.slice(cut)] : [echoed];
    const enc = new TextEncoder();
    const body = new ReadableStream({
      start(c) {
        for (const chunk of chunks) c.enqueue(enc.encode(chunk));
        c.close();
      },
    });
    return new Response(body, { status: reply.status, headers });
  }
  if (!type.includes("json")) return new Response(await reply.arrayBuffer(), { status: reply.status, headers });
  const text = await reply.text();
  let json: unknown = text ? JSON.parse(text) : null;
  const target = Array.isArray(json) ? json[0] : json;
  if (target && typeof target === "object") Object.assign(target, { echo: `your key is ${key}`, [key]: key });
  else if (json === null) json = { echo: key };
  return new Response(JSON.stringify(json), { status: reply.status, headers });
}

describe.each(contractRows.map((row) => [row.script, row] as const))("%s", (_, row) => {
  test("keeps the key out of the error, its request id and the retry log when a 503 echoes it", async () => {
    const key = keyOf(row);
    const provider = providerOf(row);
    const message = provider === "cohere" ? { message: `bad key ${key}` } : { error: { message: `bad key ${key}` } };
    const headers = { [ID_HEADER[provider]]: `req-${key.slice(2)}`, "retry-after-ms": "1" };
    serve(async () => Response.json(message, { status: 503, headers }));
    const main = await mainOf(row);
    const logs = captureLogs();
    const err = await failure(main(resourceFor(provider), row.body, { max_retries: 1 }).finally(logs.restore));
    expect(err).toBeInstanceOf(ProviderError);
    expect(logs.lines.length).toBeGreaterThan(0);
    // The stack's first line is the message (V8); its frames name files, whose paths may hold anything.
    const head = (err.stack ?? "").split("\n")[0];
    const shown = [err.message, head, JSON.stringify(err), err.requestId ?? "", ...logs.lines].join("\n");
    expect(pieces(shown, key)).toEqual([]);
    expect(err.requestId).toBe("req-[redacted]");
  });

  test("keeps the key out of the result, the live stream and the logs when the 200 replies echo it", async () => {
    const key = keyOf(row);
    const provider = replay(row);
    serve(async (request) => echoing(await provider.handle(request), key, ID_HEADER[providerOf(row)]));
    const main = await mainOf(row);
    const logs = captureLogs();
    const result = await main(resourceFor(providerOf(row)), row.body).finally(logs.restore);
    expect(pieces(JSON.stringify(result) ?? "", key)).toEqual([]);
    expect(pieces(logs.lines.join("\n"), key)).toEqual([]);
    if (row.streamed) expect(logs.streamed()).toContain("[redacted]");
  });
});

test("a value quoted back by validation is masked: the key pasted into the wrong field", async () => {
  const { main } = await import("../../f/togetherai/create_speech.ts");
  const key = AUTH.togetherai.api_key;
  const body = { model: "m", input: "hi", voice: "v", response_format: key as "mp3" };
  const err = await failure(main({ api_key: key }, body));
  expect(err.name).toBe("InputError");
  expect(err.message).toBe('body.response_format: must be one of "mp3", "wav", "raw" (got "[redacted]")');
});

describe("errors built from a 200 reply", () => {
  const key = AUTH.togetherai.api_key;
  test.each([
    [
      "togetherai/submit_queue_job",
      { model: "m", payload: { prompt: "x" } },
      { error: { message: `key ${key} has no queue access` } },
    ],
    ["togetherai/execute_code", { code: "print(1)" }, { data: null, errors: [`session for ${key} expired`] }],
  ])("%s masks the key the reply's error text echoes", async (script, body, reply) => {
    serve(async () => Response.json(reply));
    const { main } = (await import(`../../f/${script}.ts`)) as { main: Main };
    const err = await failure(main(resourceFor("togetherai"), body));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(200);
    expect(pieces([err.message, JSON.stringify(err)].join("\n"), key)).toEqual([]);
    expect(err.message).toContain("[redacted]");
  });
});
