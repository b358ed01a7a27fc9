// A list item's form in Windmill (windmill-components utils.js getSchemaFromProperties) draws
// the item's properties in key order and marks a property whose own `required` is true; it
// ignores the item's `order` and `required` list. forms/ checks this in Chromium; here, that the
// generator writes what that form needs.
import { describe, expect, test } from "bun:test";
import { generateMetadata } from "../../tools/metadata_core.ts";
import { fromYaml, type JsonSchema } from "../../tools/wmill_format.ts";

const SAMPLE = `//native
type Cohere = { apiKey: string; baseUrl?: string };
export async function main(
  auth: Cohere,
  body: {
    messages: {
      role: "user" | "tool";
      zeta?: string;
      content: string;
      call: { name: string; arguments?: string };
      extra?: { note: string };
      data: object;
    }[];
  },
) {}
`;

describe("a list item's schema", () => {
  const { yaml } = generateMetadata("f/cohere/sample.ts", SAMPLE);
  const item = (fromYaml(yaml) as { schema: JsonSchema }).schema.properties.body.properties.messages.items;

  test("keeps its properties in the signature's order in the written YAML", () => {
    expect(Object.keys(item.properties)).toEqual(["role", "zeta", "content", "call", "extra", "data"]);
  });

  test("says required: true on each required field that has no form of its own", () => {
    const flagged = Object.keys(item.properties).filter((k) => item.properties[k].required === true);
    expect(flagged).toEqual(["role", "content", "data"]);
  });

  test("keeps a required object's own required list, since true there would crash its form", () => {
    expect(item.properties.call.required).toEqual(["name"]);
    expect(item.properties.extra.required).toEqual(["note"]);
  });

  test("still lists the required fields for other readers of the schema", () => {
    expect(item.required).toEqual(["role", "content", "call", "data"]);
    expect(item.order).toEqual(["role", "zeta", "content", "call", "extra", "data"]);
  });
});
