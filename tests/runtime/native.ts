// Windmill's native runtime for tests: a script bundled as a worker bundles it and run under Deno with
// a 128 MiB heap, Windmill's globals only and network to one loopback server (runner/native/). The
// runtime, heap and binary-cap tests build on these helpers; a bundle is built once per test process.
import type { Server } from "bun";
import { bundle } from "../../runner/native/bundle.ts";
import { type NativeOptions, type NativeOutcome, NativeWorker, runNative } from "../../runner/native/worker.ts";

export { bundle } from "../../runner/native/bundle.ts";
export {
  type NativeOptions,
  type NativeOutcome,
  NativeWorker,
  runNative,
  streamLines,
  windmillEnv,
} from "../../runner/native/worker.ts";

export type Handler = (request: Request) => Response | Promise<Response>;

/** A provider played over real TCP on 127.0.0.1; `handler` can be swapped between calls. */
export interface Loopback {
  origin: string;
  /** The one host:port a Deno run may reach. */
  host: string;
  handler: Handler;
  stop(): void;
}

export function loopback(handler: Handler = () => new Response("no handler", { status: 599 })): Loopback {
  const lb: Loopback = {
    origin: "",
    host: "",
    handler,
    stop: () => server.stop(true),
  };
  const server: Server<undefined> = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    // Binary results at their caps take a while to send; the default 10 s idle limit is not the test.
    idleTimeout: 60,
    fetch: (request) => lb.handler(request),
  });
  lb.host = `127.0.0.1:${server.port}`;
  lb.origin = `http://${lb.host}`;
  return lb;
}

export interface NativeRun extends Partial<Omit<NativeOptions, "allowNet">> {
  /** The server the script may call: the only network it gets. */
  server: Loopback;
}

/** `f/<script>.ts` bundled and run once in a fresh Deno process, as one job in its own isolate. */
export async function runScript(script: string, args: unknown[], run: NativeRun): Promise<NativeOutcome> {
  const { server, ...options } = run;
  return runNative(script, await bundle(`f/${script}.ts`), args, { ...options, allowNet: [server.host] });
}

/** A worker for many calls against one server (one Deno process, one fresh module per call). */
export function scriptWorker(run: NativeRun) {
  const { server, ...options } = run;
  const worker = new NativeWorker({ ...options, allowNet: [server.host] });
  return {
    worker,
    async call(script: string, args: unknown[]) {
      return worker.call(script, await bundle(`f/${script}.ts`), args);
    },
    close: () => worker.close(),
  };
}
