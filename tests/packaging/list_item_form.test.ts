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

  test("says required: true on each required field that has no form of its own, except an enum", () => {
    const flagged = Object.keys(item.properties).filter((k) => item.properties[k].required === true);
    expect(flagged).toEqual(["content", "data"]);
  });

  test("keeps a required object's own required list, since true there would crash its form", () => {
    expect(item.properties.call.required).toEqual(["name"]);
    expect(item.properties.extra.required).toEqual(["note"]);
  });

  test("still lists the required fields for other readers of the schema", () => {
    expect(item.required).toEqual(["content", "call", "data"]);
    expect(item.order).toEqual(["role", "zeta", "content", "call", "extra", "data"]);
  });
});

// Windmill's form pre-selects the first value of an enum marked required, even in an optional
// object or a list item nobody touched (seen in forms/): that would send a choice nobody made.
describe("a required enum's mark", () => {
  const CODE = `//native
type Cohere = { apiKey: string; baseUrl?: string };
export async function main(
  auth: Cohere,
  body: {
    kind: "a" | "b";
    outer: { mode: "x" | "y"; inner: { level: "low" | "high" }; loose?: { level: "low" | "high"; n: number } };
    thinking?: { type: "enabled" | "disabled"; budget?: number };
    parts: { type: "text" | "image"; text: string }[];
  },
) {}
`;
  const body = (fromYaml(generateMetadata("f/cohere/sample.ts", CODE).yaml) as { schema: JsonSchema }).schema.properties
    .body;

  test("is kept where every object above it is required from body down", () => {
    expect(body.required).toEqual(["kind", "outer", "parts"]);
    expect(body.properties.outer.required).toEqual(["mode", "inner"]);
    expect(body.properties.outer.properties.inner.required).toEqual(["level"]);
  });

  test("is left out inside an optional object, at any depth, while its other required fields keep theirs", () => {
    expect(body.properties.thinking.required).toBeUndefined();
    expect(body.properties.outer.properties.loose.required).toEqual(["n"]);
  });

  test("is left out inside a list item, in both the item's required list and on the field", () => {
    const part = body.properties.parts.items;
    expect(part.required).toEqual(["text"]);
    expect(part.properties.type.required).toBeUndefined();
    expect(part.properties.text.required).toBe(true);
  });
});
