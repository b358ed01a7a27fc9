// Finds what Windmill's parser mistypes in a script's signature, and what the metadata
// leaves undocumented. Used by tests/packaging/script_typing.test.ts over every script.
//
// A node the form can only show as a raw JSON editor (parser "unknown", or an object with no
// declared properties) is allowed only when its description says so: it contains "Raw JSON"
// and an inline example introduced by "e.g." (RAW_JSON_MARKER). A resource picker anywhere but
// the first parameter is never allowed: no description makes that form usable. The one
// `resource-*` that is not a picker is `s3_object` (from windmill-client's S3Object): the
// form shows a workspace S3 file input for it.
import type { MainSig, Typ } from "./parser.ts";
import type { JsonSchema } from "./wmill_format.ts";

export const RAW_JSON_MARKER = { phrase: /\bRaw JSON\b/, example: /\be\.g\.\s*\S/ };

export type Finding = { path: string; problem: string };

const S3_FILE = "s3_object";
const SIMPLE = new Set(["int", "float", "bool", "email", "sql", "yaml", "bytes", "datetime", "date"]);

export function isRawJsonDescribed(node: JsonSchema | undefined): boolean {
  const d = typeof node?.description === "string" ? node.description : "";
  return RAW_JSON_MARKER.phrase.test(d) && RAW_JSON_MARKER.example.test(d);
}

type Visit = (path: string, typ: Typ, node: JsonSchema | undefined) => void;

/** Walks a parser type alongside the schema node generated for it. */
function walk(path: string, typ: Typ, node: JsonSchema | undefined, visit: Visit): void {
  visit(path, typ, node);
  if (typeof typ !== "object" || typ === null) return;
  if ("object" in typ) {
    const o = (typ as { object: { props: { key: string; typ: Typ }[] | null } }).object;
    for (const p of o.props ?? []) walk(`${path}.${p.key}`, p.typ, node?.properties?.[p.key], visit);
  } else if ("list" in typ && (typ as { list: Typ | null }).list !== null) {
    walk(`${path}[]`, (typ as { list: Typ }).list, node?.items, visit);
  } else if ("oneof" in typ) {
    for (const v of (typ as { oneof: { label: string; properties: { key: string; typ: Typ }[] }[] | null }).oneof ??
      []) {
      const variant = node?.oneOf?.find((o: JsonSchema) => o?.title === v.label);
      for (const p of v.properties) walk(`${path}(${v.label}).${p.key}`, p.typ, variant?.properties?.[p.key], visit);
    }
  }
}

/** Why the form would not show a proper input for this type, if it would not. */
function mistyping(typ: Typ): { problem: string; rawJsonOk: boolean } | undefined {
  if (typeof typ === "string") {
    return SIMPLE.has(typ)
      ? undefined
      : { problem: `untyped (parser: ${typ}): the form shows a raw JSON editor`, rawJsonOk: true };
  }
  if (typ === null || typeof typ !== "object") return { problem: "untyped (parser: null)", rawJsonOk: true };
  if ("resource" in typ) {
    return typ.resource === S3_FILE
      ? undefined
      : { problem: `resource picker resource-${String(typ.resource)}`, rawJsonOk: false };
  }
  if ("object" in typ) {
    const o = (typ as { object: { name: string | null; props: unknown[] | null } }).object;
    if (o.name)
      return { problem: `resource picker resource-${o.name} (a named type: write it inline)`, rawJsonOk: false };
    if (!o.props || o.props.length === 0)
      return { problem: "free-form object: the form shows a raw JSON editor", rawJsonOk: true };
  }
  if ("list" in typ && (typ as { list: Typ | null }).list === null)
    return { problem: "array of unknown items", rawJsonOk: true };
  return undefined;
}

/** Mistyped nodes in every argument after the first (the first is the resource). */
export function typingFindings(sig: MainSig, schema: JsonSchema): Finding[] {
  const findings: Finding[] = [];
  sig.args.forEach((arg, i) => {
    walk(arg.name, arg.typ, schema.properties?.[arg.name], (path, typ, node) => {
      if (i === 0 && path === arg.name) return;
      const m = mistyping(typ);
      if (m && !(m.rawJsonOk && isRawJsonDescribed(node))) findings.push({ path, problem: m.problem });
    });
  });
  return findings;
}

/** Nodes without a description: every argument, and every property nested in body/options. */
export function descriptionFindings(sig: MainSig, schema: JsonSchema): Finding[] {
  const findings: Finding[] = [];
  for (const arg of sig.args) {
    walk(arg.name, arg.typ, schema.properties?.[arg.name], (path, _typ, node) => {
      const nested = path !== arg.name;
      if (nested && arg.name !== "body" && arg.name !== "options") return; // auth's fields are the resource type's
      if (nested && path.endsWith("[]")) return; // array items share the array's description
      const d = node?.description;
      if (typeof d !== "string" || d.trim() === "")
        findings.push({ path, problem: "no description in the .script.yaml" });
    });
  }
  return findings;
}
