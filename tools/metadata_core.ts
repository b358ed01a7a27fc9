// The metadata generator: what `.script.yaml`, the shape modules (f/<provider>/shapes/<name>.ts)
// and wmill-lock.yaml should contain for the scripts on disk, and whether each script's contract
// ties to its signature. tools/metadata.ts writes the result; the staleness test calls
// planMetadata() and expects nothing to change.
import { createRequire } from "node:module";
import { basename, join } from "node:path";
import type { Contract } from "../f/core/contract.ts";
import { OPTION_RULES } from "../f/core/options.ts";
import { fieldPaths, type Node, nodeAt } from "../f/core/shape.ts";
import { contractProblems } from "./contract_check.ts";
import { applyRules, applyShape, noSliders } from "./contract_schema.ts";
import { mergeProperties } from "./enrichment.ts";
import { inferSchema } from "./infer_schema.ts";
import { optionDescriptions } from "./option_descriptions.ts";
import { parseMain, type MainSig } from "./parser.ts";
import { importsShape, isShapeModule, SHAPE_SUMMARY, shapeModule, shapeModulePath } from "./shape_module.ts";
import { argObject, signatureShape } from "./signature_shape.ts";
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
  type JsonSchema,
  type ScriptMetadata,
} from "./wmill_format.ts";

export type Generated = {
  yaml: string;
  sig: MainSig;
  metadata: ScriptMetadata;
  /** The schema as `wmill generate-metadata` alone would write it (before required, order and rules). */
  cliSchema: JsonSchema;
  /** The shape module's text, for a script that imports one. */
  shapeText?: string;
  problems: string[];
};

// Parsing with the TypeScript compiler is the generator's slowest step; a script's shape depends on its text only.
const shapes = new Map<string, ReturnType<typeof signatureShape>>();
function shapeOf(code: string, sig: MainSig) {
  if (!shapes.has(code)) shapes.set(code, signatureShape(code, sig));
  return shapes.get(code);
}

const pathsOf = (node: Node): [string, Node][] => fieldPaths(node).map((p) => [p, nodeAt(node, p)!]);

/**
 * The metadata of one script: structure from the parser, required marks and order from the
 * signature, bounds and patterns from its `contract` (if it has one), the rest from `existingYaml`.
 */
export function generateMetadata(
  scriptPath: string,
  code: string,
  existingYaml?: string,
  contract?: Contract,
): Generated {
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
  const cliSchema = structuredClone(schema);
  const problems: string[] = [];
  const shape = sig.auto_kind === "lib" ? undefined : shapeOf(code, sig);
  if (shape) applyShape(schema, shape);
  if (shape && contract) {
    applyRules(schema.properties.body, contract.spec.rules, pathsOf(argObject(shape, "body")));
    applyRules(schema.properties.options, OPTION_RULES, pathsOf(argObject(shape, "options")));
    for (const [k, text] of Object.entries(optionDescriptions(contract.spec.sends))) {
      const node = schema.properties.options?.properties?.[k];
      if (node) node.description = text;
    }
    problems.push(...contractProblems(scriptPath, shape, contract, schema));
  } else noSliders(schema.properties);
  metadata.schema = schema;
  if (sig.has_preprocessor) metadata.has_preprocessor = true;
  else delete metadata.has_preprocessor;
  delete metadata.auto_kind;
  delete metadata.no_main_func;
  if (parsed === undefined && sig.auto_kind === "lib") {
    metadata.summary = isShapeModule(scriptPath)
      ? SHAPE_SUMMARY
      : `Library module ${basename(scriptPath, ".ts")}: imported by scripts, no main`;
  }
  const shapeText = shape && importsShape(scriptPath, code) ? shapeModule(scriptPath, shape) : undefined;
  return { yaml: toYaml(metadata), sig, metadata, cliSchema, shapeText, problems };
}

/** The contract a converted script exports, loaded as the script runs (it holds code: checks). */
function loadContract(root: string, script: string): Contract | string {
  try {
    const mod = createRequire(import.meta.url)(join(root, script));
    const c = mod?.contract;
    if (c && typeof c === "object" && "spec" in c && "shape" in c) return c as Contract;
    return `${script}: imports its shape module but exports no \`contract\` (defineContract)`;
  } catch (e) {
    return `${script}: cannot load its contract: ${e instanceof Error ? e.message : String(e)}`;
  }
}

export type FileChange = { path: string; before: string | undefined; after: string };
export type Plan = { changes: FileChange[]; orphans: string[]; problems: string[] };

/** Every file the generator would write under `root` (current and wanted text), the metadata
 * and shape files whose script is gone (never deleted for you: a renamed script wants their
 * hand-written text back), and every contract that does not tie to its signature. A new shape
 * module must be written before its script can load: tools/metadata.ts plans again after that. */
export function planMetadata(root: string): Plan {
  const changes: FileChange[] = [];
  const problems: string[] = [];
  const hashes: Record<string, string> = {};
  const files = new Map<string, string>();
  for (const script of listScripts(root)) if (!isShapeModule(script)) files.set(script, readText(root, script)!);
  const wantedShapes = new Set<string>();
  for (const [script, code] of [...files]) {
    if (!importsShape(script, code)) continue;
    const { shapeText } = generateMetadata(script, code);
    if (shapeText === undefined) continue;
    const shapePath = shapeModulePath(script);
    wantedShapes.add(shapePath);
    files.set(shapePath, shapeText);
    const before = readText(root, shapePath);
    if (before !== shapeText) changes.push({ path: shapePath, before, after: shapeText });
  }
  for (const script of [...files.keys()].sort()) {
    const code = files.get(script)!;
    const yamlPath = metadataPath(script);
    const before = readText(root, yamlPath);
    let contract: Contract | undefined;
    if (importsShape(script, code) && readText(root, shapeModulePath(script)) === undefined) {
      problems.push(`${script}: its shape module ${shapeModulePath(script)} is missing: run \`npm run metadata\``);
    } else if (importsShape(script, code)) {
      const loaded = loadContract(root, script);
      if (typeof loaded === "string") problems.push(loaded);
      else contract = loaded;
    }
    const generated = generateMetadata(script, code, before, contract);
    problems.push(...generated.problems);
    hashes[remotePath(script)] = metadataHash(code, generated.yaml);
    if (before !== generated.yaml) changes.push({ path: yamlPath, before, after: generated.yaml });
  }
  for (const flow of listFlows(root)) {
    const inline = listTree(root).filter((p) => p.startsWith(`${flow}/`) && p.endsWith(".ts"));
    const sources = Object.fromEntries(inline.map((p) => [p.slice(flow.length + 1), readText(root, p)!]));
    Object.assign(hashes, flowHashes(flow, sources));
  }
  const wanted = new Set([...files.keys()].map(metadataPath));
  const orphans = listTree(root).filter(
    (p) => (p.endsWith(".script.yaml") && !wanted.has(p)) || (isShapeModule(p) && !wantedShapes.has(p)),
  );
  const lock = lockfileYaml(hashes);
  const lockBefore = readText(root, WMILL_LOCKFILE);
  if (lockBefore !== lock) changes.push({ path: WMILL_LOCKFILE, before: lockBefore, after: lock });
  return { changes, orphans, problems };
}
