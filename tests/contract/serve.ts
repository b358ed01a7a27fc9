// Replays one contract row as a provider would: a web-standard `Request -> Response` handler that
// answers the row's exchanges in order and records what it received. MSW (the Bun contract test)
// and a loopback server (the Windmill-runtime check under Deno) both serve a row through it.
import { type Carried, fixtureResponse, type Fixture, readBody } from "../../fixtures/wire.ts";
import type { ContractRow, Exchange } from "./table.ts";

export type Received = Carried & {
  method: string;
  /** Path and query below the origin, as sent. */
  path: string;
  headers: Record<string, string>;
};

export interface Replay {
  handle(request: Request): Promise<Response>;
  received: Received[];
}

/** A fixture by name ("togetherai/get_file", "cohere/chat.stream"), read as a JSON module. */
export async function loadFixture(name: string): Promise<Fixture> {
  const raw = (await import(`../../fixtures/${name}.json`, { with: { type: "json" } })).default;
  const [operation = "", ...variant] = (name.split("/")[1] ?? "").split(".");
  return { name, operation, variant, ...raw };
}

/** The reply an exchange names, as a Response. */
export async function replyOf(exchange: Exchange): Promise<Response> {
  const reply = exchange.reply;
  if ("fixture" in reply) return fixtureResponse(await loadFixture(reply.fixture));
  return fixtureResponse({ response: reply });
}

/** The JSON the last exchange answers with: what a row's script returns unless the row says otherwise. */
export async function lastReplyJson(row: ContractRow): Promise<unknown> {
  const reply = row.exchanges.at(-1)!.reply;
  const json = "fixture" in reply ? (await loadFixture(reply.fixture)).response.json : reply.json;
  return json === undefined ? null : json;
}

export function replay(row: ContractRow): Replay {
  const received: Received[] = [];
  return {
    received,
    async handle(request) {
      const url = new URL(request.url);
      received.push({
        method: request.method,
        path: url.pathname + url.search,
        headers: Object.fromEntries(request.headers),
        ...(await readBody(request)),
      });
      const exchange = row.exchanges[received.length - 1];
      if (!exchange)
        return Response.json(
          { message: `${row.script}: request ${received.length} was not expected` },
          { status: 599 },
        );
      return replyOf(exchange);
    },
  };
}

/** A request as the contract compares it. */
export type RequestSummary = {
  method: string;
  path: string;
  authorization?: string;
  json?: unknown;
  form?: Record<string, string | string[]>;
  base64?: string;
};

/** What an exchange says the provider receives, shaped as `receivedRequest` shapes what it got. */
export function expectedRequest(exchange: Exchange, key: string): RequestSummary {
  return {
    method: exchange.method,
    path: exchange.path,
    authorization: exchange.bearer === false ? undefined : `Bearer ${key}`,
    json: exchange.json,
    form: exchange.form,
    base64: exchange.base64,
  };
}

export function receivedRequest(r: Received): RequestSummary {
  return {
    method: r.method,
    path: r.path,
    authorization: r.headers.authorization,
    json: r.json ?? r.text,
    form: r.form,
    base64: r.base64,
  };
}
