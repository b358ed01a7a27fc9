// `timeout_seconds` bounds each silence while a body is read, for every script whose provider answers
// JSON (table.ts rows): the last reply trickles in with gaps shorter than the timeout, for longer than
// the timeout in all, and succeeds; the same reply stalling longer than the timeout fails as a timeout.
// Over real TCP, one loopback server per row, the rows side by side.
import { afterAll, describe, expect, test } from "bun:test";
import { ProviderError } from "../../f/core/errors.ts";
import { lastReplyJson, loadFixture, replay } from "./serve.ts";
import { type ContractRow, contractRows, providerOf, resourceFor } from "./table.ts";

const TIMEOUT_S = 0.2;
type Main = (auth: unknown, body: unknown, options?: unknown) => Promise<unknown>;

async function answersJson(row: ContractRow): Promise<boolean> {
  const reply = row.exchanges.at(-1)!.reply;
  if (!("fixture" in reply)) return reply.json !== undefined;
  const { response } = await loadFixture(reply.fixture);
  return response.json !== undefined && response.events === undefined;
}
const rows: ContractRow[] = [];
for (const row of contractRows) if (!("result" in row) && (await answersJson(row))) rows.push(row);

/** The body in four pieces, `gaps` ms apart (the last gap after the third piece). */
function pieces(reply: Response, gaps: number[]): Response {
  const enc = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(c) {
      const text = await reply.text();
      const size = Math.ceil(text.length / 4);
      for (let i = 0; i < 4; i++) {
        if (i > 0) await Bun.sleep(gaps[i - 1]!);
        c.enqueue(enc.encode(text.slice(i * size, (i + 1) * size)));
      }
      c.close();
    },
  });
  const headers = new Headers(reply.headers);
  headers.delete("content-length");
  return new Response(body, { status: reply.status, headers });
}

const servers: { stop(force: boolean): void }[] = [];
afterAll(() => {
  for (const s of servers) s.stop(true);
});

/** Runs the row against its own loopback server whose last reply arrives in pieces `gaps` apart. */
async function run(row: ContractRow, gaps: number[]) {
  const provider = replay(row);
  const server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    idleTimeout: 0,
    fetch: async (request) => {
      const reply = await provider.handle(request);
      return provider.received.length === row.exchanges.length ? pieces(reply, gaps) : reply;
    },
  });
  servers.push(server);
  const main: Main = (await import(`../../f/${row.script}.ts`)).main;
  const options = { timeout_seconds: TIMEOUT_S, max_retries: 0 };
  const started = Date.now();
  const outcome = await main(resourceFor(providerOf(row), `http://127.0.0.1:${server.port}`), row.body, options).then(
    (result) => ({ result }),
    (error) => ({ error }),
  );
  return { ...outcome, ms: Date.now() - started };
}

describe("a JSON reply read chunk by chunk", () => {
  test("covers most of the table", () => expect(rows.length).toBeGreaterThan(50));

  describe.each(rows.map((row) => [row.script, row] as const))("%s", (_, row) => {
    test.concurrent("succeeds while each gap is shorter than the timeout, though the whole is longer", async () => {
      const { result, error, ms } = (await run(row, [80, 80, 80])) as { result?: unknown; error?: unknown; ms: number };
      expect(error).toBeUndefined();
      expect(result).toEqual(await lastReplyJson(row));
      expect(ms).toBeGreaterThan(TIMEOUT_S * 1000);
    });

    test.concurrent("fails as a timeout when the reply stalls longer than the timeout", async () => {
      const { error } = (await run(row, [10, 600, 10])) as { error?: ProviderError };
      expect(error).toBeInstanceOf(ProviderError);
      expect(error!.message).toContain(` network: timed out after ${TIMEOUT_S} s reading the response`);
    });
  });
});
