// Just enough OpenAPI reading for the spec tests: load a provider's document, find an operation,
// list its fields. The documents stay in ../shared/specs; nothing here copies them.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export type Spec = { paths: Record<string, Record<string, any>>; components?: any };
type Op = { op: any; item: any };

const norm = (p: string) => p.replace(/\{[^}]+\}/g, "{}");

export function findOperation(spec: Spec, method: string, path: string): (Op & { path: string }) | undefined {
  for (const [p, item] of Object.entries(spec.paths)) {
    const op = item[method.toLowerCase()];
    if (op && norm(p) === norm(path)) return { op, item, path: p };
  }
  return undefined;
}

function deref(spec: Spec, node: any, seen = new Set<string>()): any {
  if (!node?.$ref) return node;
  if (seen.has(node.$ref)) return {};
  seen.add(node.$ref);
  const target = node.$ref
    .replace(/^#\//, "")
    .split("/")
    .reduce((o: any, k: string) => o?.[k.replace(/~1/g, "/")], spec);
  return deref(spec, target, seen);
}

/** Property names of a schema, through $ref, allOf, oneOf and anyOf. */
function properties(spec: Spec, node: any, out = new Set<string>(), depth = 0): Set<string> {
  const s = deref(spec, node);
  if (!s || depth > 8) return out;
  // readOnly fields describe the response (Cohere's Batch); nobody sends them.
  for (const [k, v] of Object.entries<any>(s.properties ?? {})) if (!deref(spec, v)?.readOnly) out.add(k);
  for (const key of ["allOf", "oneOf", "anyOf"]) for (const sub of s[key] ?? []) properties(spec, sub, out, depth + 1);
  return out;
}

/** The top-level fields of an operation's successful JSON responses. */
export function responseFields(spec: Spec, { op }: Op): Set<string> {
  const out = new Set<string>();
  for (const [status, raw] of Object.entries<any>(op.responses ?? {})) {
    if (!status.startsWith("2")) continue;
    const media = deref(spec, raw)?.content?.["application/json"];
    if (media) properties(spec, media.schema, out);
  }
  return out;
}

/** Path and query parameters, and the request body's fields (JSON, multipart or form). */
export function operationFields(spec: Spec, { op, item }: Op): Set<string> {
  const out = new Set<string>();
  for (const raw of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
    const p = deref(spec, raw);
    if (p?.in === "path" || p?.in === "query") out.add(p.name);
  }
  const body = deref(spec, op.requestBody);
  for (const media of Object.values<any>(body?.content ?? {})) properties(spec, media.schema, out);
  return out;
}

// Where the providers' documents sit (beside the project, as CI has it) and how each maps a script's path.
export const SPECS_DIR = join(import.meta.dir, "../../../shared/specs");
export const specsPresent = existsSync(SPECS_DIR);
export const SOURCES: Record<string, { file: string; prefix: string }> = {
  ai21: { file: "ai21.openapi.json", prefix: "/studio/v1" },
  togetherai: { file: "together.openapi.yaml", prefix: "" },
  cohere: { file: "cohere.openapi.yaml", prefix: "" },
};

const loaded: Record<string, Spec> = {};
/** A provider's OpenAPI document, parsed once. */
export function specOf(provider: string): Spec {
  const file = join(SPECS_DIR, SOURCES[provider]!.file);
  return (loaded[provider] ??= file.endsWith(".json")
    ? JSON.parse(readFileSync(file, "utf8"))
    : parse(readFileSync(file, "utf8")));
}
