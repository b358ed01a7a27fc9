// The offline emulator: one loopback HTTP server playing AI21, Together and Cohere under
// /ai21, /togetherai and /cohere. Chat is answered live (see emulator_openai/cohere);
// every other operation is served from fixtures/<provider>/. It is what `npm start` talks
// to when no API key is configured, so it must behave like the real wire, errors included.
// Run it alone with `bun runner/emulator.ts [port]` to point any client at it.
import { contentKind, fixtureResponse, loadFixtures, matchFixture } from "../fixtures/index.ts";
import { cohereChat } from "./emulator_cohere.ts";
import { errorResponse } from "./emulator_errors.ts";
import { answerLive, storageUpload } from "./emulator_live.ts";
import { togetherMedia } from "./emulator_media.ts";
import { openaiChat } from "./emulator_openai.ts";
import { isProviderId, makeResource, type ProviderId } from "./providers.ts";

// No 8-character piece of it may occur in messages: scripts mask any such fragment of the key.
export const emulatorApiKey = "emu-0000-key";

export type EmulatorOptions = {
  apiKey?: string;
  /** pause between streamed events; small but visible, so streaming is observable */
  delayMs?: number;
  port?: number;
  fixturesDir?: string;
};

export type Emulator = {
  url: string;
  apiKey: string;
  baseUrl(provider: ProviderId): string;
  resource(provider: ProviderId): Record<string, string>;
  stop(): void;
};

async function readJson(request: Request): Promise<unknown> {
  if (request.method === "GET" || contentKind(request.headers) !== "json") return {};
  const text = await request.text();
  return text ? JSON.parse(text) : {};
}

export async function handle(request: Request, options: EmulatorOptions = {}): Promise<Response> {
  const { apiKey = emulatorApiKey, delayMs = 25 } = options;
  const url = new URL(request.url);
  const [, prefix = "", ...rest] = url.pathname.split("/");
  // Presigned upload URLs (Together's file upload) take the bytes without the API key.
  if (prefix === STORAGE) return storageUpload(request, rest.join("/"));
  if (!isProviderId(prefix)) {
    const help = "use /ai21, /togetherai or /cohere as the base URL path";
    return Response.json({ message: `unknown provider prefix '/${prefix}': ${help}` }, { status: 404 });
  }
  const provider: ProviderId = prefix;
  const path = "/" + rest.join("/");
  const auth = request.headers.get("authorization");
  if (auth !== `Bearer ${apiKey}`) {
    const why = auth ? "invalid api token" : "no api key supplied";
    return errorResponse(provider, 401, `${why} (the emulator accepts only '${apiKey}')`);
  }
  let body: unknown;
  try {
    body = await readJson(request);
  } catch {
    return errorResponse(provider, provider === "ai21" ? 422 : 400, "request body is not valid JSON");
  }
  const post = request.method === "POST";
  if (post && provider === "cohere" && path === "/v2/chat") return cohereChat(body as object, delayMs);
  if (post && provider !== "cohere" && path === "/chat/completions") {
    return openaiChat(provider, body as object, delayMs);
  }
  const live = await answerLive(provider, request, path, body, url.origin);
  if (live) return live;
  const fixtures = loadFixtures(provider, options.fixturesDir);
  const media = provider === "togetherai" && togetherMedia(request.method, path, body, fixtures);
  if (media) return media;
  const fixture = matchFixture(fixtures, request.method, path, body);
  if (fixture) return toLocalStorage(fixtureResponse(fixture, delayMs), url.origin);
  const what = `${request.method} ${path}`;
  return errorResponse(provider, 404, `Not Found: the emulator has no fixture for ${what} (fixtures/${provider}/)`);
}

const STORAGE = "_storage";

/** A recorded redirect to the provider's object storage is pointed at the emulator's own. */
function toLocalStorage(response: Response | Promise<Response>, origin: string): Promise<Response> {
  return Promise.resolve(response).then((r) => {
    const location = r.headers.get("location");
    if (!location || !/^https?:\/\//.test(location)) return r;
    const target = new URL(location);
    const headers = new Headers(r.headers);
    headers.set("location", `${origin}/${STORAGE}/${target.host}${target.pathname}${target.search}`);
    return new Response(r.body, { status: r.status, headers });
  });
}

export function startEmulator(options: EmulatorOptions = {}): Emulator {
  const apiKey = options.apiKey ?? emulatorApiKey;
  const server = Bun.serve({
    hostname: "127.0.0.1",
    port: options.port ?? 0,
    // streamed replies pause between events; never let the server cut a slow stream
    idleTimeout: 0,
    fetch: (request) => handle(request, { ...options, apiKey }),
  });
  const url = `http://127.0.0.1:${server.port}`;
  const baseUrl = (provider: ProviderId) => `${url}/${provider}`;
  return {
    url,
    apiKey,
    baseUrl,
    resource: (provider) => makeResource(provider, apiKey, baseUrl(provider)),
    stop: () => void server.stop(true),
  };
}

if (import.meta.main) {
  const emulator = startEmulator({ port: Number(process.argv[2] ?? 0) });
  console.log(`Emulator listening; API key '${emulator.apiKey}'. Base URLs:`);
  for (const provider of ["ai21", "togetherai", "cohere"] as const) {
    console.log(`  ${provider.padEnd(10)} ${emulator.baseUrl(provider)}`);
  }
}
