// How windmill-cli 1.819 serialises script metadata, reproduced so that files we write are
// byte-for-byte what `wmill generate-metadata` would write (same yaml package, same options).
import { createHash } from "node:crypto";
import YAML from "yaml";

/** windmill-cli's prioritizeName: these keys sort first, `lock` near the end. */
export function prioritizeName(name: string): string {
  const first: Record<string, string> = {
    version: "aaa",
    id: "aa",
    type: "ab",
    summary: "ad",
    name: "ae",
    display_name: "af",
    description: "ag",
    value: "ah",
    content: "ai",
    modules: "aj",
    failure_module: "ak",
    input_transforms: "al",
    lock: "az",
    locks: "azz",
  };
  return first[name] ?? name;
}

// The CLI sorts every map (schema properties included) with localeCompare on these names.
const yamlOptions = {
  sortMapEntries: (a: { key: unknown }, b: { key: unknown }) =>
    prioritizeName(String(a.key)).localeCompare(prioritizeName(String(b.key))),
  aliasDuplicateObjects: false,
  singleQuote: true,
};

export function toYaml(value: unknown): string {
  const doc = new YAML.Document(value, yamlOptions);
  keepItemOrder(doc.contents, value);
  return doc.toString(yamlOptions);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/**
 * The one place we part from the CLI's sorting: a list item's form draws its fields in the key
 * order of `items.properties` (it ignores `order`; forms/ shows it), and Windmill keeps that
 * order (schemas are stored as json, not jsonb). So those maps keep the generator's order.
 */
function keepItemOrder(node: unknown, value: unknown, key?: string): void {
  if (YAML.isSeq(node) && Array.isArray(value)) node.items.forEach((n, i) => keepItemOrder(n, value[i]));
  if (!YAML.isMap(node) || !isRecord(value)) return;
  for (const pair of node.items) {
    const k = String(YAML.isScalar(pair.key) ? pair.key.value : pair.key);
    keepItemOrder(pair.value, value[k], k);
  }
  const props = node.get("properties", true);
  if (key !== "items" || !YAML.isMap(props) || !isRecord(value.properties)) return;
  const order = Object.keys(value.properties);
  const at = (pair: { key: unknown }) => order.indexOf(String(YAML.isScalar(pair.key) ? pair.key.value : pair.key));
  props.items.sort((a, b) => at(a) - at(b));
}

export function fromYaml(text: string): unknown {
  return YAML.parse(text);
}

export type ScriptMetadata = {
  summary: string;
  description: string;
  lock: string;
  kind: string;
  schema: JsonSchema;
  has_preprocessor?: boolean;
  [key: string]: unknown;
};

export type JsonSchema = { [key: string]: any };

/** What the CLI starts from when a script has no metadata file yet (its lock then comes
 * from the server; a Bun script with an empty lock gets one computed at deploy time). */
export function defaultScriptMetadata(): ScriptMetadata {
  return {
    summary: "",
    description: "",
    lock: "",
    kind: "script",
    schema: {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "object",
      properties: {},
      required: [],
    },
  };
}

/** `f/ai21/x.ts` -> `f/ai21/x`, the workspace path (the CLI cuts at the first dot). */
export function remotePath(scriptPath: string): string {
  return scriptPath.substring(0, scriptPath.indexOf("."));
}

/** The content hash the CLI keeps in wmill-lock.yaml (generateScriptHash with no workspace
 * dependencies): while it matches, `wmill generate-metadata` leaves the script alone and
 * `wmill sync push` reports no stale metadata. */
export function metadataHash(scriptContent: string, metadataYaml: string): string {
  return createHash("sha256")
    .update(JSON.stringify({}) + scriptContent + metadataYaml)
    .digest("hex");
}

/** The hashes the CLI keeps for a flow folder (generateFlowHash with no workspace dependencies): one
 * per inline script file, keyed `<folder>+<file>`, and `<folder>+__flow_hash` over all of them. While
 * they match, `wmill sync push` and `wmill generate-metadata` do not regenerate the flow's locks. */
export function flowHashes(folder: string, files: Record<string, string>): Record<string, string> {
  const sha = (text: string) => createHash("sha256").update(text).digest("hex");
  const each: Record<string, string> = {};
  for (const name of Object.keys(files).sort()) each[name] = sha(files[name]! + JSON.stringify({}));
  const out: Record<string, string> = { [`${folder}+__flow_hash`]: sha(JSON.stringify(each)) };
  for (const [name, hash] of Object.entries(each)) out[`${folder}+${name}`] = hash;
  return out;
}

export const WMILL_LOCKFILE = "wmill-lock.yaml";

/** wmill-lock.yaml as the CLI writes it (v2: flat keys). */
export function lockfileYaml(hashes: Record<string, string>): string {
  const locks: Record<string, string> = {};
  for (const key of Object.keys(hashes).sort()) locks[key] = hashes[key]!;
  return toYaml({ locks, version: "v2" });
}
