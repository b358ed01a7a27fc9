// Structured output for the emulated chats: a JSON value that satisfies the request's JSON schema,
// filled from the user's message (an enum value the message mentions, its words for strings), so a
// flow that classifies or extracts gets valid, request-dependent objects offline.
import { snippet } from "./emulator_text.ts";

export type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  prefixItems?: Schema[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  $ref?: string;
  $defs?: Record<string, Schema>;
  definitions?: Record<string, Schema>;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
};

const FORMATS: Record<string, string> = {
  date: "2026-01-15",
  "date-time": "2026-01-15T09:30:00Z",
  time: "09:30:00",
  email: "someone@example.com",
  uri: "https://example.com/",
  url: "https://example.com/",
  uuid: "00000000-0000-4000-8000-000000000000",
};

/** Enum values the text names, as whole words, in the enum's order. */
function mentioned(values: unknown[], text: string): unknown[] {
  const lower = text.toLowerCase();
  return values.filter((v) => {
    const word = String(v)
      .toLowerCase()
      .replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return word !== "" && new RegExp(`(^|[^\\p{L}\\p{N}])${word}($|[^\\p{L}\\p{N}])`, "u").test(lower);
  });
}

function resolve(schema: Schema, root: Schema): Schema {
  const ref = schema.$ref?.match(/^#\/(\$defs|definitions)\/(.+)$/);
  if (!ref) return schema;
  const target = root[ref[1] as "$defs" | "definitions"]?.[ref[2]!];
  return target ? resolve(target, root) : {};
}

function number(s: Schema, integer: boolean): number {
  const low = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (integer ? 1 : 0.01) : undefined);
  const high = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (integer ? 1 : 0.01) : undefined);
  const n = low !== undefined && high !== undefined ? (low + high) / 2 : (low ?? high ?? 1);
  return integer ? Math.floor(n) : n;
}

function string(s: Schema, text: string): string {
  let out = (s.format && FORMATS[s.format]) ?? (snippet(text, 8) || "example");
  if (s.maxLength !== undefined) out = out.slice(0, s.maxLength);
  if (s.minLength !== undefined && out.length < s.minLength) out = out.padEnd(s.minLength, ".");
  return out;
}

/** A value valid against `schema` (types, enums, consts, bounds, lengths, item counts, $refs). */
export function schemaExample(schema: Schema, text: string, root: Schema = schema, depth = 0): unknown {
  const s = resolve(schema, root);
  if (depth > 8) return null;
  if ("const" in s) return s.const;
  if (s.enum?.length) return mentioned(s.enum, text)[0] ?? s.enum[0];
  const choice = (s.anyOf ?? s.oneOf)?.find((o) => resolve(o, root).type !== "null");
  if (choice) return schemaExample(choice, text, root, depth + 1);
  if (s.allOf?.length) {
    const merged = s.allOf.map((o) => schemaExample(o, text, root, depth + 1));
    return Object.assign({}, ...merged.filter((m) => m && typeof m === "object"));
  }
  const type = Array.isArray(s.type)
    ? (s.type.find((t) => t !== "null") ?? "null")
    : (s.type ?? (s.properties ? "object" : "string"));
  switch (type) {
    case "object":
      return Object.fromEntries(
        Object.entries(s.properties ?? {}).map(([k, v]) => [k, schemaExample(v, text, root, depth + 1)]),
      );
    case "array":
      return array(s, text, root, depth);
    case "integer":
      return number(s, true);
    case "number":
      return number(s, false);
    case "boolean":
      return true;
    case "null":
      return null;
    default:
      return string(s, text);
  }
}

function array(s: Schema, text: string, root: Schema, depth: number): unknown[] {
  const min = Math.max(s.minItems ?? 1, s.prefixItems?.length ?? 0);
  const max = s.maxItems ?? Number.POSITIVE_INFINITY;
  const items = s.items ? resolve(s.items, root) : {};
  // A list of labels holds the labels the text names (at least one, within the bounds).
  if (items.enum?.length) {
    const named = mentioned(items.enum, text);
    const picked = named.length ? named : [items.enum[0]];
    while (picked.length < min) picked.push(items.enum[picked.length % items.enum.length]);
    return picked.slice(0, Math.min(max, Math.max(min, picked.length)));
  }
  const count = Math.min(Math.max(min, 1), max);
  return Array.from({ length: count }, (_, i) => schemaExample(s.prefixItems?.[i] ?? items, text, root, depth + 1));
}

type ResponseFormat = { type?: string; json_schema?: Schema & { schema?: Schema }; schema?: Schema };

/**
 * The JSON answer a structured-output request gets, or undefined for plain text. Together (OpenAI
 * style) sends `{type: "json_schema", json_schema: {name, schema}}` or `{type: "json_object", schema?}`;
 * Cohere sends `{type: "json_object", json_schema?}` with the schema itself.
 */
export function structuredText(format: unknown, text: string): string | undefined {
  const f = (format ?? {}) as ResponseFormat;
  if (f.type !== "json_schema" && f.type !== "json_object") return undefined;
  const schema = f.type === "json_schema" ? f.json_schema?.schema : (f.json_schema ?? f.schema);
  return JSON.stringify(schema ? schemaExample(schema, text) : { answer: snippet(text, 12) });
}
