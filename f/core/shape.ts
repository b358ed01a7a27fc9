// The run-time shape of a script's arguments: what main's signature says (field names, types,
// string enums, required-ness), as a small tagged tree. `npm run metadata` writes one per script
// (f/<provider>/shapes/<name>.ts) from the signature; a script's alternative shapes are built
// with the same constructors below.
import type { Provider } from "./providers.ts";

/**
 * `json` is a Raw JSON object (`object` in the signature): open, copied as data. `any` is a value
 * the signature cannot type (a union): any JSON value. `req: 1` marks a field without `?`.
 */
export type Node =
  | { readonly t: "string" | "number" | "integer" | "boolean" | "json" | "any"; readonly req?: 1 }
  | { readonly t: "enum"; readonly values: readonly string[]; readonly req?: 1 }
  | { readonly t: "list"; readonly item: Node; readonly req?: 1 }
  | { readonly t: "object"; readonly fields: { readonly [key: string]: Node }; readonly req?: 1 };

export type ObjectNode = Extract<Node, { t: "object" }>;

/** One script's arguments after `auth`: its body and its call options. */
export interface Shape {
  readonly provider: Provider;
  readonly body: ObjectNode;
  readonly options: ObjectNode;
}

export const str: Node = { t: "string" };
export const num: Node = { t: "number" };
export const bool: Node = { t: "boolean" };
export const json: Node = { t: "json" };

export const oneOf = (...values: string[]): Node => ({ t: "enum", values });
export const list = (item: Node): Node => ({ t: "list", item });
export const obj = (fields: { [key: string]: Node }): ObjectNode => ({ t: "object", fields });
/** The same node, marked required (a field written without `?`). */
export const req = (node: Node): Node => ({ ...node, req: 1 });

/** Every field path below `node`, in signature order: `messages`, `messages[].role`, ... */
export function fieldPaths(node: Node, prefix = ""): string[] {
  const out: string[] = [];
  if (node.t === "list") return fieldPaths(node.item, `${prefix}[]`);
  if (node.t !== "object") return out;
  for (const [key, child] of Object.entries(node.fields)) {
    const p = prefix ? `${prefix}.${key}` : key;
    out.push(p, ...fieldPaths(child, p));
  }
  return out;
}

/** The node a rule path names (`$` is the root; `x[]` the items of list x), or undefined. */
export function nodeAt(root: Node, path: string): Node | undefined {
  if (path === "$") return root;
  let node: Node | undefined = root;
  for (const part of path.match(/[^.[\]]+|\[\]/g) ?? []) {
    if (part === "[]") node = node?.t === "list" ? node.item : undefined;
    else node = node?.t === "object" && Object.hasOwn(node.fields, part) ? node.fields[part] : undefined;
    if (!node) return undefined;
  }
  return node;
}
