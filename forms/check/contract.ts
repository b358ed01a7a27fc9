// What each script's form must show, from its contract: names and order from main's
// signature (read by Windmill's own parser, as Windmill does), widgets, enums and nested
// required-ness from <name>.script.yaml (the parser records no optionality below the top).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { initSync, parse_deno } from "windmill-parser-wasm-ts";
import { parse } from "yaml";

export type Kind = "text" | "number" | "toggle" | "combobox" | "file" | "resource" | "object" | "list" | "json";

export type Field = {
  name: string;
  /** e.g. body.messages[].role */
  path: string;
  kind: Kind;
  required: boolean;
  /** The label Windmill's run form shows (FieldHeader.svelte with prettify). */
  label: string;
  /** an enum's values, or a list of enums' */
  values?: string[];
  /** an object's fields, or a list item's fields, in signature order */
  fields?: Field[];
  /** for lists: what one item is */
  item?: "object" | "text" | "number" | "enum" | "json";
  schema: Schema;
};

export type Schema = {
  type?: string;
  description?: string;
  format?: string;
  enum?: string[];
  contentEncoding?: string;
  properties?: Record<string, Schema>;
  required?: string[] | boolean;
  items?: Schema;
  order?: string[];
  default?: unknown;
  min?: number;
  max?: number;
  pattern?: string;
};

type Typ = string | { str?: string[] | null; object?: { props: { key: string; typ: Typ }[] }; list?: Typ } | null;
type Arg = { name: string; typ: Typ; has_default: boolean };

let ready = false;
function signature(code: string): Arg[] {
  if (!ready) {
    const wasm = createRequire(import.meta.url).resolve("windmill-parser-wasm-ts/windmill_parser_wasm_bg.wasm");
    initSync({ module: readFileSync(wasm) });
    ready = true;
  }
  const parsed = JSON.parse(parse_deno(code)) as { args?: Arg[]; error?: string };
  if (!parsed.args) throw new Error(`Windmill's parser cannot read main: ${parsed.error}`);
  return parsed.args;
}

/** FieldHeader.svelte: underscores become spaces and each word is capitalised. */
export const prettify = (name: string) =>
  name
    .replace(/_/g, " ")
    .split(" ")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");

function kindOf(schema: Schema): Kind {
  const { type, format, properties } = schema;
  if (type === "number" || type === "integer") return "number";
  if (type === "boolean") return "toggle";
  if (type === "object" && format?.startsWith("resource-")) return "resource";
  if (type === "array" && schema.items) return "list";
  if (type === "object" && properties && Object.keys(properties).length > 0) return "object";
  if (type === "string" && schema.enum) return "combobox";
  if (type === "string" && schema.contentEncoding === "base64") return "file";
  if (type === "string") return "text";
  return "json";
}

function itemOf(items: Schema): Field["item"] {
  if (items.type === "object" && items.properties && Object.keys(items.properties).length > 0) return "object";
  if (items.type === "number" || items.type === "integer") return "number";
  if (items.type === "string" && items.enum) return "enum";
  if (items.type === "string") return "text";
  return "json";
}

const propsOf = (typ: Typ) => (typ && typeof typ === "object" ? typ.object?.props : undefined);

function fieldsOf(props: { key: string; typ: Typ }[], owner: Schema, base: string): Field[] {
  const required = Array.isArray(owner.required) ? owner.required : [];
  return props.map(({ key, typ }) => {
    const schema = owner.properties?.[key];
    if (!schema) throw new Error(`${base}${key} is in the signature but not in the .script.yaml schema`);
    // A list item's form reads `required: true` on the property itself (utils.js getSchemaFromProperties).
    return field(key, typ, schema, `${base}${key}`, required.includes(key) || schema.required === true);
  });
}

function field(name: string, typ: Typ, schema: Schema, path: string, required: boolean): Field {
  const kind = kindOf(schema);
  const out: Field = { name, path, kind, required, label: prettify(name), schema };
  if (kind === "combobox") out.values = schema.enum;
  const props = propsOf(typ);
  if (kind === "object" && props) out.fields = fieldsOf(props, schema, `${path}.`);
  if (kind === "list" && schema.items) {
    out.item = itemOf(schema.items);
    if (out.item === "enum") out.values = schema.items.enum;
    const itemProps = propsOf(typ && typeof typ === "object" ? (typ.list ?? null) : null);
    if (out.item === "object" && itemProps) out.fields = fieldsOf(itemProps, schema.items, `${path}[].`);
  }
  return out;
}

export type Contract = { path: string; file: string; schema: Schema; fields: Field[] };

/** The contract of f/<provider>/<name>.ts: its parameters, in order, with their form fields. */
export function contractOf(file: string, path: string): Contract {
  const schema = parse(readFileSync(file.replace(/\.ts$/, ".script.yaml"), "utf8")).schema as Schema;
  const fields = signature(readFileSync(file, "utf8")).map((arg) => {
    const prop = schema.properties?.[arg.name];
    if (!prop) throw new Error(`parameter ${arg.name} is not in the .script.yaml schema`);
    return field(arg.name, arg.typ, prop, arg.name, !arg.has_default);
  });
  return { path, file, schema, fields };
}
