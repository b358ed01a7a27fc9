// Command-line parsing, kept pure (argv in, plain object out) so it is easy to test.
import { UsageError } from "./errors.ts";

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
  json: boolean;
  out?: string;
  emulator: boolean;
  root?: string;
};

const valueFlags = ["--body", "--resource", "--max-retries", "--timeout", "--arg", "--out", "--root"];
const booleanFlags = ["--json", "--emulator", "--list", "--help", "-h"];

function number(flag: string, raw: string, integer: boolean): number {
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
    throw new UsageError(`${flag} needs a ${integer ? "whole " : ""}number >= 0, got '${raw}'`);
  }
  return value;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const parsed: ParsedArgs = { command: "run", options: {}, extra: {}, json: false, emulator: false };
  let list = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    const eq = token.startsWith("--") ? token.indexOf("=") : -1;
    const flag = eq > 0 ? token.slice(0, eq) : token;
    if (booleanFlags.includes(flag)) {
      if (eq > 0) throw new UsageError(`${flag} takes no value`);
      if (flag === "--json") parsed.json = true;
      else if (flag === "--emulator") parsed.emulator = true;
      else if (flag === "--list") list = true;
      else help = true;
      continue;
    }
    if (valueFlags.includes(flag)) {
      const value = eq > 0 ? token.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      if (flag === "--body") parsed.body = value;
      else if (flag === "--resource") parsed.resource = value;
      else if (flag === "--out") parsed.out = value;
      else if (flag === "--root") parsed.root = value;
      else if (flag === "--max-retries") parsed.options.max_retries = number(flag, value, true);
      else if (flag === "--timeout") parsed.options.timeout_seconds = number(flag, value, false);
      else {
        const at = value.indexOf("=");
        if (at <= 0) throw new UsageError(`--arg needs name=value, got '${value}'`);
        parsed.extra[value.slice(0, at)] = value.slice(at + 1);
      }
      continue;
    }
    if (token.startsWith("-")) throw new UsageError(`unknown option ${flag} (see --help)`);
    if (parsed.operation) throw new UsageError(`one operation at a time: got '${parsed.operation}' and '${token}'`);
    parsed.operation = token;
  }
  if (help) parsed.command = "help";
  else if (list) parsed.command = "list";
  else if (!parsed.operation) {
    const runFlags = parsed.body ?? parsed.resource ?? parsed.out;
    if (runFlags !== undefined || Object.keys(parsed.options).length) {
      throw new UsageError("no operation given: name one, e.g. cohere/chat (see --list)");
    }
    parsed.command = "tour";
  }
  return parsed;
}
