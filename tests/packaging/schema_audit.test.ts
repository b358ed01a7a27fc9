// The typing audit (tools/schema_audit.ts) on a sample signature holding each mistake
// docs/windmill.md lists, so script_typing.test.ts can be trusted on real scripts.
import { describe, expect, test } from "bun:test";
import { generateMetadata } from "../../tools/metadata_core.ts";
import { descriptionFindings, isRawJsonDescribed, typingFindings } from "../../tools/schema_audit.ts";
import { toYaml } from "../../tools/wmill_format.ts";

const SAMPLE = `//native
import type { S3Object } from "windmill-client";
type Cohere = { apiKey: string; baseUrl?: string };
type Msg = { role: string };
type Base64 = string;
type Mode = "a" | "b";
export async function main(
  auth: Cohere,
  body: {
    ok: string; mode: Mode; n?: number; flag?: boolean; file?: Base64; doc?: S3Object;
    named: Msg; named_list: Msg[]; generic: Array<string>; rec: Record<string, string>;
    union: string | string[]; bools: false | true; free: object; raw: string | number;
    nested: { deep: { leaf: string }[] };
  },
  options?: { max_retries?: number },
) {}
`;

const PATH = "f/cohere/sample.ts";

describe("typing audit", () => {
  const { sig, metadata } = generateMetadata(PATH, SAMPLE);

  test("flags every known parser mistyping and nothing else", () => {
    const found = Object.fromEntries(typingFindings(sig, metadata.schema).map((f) => [f.path, f.problem]));
    expect(Object.keys(found).sort()).toEqual(
      [
        "body.bools",
        "body.free",
        "body.generic",
        "body.named",
        "body.named_list[]",
        "body.raw",
        "body.rec",
        "body.union",
      ].sort(),
    );
    expect(found["body.named"]).toContain("resource-msg");
    expect(found["body.union"]).toContain("untyped");
  });

  test("the raw-JSON marker allows untyped fields but never a resource picker", () => {
    const raw = 'Raw JSON: a string or a list of strings, e.g. ["a", "b"].';
    for (const key of ["union", "raw", "free", "named"])
      metadata.schema.properties.body.properties[key].description = raw;
    const again = generateMetadata(PATH, SAMPLE, toYaml(metadata));
    const paths = typingFindings(again.sig, again.metadata.schema).map((f) => f.path);
    expect(paths).not.toContain("body.union");
    expect(paths).not.toContain("body.free");
    expect(paths).toContain("body.named");
    expect(isRawJsonDescribed({ description: "Raw JSON, no example" })).toBe(false);
  });

  test("lists every undescribed argument and body/options property, not auth's fields", () => {
    const paths = descriptionFindings(sig, metadata.schema).map((f) => f.path);
    expect(paths).toContain("auth");
    expect(paths).toContain("body.nested.deep[].leaf");
    expect(paths).toContain("options.max_retries");
    expect(paths).not.toContain("auth.apiKey");
    expect(paths).not.toContain("body.nested.deep[]");
  });
});
