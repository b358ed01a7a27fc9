// The structured-output validator (@cfworker/json-schema) deploys with the chat scripts: Windmill
// locks an unversioned npm import as `latest` at deploy and at every relock (../shared/docs/windmill.md),
// so the import names the version package.json pins, tsconfig.json `paths` maps that specifier onto
// the installed package, and the bundle Windmill builds holds the library with no code generation.
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dir, "../..");
const read = (p: string) => readFileSync(join(ROOT, p), "utf8");
const NAME = "@cfworker/json-schema";
const MODULE = "f/core/structured_output.ts";
const pinned: string = JSON.parse(read("package.json")).dependencies[NAME];
const spec = new RegExp(`from\\s+"(${NAME.replace("/", "\\/")}(?:@([^"]+))?)"`).exec(read(MODULE));

describe(`${NAME} is pinned on the server as in package.json`, () => {
  test("package.json pins an exact version, the one npm installed", () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(JSON.parse(read(`node_modules/${NAME}/package.json`)).version).toBe(pinned);
  });

  test(`${MODULE} imports it qualified with that version`, () => {
    expect(spec?.[2]).toBe(pinned);
  });

  test("tsconfig.json maps the qualified specifier onto the installed package", () => {
    // tsconfig.json is plain JSON here; a comment in it would make this fail loudly.
    const paths = JSON.parse(read("tsconfig.json")).compilerOptions.paths ?? {};
    expect(paths[`${NAME}@${pinned}`]).toEqual([`./node_modules/${NAME}`]);
  });

  test("Bun.build, as Windmill bundles a script, inlines it (the lazy import too) with no eval or new Function", async () => {
    const built = await Bun.build({
      entrypoints: [join(ROOT, MODULE)],
      target: "browser",
      minify: { identifiers: false, syntax: true, whitespace: false },
    });
    expect(built.success).toBe(true);
    const code = await built.outputs[0]!.text();
    expect(code).toContain("class Validator");
    expect(code).not.toMatch(/from\s*["']@cfworker/);
    // The module imports it where a schema is compiled: that import must be bundled, not left to the isolate.
    expect(code).not.toMatch(/import\(\s*["']@cfworker/);
    expect(code).not.toMatch(/\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(/);
  });
});
