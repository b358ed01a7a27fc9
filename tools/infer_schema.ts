// Port of windmill-cli 1.819 `inferSchema` for TypeScript (src/utils/metadata.ts): the
// parser's arguments become the script's top-level schema properties. Each argument's schema
// comes from Windmill's own published conversion (windmill-utils-internal, the code the CLI bundles).
import { argSigToJsonSchemaType } from "windmill-utils-internal";
import type { JsonSchema } from "./wmill_format.ts";
import type { MainSig } from "./parser.ts";

function sortObject(obj: Record<string, unknown>): Record<string, unknown> {
  return Object.keys(obj)
    .sort()
    .reduce((acc, key) => ({ ...acc, [key]: obj[key] }), {} as Record<string, unknown>);
}

/**
 * Fills `currentSchema` (mutated and returned) from the parsed signature, exactly as the CLI:
 * properties are rebuilt in argument order (keeping what the CLI keeps of old entries),
 * `required` lists arguments without default, `default` is the signature's default.
 */
export function inferSchema(sig: MainSig, currentSchema: JsonSchema | undefined): JsonSchema {
  const schema: JsonSchema = currentSchema ?? {};
  schema.required = [];
  const oldProperties = JSON.parse(JSON.stringify(schema.properties ?? {}));
  schema.properties = {};
  for (const arg of sig.args) {
    const prop = arg.name in oldProperties ? oldProperties[arg.name] : { description: "", type: "" };
    schema.properties[arg.name] = sortObject(prop);
    argSigToJsonSchemaType(arg.typ as Parameters<typeof argSigToJsonSchemaType>[0], schema.properties[arg.name]);
    if (arg.otyp && arg.otyp.includes("[") && arg.otyp.includes("|")) {
      schema.properties[arg.name].originalType = arg.otyp;
    }
    schema.properties[arg.name].default = arg.default;
    if (!arg.has_default && !schema.required.includes(arg.name)) schema.required.push(arg.name);
  }
  return schema;
}
