// The merge rule that lets hand-written schema enrichment survive regeneration.
//
// `wmill generate-metadata` keeps some hand-written keys (description, pattern, min, max,
// title, placeholder, ...) on top-level and object properties, but rebuilds the properties
// of array items from scratch, so `body.messages.items.properties.role.description` is lost
// on every run. We regenerate structure from a fresh parse and then copy enrichment back
// from the previous yaml at every level: properties, items, and oneOf variants (by title).
//
// Rule, per schema node that exists at the same path before and after:
// 1. Structure is the parser's: type, properties, items, oneOf, originalType,
//    contentEncoding, resourceType always come from the fresh parse. A format or enum the
//    parser produced (resource-*, email, date, literal unions) wins over the old one.
// 2. Everything else in the old node is enrichment and is copied: description (when not
//    empty), title, placeholder, default, examples, pattern, min/max, minimum/maximum,
//    password, order, nullable, enum/format the parser did not produce, x-* keys, ...
// 3. If the parser now gives the node another type, type-bound keys (TYPE_BOUND) are
//    dropped, since they described the old type; description and titles stay.
// 4. An untyped node (parser "unknown", type "") keeps a hand-written type, as the CLI does.
// 5. A nested object's `required` is kept, filtered to properties that still exist.
//    Top-level `required` and `default` follow the signature (as the CLI does).
// 6. A node that no longer exists loses its enrichment with it.
import type { JsonSchema } from "./wmill_format.ts";

const STRUCTURE = new Set(["type", "properties", "items", "oneOf", "originalType", "contentEncoding", "resourceType"]);

const TYPE_BOUND = new Set([
  "enum",
  "format",
  "pattern",
  "min",
  "max",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "uniqueItems",
  "default",
  "examples",
  "const",
  "required",
  "additionalProperties",
]);

const PARSER_FORMATS = /^(resource-|dynselect-|dynmultiselect-)/;

function isNode(v: unknown): v is JsonSchema {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function copyEnrichment(out: JsonSchema, fresh: JsonSchema, old: JsonSchema, topLevel: boolean): void {
  const typeChanged = typeof old.type === "string" && old.type !== "" && old.type !== out.type;
  for (const [key, value] of Object.entries(old)) {
    if (STRUCTURE.has(key) || value === undefined) continue;
    if (typeChanged && TYPE_BOUND.has(key)) continue;
    if (topLevel && key === "default") continue;
    if (key === "format" && (fresh.format !== undefined || PARSER_FORMATS.test(String(value)))) continue;
    if (key === "enum" && fresh.enum !== undefined) continue;
    if (key === "description" && (value === "" || value === null)) continue;
    if (key === "required") {
      if (!Array.isArray(value) || !isNode(fresh.properties)) continue;
      out.required = value.filter((name) => typeof name === "string" && name in fresh.properties);
      continue;
    }
    out[key] = value;
  }
}

/** Returns the fresh node with the old node's enrichment applied (fresh is not mutated). */
export function mergeNode(fresh: JsonSchema, old: unknown, topLevel = false): JsonSchema {
  if (!isNode(old)) return fresh;
  const out: JsonSchema = { ...fresh };
  if (fresh.type === "" && typeof old.type === "string" && old.type !== "") out.type = old.type;
  copyEnrichment(out, fresh, old, topLevel);
  if (isNode(fresh.properties)) out.properties = mergeProperties(fresh.properties, old.properties);
  if (isNode(fresh.items)) out.items = mergeNode(fresh.items, old.items);
  if (Array.isArray(fresh.oneOf)) {
    const variants = Array.isArray(old.oneOf) ? old.oneOf : [];
    out.oneOf = fresh.oneOf.map((v: JsonSchema) =>
      mergeNode(
        v,
        variants.find((o: JsonSchema) => o?.title === v.title),
      ),
    );
  }
  return out;
}

/** Merges a properties map; `topLevel` marks the script's arguments. */
export function mergeProperties(
  fresh: Record<string, JsonSchema>,
  old: unknown,
  topLevel = false,
): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  const oldMap = isNode(old) ? old : {};
  for (const [name, node] of Object.entries(fresh)) out[name] = mergeNode(node, oldMap[name], topLevel);
  return out;
}
