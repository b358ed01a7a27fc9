// What the contract writes into a script's .script.yaml schema, in the keywords Windmill's form
// honours (docs windmill.md): `required` and `order` at every object level from the signature,
// `min`/`max` and `pattern` from the rules. Never `min` and `max` together on a number without a
// default: the form would draw a slider that cannot be empty and fails to mount without a value.
import type { Rule } from "../f/core/rules.ts";
import type { Node } from "../f/core/shape.ts";
import type { SignatureShape } from "./signature_shape.ts";
import type { JsonSchema } from "./wmill_format.ts";

type Rules = { readonly [path: string]: Rule };

/**
 * Whether a required field gets the form's required mark. Windmill's form pre-selects the first
 * value of a required enum, even inside an optional object or a list item the user never touched
 * (seen in forms/), which would send a choice nobody made (Cohere `thinking: {type: "enabled"}`).
 * So an enum is marked only where every object above it is required from the argument down
 * (`chain`); list items count as not required. The rules still enforce the others at run time.
 */
const marked = (child: Node, chain: boolean) => !!child.req && (chain || child.t !== "enum");

/** `required` (when any) and `order` on every object, following the signature's order. */
function mark(s: JsonSchema | undefined, node: Node, chain: boolean): void {
  if (!s || typeof s !== "object") return;
  if (node.t === "list") {
    mark(s.items, node.item, false);
    return markItem(s.items, node.item);
  }
  if (s.type !== "object" || typeof s.properties !== "object") return;
  const keys = node.t === "object" ? Object.keys(node.fields) : [];
  s.order = keys;
  const required = node.t === "object" ? keys.filter((k) => marked(node.fields[k]!, chain)) : [];
  if (required.length) s.required = required;
  else delete s.required;
  if (node.t === "object") for (const k of keys) mark(s.properties[k], node.fields[k]!, chain && !!node.fields[k]!.req);
}

/**
 * A list item's form ignores the item's `order` and `required` (windmill-components utils.js
 * getSchemaFromProperties, seen in forms/): it draws the properties in key order and marks a
 * property whose own `required` is true. So the properties go in signature order, and a required
 * one says `required: true` on itself, except an object with fields, whose own form needs its
 * `required` list there (`true` crashes it).
 */
function markItem(items: JsonSchema | undefined, node: Node): void {
  if (node.t !== "object" || !items || typeof items.properties !== "object") return;
  const props = items.properties as Record<string, JsonSchema>;
  const keys = [...Object.keys(node.fields), ...Object.keys(props)].filter(
    (k, i, all) => k in props && all.indexOf(k) === i,
  );
  items.properties = Object.fromEntries(keys.map((k) => [k, props[k]]));
  for (const k of keys) {
    const p = props[k]!;
    const hasForm = p.type === "object" && typeof p.properties === "object" && Object.keys(p.properties).length > 0;
    const child = node.fields[k];
    if (child && marked(child, false) && !hasForm) p.required = true;
    else if (p.required === true) delete p.required;
  }
}

export function applyShape(schema: JsonSchema, shape: SignatureShape): void {
  schema.order = shape.args.map((a) => a.name);
  for (const a of shape.args) mark(schema.properties?.[a.name], a.node, !!a.node.req);
}

/** The schema node at a rule path below `s`: `messages[].role` -> properties.messages.items.properties.role */
export function schemaAt(s: JsonSchema | undefined, path: string): JsonSchema | undefined {
  for (const part of path.match(/[^.[\]]+|\[\]/g) ?? []) s = part === "[]" ? s?.items : s?.properties?.[part];
  return s;
}

const NUMBER = new Set(["number", "integer"]);

/** Bounds and patterns from the rules; the rules own these keys, so stale hand-written ones go. */
export function applyRules(argSchema: JsonSchema | undefined, rules: Rules, paths: [string, Node][]): void {
  for (const [path, node] of paths) {
    const s = schemaAt(argSchema, path);
    const r = rules[path] ?? {};
    if (!s) continue;
    if (NUMBER.has(node.t)) {
      for (const k of ["min", "max", "minimum", "maximum"]) delete s[k];
      const low = r.min ?? r.above;
      const high = r.max ?? r.below;
      if (low !== undefined) s.min = low;
      if (high !== undefined && (low === undefined || s.default !== undefined)) s.max = high;
    } else if (node.t === "string") {
      delete s.pattern;
      delete s.customErrorMessage;
      if (r.pattern) {
        s.pattern = r.pattern.source;
        s.customErrorMessage = `must be ${r.patternName}`;
      }
    }
  }
}

/** For scripts not yet on a contract: drop `max` where `min` is set too and there is no default. */
export function noSliders(s: unknown): void {
  if (!s || typeof s !== "object") return;
  const n = s as JsonSchema;
  if (NUMBER.has(n.type) && n.min !== undefined && n.max !== undefined && n.default === undefined) delete n.max;
  for (const v of Object.values(n)) if (v && typeof v === "object") noSliders(v);
}
