// The run-time shape of a script (f/core/shape.ts) read from main's signature: field names, types
// and string enums from Windmill's parser, required-ness from the TypeScript syntax tree (the
// parser keeps no `?` for nested fields): a property written without `?` is required.
import ts from "typescript";
import type { Node, ObjectNode } from "../f/core/shape.ts";
import type { MainSig, Typ } from "./parser.ts";

export type SignatureShape = { provider: string; args: { name: string; node: Node }[] };

const TEXT = new Set(["email", "sql", "yaml", "bytes", "datetime", "date"]);

function unwrap(t: ts.TypeNode | undefined): { type: ts.TypeNode | undefined; optional: boolean } {
  while (t && ts.isParenthesizedTypeNode(t)) t = t.type;
  if (t && ts.isUnionTypeNode(t)) {
    const rest = t.types.filter((m) => m.kind !== ts.SyntaxKind.UndefinedKeyword);
    if (rest.length < t.types.length) return { type: rest.length === 1 ? unwrap(rest[0]).type : t, optional: true };
  }
  return { type: t, optional: false };
}

type Members = Map<string, { type: ts.TypeNode | undefined; optional: boolean }>;

function members(t: ts.TypeNode | undefined, aliases: Map<string, ts.TypeNode>): Members | undefined {
  if (t && ts.isTypeReferenceNode(t)) t = aliases.get(t.typeName.getText());
  if (!t || !ts.isTypeLiteralNode(t)) return undefined;
  const out: Members = new Map();
  for (const m of t.members) {
    if (!ts.isPropertySignature(m)) continue;
    const u = unwrap(m.type);
    out.set(m.name.getText().replace(/^["']|["']$/g, ""), { type: u.type, optional: !!m.questionToken || u.optional });
  }
  return out;
}

function toNode(typ: Typ, t: ts.TypeNode | undefined, aliases: Map<string, ts.TypeNode>): Node {
  if (typeof typ === "string") {
    if (typ === "float") return { t: "number" };
    if (typ === "int") return { t: "integer" };
    if (typ === "bool") return { t: "boolean" };
    return TEXT.has(typ) ? { t: "string" } : { t: "any" };
  }
  if (typ === null || typeof typ !== "object") return { t: "any" };
  if ("str" in typ) return Array.isArray(typ.str) ? { t: "enum", values: typ.str as string[] } : { t: "string" };
  if ("list" in typ) {
    const item = t && ts.isArrayTypeNode(t) ? unwrap(t.elementType).type : undefined;
    return { t: "list", item: typ.list === null ? { t: "any" } : toNode(typ.list as Typ, item, aliases) };
  }
  if ("object" in typ) {
    const o = typ.object as { props: { key: string; typ: Typ }[] | null };
    const m = members(t, aliases);
    // `object` (Raw JSON) and `{}` parse alike; only the syntax tree tells them apart.
    if (!m) return { t: "json" };
    const fields: Record<string, Node> = {};
    for (const p of o.props ?? []) {
      const decl = m.get(p.key);
      const node = toNode(p.typ, decl?.type, aliases);
      fields[p.key] = decl && !decl.optional ? { ...node, req: 1 } : node;
    }
    return { t: "object", fields };
  }
  return { t: "json" }; // a resource (S3Object): an open object
}

/** The shape of every argument of main, or undefined for a library (no main). */
export function signatureShape(code: string, sig: MainSig): SignatureShape | undefined {
  const sf = ts.createSourceFile("script.ts", code, ts.ScriptTarget.Latest, true);
  const main = sf.statements.find(
    (s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === "main",
  );
  if (!main) return undefined;
  const aliases = new Map<string, ts.TypeNode>();
  for (const s of sf.statements) if (ts.isTypeAliasDeclaration(s)) aliases.set(s.name.text, s.type);
  const first = sig.args[0]?.typ as { object?: { name?: string } } | undefined;
  const args = sig.args.map((arg, i) => {
    const param = main.parameters[i];
    const node = toNode(arg.typ, param?.type && unwrap(param.type).type, aliases);
    return { name: arg.name, node: arg.has_default || param?.questionToken ? node : { ...node, req: 1 as const } };
  });
  return { provider: first?.object?.name ?? "", args };
}

/** The node of argument `name`, as an object (an absent or untyped argument has no fields). */
export function argObject(shape: SignatureShape, name: string): ObjectNode {
  const node = shape.args.find((a) => a.name === name)?.node;
  return node?.t === "object" ? node : { t: "object", fields: {} };
}
