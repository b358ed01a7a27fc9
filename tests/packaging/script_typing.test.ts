// What Windmill's parser makes of every script's signature, and whether the form it builds is
// usable and documented. Data-driven over f/ (tools/script_files.ts).
// Rules (docs/packaging.md, "Typing rules"):
// - a script (a file with main) lives in f/<provider>/ and its first parameter is that
//   provider's resource (format resource-<provider>);
// - nothing else is a resource picker, and nothing is untyped or a free-form object unless its
//   description carries the raw-JSON marker ("Raw JSON" plus an "e.g." example);
// - the summary, every argument, and every property nested in body and options are described;
// - f/core holds libraries only (no main).
import { describe, expect, test } from "bun:test";
import { join } from "node:path";
import { generateMetadata } from "../../tools/metadata_core.ts";
import { descriptionFindings, typingFindings } from "../../tools/schema_audit.ts";
import { folderOf, listScripts, metadataPath, readText } from "../../tools/script_files.ts";

const ROOT = join(import.meta.dir, "../..");
export const PROVIDERS = ["ai21", "togetherai", "cohere"];

// Parse against the yaml on disk: descriptions come from there, structure from the code.
const parsed = listScripts(ROOT).map((path) => {
  const { sig, metadata } = generateMetadata(path, readText(ROOT, path)!, readText(ROOT, metadataPath(path)));
  return { path, sig, metadata, isLib: sig.auto_kind === "lib" };
});
const scripts = parsed.filter((p) => !p.isLib);
const show = (f: { path: string; problem: string }[]) => f.map((x) => `${x.path}: ${x.problem}`);

describe("parser typing of script signatures", () => {
  test("f/core holds only libraries; scripts live in a provider folder", () => {
    for (const p of parsed) {
      if (!p.isLib) expect(PROVIDERS, `${p.path} has a main`).toContain(folderOf(p.path));
      else expect(p.metadata.summary, `${p.path}: summary`).not.toBe("");
    }
  });

  test("there are scripts to check", () => expect(scripts.length).toBeGreaterThan(0));

  describe.each(scripts.map((s) => [s.path, s] as const))("%s", (path, { sig, metadata }) => {
    const provider = folderOf(path);

    test("first parameter is the provider's resource", () => {
      const first = sig.args[0];
      expect(first?.name).toBe("auth");
      expect(metadata.schema.properties.auth?.format).toBe(`resource-${provider}`);
    });

    test("options, when present, is last and optional", () => {
      const i = sig.args.findIndex((a) => a.name === "options");
      if (i === -1) return;
      expect(i).toBe(sig.args.length - 1);
      expect(metadata.schema.required).not.toContain("options");
    });

    test("no untyped field, free-form object or stray resource picker", () => {
      expect(show(typingFindings(sig, metadata.schema))).toEqual([]);
    });

    test("summary, arguments and body/options properties are described", () => {
      const findings = show(descriptionFindings(sig, metadata.schema));
      if (!metadata.summary?.trim()) findings.unshift("summary: empty");
      expect(findings).toEqual([]);
    });
  });
});
