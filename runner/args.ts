// Command-line parsing, kept pure (argv in, plain object out) so it is easy to test.
// The tokenising is node:util's parseArgs; this file only states the flags and turns
// their raw values into what the runner needs.
import { parseArgs as parseFlags } from "node:util";
import { InputError } from "../f/core/errors.ts";
import { checkOptions } from "../f/core/options.ts";
import { UsageError } from "./errors.ts";
import type { FileInput } from "./file_inputs.ts";

export type Command = "run" | "list" | "help" | "tour";

export type ParsedArgs = {
  command: Command;
  operation?: string;
  /** raw --body value: inline JSON, @file.json or @- for stdin */
  body?: string;
  /** raw --resource value: @file.json or a Windmill resource path */
  resource?: string;
  options: { max_retries?: number; timeout_seconds?: number };
  /** --arg name=value, for scripts with parameters other than auth/body/options */
  extra: Record<string, string>;
  /** --file body.<field>=path: local files read into file fields */
  files: FileInput[];
  json: boolean;
  out?: string;
  emulator: boolean;
  root?: string;
  /** --runtime deno: the bundled script under Deno, as a Windmill native worker runs it */
  runtime: "bun" | "deno";
};

/** Every flag the runner knows; add one here and read it below. */
const flags = {
  body: { type: "string" },
  resource: { type: "string" },
  "max-retries": { type: "string" },
  timeout: { type: "string" },
  arg: { type: "string", multiple: true },
  file: { type: "string", multiple: true },
  out: { type: "string" },
  root: { type: "string" },
  runtime: { type: "string" },
  json: { type: "boolean" },
  emulator: { type: "boolean" },
  list: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

function number(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(value)) throw new UsageError(`${flag} needs a number, got '${raw}'`);
  return value;
}

/** The flags set `options`, so they get its bounds from the scripts' own check (f/core), before any call. */
function checkedOptions(options: ParsedArgs["options"]): ParsedArgs["options"] {
  try {
    checkOptions(options);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const flag = error.path === "options.max_retries" ? "--max-retries" : "--timeout";
    throw new UsageError(`${flag} ${error.rule}`);
  }
  return options;
}

/** parseArgs' own errors, in the runner's words (the flag is the quoted `-x` or `--x`). */
function usage(error: unknown): never {
  const { code, message } = error as { code?: string; message: string };
  const flag = /'(--?[^' =]+)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new UsageError(`unknown option ${flag} (see --help)`);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    if (message.includes("does not take an argument")) throw new UsageError(`${flag} takes no value`);
    // "argument missing", or the next word is another flag: "--body --json"
    throw new UsageError(`${flag} needs a value (write ${flag}=-x for a value that starts with a dash)`);
  }
  throw error;
}

function runtimeOf(raw: string | undefined): ParsedArgs["runtime"] {
  if (raw === undefined || raw === "bun" || raw === "deno") return raw ?? "bun";
  throw new UsageError(`--runtime takes bun or deno, got '${raw}'`);
}

function extraArgs(pairs: string[] = []): Record<string, string> {
  const extra: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new UsageError(`--arg needs name=value, got '${pair}'`);
    extra[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return extra;
}

function fileArgs(pairs: string[] = []): FileInput[] {
  return pairs.map((pair) => {
    const at = pair.indexOf("=");
    if (at <= 0 || at === pair.length - 1) throw new UsageError(`--file needs body.<field>=PATH, got '${pair}'`);
    return { field: pair.slice(0, at), path: pair.slice(at + 1) };
  });
}

function tokens(argv: string[]) {
  try {
    return parseFlags({ args: argv, options: flags, allowPositionals: true, strict: true });
  } catch (error) {
    return usage(error);
  }
}

export function parseArgs(argv: string[]): ParsedArgs {
  const { values, positionals } = tokens(argv);
  if (positionals.length > 1) {
    throw new UsageError(`one operation at a time: got '${positionals[0]}' and '${positionals[1]}'`);
  }
  const options: ParsedArgs["options"] = {};
  const retries = number("--max-retries", values["max-retries"]);
  const timeout = number("--timeout", values.timeout);
  if (retries !== undefined) options.max_retries = retries;
  if (timeout !== undefined) options.timeout_seconds = timeout;
  const args: ParsedArgs = {
    command: "run",
    operation: positionals[0],
    body: values.body,
    resource: values.resource,
    options: checkedOptions(options),
    extra: extraArgs(values.arg),
    files: fileArgs(values.file),
    json: values.json ?? false,
    out: values.out,
    emulator: values.emulator ?? false,
    root: values.root,
    runtime: runtimeOf(values.runtime),
  };
  if (values.help) args.command = "help";
  else if (values.list) args.command = "list";
  else if (!args.operation) {
    const runFlags = (args.body ?? args.resource ?? args.out) !== undefined || Object.keys(options).length;
    if (runFlags || args.files.length || args.runtime !== "bun") {
      throw new UsageError("no operation given: name one, e.g. cohere/chat (see --list)");
    }
    args.command = "tour";
  }
  return args;
}
