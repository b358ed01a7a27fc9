// One operation, start to finish: resource, live stream, result. Shared by the CLI and the
// tour; the caller owns the emulator so the tour can reuse one server for every provider.
import type { SavedBlob } from "./blobs.ts";
import { captureConsole } from "./capture.ts";
import type { Operation } from "./discover.ts";
import { startEmulator, type Emulator } from "./emulator.ts";
import { invokeNative } from "./deno.ts";
import { invokeScript } from "./invoke.ts";
import type { Printer } from "./printer.ts";
import { attachFiles, type FileInput } from "./file_inputs.ts";
import { providerIds, providers } from "./providers.ts";
import { resolveResource } from "./resource.ts";
import { checkOutPath, saveFiles } from "./save_files.ts";

export type RunInput = {
  operation: Operation;
  body?: unknown;
  resourceSpec?: string;
  forceEmulator?: boolean;
  options: Record<string, number>;
  extra: Record<string, string>;
  out?: string;
  /** --file body.<field>=path */
  files?: FileInput[];
  env?: Record<string, string | undefined>;
  /** one-line result, for the tour */
  brief?: boolean;
  /** "deno": bundled and run under Deno as a native worker runs it (runner/deno.ts) */
  runtime?: "bun" | "deno";
};

/** Starts the emulator on first use only: runs with real credentials never open a port. */
export class EmulatorHandle {
  private emulator?: Emulator;
  get(delayMs?: number): Emulator {
    this.emulator ??= startEmulator({ delayMs });
    return this.emulator;
  }
  stop(): void {
    this.emulator?.stop();
    this.emulator = undefined;
  }
}

function save(result: unknown, file: string, printer: Printer): SavedBlob[] {
  const { saved, warnings } = saveFiles(result, file);
  if (!saved.length) printer.note(`--out ${file}: the result holds no file content, nothing saved`);
  for (const warning of warnings) printer.warn(warning);
  return saved;
}

/** Every key the environment holds, masked in what is printed even before a resource is chosen. */
const envSecrets = (env: Record<string, string | undefined>) =>
  ["WM_TOKEN", ...providerIds.map((id) => providers[id].keyEnv)].flatMap((name) => env[name] ?? []);

export async function runOperation(input: RunInput, printer: Printer, emulators: EmulatorHandle): Promise<unknown> {
  const { operation, env = process.env } = input;
  // Everything the runner can check is checked before main: a mistake exits 2 and costs no call.
  if (input.out) checkOutPath(input.out);
  let body = input.body;
  if (input.files?.length) {
    const attached = attachFiles(operation, body, input.files);
    body = attached.body;
    for (const note of attached.notes) printer.note(note);
  }
  printer.secrets = envSecrets(env);
  const resolved = await resolveResource({
    provider: operation.provider,
    spec: input.resourceSpec,
    forceEmulator: input.forceEmulator,
    env: input.env,
    emulator: () => emulators.get().resource(operation.provider),
  });
  printer.secrets = [...printer.secrets, ...resolved.secrets];
  printer.note(`Using ${resolved.source}${resolved.emulated ? ": simulated answers, no network." : "."}`);
  const started = performance.now();
  const restore = captureConsole({ stream: (t) => printer.stream(t), log: (l) => printer.log(l) });
  let result: unknown;
  try {
    const invoke = input.runtime === "deno" ? invokeNative : invokeScript;
    result = await invoke(
      operation.file,
      { resource: resolved.resource, body, options: input.options, extra: input.extra },
      operation.id,
    );
    // Windmill also streams a returned AsyncGenerator; its result is then the joined text
    if (result && typeof result === "object" && Symbol.asyncIterator in result) {
      let text = "";
      for await (const piece of result as AsyncIterable<unknown>) {
        printer.stream(String(piece));
        text += String(piece);
      }
      result = text;
    }
  } finally {
    restore();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const saved = input.out ? save(result, input.out, printer) : [];
  const detail = `${operation.id}, ${seconds} s${resolved.emulated ? ", emulated" : ""}`;
  printer.result(result, saved, detail, input.brief);
  return result;
}
