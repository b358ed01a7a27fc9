// Finds the operations: every f/<provider>/<name>.ts exporting `main` (files without it are
// libraries, as on Windmill), with the one-line summary from <name>.script.yaml.
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { parse } from "yaml";
import { hasMain as exportsMain, isTestFile } from "../tools/script_files.ts";
import { UsageError } from "./errors.ts";
import { listOperations as listScriptOperations } from "../tools/script_files.ts";
import { isProviderId, providerIds, type ProviderId } from "./providers.ts";

export type Operation = { id: string; provider: ProviderId; file: string; summary: string };

/** The `summary:` of <name>.script.yaml; until that exists, the script's first comment. */
function summaryOf(file: string): string {
  const yamlFile = file.replace(/\.ts$/, ".script.yaml");
  try {
    const meta = existsSync(yamlFile) ? (parse(readFileSync(yamlFile, "utf8")) as { summary?: unknown } | null) : null;
    if (typeof meta?.summary === "string" && meta.summary.trim()) return meta.summary.trim();
  } catch {
    // a broken yaml must not hide the operation from --list
  }
  const comment = readFileSync(file, "utf8").match(/^\/\/(?!native)\s*(.+)$/m)?.[1] ?? "";
  return comment.replace(/\s*https?:\/\/\S+/, "").trim();
}

export function listOperations(root: string): Operation[] {
  return listScriptOperations(root)
    .filter((op) => isProviderId(op.provider))
    .map((op) => {
      const file = join(root, op.path);
      return { id: op.id, provider: op.provider as ProviderId, file, summary: summaryOf(file) };
    });
}

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/** Accepts `cohere/chat`, `f/cohere/chat`, `f/cohere/chat.ts`, or a path to any script file
 *  inside a provider-named folder (handy for trying a script before it joins the repo). */
export function findOperation(root: string, name: string): Operation {
  const id = name.replace(/^\.?\/?(f\/)?/, "").replace(/\.ts$/, "");
  const direct = directOperation(root, id);
  if (direct) return direct;
  const operations = listOperations(root);
  const known = operations.find((op) => op.id === id);
  if (known) return known;
  if (name.endsWith(".ts") && existsSync(name)) {
    const file = resolve(name);
    const provider = basename(dirname(file));
    if (!isProviderId(provider)) {
      throw new UsageError(`${name}: put the script in a folder named after its provider (${providerIds.join(", ")})`);
    }
    return { id: `${provider}/${basename(file, ".ts")}`, provider, file, summary: summaryOf(file) };
  }
  const word = id.split("/").pop() ?? id;
  const close = operations
    .map((op) => ({ op, d: distance(op.id, id) }))
    .filter(({ op, d }) => d <= 3 || (word.length > 2 && op.id.includes(word)))
    .sort((x, y) => x.d - y.d)
    .slice(0, 3)
    .map(({ op }) => op.id);
  const hint = close.length ? ` Did you mean ${close.join(", ")}?` : "";
  throw new UsageError(`unknown operation '${name}'.${hint} See all with: npm start -- --list`);
}

/** `provider/name` when f/<provider>/<name>.ts is a script: found without reading every script's
 *  metadata, which costs a run a few hundred milliseconds. */
function directOperation(root: string, id: string): Operation | undefined {
  const [provider = "", name = "", ...more] = id.split("/");
  if (more.length || !isProviderId(provider) || !/^[\w-]+$/.test(name) || isTestFile(`${name}.ts`)) return undefined;
  const file = join(root, "f", provider, `${name}.ts`);
  if (!existsSync(file) || !exportsMain(readFileSync(file, "utf8"))) return undefined;
  return { id, provider, file, summary: summaryOf(file) };
}
