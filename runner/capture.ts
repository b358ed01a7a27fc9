// Plays the Windmill worker's part for console output: a line `WM_STREAM: <text>` (what
// windmill-client's appendToResultStream prints, newlines escaped as \n) is live result
// text; every other console line is an ordinary job log.
import { format } from "node:util";

export const streamPrefix = "WM_STREAM: ";

export function unescapeStream(text: string): string {
  return text.replace(/\\n/g, "\n");
}

export type CaptureSinks = {
  stream(text: string): void;
  log(line: string): void;
};

const methods = ["log", "info", "debug", "warn", "error", "trace"] as const;

/** Redirects console.* until the returned function is called. */
export function captureConsole(sinks: CaptureSinks): () => void {
  const saved = methods.map((name) => [name, console[name]] as const);
  for (const name of methods) {
    console[name] = (...args: unknown[]) => {
      const first = args[0];
      if (name === "log" && args.length === 1 && typeof first === "string" && first.startsWith(streamPrefix)) {
        sinks.stream(unescapeStream(first.slice(streamPrefix.length)));
        return;
      }
      sinks.log(format(...args));
    };
  }
  return () => {
    for (const [name, original] of saved) console[name] = original;
  };
}
