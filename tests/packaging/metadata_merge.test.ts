// The generator's merge rule (tools/enrichment.ts) on a sample script held in memory:
// hand-written enrichment survives regeneration at every level, structure follows the code.
import { describe, expect, test } from "bun:test";
import { generateMetadata } from "../../tools/metadata_core.ts";
import { fromYaml, toYaml } from "../../tools/wmill_format.ts";

const PATH = "f/ai21/sample.ts";
const script = (body: string) => `//native
type Ai21 = { apiKey: string; baseUrl?: string };
export async function main(auth: Ai21, body: { ${body} }, options?: { max_retries?: number }) {
  return { auth, body, options };
}
`;
const V1 = script(
  `model: string; messages: { role: "user" | "assistant"; content: string }[]; temperature?: number; stop?: string[]; extra?: string | string[]; old_field?: string`,
);

const gen = (code: string, yaml?: string) => fromYaml(generateMetadata(PATH, code, yaml).yaml) as any;

/** The first generation, then enriched by hand as a script author would. */
function enriched(): any {
  const m = gen(V1);
  m.summary = "Sample chat";
  m.description = "Longer text";
  m.concurrent_limit = 4;
  m.concurrency_time_window_s = 60;
  const body = m.schema.properties.body;
  body.description = "The request";
  body.required = ["model", "messages", "gone"];
  body.properties.model.description = "Model name";
  body.properties.model.enum = ["jamba-mini", "jamba-large"];
  body.properties.model.default = "jamba-mini";
  body.properties.messages.items.properties.role.description = "Who speaks";
  body.properties.messages.items.properties.content.pattern = ".+";
  body.properties.messages.minItems = 1;
  body.properties.temperature.minimum = 0;
  body.properties.temperature.max = 2;
  body.properties.temperature.examples = [0.7];
  body.properties.stop.items.enum = ["\n"];
  body.properties.extra.type = "object";
  body.properties.extra.description = 'Raw JSON, e.g. ["a"]';
  body.properties.old_field.description = "to be removed";
  m.schema.properties.auth.description = "AI21 resource";
  m.schema.properties.auth.default = "$res:f/ai21/key";
  return m;
}

describe("metadata merge rule", () => {
  test("a fresh file has the CLI's defaults", () => {
    const m = gen(V1);
    expect(m).toMatchObject({ summary: "", description: "", lock: "", kind: "script" });
    expect(m.schema.required).toEqual(["auth", "body"]);
    expect(m.schema.properties.auth.format).toBe("resource-ai21");
  });

  test("regenerating an enriched file changes nothing (idempotent)", () => {
    const once = generateMetadata(PATH, V1, toYaml(enriched())).yaml;
    expect(generateMetadata(PATH, V1, once).yaml).toBe(once);
  });

  test("enrichment survives at every level, including inside array items", () => {
    const m = gen(V1, toYaml(enriched()));
    const body = m.schema.properties.body;
    expect(m).toMatchObject({
      summary: "Sample chat",
      description: "Longer text",
      concurrent_limit: 4,
      concurrency_time_window_s: 60,
    });
    expect(body.properties.messages.items.properties.role.description).toBe("Who speaks");
    expect(body.properties.messages.items.properties.content.pattern).toBe(".+");
    expect(body.properties.messages.minItems).toBe(1);
    expect(body.properties.model).toMatchObject({ enum: ["jamba-mini", "jamba-large"], default: "jamba-mini" });
    expect(body.properties.temperature).toMatchObject({ minimum: 0, max: 2, examples: [0.7] });
    expect(body.properties.stop.items.enum).toEqual(["\n"]);
    expect(body.properties.extra).toMatchObject({ type: "object", description: 'Raw JSON, e.g. ["a"]' });
    expect(body.required).toEqual(["model", "messages"]); // filtered to existing properties
  });

  test("the code owns structure: new, removed and retyped fields", () => {
    const V2 = script(
      `model: "jamba-mini" | "jamba-large"; messages: { role: "user" | "assistant" | "system"; content: string }[]; temperature?: string; stop?: string[]; extra?: string | string[]; added?: boolean`,
    );
    const body = gen(V2, toYaml(enriched())).schema.properties.body;
    expect(body.properties.old_field).toBeUndefined();
    expect(body.properties.added).toMatchObject({ type: "boolean", description: "" });
    expect(body.properties.model.enum).toEqual(["jamba-mini", "jamba-large"]); // the literal union wins
    expect(body.properties.messages.items.properties.role.enum).toEqual(["user", "assistant", "system"]);
    expect(body.properties.messages.items.properties.role.description).toBe("Who speaks");
    // number -> string: type-bound keys go, the description stays
    expect(body.properties.temperature.type).toBe("string");
    expect(body.properties.temperature.minimum).toBeUndefined();
    expect(body.properties.temperature.examples).toBeUndefined();
  });

  test("top-level required and default follow the signature, as the CLI does", () => {
    const m = gen(V1, toYaml(enriched()));
    expect(m.schema.properties.auth.description).toBe("AI21 resource");
    expect(m.schema.properties.auth.default).toBeNull();
    expect(m.schema.required).toEqual(["auth", "body"]);
  });

  test("a library module gets an empty schema and a library summary", () => {
    const m = gen("//native\nexport function helper(x: string) { return x }\n");
    expect(m.schema.properties).toEqual({});
    expect(m.summary).toMatch(/^Library module sample/);
    const kept = gen("//native\nexport const a = 1\n", toYaml({ ...m, summary: "Hand-written" }));
    expect(kept.summary).toBe("Hand-written");
  });
});
