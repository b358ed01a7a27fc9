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

  // One test per property, each listing every script that breaks it.
  test("every script's first parameter is its provider's resource", () => {
    const wrong = scripts.filter(
      ({ path, sig, metadata }) =>
        sig.args[0]?.name !== "auth" || metadata.schema.properties.auth?.format !== `resource-${folderOf(path)}`,
    );
    expect(wrong.map((s) => s.path)).toEqual([]);
  });

  test("options, where a script has it, is its last parameter and optional", () => {
    const wrong = scripts.filter(({ sig, metadata }) => {
      const i = sig.args.findIndex((a) => a.name === "options");
      return i !== -1 && (i !== sig.args.length - 1 || metadata.schema.required.includes("options"));
    });
    expect(wrong.map((s) => s.path)).toEqual([]);
  });

  test("no script has an untyped field, a free-form object or a stray resource picker", () => {
    expect(
      scripts.flatMap(({ path, sig, metadata }) =>
        show(typingFindings(sig, metadata.schema)).map((f) => `${path}: ${f}`),
      ),
    ).toEqual([]);
  });

  test("every script's summary, arguments and body/options properties are described", () => {
    const findings = scripts.flatMap(({ path, sig, metadata }) => [
      ...(metadata.summary?.trim() ? [] : [`${path}: summary: empty`]),
      ...show(descriptionFindings(sig, metadata.schema)).map((f) => `${path}: ${f}`),
    ]);
    expect(findings).toEqual([]);
  });
});
