// The emulator for a flow test file, reached over TCP like the real APIs, with no streaming pauses.
// It records every call, and `fault` may answer a call instead (a provider outage, say).
import { afterAll } from "bun:test";
import { emulatorApiKey, handle } from "../../runner/emulator.ts";
import { makeResource, type ProviderId } from "../../runner/providers.ts";

export type Call = { method: string; path: string; body: any };

export function flowEmulator(fault?: (call: Call) => Response | undefined) {
  const calls: Call[] = [];
  const server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    fetch: async (request) => {
      const text = await request.clone().text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        /* a form or bytes: kept as text */
      }
      const call = { method: request.method, path: new URL(request.url).pathname, body };
      calls.push(call);
      return fault?.(call) ?? handle(request, { delayMs: 0 });
    },
  });
  afterAll(() => server.stop(true));
  const url = `http://127.0.0.1:${server.port}`;
  return {
    url,
    calls,
    resource: (provider: ProviderId) => makeResource(provider, emulatorApiKey, `${url}/${provider}`),
  };
}

/** Together's error body (providers.md): {error: {message, type, param, code}}. */
export function togetherError(status: number, message: string): Response {
  const type = status >= 500 ? "server_error" : "invalid_request_error";
  return Response.json({ error: { message, type, param: null, code: null } }, { status });
}
