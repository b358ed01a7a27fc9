// Calls a script's `main` the way a Windmill worker does: arguments are matched to
// parameters by name, using Windmill's own signature parser, so a script with fewer
// parameters, or other names, gets exactly what it declares.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { initSync, parse_deno } from "windmill-parser-wasm-ts";
import { UsageError } from "./errors.ts";

export type Param = { name: string; hasDefault: boolean };
export type Inputs = {
  resource: unknown;
  body?: unknown;
  options: Record<string, number>;
  extra: Record<string, string>;
};

let parserReady = false;

export function parseParams(code: string): Param[] {
  if (!parserReady) {
    const wasm = createRequire(import.meta.url).resolve("windmill-parser-wasm-ts/windmill_parser_wasm_bg.wasm");
    initSync({ module: readFileSync(wasm) });
    parserReady = true;
  }
  const parsed = JSON.parse(parse_deno(code)) as { args?: { name: string; has_default: boolean }[]; error?: string };
  if (!parsed.args) throw new Error(`cannot read main's parameters: ${parsed.error ?? "parse failed"}`);
  return parsed.args.map((arg) => ({ name: arg.name, hasDefault: arg.has_default }));
}

/** --arg values are JSON when they parse as JSON (numbers, objects...), else plain strings. */
function argValue(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

export function buildArgs(params: Param[], inputs: Inputs, label: string): unknown[] {
  const names = params.map((p) => p.name);
  const unknown = Object.keys(inputs.extra).filter((name) => !names.slice(1).includes(name));
  if (unknown.length) {
    throw new UsageError(`${label} has no parameter ${unknown.join(", ")}; its parameters are: ${names.join(", ")}`);
  }
  if (inputs.body !== undefined && !names.includes("body")) {
    const others = names.slice(1).filter((n) => n !== "options");
    const tip = others.length ? ` (use --arg ${others[0]}=...)` : "";
    throw new UsageError(`${label} takes no body; its parameters are: ${names.join(", ")}${tip}`);
  }
  const hasOptions = Object.keys(inputs.options).length > 0;
  if (hasOptions && !names.includes("options")) {
    throw new UsageError(`${label} takes no options, so --max-retries and --timeout do not apply`);
  }
  return params.map((param, index) => {
    if (index === 0) return inputs.resource; // the resource is always the first parameter
    if (param.name in inputs.extra) return argValue(inputs.extra[param.name]!);
    if (param.name === "body") return inputs.body ?? (param.hasDefault ? undefined : {});
    if (param.name === "options") return hasOptions ? inputs.options : undefined;
    return undefined;
  });
}

export async function invokeScript(file: string, inputs: Inputs, label: string): Promise<unknown> {
  const params = parseParams(readFileSync(file, "utf8"));
  const module = (await import(pathToFileURL(file).href)) as { main?: (...args: unknown[]) => unknown };
  if (typeof module.main !== "function") throw new UsageError(`${label} does not export a main function`);
  return await module.main(...buildArgs(params, inputs, label));
}
