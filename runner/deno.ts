// `npm start -- <op> --runtime deno`: the script as a native worker runs it. Bundled by Bun.build with
// Windmill's options, run under Deno in V8 with a 128 MiB heap, Windmill's globals only, and network
// to the one host being called. Arguments (the resource's key included) go over stdin, never the
// environment; the script's console lines come back through this process's console, so the runner
// shows live text and logs exactly as for a Bun run.
import { readFileSync } from "node:fs";
import { bundle } from "./native/bundle.ts";
import { runNative } from "./native/worker.ts";
import { buildArgs, type Inputs, parseParams } from "./invoke.ts";
import { isProviderId, providers } from "./providers.ts";
import { unescapeStream, streamPrefix } from "./capture.ts";

/** An error thrown inside the isolate, as Windmill reports it: its class name, message and stack. */
export class NativeScriptError extends Error {
  constructor(remote: { name: string; message: string; stack?: string }) {
    super(remote.message);
    this.name = remote.name;
    this.stack = remote.stack;
  }
}

/** host:port of the resource's base URL (the provider's default without one): the only host allowed. */
export function calledHost(provider: string, resource: unknown): string {
  const info = isProviderId(provider) ? providers[provider] : undefined;
  const given = (resource as Record<string, unknown> | null)?.[info?.baseField ?? "baseUrl"];
  const base = typeof given === "string" && given.trim() ? given.trim() : info?.defaultBase;
  let url: URL;
  try {
    url = new URL(base ?? "");
  } catch {
    // The script refuses a bad base URL itself, before any request: no host needs allowing.
    return "127.0.0.1:9";
  }
  return url.port ? url.host : `${url.hostname}:${url.protocol === "http:" ? 80 : 443}`;
}

/** Runs `file` under Deno as invokeScript runs it under Bun: same parameters, same result. */
export async function invokeNative(file: string, inputs: Inputs, label: string): Promise<unknown> {
  const params = parseParams(readFileSync(file, "utf8"));
  // A worker passes every parameter, null where the job gave none.
  const args = buildArgs(params, inputs, label).map((a) => a ?? null);
  const host = calledHost(label.split("/")[0]!, inputs.resource);
  let streamed = "";
  const outcome = await runNative(
    label,
    await bundle(file),
    args,
    { allowNet: [host] },
    {
      onLine(line, stream) {
        if (stream === "stderr") return console.error(line);
        if (line.startsWith(streamPrefix)) streamed += unescapeStream(line.slice(streamPrefix.length));
        console.log(line);
      },
    },
  );
  if (outcome.killed === "heap") {
    throw new NativeScriptError({ name: "Error", message: "Memory limit reached, killing isolate (128 MiB heap)" });
  }
  if (outcome.killed) {
    const why = outcome.stderr
      .filter((l) => !l.startsWith("\x1e"))
      .slice(-5)
      .join("\n");
    throw new NativeScriptError({ name: "Error", message: `Deno exited during the job: ${why}` });
  }
  if (!outcome.ok) throw new NativeScriptError(outcome.error!);
  // As a worker does: a job that streamed and returned nothing has the streamed text as its result.
  return outcome.result === null && streamed ? streamed : outcome.result;
}
