// Script discovery, written once. Which files under f/ are Windmill modules (and so need a
// .script.yaml): every .ts that is not a test; of those, the operations are the files exporting
// `main` (the others are libraries, as on Windmill). Everything data-driven (generator, staleness,
// typing, contract and spec tests, the runner's --list) enumerates through here, so a script
// added later is covered without touching a test.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const SCRIPT_ROOT = "f";

export function isTestFile(name: string): boolean {
  return name.endsWith(".test.ts");
}

function walk(root: string, rel: string, out: string[]): void {
  const dir = join(root, rel);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = `${rel}/${entry.name}`;
    if (entry.isDirectory()) walk(root, path, out);
    else out.push(path);
  }
}

/** Every file under `<root>/f`, as repo-relative paths with `/`, sorted. */
export function listTree(root: string): string[] {
  if (!existsSync(join(root, SCRIPT_ROOT))) return [];
  const out: string[] = [];
  walk(root, SCRIPT_ROOT, out);
  return out.sort();
}

/** A file of a flow folder (`<name>__flow/`): flow.yaml or one of its inline steps, not a script. */
export function isFlowFile(path: string): boolean {
  return path.split("/").some((part) => part.endsWith("__flow"));
}

/** Repo-relative paths of the scripts and library modules under f/ (tests and flows' inline steps excluded). */
export function listScripts(root: string): string[] {
  return listTree(root).filter((p) => p.endsWith(".ts") && !isTestFile(p) && !isFlowFile(p));
}

/** Repo-relative paths of the flow folders under f/ (`f/<folder>/<name>__flow`). */
export function listFlows(root: string): string[] {
  return listTree(root)
    .filter((p) => p.endsWith("__flow/flow.yaml"))
    .map((p) => p.slice(0, -"/flow.yaml".length));
}

const MAIN = /^export\s+(async\s+)?function\s+main\s*\(|^export\s+(const|let)\s+main\s*=/m;

/** A script (an operation) rather than a library module: it exports `main`. */
export function hasMain(code: string): boolean {
  return MAIN.test(code);
}

export type Operation = {
  /** "togetherai/get_file" */
  id: string;
  /** "togetherai" */
  provider: string;
  /** "f/togetherai/get_file.ts", repo-relative */
  path: string;
};

/** The operations: `f/<provider>/<name>.ts` files exporting main, sorted by id. */
export function listOperations(root: string): Operation[] {
  return listScripts(root)
    .filter((path) => path.split("/").length === 3 && !path.endsWith(".d.ts") && hasMain(readText(root, path) ?? ""))
    .map((path) => ({ id: path.slice(SCRIPT_ROOT.length + 1, -".ts".length), provider: folderOf(path), path }));
}

export function metadataPath(scriptPath: string): string {
  return scriptPath.replace(/\.ts$/, ".script.yaml");
}

/** The provider folder of `f/<provider>/<name>.ts`. */
export function folderOf(scriptPath: string): string {
  return scriptPath.split("/")[1] ?? "";
}

export function readText(root: string, rel: string): string | undefined {
  const path = join(root, rel);
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}
