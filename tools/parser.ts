// Windmill's own signature parser (the wasm build the CLI uses), loaded once per process.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { initSync, parse_deno } from "windmill-parser-wasm-ts";

/** The parser's type of one argument or property (windmill-parser `Typ`, as JSON). */
export type Typ =
  | string // "int" | "float" | "bool" | "email" | "sql" | "bytes" | "datetime" | "unknown" ...
  | { str: string[] | null }
  | { object: { name: string | null; props: { key: string; typ: Typ }[] | null } }
  | { list: Typ | null }
  | { resource: string | null }
  | { oneof: { label: string; properties: { key: string; typ: Typ }[] }[] | null }
  | { [other: string]: unknown };

export type ArgSig = {
  name: string;
  typ: Typ;
  otyp: string | null;
  default: unknown;
  has_default: boolean;
};

export type MainSig = {
  type?: string; // "Invalid" when the parser gives up
  error?: string;
  args: ArgSig[];
  auto_kind: string | null; // "lib" when there is no main
  has_preprocessor: boolean | null;
};

let ready = false;

function load(): void {
  if (ready) return;
  const require = createRequire(import.meta.url);
  const wasm = readFileSync(require.resolve("windmill-parser-wasm-ts/windmill_parser_wasm_bg.wasm"));
  initSync({ module: wasm });
  ready = true;
}

/** Parses a TypeScript script exactly as `wmill generate-metadata` does for bun/nativets. */
export function parseMain(code: string): MainSig {
  load();
  return JSON.parse(parse_deno(code)) as MainSig;
}
