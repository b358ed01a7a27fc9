// The three resource types (root *.resource-type.yaml, where wmill sync push reads them) stay
// compatible with the Hub's, and every script's `auth` type matches its provider's type:
// same keys, same required/optional split. Data-driven over f/.
import { describe, expect, test } from "bun:test";
import { join } from "node:path";
import { authType } from "../../tools/auth_type.ts";
import { parseMain } from "../../tools/parser.ts";
import { folderOf, listScripts, readText } from "../../tools/script_files.ts";
import { fromYaml } from "../../tools/wmill_format.ts";

const ROOT = join(import.meta.dir, "../..");

// Hub keys (docs/windmill.md) and the only optional additions this project makes.
const HUB: Record<string, { required: string[]; optional: string[] }> = {
  ai21: { required: ["apiKey"], optional: ["baseUrl"] },
  togetherai: { required: ["api_key"], optional: ["base_url"] },
  cohere: { required: ["apiKey"], optional: ["baseUrl"] },
};
const KEY_FIELD: Record<string, string> = { ai21: "apiKey", togetherai: "api_key", cohere: "apiKey" };

function resourceType(name: string): any {
  const text = readText(ROOT, `${name}.resource-type.yaml`);
  if (text === undefined) throw new Error(`${name}.resource-type.yaml is missing at the repository root`);
  return fromYaml(text);
}

describe.each(Object.keys(HUB))("resource type %s", (name) => {
  const rt = resourceType(name);
  const props = rt.schema?.properties ?? {};

  test("has the Hub's keys, with only optional additions", () => {
    expect(rt.schema.type).toBe("object");
    expect(Object.keys(props).sort()).toEqual([...HUB[name]!.required, ...HUB[name]!.optional].sort());
    expect([...(rt.schema.required ?? [])].sort()).toEqual([...HUB[name]!.required].sort());
  });

  test("is described, field by field, with the key masked", () => {
    expect(typeof rt.description).toBe("string");
    expect(rt.description.length).toBeGreaterThan(20);
    for (const [key, p] of Object.entries<any>(props)) {
      expect(p.type, key).toBe("string");
      expect(String(p.description ?? "").length, `${key} description`).toBeGreaterThan(20);
    }
    // Windmill's forms mask a string property whose schema says `password: true`.
    expect(props[KEY_FIELD[name]!].password).toBe(true);
    expect([...rt.schema.order].sort()).toEqual(Object.keys(props).sort());
  });
});

const scripts = listScripts(ROOT)
  .map((path) => ({ path, code: readText(ROOT, path)! }))
  .filter((s) => parseMain(s.code).auto_kind !== "lib");

describe("each script's auth type matches its resource type", () => {
  test("there are scripts to check", () => expect(scripts.length).toBeGreaterThan(0));

  test("every script's auth type is named after its provider and has the resource type's keys", () => {
    const wrong = scripts.flatMap(({ path, code }) => {
      const provider = folderOf(path);
      const auth = authType(code);
      if (!auth) return [`${path}: main's first parameter is not a named type`];
      // The parser names the resource by snake-casing the alias: Ai21 -> ai21, Togetherai -> togetherai.
      if (auth.alias.toLowerCase() !== provider) return [`${path}: auth type ${auth.alias} is not ${provider}'s`];
      const schema = resourceType(provider).schema;
      const keys = auth.fields.map((f) => f.name).sort();
      const required = auth.fields
        .filter((f) => !f.optional)
        .map((f) => f.name)
        .sort();
      const problems: string[] = [];
      if (!Bun.deepEquals(keys, Object.keys(schema.properties).sort()))
        problems.push(`${path}: keys ${keys.join(", ")}`);
      if (!Bun.deepEquals(required, [...schema.required].sort()))
        problems.push(`${path}: required ${required.join(", ")}`);
      return problems;
    });
    expect(wrong).toEqual([]);
  });
});
