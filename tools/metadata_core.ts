// The metadata generator as pure functions: what `.script.yaml` and wmill-lock.yaml should
// contain for the scripts on disk. tools/metadata.ts writes the result; the staleness test
// calls planMetadata() and expects nothing to change.
import { basename } from "node:path";
import { mergeProperties } from "./enrichment.ts";
import { inferSchema } from "./infer_schema.ts";
import { parseMain, type MainSig } from "./parser.ts";
import { listFlows, listScripts, listTree, metadataPath, readText } from "./script_files.ts";
import {
  defaultScriptMetadata,
  fromYaml,
  flowHashes,
  lockfileYaml,
  metadataHash,
  remotePath,
  toYaml,
  WMILL_LOCKFILE,
  type ScriptMetadata,
} from "./wmill_format.ts";

export type Generated = { yaml: string; sig: MainSig; metadata: ScriptMetadata };

/** The metadata of one script: structure from the parser, enrichment from `existingYaml`. */
export function generateMetadata(scriptPath: string, code: string, existingYaml?: string): Generated {
  const sig = parseMain(code);
  if (sig.type === "Invalid")
    throw new Error(`${scriptPath}: Windmill's parser cannot read it (${sig.error ?? "invalid"})`);
  const parsed = existingYaml === undefined ? undefined : fromYaml(existingYaml);
  if (parsed !== undefined && (typeof parsed !== "object" || parsed === null)) {
    throw new Error(`${metadataPath(scriptPath)}: not a YAML mapping`);
  }
  const metadata = (parsed ?? defaultScriptMetadata()) as ScriptMetadata;
  if (Array.isArray(metadata.lock)) metadata.lock = metadata.lock.join("\n"); // as the CLI's replaceLock
  metadata.lock ??= "";
  const old = metadata.schema;
  const base = structuredClone(old ?? {});
  base.properties = {}; // every argument is rebuilt fresh, then enrichment is merged back
  const schema = inferSchema(sig, base);
  schema.properties = mergeProperties(schema.properties, old?.properties, true);
  metadata.schema = schema;
  if (sig.has_preprocessor) metadata.has_preprocessor = true;
  else delete metadata.has_preprocessor;
  delete metadata.auto_kind;
  delete metadata.no_main_func;
  if (parsed === undefined && sig.auto_kind === "lib") {
    metadata.summary = `Library module ${basename(scriptPath, ".ts")}: imported by scripts, no main`;
  }
  return { yaml: toYaml(metadata), sig, metadata };
}

export type FileChange = { path: string; before: string | undefined; after: string };
export type Plan = { changes: FileChange[]; orphans: string[] };

/** Every file the generator would write under `root` (current and wanted text), and the
 * metadata files whose script is gone (wmill lint rejects them; never deleted for you,
 * since they hold hand-written text that a renamed script wants back). */
export function planMetadata(root: string): Plan {
  const changes: FileChange[] = [];
  const hashes: Record<string, string> = {};
  const scripts = listScripts(root);
  for (const script of scripts) {
    const code = readText(root, script)!;
    const yamlPath = metadataPath(script);
    const before = readText(root, yamlPath);
    const { yaml } = generateMetadata(script, code, before);
    hashes[remotePath(script)] = metadataHash(code, yaml);
    if (before !== yaml) changes.push({ path: yamlPath, before, after: yaml });
  }
  for (const flow of listFlows(root)) {
    const inline = listTree(root).filter((p) => p.startsWith(`${flow}/`) && p.endsWith(".ts"));
    const files = Object.fromEntries(inline.map((p) => [p.slice(flow.length + 1), readText(root, p)!]));
    Object.assign(hashes, flowHashes(flow, files));
  }
  const wanted = new Set(scripts.map(metadataPath));
  const orphans = listTree(root).filter((p) => p.endsWith(".script.yaml") && !wanted.has(p));
  const lock = lockfileYaml(hashes);
  const lockBefore = readText(root, WMILL_LOCKFILE);
  if (lockBefore !== lock) changes.push({ path: WMILL_LOCKFILE, before: lockBefore, after: lock });
  return { changes, orphans };
}
